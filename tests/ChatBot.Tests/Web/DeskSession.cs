using System.Net;
using System.Text.RegularExpressions;
using ChatBot.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace ChatBot.Tests.Web;

/// <summary>A browser-like client of the desk: cookies kept, redirects not followed, forms posted with their antiforgery token.</summary>
public sealed partial class DeskSession
{
    public DeskSession(ChatBotApp app) : this(app, new CookieContainer()) { }

    /// <summary>A browser whose cookie jar is <paramref name="cookies"/>: pass another session's <see cref="Cookies"/>
    /// to send the same browser to another instance (a load balancer's next choice).</summary>
    public DeskSession(ChatBotApp app, CookieContainer cookies)
    {
        Cookies = cookies;
        Http = app.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(cookies)); // no redirect handler
    }

    public CookieContainer Cookies { get; }
    public HttpClient Http { get; }

    /// <summary>Sends /web as the chat's official (the real conversation) and returns the link the bot answered with.</summary>
    public static async Task<string> LinkAsync(TestWard ward, string chat)
    {
        var reply = await ward.AskAsync(chat, "/web");
        return LinkIn(reply) ?? throw new InvalidOperationException($"no sign-in link in: {reply}");
    }

    public static string? LinkIn(string text) => Link().Match(text) is { Success: true } m ? m.Value : null;

    /// <summary>Opens the link and presses «Đăng nhập»: returns the POST's response (302 to /desk when it worked),
    /// or the page itself when it has no button (a used, expired or wrong link).</summary>
    public async Task<HttpResponseMessage> OpenLinkAsync(string link)
    {
        var path = new Uri(link).PathAndQuery;
        var page = await Http.GetAsync(path);
        if (page.StatusCode != HttpStatusCode.OK) return page;
        var html = await page.Content.ReadAsStringAsync();
        var token = Regex.Match(path, "token=([^&]+)").Groups[1].Value;
        return await PostAsync("/desk/signin", html, new() { ["token"] = token });
    }

    public async Task SignInAsync(TestWard ward, string chat)
    {
        var r = await OpenLinkAsync(await LinkAsync(ward, chat));
        if (r.StatusCode != HttpStatusCode.Redirect || r.Headers.Location?.OriginalString != "/desk")
            throw new InvalidOperationException($"sign-in failed: {(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}");
    }

    public async Task<(HttpStatusCode Status, string Html)> GetAsync(string path)
    {
        var r = await Http.GetAsync(path);
        return (r.StatusCode, await r.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form of <paramref name="formPage"/> (its HTML, for the antiforgery token) to <paramref name="action"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(string action, string formPage, Dictionary<string, string> fields)
    {
        var token = Antiforgery().Match(formPage);
        if (!token.Success) throw new InvalidOperationException($"no antiforgery token on the page: {formPage[..Math.Min(formPage.Length, 3000)]}");
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return Http.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Loads <paramref name="pagePath"/> for its token, then posts the form.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pagePath, string action, Dictionary<string, string> fields)
    {
        var (status, html) = await GetAsync(pagePath);
        if (status != HttpStatusCode.OK) throw new InvalidOperationException($"{pagePath}: {(int)status}");
        return await PostAsync(action, html, fields);
    }

    [GeneratedRegex(@"https?://\S+/desk/signin\?token=[A-Za-z0-9_-]+")]
    private static partial Regex Link();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();
}
