using System.Net;
using ChatBot.Core.Directory;
using ChatBot.Tests.Infrastructure;
using ChatBot.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Tests.Web;

/// <summary>Signing in to the desk: one-time links through the bot, roles, throttling, antiforgery.</summary>
public sealed class DeskSignInTests : IAsyncLifetime
{
    private readonly ChatBotApp _app = new(new() { ["Outbox:Enabled"] = "false", ["Desk:SignInPerMinute"] = "50" });
    private TestWard _ward = null!;

    public async Task InitializeAsync()
    {
        _ = _app.Services;
        _ward = new TestWard(_app);
        await _ward.SeedAsync();
    }

    public Task DisposeAsync() { _app.Dispose(); return Task.CompletedTask; }

    [Fact]
    public async Task Anonymous_desk_is_the_sign_in_page_and_other_pages_send_there()
    {
        var desk = new DeskSession(_app);
        var (status, html) = await desk.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Đăng nhập bàn làm việc", html);
        Assert.Contains("<code>/web</code>", html);

        var tasks = await desk.Http.GetAsync("/desk/tasks?overdue=1");
        Assert.Equal(HttpStatusCode.Redirect, tasks.StatusCode);
        Assert.StartsWith("http://localhost/desk/signin?returnUrl=", tasks.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.Http.GetAsync("/desk/reports/progress.xlsx")).StatusCode);
    }

    [Fact]
    public async Task The_bots_web_link_signs_the_clerk_in_once_and_only_its_hash_is_stored()
    {
        var link = await DeskSession.LinkAsync(_ward, "clerk");
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var stored = await _app.WithDb(db => db.DeskSignInTokens.AsNoTracking().SingleAsync());
        Assert.DoesNotContain(token, stored.TokenHash);
        Assert.Equal(TimeSpan.FromMinutes(10), stored.ExpiresAt - stored.CreatedAt);

        var desk = new DeskSession(_app);
        var first = await desk.OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/desk", first.Headers.Location?.OriginalString);
        var (status, html) = await desk.GetAsync("/desk");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Tổng quan — An Bình", html);
        Assert.Contains("Văn phòng Lê Bình", html);

        // The same link again, in another browser: refused, nothing signed in.
        var other = new DeskSession(_app);
        var again = await other.OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("Đường link này đã được dùng.", await again.Content.ReadAsStringAsync());
        Assert.Contains("Đăng nhập bàn làm việc", (await other.GetAsync("/desk")).Html);
    }

    [Fact]
    public async Task An_expired_link_is_refused_and_opening_a_link_does_not_use_it_up()
    {
        var link = await DeskSession.LinkAsync(_ward, "leader");
        var desk = new DeskSession(_app);
        // Link previews fetch the page: a GET shows the button but leaves the link usable.
        var (peek, html) = await desk.GetAsync(new Uri(link).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, peek);
        Assert.Contains("id=\"signin\"", html);
        Assert.Null(await _app.WithDb(db => db.DeskSignInTokens.Select(t => t.UsedAt).SingleAsync()));

        _app.Clock.Advance(TimeSpan.FromMinutes(10) + TimeSpan.FromSeconds(1));
        var late = await desk.OpenLinkAsync(link);
        Assert.Equal(HttpStatusCode.BadRequest, late.StatusCode);
        Assert.Contains("đã hết hạn", await late.Content.ReadAsStringAsync());
        Assert.Contains("Đăng nhập bàn làm việc", (await desk.GetAsync("/desk")).Html);

        var wrong = await new DeskSession(_app).OpenLinkAsync("http://localhost/desk/signin?token=abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Đường link không đúng.", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Staff_and_heads_get_no_link_in_chat_and_the_403_page_on_the_desk()
    {
        var reply = await _ward.AskAsync("vanhoa", "/web");
        Assert.Contains("dành cho Văn phòng HĐND và UBND và lãnh đạo", reply);
        Assert.Null(DeskSession.LinkIn(reply));

        // A clerk signed in, then made staff: the next click is refused with the Vietnamese 403 page.
        var desk = new DeskSession(_app);
        await desk.SignInAsync(_ward, "clerk");
        Assert.Equal(HttpStatusCode.OK, (await desk.GetAsync("/desk/tasks")).Status);
        await _app.WithDb(async db =>
        {
            var clerk = await db.Officials.SingleAsync(o => o.Name == "Văn phòng Lê Bình");
            clerk.Role = Role.Staff;
            clerk.UnitId = _ward.CultureId;
            await db.SaveChangesAsync();
        });
        var tasks = await desk.Http.GetAsync("/desk/tasks");
        Assert.Equal(HttpStatusCode.Redirect, tasks.StatusCode);
        Assert.StartsWith("http://localhost/desk/forbidden", tasks.Headers.Location?.OriginalString);
        var (status, html) = await desk.GetAsync("/desk/forbidden");
        Assert.Equal(HttpStatusCode.Forbidden, status);
        Assert.Contains("Không có quyền vào bàn làm việc", html);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.Http.GetAsync("/desk/reports/progress.xlsx")).StatusCode);
        // The overview, open to anonymous visitors, refuses a signed-in official who is not clerk or leader.
        Assert.Equal(HttpStatusCode.Redirect, (await desk.Http.GetAsync("/desk")).StatusCode);
    }

    [Fact]
    public async Task A_token_issued_to_a_head_by_any_other_way_still_does_not_open_the_desk()
    {
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            var head = await _app.WithDb(db => db.Officials.AsNoTracking().SingleAsync(o => o.Role == Role.Head));
            var signIn = scope.ServiceProvider.GetRequiredService<DeskSignIn>();
            await Assert.ThrowsAsync<Directory.UserFacingException>(() => signIn.IssueAsync(head, default));
            // A link issued while the official counted as a clerk: the role in the database when it is used decides.
            head.Role = Role.Clerk;
            var link = await signIn.IssueAsync(head, default);
            await scope.ServiceProvider.GetRequiredService<Storage.ChatBotDb>().SaveChangesAsync();
            var desk = new DeskSession(_app);
            var r = await desk.OpenLinkAsync(link);
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.Equal("/desk/forbidden", r.Headers.Location?.OriginalString);
            Assert.Contains("Đăng nhập bàn làm việc", (await desk.GetAsync("/desk")).Html); // not signed in
        }
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_with_400_and_changes_nothing()
    {
        var desk = new DeskSession(_app);
        await desk.SignInAsync(_ward, "clerk");
        var task = (await _ward.TasksAsync()).First(t => t.UnitId == _ward.EconomyId);
        var before = await _app.WithDb(db => db.TaskHistory.CountAsync());

        var forged = await desk.Http.PostAsync($"/desk/tasks/{task.Id}?handler=Reassign",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["unitId"] = _ward.CultureId.ToString() }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("Yêu cầu không hợp lệ", await forged.Content.ReadAsStringAsync());
        Assert.Equal(_ward.EconomyId, (await _app.WithDb(db => db.Tasks.SingleAsync(t => t.Id == task.Id))).UnitId);
        Assert.Equal(before, await _app.WithDb(db => db.TaskHistory.CountAsync()));

        // Sign-in itself is a form too: without its token nothing is redeemed.
        var link = await DeskSession.LinkAsync(_ward, "leader");
        var token = link[(link.IndexOf("token=", StringComparison.Ordinal) + 6)..];
        var bare = await new DeskSession(_app).Http.PostAsync("/desk/signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["token"] = token }));
        Assert.Equal(HttpStatusCode.BadRequest, bare.StatusCode);
        Assert.Equal(1, await _app.WithDb(db => db.DeskSignInTokens.CountAsync(t => t.UsedAt == null)));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var desk = new DeskSession(_app);
        await desk.SignInAsync(_ward, "clerk");
        var r = await desk.SubmitAsync("/desk", "/desk/signout", []);
        Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await desk.Http.GetAsync("/desk/tasks")).StatusCode);
    }
}

/// <summary>Throttling has its own host: a low limit that the other tests would trip.</summary>
public sealed class DeskThrottleTests
{
    [Fact]
    public async Task The_sign_in_page_is_throttled_per_client_address()
    {
        using var app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false", ["Desk:SignInPerMinute"] = "3" });
        var desk = new DeskSession(app);
        for (var i = 0; i < 3; i++)
            Assert.Equal(HttpStatusCode.BadRequest, (await desk.Http.GetAsync($"/desk/signin?token=guess{i}")).StatusCode);
        var fourth = await desk.Http.GetAsync("/desk/signin?token=guess4");
        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.StatusCode);
        Assert.Contains("Quá nhiều lần đăng nhập", await fourth.Content.ReadAsStringAsync());
        // Only sign-in is limited: the rest of the site still answers.
        Assert.Equal(HttpStatusCode.OK, (await desk.Http.GetAsync("/desk")).StatusCode);
    }
}
