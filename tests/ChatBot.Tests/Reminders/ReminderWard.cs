using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Storage;

namespace ChatBot.Tests.Reminders;

/// <summary>A small ward for reminder tests: three units, two leaders, a clerk, officials linked on the "sim" channel.</summary>
public sealed class ReminderWard
{
    public static readonly TimeSpan Vn = TimeSpan.FromHours(7);

    public int WardId { get; private set; }
    public Dictionary<string, int> Units { get; } = [];
    /// <summary>Official name → id.</summary>
    public Dictionary<string, int> People { get; } = [];
    /// <summary>Chat id → official name.</summary>
    public Dictionary<string, string> Chats { get; } = [];
    public Dictionary<string, int> Tasks { get; } = [];
    public int ChairedByAn { get; private set; }
    public int ChairedByBinh { get; private set; }

    public static DateTimeOffset Local(int month, int day, int hour = 0, int minute = 0) => new(2026, month, day, hour, minute, 0, Vn);

    public async Task SeedDirectoryAsync(ChatBotDb db)
    {
        var ward = new Ward { Name = "Phường Thử Nghiệm", Key = "phuong thu nghiem" };
        db.Wards.Add(ward);
        await db.SaveChangesAsync();
        WardId = ward.Id;
        foreach (var (key, name) in new[] { ("kt", "Phòng Kinh tế"), ("vhxh", "Phòng Văn hóa - Xã hội"), ("ca", "Công an phường") })
        {
            var unit = new Unit { WardId = ward.Id, Name = name, Key = key };
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            Units[key] = unit.Id;
        }
        foreach (var (name, role, unit) in new (string, Role, string?)[]
        {
            ("Nguyễn Văn An", Role.Leader, null), ("Trần Thị Bình", Role.Leader, null), ("Lê Văn Chánh", Role.Clerk, null),
            ("Phạm Hùng", Role.Head, "kt"), ("Đỗ Thảo", Role.Staff, "kt"), ("Vũ Hạnh", Role.Head, "vhxh"), ("Hoàng Sơn", Role.Staff, "ca"),
        })
        {
            var chat = "chat-" + People.Count;
            var o = new Official
            {
                WardId = ward.Id, Name = name, Role = role, UnitId = unit is null ? null : Units[unit],
                Accounts = [new ChatAccount { Channel = "sim", UserId = chat, ChatId = chat }],
            };
            db.Officials.Add(o);
            await db.SaveChangesAsync();
            People[name] = o.Id;
            Chats[chat] = name;
        }
        ChairedByAn = await AddDocumentAsync(db, "an", "Đ/c Nguyễn Văn An – Chủ tịch UBND phường");
        ChairedByBinh = await AddDocumentAsync(db, "binh", "đồng chí Trần Thị Bình, Phó Chủ tịch UBND phường");
    }

    private async Task<int> AddDocumentAsync(ChatBotDb db, string hash, string chairedBy)
    {
        var doc = new NoticeDocument
        {
            WardId = WardId, ContentHash = hash, FileName = hash + ".txt", Kind = "thong_bao", Symbol = "TB-UBND", Number = hash == "an" ? "12" : "15",
            IssuedOn = new DateOnly(2026, 8, 20), ChairedBy = chairedBy, State = DocumentState.Assigned,
        };
        db.Documents.Add(doc);
        await db.SaveChangesAsync();
        return doc.Id;
    }

    public async Task<int> AddTaskAsync(ChatBotDb db, string name, string unit, DateOnly? deadline, int document,
        DateTimeOffset? assignedAt, WorkStatus status = WorkStatus.New, Recurrence? recurrence = null)
    {
        var task = new WorkTask
        {
            WardId = WardId, DocumentId = document, UnitId = Units[unit], Text = $"Nhiệm vụ {name}: báo cáo <kết quả> & đề xuất",
            Deadline = deadline, Status = status, Recurrence = recurrence, AssignedAt = assignedAt, CreatedAt = Local(8, 20, 9),
            CompletedAt = status == WorkStatus.Done ? Local(8, 21, 9) : null, Percent = status == WorkStatus.Done ? 100 : 0,
        };
        db.Tasks.Add(task);
        await db.SaveChangesAsync();
        Tasks[name] = task.Id;
        return task.Id;
    }
}
