using ChatBot.Channels.Simulator;
using ChatBot.Core.Directory;
using ChatBot.Core.Common;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Simulator;

public sealed class DemoWardTests
{
    [Fact]
    public async Task The_demo_ward_is_seeded_with_units_and_linked_personas_exactly_once_across_two_starts()
    {
        using var first = new ChatBotApp(new() { ["Simulator:SeedDemo"] = "true" });
        var before = await Snapshot(first);
        using var second = new ChatBotApp(new() { ["ConnectionStrings:ChatBot"] = first.ConnectionString, ["Simulator:SeedDemo"] = "true" });
        var after = await Snapshot(second);

        Assert.Equal(before, after);
        Assert.Equal(1, before.Wards);
        Assert.Equal(5, before.Units);
        Assert.Equal(4, before.Officials);
        Assert.Equal(4, before.Invites);
        Assert.True(before.Documents <= 1);
        Assert.Equal("sim-clerk:Clerk:Văn phòng HĐND và UBND phường|sim-kinhte:Head:Phòng Kinh tế, Hạ tầng và Đô thị|sim-leader:Leader:-|sim-vhxh:Staff:Phòng Văn hóa - Xã hội", before.Accounts);
    }

    [Fact]
    public async Task Without_SeedDemo_no_demo_ward_is_created()
    {
        using var app = new ChatBotApp(new() { ["Simulator:SeedDemo"] = "false" });
        app.CreateClient();
        Assert.Equal(0, await app.WithDb(db => db.Wards.CountAsync()));
    }

    [Fact]
    public void The_demo_notice_has_overdue_due_soon_later_and_weekly_tasks_around_today()
    {
        var text = DemoWard.Notice(new DateOnly(2026, 6, 1));
        Assert.DoesNotContain("{", text);
        Assert.Contains("Ngày 16/05/2026, UBND phường tổ chức phiên họp giao ban tháng 5 năm 2026", text);
        Assert.Contains("trước ngày 28/05/2026", text);
        Assert.Contains("trước ngày 02/06/2026", text);
        Assert.Contains("trước ngày 01/07/2026", text);
        Assert.Contains("hằng tuần báo cáo", text);
        var body = text[text.IndexOf("1. Văn phòng", StringComparison.Ordinal)..text.IndexOf("Trên đây", StringComparison.Ordinal)];
        Assert.Equal(12, body.Split('\n').Count(l => l.StartsWith("- ")));
        Assert.All(DemoWard.Units, u => Assert.Contains(u.Name, text));
    }

    private sealed record Counts(int Wards, int Units, int Officials, int Invites, int Documents, string Accounts);

    private static async Task<Counts> Snapshot(ChatBotApp app)
    {
        app.CreateClient();
        return await app.WithDb(async db =>
        {
            var key = Fold.Key(DemoWard.Name);
            var accounts = await db.ChatAccounts.Include(a => a.Official).ThenInclude(o => o!.Unit)
                .Where(a => a.Channel == "sim").OrderBy(a => a.ChatId).ToListAsync();
            return new Counts(
                await db.Wards.CountAsync(w => w.Key == key),
                await db.Units.CountAsync(),
                await db.Officials.CountAsync(),
                await db.Invites.CountAsync(i => i.UsedAt != null),
                await db.Documents.CountAsync(),
                string.Join("|", accounts.Select(a => $"{a.ChatId}:{a.Official!.Role}:{a.Official.Unit?.Name ?? "-"}")));
        });
    }
}
