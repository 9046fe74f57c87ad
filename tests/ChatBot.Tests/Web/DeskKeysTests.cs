using System.Net;
using ChatBot.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Tests.Web;

/// <summary>Several instances behind a load balancer: the desk's cookies and antiforgery tokens are protected with one
/// key ring kept in the shared database (DeskSetup; table DataProtectionKeys), so what one instance issued another accepts.</summary>
public sealed class DeskKeysTests
{
    [Fact]
    public async Task A_desk_session_and_a_form_token_from_one_instance_are_accepted_by_another_on_the_same_database()
    {
        using var database = TestDatabase.Create();
        using var a = new ChatBotApp(database, new() { ["Outbox:Enabled"] = "false" });
        using var b = new ChatBotApp(database, new() { ["Outbox:Enabled"] = "false" });
        var ward = new TestWard(a);
        await ward.SeedAsync();
        _ = b.Services;

        // Signed in on A; the task page (and its form's token) comes from A too.
        var onA = new DeskSession(a);
        await onA.SignInAsync(ward, "clerk");
        var task = (await ward.TasksAsync()).First(t => t.UnitId == ward.EconomyId);
        var (status, form) = await onA.GetAsync($"/desk/tasks/{task.Id}");
        Assert.Equal(HttpStatusCode.OK, status);

        // The same browser's next requests land on B.
        var onB = new DeskSession(b, onA.Cookies);
        var tasks = await onB.Http.GetAsync("/desk/tasks");
        Assert.Equal(HttpStatusCode.OK, tasks.StatusCode); // not a redirect to /desk/signin
        Assert.Contains("Văn phòng Lê Bình", (await onB.GetAsync("/desk")).Html);

        var reassign = await onB.PostAsync($"/desk/tasks/{task.Id}?handler=Reassign", form, new() { ["unitId"] = ward.CultureId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, reassign.StatusCode); // not 400: B accepted A's antiforgery token
        Assert.Equal($"/desk/tasks/{task.Id}", reassign.Headers.Location?.OriginalString); // the task page, not the sign-in
        Assert.Equal(ward.CultureId, (await b.WithDb(db => db.Tasks.AsNoTracking().SingleAsync(t => t.Id == task.Id))).UnitId);

        // One key ring, in the database: B used the key A made instead of making its own.
        Assert.Equal(1, await b.WithDb(db => db.DataProtectionKeys.CountAsync()));
    }

    [Fact]
    public async Task The_key_ring_is_not_touched_at_start_but_made_on_the_first_page_that_needs_it()
    {
        using var app = new ChatBotApp(new() { ["Outbox:Enabled"] = "false" });
        var ward = new TestWard(app);
        await ward.SeedAsync();
        Assert.Equal(HttpStatusCode.OK, (await app.CreateClient().GetAsync("/healthz")).StatusCode);
        // Started and answering, yet no key made: the host's key-ring preload (≈ 10 MB resident) is not registered.
        Assert.Equal(0, await app.WithDb(db => db.DataProtectionKeys.CountAsync()));

        var desk = new DeskSession(app);
        await desk.SignInAsync(ward, "clerk"); // the session cookie is the first thing protected
        var (status, html) = await desk.GetAsync("/desk/tasks");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Văn phòng Lê Bình", html);
        Assert.Equal(1, await app.WithDb(db => db.DataProtectionKeys.CountAsync()));
    }
}
