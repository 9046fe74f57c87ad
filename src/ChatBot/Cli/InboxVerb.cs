using System.CommandLine;
using System.Text.Json;
using ChatBot.Inbound;

namespace ChatBot.Cli;

/// <summary><c>inbox list [--json]</c> and <c>inbox retry [--id N] [--json]</c>: the incoming messages set aside after
/// failing again and again (the clerk was told), and handing them in again once the cause is fixed.</summary>
public static class InboxVerb
{
    private static readonly JsonSerializerOptions JsonOut = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Command Create(CliContext cli)
    {
        var json = CliSymbols.Json();
        var list = new Command("list", "Liệt kê các tin nhắn đến chưa xử lý được, đang chờ xử lý lại.") { json };
        list.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            var waiting = await s.Get<ParkedInbox>().WaitingAsync(ct);
            if (r.GetValue(json))
                cli.Out.WriteLine(JsonSerializer.Serialize(waiting.Select(p => new
                {
                    id = p.Id, channel = p.Channel, updateId = p.UpdateId, chatId = p.ChatId, attempts = p.Attempts, error = p.Error, parkedAt = p.ParkedAt,
                }), JsonOut));
            else if (waiting.Count == 0)
                cli.Out.WriteLine("Không có tin nhắn nào chờ xử lý lại.");
            else
                foreach (var p in waiting)
                    cli.Out.WriteLine($"{p.Id}\t{p.Channel}\tchat {p.ChatId}\t{p.Attempts} lần\t{p.ParkedAt:yyyy-MM-dd HH:mm}Z\t{p.Error}");
            return 0;
        });

        var id = new Option<long?>("--id") { HelpName = "SỐ", Description = "Chỉ xử lý lại tin nhắn số này (xem inbox list); mặc định: tất cả." };
        var retry = new Command("retry", "Xử lý lại các tin nhắn đang chờ (sau khi đã khắc phục lỗi). Tin đã xử lý rồi không bị làm hai lần.") { id, json };
        retry.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            var results = await s.Get<ParkedInbox>().RetryAsync(r.GetValue(id), ct);
            if (r.GetValue(json))
                cli.Out.WriteLine(JsonSerializer.Serialize(results.Select(x => new { id = x.Id, channel = x.Channel, updateId = x.UpdateId, handled = x.Handled, error = x.Error }), JsonOut));
            else
            {
                foreach (var x in results)
                    cli.Out.WriteLine(x.Handled ? $"{x.Id}: đã xử lý" : $"{x.Id}: vẫn lỗi ({x.Error}); giữ lại để thử sau");
                cli.Out.WriteLine($"Đã xử lý {results.Count(x => x.Handled)}/{results.Count} tin nhắn.");
            }
            return results.All(x => x.Handled) ? 0 : 1;
        });
        return new Command("inbox", "Tin nhắn đến chưa xử lý được (đã lưu lại, Văn phòng đã được báo).") { list, retry };
    }
}
