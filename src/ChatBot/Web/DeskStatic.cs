using System.Reflection;
using System.Security.Cryptography;

namespace ChatBot.Web;

/// <summary>The desk's stylesheet and script, shipped inside the assembly (no wwwroot, no build step), cached by content hash.</summary>
public static class DeskStatic
{
    private static readonly Lazy<(byte[] Bytes, string Hash)> Css = new(() => Load("desk.css"));
    private static readonly Lazy<(byte[] Bytes, string Hash)> Js = new(() => Load("desk.js"));

    public static string CssUrl => $"/desk/static/desk.css?v={Css.Value.Hash}";
    public static string JsUrl => $"/desk/static/desk.js?v={Js.Value.Hash}";

    public const string TooManyRequestsPage = """
        <!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Thử lại sau</title></head><body style="font-family:sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem">
        <h1>Quá nhiều lần đăng nhập</h1><p>Từ địa chỉ này đã có quá nhiều lần mở đường link đăng nhập trong một phút.
        Xin chờ một phút rồi thử lại.</p></body></html>
        """;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/desk/static/desk.css", (HttpContext http) => Serve(http, Css.Value, "text/css; charset=utf-8")).ExcludeFromDescription();
        app.MapGet("/desk/static/desk.js", (HttpContext http) => Serve(http, Js.Value, "text/javascript; charset=utf-8")).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext http, (byte[] Bytes, string Hash) file, string type)
    {
        http.Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return Results.Bytes(file.Bytes, type);
    }

    private static (byte[], string) Load(string name)
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream($"ChatBot.Desk.{name}")
            ?? throw new InvalidOperationException($"missing embedded resource {name}");
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        return (bytes, Convert.ToHexString(SHA256.HashData(bytes))[..12].ToLowerInvariant());
    }
}
