using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Cli;

/// <summary><c>ward add</c>, <c>unit add</c>, <c>invite</c>: thin wrappers over <see cref="DirectoryService"/>.</summary>
public static class DirectoryVerbs
{
    public static async Task<int> WardAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        if (a.Positional.Count < 2 || a.Positional[0] != "add") throw new CliUsageException("Cách dùng: ward add NAME");
        var ward = await sp.GetRequiredService<DirectoryService>().AddWardAsync(string.Join(' ', a.Positional.Skip(1)), default);
        await sp.GetRequiredService<ChatBotDb>().SaveChangesAsync(); // services never save; the verb does, once
        if (a.Flag("json")) CliJson.Write(stdout, new { id = ward.Id, name = ward.Name });
        else stdout.WriteLine($"Đã tạo phường \"{ward.Name}\" (id {ward.Id}).");
        return 0;
    }

    public static async Task<int> UnitAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        if (a.Positional.Count < 2 || a.Positional[0] != "add") throw new CliUsageException("Cách dùng: unit add --ward W NAME [--alias A]...");
        var dir = sp.GetRequiredService<DirectoryService>();
        var ward = await dir.FindWardAsync(a.Required("ward"), default);
        var unit = await dir.AddUnitAsync(ward, string.Join(' ', a.Positional.Skip(1)), a.Options("alias"), default);
        await sp.GetRequiredService<ChatBotDb>().SaveChangesAsync();
        if (a.Flag("json")) CliJson.Write(stdout, new { id = unit.Id, name = unit.Name, ward = ward.Name, aliases = unit.Aliases.Select(x => x.Alias) });
        else stdout.WriteLine($"Đơn vị \"{unit.Name}\" (id {unit.Id}) thuộc {ward.Name}; tên khác: {(unit.Aliases.Count == 0 ? "không" : string.Join("; ", unit.Aliases.Select(x => x.Alias)))}.");
        return 0;
    }

    public static async Task<int> InviteAsync(CliArgs a, IServiceProvider sp, TextWriter stdout)
    {
        var dir = sp.GetRequiredService<DirectoryService>();
        var ward = await dir.FindWardAsync(a.Required("ward"), default);
        if (!Roles.TryParse(a.Required("role"), out var role))
            throw new CliUsageException("--role phải là leader, clerk, head hoặc staff.");
        Unit? unit = null;
        if (a.Option("unit") is { } u)
            unit = await dir.MatchUnitAsync(ward.Id, u, default) ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{u}\" trong {ward.Name}.");
        var (invite, code) = await dir.CreateInviteAsync(ward, unit, role, a.Option("name"), default);
        await sp.GetRequiredService<ChatBotDb>().SaveChangesAsync();
        var bot = await TelegramUsernameAsync(sp.GetRequiredService<IConfiguration>());
        var link = bot is null ? null : $"https://t.me/{bot}?start={code}";
        if (a.Flag("json"))
            CliJson.Write(stdout, new { code, link, ward = ward.Name, unit = unit?.Name, role = role.Code(), name = invite.Name, expires_at = invite.ExpiresAt });
        else
        {
            stdout.WriteLine(code);
            stdout.WriteLine($"Mã mời cho {invite.Name ?? role.Vietnamese()} — {role.Vietnamese()}{(unit is null ? "" : $", {unit.Name}")}, {ward.Name}; dùng một lần, hết hạn {sp.GetRequiredService<Core.Common.WardClock>().ToLocal(invite.ExpiresAt):dd/MM/yyyy}.");
            stdout.WriteLine($"Gửi cho bot: /start {code}" + (link is null ? "" : $"  hoặc mở {link}"));
        }
        return 0;
    }

    /// <summary>The bot's username for t.me links: Telegram:BotUsername, or asked with getMe when a token is set.</summary>
    private static async Task<string?> TelegramUsernameAsync(IConfiguration config)
    {
        if (config["Telegram:BotUsername"] is { Length: > 0 } name) return name;
        if (config["Telegram:BotToken"] is not { Length: > 0 } token) return null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var baseUrl = (config["Telegram:ApiBaseUrl"] ?? "https://api.telegram.org").TrimEnd('/');
            var me = await http.GetFromJsonAsync<JsonElement>($"{baseUrl}/bot{token}/getMe");
            return me.GetProperty("result").GetProperty("username").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
