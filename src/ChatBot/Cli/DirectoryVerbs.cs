using System.CommandLine;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBot.Channels.Telegram;
using ChatBot.Core.Directory;
using ChatBot.Directory;
using ChatBot.Hosting;

namespace ChatBot.Cli;

/// <summary><c>ward add</c>, <c>unit add</c>, <c>invite</c>: thin wrappers over <see cref="DirectoryService"/>.</summary>
public static class DirectoryVerbs
{
    public static Command Ward(CliContext cli)
    {
        var name = CliSymbols.Name("TÊN", "Tên phường, ví dụ Bạch Đằng.");
        var json = CliSymbols.Json();
        var add = new Command("add", "Thêm một phường.") { name, json };
        add.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            var ward = await s.Get<DirectoryService>().AddWardAsync(r.Joined(name), ct);
            await s.SaveAsync(ct);
            if (r.GetValue(json)) CliJson.Write(cli.Out, new { id = ward.Id, name = ward.Name });
            else cli.Out.WriteLine($"Đã tạo phường \"{ward.Name}\" (id {ward.Id}).");
            return 0;
        });
        return new Command("ward", "Quản lý phường.") { add };
    }

    public static Command Unit(CliContext cli)
    {
        var ward = CliSymbols.Ward();
        var name = CliSymbols.Name("TÊN", "Tên đầy đủ của đơn vị, ví dụ \"Phòng Kinh tế, Hạ tầng và Đô thị\".");
        var alias = new Option<string[]>("--alias") { HelpName = "TÊN_KHÁC", Description = "Tên khác mà văn bản hay dùng (lặp lại được)." };
        var json = CliSymbols.Json();
        var add = new Command("add", "Thêm một đơn vị (hoặc thêm tên khác cho đơn vị đã có).") { ward, name, alias, json };
        add.SetAction(async (r, ct) =>
        {
            await using var s = await cli.OpenAsync(ct);
            var dir = s.Get<DirectoryService>();
            var w = await dir.FindWardAsync(r.GetValue(ward)!, ct);
            var unit = await dir.AddUnitAsync(w, r.Joined(name), r.GetValue(alias) ?? [], ct);
            await s.SaveAsync(ct);
            if (r.GetValue(json)) CliJson.Write(cli.Out, new { id = unit.Id, name = unit.Name, ward = w.Name, aliases = unit.Aliases.Select(x => x.Alias) });
            else cli.Out.WriteLine($"Đơn vị \"{unit.Name}\" (id {unit.Id}) thuộc {w.Name}; tên khác: {(unit.Aliases.Count == 0 ? "không" : string.Join("; ", unit.Aliases.Select(x => x.Alias)))}.");
            return 0;
        });
        return new Command("unit", "Quản lý đơn vị của phường.") { add };
    }

    public static Command Invite(CliContext cli)
    {
        var ward = CliSymbols.Ward();
        var unitOption = new Option<string>("--unit") { HelpName = "ĐƠN_VỊ", Description = "Đơn vị của người được mời (tên, tên khác hoặc số); lãnh đạo không cần." };
        var roleOption = new Option<string>("--role") { Required = true, HelpName = "leader|clerk|head|staff", Description = "Vai trò: leader (lãnh đạo), clerk (Văn phòng), head (trưởng/phó đơn vị), staff (chuyên viên)." };
        var nameOption = new Option<string>("--name") { HelpName = "HỌ_TÊN", Description = "Họ tên người được mời." };
        var json = CliSymbols.Json();
        var command = new Command("invite", "Tạo mã mời dùng một lần để một cán bộ liên kết tài khoản chat (/start MÃ).")
        {
            ward, unitOption, roleOption, nameOption, json,
        };
        command.SetAction(async (r, ct) =>
        {
            if (!Roles.TryParse(r.GetValue(roleOption)!, out var role))
                throw new CliUsageException("--role phải là leader, clerk, head hoặc staff.");
            await using var s = await cli.OpenAsync(ct);
            var dir = s.Get<DirectoryService>();
            var w = await dir.FindWardAsync(r.GetValue(ward)!, ct);
            Unit? unit = null;
            if (r.GetValue(unitOption) is { } u)
                unit = await dir.MatchUnitAsync(w.Id, u, ct) ?? throw new UserFacingException($"Không tìm thấy đơn vị \"{u}\" trong {w.Name}.");
            var (invite, code) = await dir.CreateInviteAsync(w, unit, role, r.GetValue(nameOption), ct);
            await s.SaveAsync(ct);
            var bot = await TelegramUsernameAsync(cli.Configuration);
            var link = bot is null ? null : $"https://t.me/{bot}?start={code}";
            if (r.GetValue(json))
                CliJson.Write(cli.Out, new { code, link, ward = w.Name, unit = unit?.Name, role = role.Code(), name = invite.Name, expires_at = invite.ExpiresAt });
            else
            {
                cli.Out.WriteLine(code);
                cli.Out.WriteLine($"Mã mời cho {invite.Name ?? role.Vietnamese()} — {role.Vietnamese()}{(unit is null ? "" : $", {unit.Name}")}, {w.Name}; dùng một lần, hết hạn {s.Get<Core.Common.WardClock>().ToLocal(invite.ExpiresAt):dd/MM/yyyy}.");
                cli.Out.WriteLine($"Gửi cho bot: /start {code}" + (link is null ? "" : $"  hoặc mở {link}"));
            }
            return 0;
        });
        return command;
    }

    /// <summary>The bot's username for t.me links: Telegram:BotUsername, or asked with getMe when a token is set.</summary>
    private static async Task<string?> TelegramUsernameAsync(IConfiguration config)
    {
        var telegram = config.ReadValidated<TelegramOptions>(TelegramOptions.Section);
        if (telegram.BotUsername is { Length: > 0 } name) return name;
        if (!telegram.Enabled) return null;
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var me = await http.GetFromJsonAsync<JsonElement>($"{telegram.ApiBaseUrl.TrimEnd('/')}/bot{telegram.BotToken}/getMe");
            return me.GetProperty("result").GetProperty("username").GetString();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }
}
