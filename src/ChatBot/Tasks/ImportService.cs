using System.Security.Cryptography;
using ChatBot.Core.Common;
using ChatBot.Core.Conversation;
using ChatBot.Core.Directory;
using ChatBot.Core.Parsing;
using ChatBot.Core.Tasks;
using ChatBot.Directory;
using ChatBot.Outbox;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tasks;

public sealed record ImportResult(NoticeDocument Document, bool AlreadyImported, IReadOnlyList<string> UnmatchedUnits)
{
    public int TaskCount => Document.Tasks.Count;
    public int UnitCount => Document.Tasks.Select(t => t.UnitId?.ToString() ?? t.UnitName).Where(u => u is not null).Distinct().Count();
    public int WithDeadline => Document.Tasks.Count(t => t.Deadline is not null);
    public int WithoutUnit => Document.Tasks.Count(t => t.UnitId is null);
    /// <summary>Parts of the notice the parser gave up on (<see cref="ChatBot.Core.Parsing.ParsedNotice.Skipped"/>): their tasks are missing.</summary>
    public int SkippedParts => Document.SkippedParts;

    /// <summary>"27 nhiệm vụ, 7 đơn vị, 9 có hạn" (+ what needs the clerk's eye).</summary>
    public string Summary()
    {
        var s = $"{TaskCount} nhiệm vụ, {UnitCount} đơn vị, {WithDeadline} có hạn";
        if (WithoutUnit > 0) s += $"; {WithoutUnit} chưa xác định đơn vị";
        if (UnmatchedUnits.Count > 0) s += $"\nĐơn vị chưa có trong danh bạ: {string.Join("; ", UnmatchedUnits)}";
        if (SkippedParts > 0) s += "\n" + Texts.SkippedParts(SkippedParts);
        return s;
    }
}

/// <summary>Imports a notice as draft tasks, and assigns (pushes) them once confirmed. Same file twice → same document.
/// Never saves: the caller saves once (a new draft's tasks need a save before <see cref="AssignAsync"/> can number them).</summary>
public sealed class ImportService(ChatBotDb db, NoticeReader reader, Notifier notifier, WardClock clock)
{
    /// <summary>A new draft, or the document already imported: the same file, or the same notice in another form
    /// (another file type, a paste, another channel — <see cref="NoticeFingerprint"/>).</summary>
    public async Task<ImportResult> ImportAsync(Ward ward, string fileName, byte[] content, Actor actor, CancellationToken ct)
    {
        var hash = Convert.ToHexString(SHA256.HashData(content));
        var existing = await db.Documents.Include(d => d.Tasks).FirstOrDefaultAsync(d => d.WardId == ward.Id && d.ContentHash == hash, ct);
        if (existing is not null) return new ImportResult(existing, true, []);

        var text = reader.Extract(content, fileName);
        var fingerprint = NoticeFingerprint.Of(text);
        existing = await db.Documents.Include(d => d.Tasks)
            .Where(d => d.WardId == ward.Id && d.TextHash == fingerprint && d.State != DocumentState.Cancelled)
            .OrderBy(d => d.Id).FirstOrDefaultAsync(ct);
        if (existing is not null) return new ImportResult(existing, true, []);

        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == ward.Id).ToListAsync(ct);
        var parsed = reader.Parse(text, UnitLookup.Directory(units));
        if (parsed.Tasks.Count == 0)
            throw new UserFacingException("Không tìm thấy nhiệm vụ nào trong văn bản này. Xin kiểm tra lại tệp.");

        var now = clock.UtcNow;
        var m = parsed.Document;
        var doc = new NoticeDocument
        {
            WardId = ward.Id, ContentHash = hash, TextHash = fingerprint, FileName = Path.GetFileName(fileName), Original = content,
            Kind = m.Kind, Symbol = m.Symbol, Number = m.Number, Place = m.Place, IssuedOn = m.IssuedOn, MeetingOn = m.MeetingOn,
            ChairedBy = m.ChairedBy, SignedBy = m.SignedBy, Subject = m.Subject, State = DocumentState.Draft,
            ImportedAt = now, ImportedByOfficialId = actor.OfficialId, Text = text, SkippedParts = parsed.Skipped.Count,
        };
        var ordinal = 0;
        foreach (var t in parsed.Tasks)
        {
            doc.Tasks.Add(new WorkTask
            {
                WardId = ward.Id, UnitId = t.UnitKey is { } k && int.TryParse(k, out var uid) ? uid : null,
                UnitName = t.Unit, Cooperating = t.Cooperating.Count > 0 ? string.Join("\n", t.Cooperating) : null,
                Text = t.Text, Section = t.Section, Ordinal = ++ordinal, Deadline = t.Deadline, OriginalDeadline = t.Deadline,
                Recurrence = t.Recurrence, Urgent = t.Urgent, Supervisor = t.Supervisor, Status = WorkStatus.New, CreatedAt = now,
                // Where the review page highlights the task and the words behind its unit and deadline (offsets into doc.Text).
                SourceStart = t.Source.End > t.Source.Start ? t.Source.Start : null,
                SourceLength = t.Source.End > t.Source.Start ? t.Source.End - t.Source.Start : null,
                UnitEvidence = EvidenceWords(t.UnitEvidence), DeadlineEvidence = EvidenceWords(t.DeadlineEvidence),
            });
        }
        db.Documents.Add(doc);
        return new ImportResult(doc, false, parsed.UnmatchedUnits);
    }

    /// <summary>Reads a notice against the ward's directory without saving anything: what <c>import</c> would create (<c>parse --ward</c>).</summary>
    public async Task<ParsedNotice> ReadAsync(Ward ward, string fileName, byte[] content, CancellationToken ct) =>
        (await ReadWithTextAsync(ward, fileName, content, ct)).Notice;

    private async Task<(string Text, ParsedNotice Notice)> ReadWithTextAsync(Ward ward, string fileName, byte[] content, CancellationToken ct)
    {
        var units = await db.Units.Include(u => u.Aliases).Where(u => u.WardId == ward.Id).ToListAsync(ct);
        return reader.ReadWithText(content, fileName, UnitLookup.Directory(units));
    }

    // The evidence columns hold at most 1000 characters (a heading or a deadline phrase is far shorter).
    internal static string? EvidenceWords(Evidence? e) =>
        e is null || string.IsNullOrWhiteSpace(e.Text) ? null : e.Text.Length <= 1000 ? e.Text : e.Text[..1000];

    /// <summary>Confirms a saved draft: tasks become assigned and each unit's officials get their tasks. Idempotent.
    /// Returns how many messages were queued (0 when it was already assigned).</summary>
    public async Task<int> AssignAsync(NoticeDocument doc, Actor actor, CancellationToken ct)
    {
        if (doc.State == DocumentState.Assigned) return 0;
        if (doc.State == DocumentState.Cancelled) throw new UserFacingException("Văn bản này đã bị hủy.");
        var now = clock.UtcNow;
        var tasks = await db.Tasks.Where(t => t.DocumentId == doc.Id).OrderBy(t => t.Ordinal).ToListAsync(ct);
        doc.State = DocumentState.Assigned;
        doc.AssignedAt = now;
        foreach (var t in tasks)
        {
            t.AssignedAt = now;
            t.Correct("assigned", null, t.UnitName, actor, now);
        }
        return await PushAsync(doc, tasks, ct);
    }

    /// <summary>Drops a draft with its tasks.</summary>
    public void Cancel(NoticeDocument doc)
    {
        if (doc.State == DocumentState.Assigned) throw new UserFacingException("Văn bản đã giao, không hủy được.");
        db.Documents.Remove(doc);
    }

    /// <summary>Per unit: one header naming the document, then one message per task (with buttons where the channel has them).
    /// Returns how many messages were queued (every chat of every unit, each part of a long one counted).</summary>
    private async Task<int> PushAsync(NoticeDocument doc, IReadOnlyList<WorkTask> tasks, CancellationToken ct)
    {
        var today = clock.Today;
        var source = doc.Title();
        var before = notifier.Queued;
        foreach (var group in tasks.Where(t => t.UnitId is not null).GroupBy(t => t.UnitId!.Value))
        {
            var unit = await db.Units.FirstAsync(u => u.Id == group.Key, ct);
            var header = $"📋 <b>Nhiệm vụ mới</b> cho {TaskTexts.Esc(unit.Name)}\nTừ: {TaskTexts.Esc(source)} — {group.Count()} nhiệm vụ.\n" +
                         "Cập nhật bằng cách gõ <code>#số xong</code>, <code>#số đang làm 50%</code>, <code>#số vướng: lý do</code> (trên Telegram: bấm nút hoặc trả lời tin của nhiệm vụ).";
            await notifier.ToUnitAsync(unit.Id, new Outgoing(header), ct);
            foreach (var t in group)
                await notifier.ToUnitAsync(unit.Id, new Outgoing(TaskTexts.Card(t, today, source), TaskTexts.StatusButtons(t.Id), t.Id), ct);
        }
        return notifier.Queued - before;
    }
}
