using ChatBot.Channels;
using ChatBot.Inbound;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ChatBot.Outbox;

/// <summary>What one pass did: messages sent, and how long the dispatcher may sleep before the next pass could send
/// anything (the limits' own wait, the next retry, or the poll interval when nothing waits).</summary>
public sealed record OutboxPass(int Sent, TimeSpan Wait);

/// <summary>
/// One sweep of the outbox for the channels this instance sends for (<see cref="OutboxSenderLease"/>): the head of every
/// chat's queue (its reply, else its oldest push) is a candidate, chats are served round robin (replies first, then the
/// chat served longest ago), each send takes a slot of the bot's budget first (<see cref="OutboxRateLimiter"/>), the
/// admitted rows are claimed in one statement and sent, several chats at once, and each answer is recorded.
/// </summary>
public sealed class OutboxProcessor(
    ChatBotDb db,
    IEnumerable<IChatChannel> channels,
    OutboxRateLimiter limiter,
    OutboxSenderLease senders,
    OutboxInstance instance,
    OutboxExpiry expiry,
    SqliteWriteGate writes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor> log)
{
    private const string PostgresProvider = "Npgsql.EntityFrameworkCore.PostgreSQL";
    private const string ForbiddenNote = "Forbidden: người dùng đã chặn bot hoặc rời nhóm";

    /// <summary>The head of one chat's queue.</summary>
    private sealed record Head(long Id, string Channel, string ChatId, OutboxPriority Priority, DateTimeOffset NextAttemptAt, DateTimeOffset? LeaseUntil);

    /// <summary>Sends what is due now and allowed by the limits; returns how many messages went out.</summary>
    public async Task<int> ProcessDueAsync(CancellationToken ct) => (await PassAsync(ct)).Sent;

    /// <summary>One pass; the result says how many were sent and how long nothing more can go out.</summary>
    public async Task<OutboxPass> PassAsync(CancellationToken ct)
    {
        // One connection for the pass's statements (the sweep, the lease, the heads, the claim, the answers), not one rented
        // from the pool and given back per statement (docs/BENCHMARKS.md, status replies, session 22).
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            return await PassOnOpenConnectionAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private async Task<OutboxPass> PassOnOpenConnectionAsync(CancellationToken ct)
    {
        var o = options.Value;
        await expiry.SweepIfDueAsync(ct);

        var wait = o.PollInterval;
        var mine = new Dictionary<string, IChatChannel>();
        foreach (var c in channels.Where(c => c.IsAvailable))
        {
            if (await senders.HoldAsync(db, c.Name, ct)) mine[c.Name] = c;
            else if (senders.NextLook(c.Name) is { } look) wait = Min(wait, look);
        }
        if (mine.Count == 0) return new OutboxPass(0, wait);
        // No channel's budget has a slot within SendAhead: no head could be admitted, so none is read. A burst of replies
        // wakes the dispatcher once per message and each look read the heads of the whole backlog for nothing (measured,
        // docs/BENCHMARKS.md, status replies, session 22); it now sleeps until the first slot comes within reach.
        var budget = mine.Values.Min(c => limiter.ChannelWait(c)) - o.SendAhead;
        if (budget > TimeSpan.Zero) return new OutboxPass(0, Min(wait, budget));

        var now = clock.GetUtcNow();
        var heads = await HeadsAsync(mine.Keys.ToList(), ct);
        var due = new List<Head>();
        foreach (var h in heads)
        {
            if (h.NextAttemptAt > now) wait = Min(wait, h.NextAttemptAt - now);
            else if (h.LeaseUntil is { } lease && lease >= now) wait = Min(wait, lease - now + Tick);
            else due.Add(h);
        }

        // Replies first, then round robin: the chat served longest ago, then queue order.
        var admitted = new List<(Head Head, OutboxRateLimiter.Ticket Ticket)>();
        var refused = new List<Head>();
        var spent = new HashSet<string>();
        foreach (var h in due.OrderBy(h => h.Priority).ThenBy(h => limiter.LastServed(h.Channel, h.ChatId)).ThenBy(h => h.Id))
        {
            var channel = mine[h.Channel];
            if (admitted.Count >= o.BatchSize || spent.Contains(h.Channel)) refused.Add(h);
            else if (limiter.TryAcquire(channel, h.ChatId, out _, out var ticket, o.SendAhead)) admitted.Add((h, ticket!));
            else
            {
                refused.Add(h);
                if (limiter.ChannelWait(channel) > o.SendAhead) spent.Add(h.Channel);
            }
        }

        var sent = 0;
        if (admitted.Count > 0)
        {
            var claim = instance.NextClaim();
            var rows = await ClaimAsync(admitted.Select(a => a.Head.Id).ToList(), claim, ct);
            var byId = rows.ToDictionary(r => r.Id);
            foreach (var a in admitted.Where(a => !byId.ContainsKey(a.Head.Id))) limiter.Cancel(a.Ticket);
            sent = await SendAllAsync(admitted.Where(a => byId.ContainsKey(a.Head.Id)).Select(a => (byId[a.Head.Id], mine[a.Head.Channel], a.Ticket)).ToList(), claim);
            if (rows.Count < admitted.Count) wait = Min(wait, TimeSpan.FromMilliseconds(10));
        }
        // Wake up SendAhead before a slot frees, so the next pass has its rows claimed when it does.
        foreach (var h in refused) wait = Min(wait, Max(Tick, limiter.Wait(mine[h.Channel], h.ChatId) - o.SendAhead));
        return new OutboxPass(sent, wait);
    }

    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);
    private static readonly TimeSpan AheadMargin = TimeSpan.FromMilliseconds(5);

    /// <summary>The first pending row of each chat by (priority, id): a later push never overtakes an earlier one, a reply
    /// overtakes pushes, and a chat whose head waits (429, backoff, a claim) waits as a whole.</summary>
    private Task<List<Head>> HeadsAsync(List<string> names, CancellationToken ct)
    {
        var pending = db.Outbox.Where(m => m.State == OutboxState.Pending && names.Contains(m.Channel));
        return pending.AsNoTracking()
            .Where(m => !pending.Any(e => e.Channel == m.Channel && e.ChatId == m.ChatId
                                          && (e.Priority < m.Priority || (e.Priority == m.Priority && e.Id < m.Id))))
            .Select(m => new Head(m.Id, m.Channel, m.ChatId, m.Priority, m.NextAttemptAt, m.LeaseUntil))
            .ToListAsync(ct);
    }

    /// <summary>Claims the rows still pending, due and unclaimed, in one statement, and reads them. On PostgreSQL the rows
    /// are locked with <c>FOR UPDATE SKIP LOCKED</c>, so a pass never waits for rows another transaction is claiming.</summary>
    private async Task<List<OutboxMessage>> ClaimAsync(List<long> ids, string claim, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var until = now.AddSeconds(Math.Max(1, options.Value.LeaseSeconds));
        // The provider's name, not IsNpgsql(): that extension lives in the PostgreSQL provider's assembly, which compiling
        // this method would then load (with Npgsql) into a process that runs on SQLite.
        if (db.Database.ProviderName == PostgresProvider)
        {
            // Raw parameters skip the model's converters: timestamptz takes instants at offset 0.
            var array = ids.ToArray();
            var pending = nameof(OutboxState.Pending);
            var (at, to) = (now.ToUniversalTime(), until.ToUniversalTime());
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "Outbox" SET "LeaseOwner" = {claim}, "LeaseUntil" = {to}
                WHERE "Id" IN (SELECT "Id" FROM "Outbox"
                               WHERE "Id" = ANY({array}) AND "State" = {pending} AND "NextAttemptAt" <= {at}
                                 AND ("LeaseUntil" IS NULL OR "LeaseUntil" < {at})
                               FOR UPDATE SKIP LOCKED)
                """, ct);
        }
        else
        {
            using var turn = await writes.EnterAsync(db, ct);
            await db.Outbox
                .Where(m => ids.Contains(m.Id) && m.State == OutboxState.Pending && m.NextAttemptAt <= now
                            && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, claim).SetProperty(m => m.LeaseUntil, until), ct);
        }
        return await db.Outbox.AsNoTracking().Where(m => m.LeaseOwner == claim).ToListAsync(ct);
    }

    /// <summary>Sends the claimed rows (each to a different chat), up to <c>MaxParallelSends</c> at once; each answer is
    /// recorded as soon as it comes. Once claimed, a row is sent and recorded even while the service stops.</summary>
    private async Task<int> SendAllAsync(List<(OutboxMessage Row, IChatChannel Channel, OutboxRateLimiter.Ticket Ticket)> work, string claim)
    {
        var sent = 0;
        using var record = new SemaphoreSlim(1, 1);
        var records = new AnswerBatch(answers => WriteAnswersAsync(answers, claim));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelSends) };
        await Parallel.ForEachAsync(work, parallel, async (w, _) =>
        {
            // A slot taken ahead: the request leaves when the slot frees, never before (timers round to the millisecond
            // and may fire that much early, so wait a little longer and look at the clock again).
            while (w.Ticket.NotBefore - clock.GetUtcNow() is var early && early > TimeSpan.Zero)
                await Task.Delay(early + AheadMargin, clock);
            if (!senders.StillHolds(w.Channel.Name))
            {
                // The pass outlived this instance's turn as sender: leave the row to whoever sends now.
                limiter.Cancel(w.Ticket);
                await record.WaitAsync(CancellationToken.None);
                try { await ReleaseAsync(w.Row.Id, claim); }
                finally { record.Release(); }
                return;
            }
            var outcome = await SendAsync(w.Channel, w.Row);
            limiter.Complete(w.Ticket);
            await records.RecordAsync(new Answer(w.Row, w.Channel, outcome), record);
            if (outcome.Status == SendStatus.Sent) Interlocked.Increment(ref sent);
        });
        return sent;
    }

    /// <summary>A platform's answer to one claimed row, to be written down.</summary>
    private sealed record Answer(OutboxMessage Row, IChatChannel Channel, SendOutcome Outcome);

    /// <summary>Group commit of the answers of one pass: the first answer is written at once; those that come while a
    /// write is under way are written together by the next one, in one transaction (one commit, one fsync on SQLite,
    /// one writer's turn) instead of one each. Every caller returns only once its own answer is committed.</summary>
    private sealed class AnswerBatch(Func<IReadOnlyList<Answer>, Task> write)
    {
        private readonly List<(Answer Answer, TaskCompletionSource Done)> _waiting = [];

        public async Task RecordAsync(Answer answer, SemaphoreSlim writer)
        {
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waiting) _waiting.Add((answer, done));
            await writer.WaitAsync(CancellationToken.None);
            try
            {
                List<(Answer Answer, TaskCompletionSource Done)> batch;
                lock (_waiting) { batch = [.. _waiting]; _waiting.Clear(); }
                if (batch.Count > 0)
                {
                    try
                    {
                        await write([.. batch.Select(b => b.Answer)]);
                        foreach (var b in batch) b.Done.TrySetResult();
                    }
                    catch (Exception e)
                    {
                        foreach (var b in batch) b.Done.TrySetException(e);
                    }
                }
            }
            finally { writer.Release(); }
            await done.Task; // written by this call or by an earlier one that took it along
        }
    }

    /// <summary>Writes the answers: those that touch only their own row (and a split push's later parts) in one transaction,
    /// a blocked chat's (which also closes the chat's queue and its accounts) alone, as before.</summary>
    private async Task WriteAnswersAsync(IReadOnlyList<Answer> answers, string claim)
    {
        var ct = CancellationToken.None;
        // The writes of the answers take the process's SQLite writer turn like an inbound update's transaction.
        using var turn = await writes.EnterAsync(db, ct);
        var together = answers.Where(a => a.Outcome.Status != SendStatus.Forbidden).ToList();
        var alone = answers.Where(a => a.Outcome.Status == SendStatus.Forbidden).ToList();
        if (together.Count == 1) alone.Insert(0, together[0]); // one answer needs no transaction of its own
        else if (together.Count > 1)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            foreach (var a in together) await RecordAsync(a.Row, a.Channel, a.Outcome, claim);
            await transaction.CommitAsync(ct);
        }
        foreach (var a in alone) await RecordAsync(a.Row, a.Channel, a.Outcome, claim);
    }

    private async Task<SendOutcome> SendAsync(IChatChannel channel, OutboxMessage row)
    {
        try
        {
            return await channel.SendAsync(row, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // A channel should report, not throw; treat surprises as transient so nothing is lost.
            log.LogWarning(ex, "Outbox {Id}: kênh {Channel} ném lỗi khi gửi", row.Id, row.Channel);
            return SendOutcome.Retry(ex.GetType().Name + ": " + ex.Message);
        }
    }

    private async Task<int> ReleaseAsync(long id, string claim)
    {
        using var turn = await writes.EnterAsync(db, CancellationToken.None);
        return await db.Outbox.Where(m => m.Id == id && m.LeaseOwner == claim)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseOwner, (string?)null).SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null));
    }

    /// <summary>One answer's writes; the caller holds the writer's turn (and the transaction of a batch).</summary>
    private async Task RecordAsync(OutboxMessage row, IChatChannel channel, SendOutcome outcome, string claim)
    {
        var ct = CancellationToken.None;
        var now = clock.GetUtcNow();
        var mine = db.Outbox.Where(m => m.Id == row.Id && m.LeaseOwner == claim);
        switch (outcome.Status)
        {
            case SendStatus.Sent:
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.State, OutboxState.Sent)
                    .SetProperty(m => m.SentAt, now)
                    .SetProperty(m => m.PlatformMessageId, outcome.PlatformMessageId)
                    .SetProperty(m => m.Attempts, row.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.Problem, (SendProblem?)null)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                // A push split in parts, once begun, finishes before a later reply: the rest of its parts become replies
                // (they are older than any reply still to come, so replies keep their order too).
                if (row is { Part: 1, Parts: > 1, Priority: not OutboxPriority.Reply, MessageKey: { } key })
                    await db.Outbox.Where(m => m.MessageKey == key && m.State == OutboxState.Pending)
                        .ExecuteUpdateAsync(s => s.SetProperty(m => m.Priority, OutboxPriority.Reply), ct);
                break;

            case SendStatus.RetryLater when outcome.RetryAfter is { } after:
                // Rate limited: a delay, not an attempt; the platform says when, and the chat's later rows wait behind this one.
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.NextAttemptAt, now + after)
                    .SetProperty(m => m.LastError, outcome.Error)
                    .SetProperty(m => m.Problem, SendProblem.RateLimited)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                if (limiter.RateLimited(channel.Name, row.ChatId, now + after))
                    log.LogWarning("Outbox: {Channel} giới hạn cả bot; tạm dừng gửi {After}", channel.Name, after);
                else
                    log.LogInformation("Outbox {Id}: bị giới hạn tốc độ, thử lại sau {After}", row.Id, after);
                break;

            case SendStatus.RetryLater:
                // No attempt ceiling: a growing delay (capped at RetryMaxDelay) until it goes through or MaxAge expires it.
                var attempts = row.Attempts + 1;
                await mine.ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Attempts, attempts)
                    .SetProperty(m => m.NextAttemptAt, now + Backoff(attempts))
                    .SetProperty(m => m.LastError, outcome.Error)
                    .SetProperty(m => m.Problem, SendProblem.Transient)
                    .SetProperty(m => m.LeaseOwner, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);
                if (attempts % 10 == 0)
                    log.LogWarning("Outbox {Id}: vẫn chưa gửi được sau {Attempts} lần thử: {Error}", row.Id, attempts, outcome.Error);
                break;

            case SendStatus.Forbidden:
                await FailAsync(mine, row.Attempts + 1, outcome.Error ?? ForbiddenNote, SendProblem.Blocked, now, ct);
                // Stop writing to this chat until the user writes again (the conversation re-activates the account).
                await db.Outbox
                    .Where(m => m.Channel == row.Channel && m.ChatId == row.ChatId && m.State == OutboxState.Pending && m.CreatedAt <= now)
                    .ExecuteUpdateAsync(s => s
                        .SetProperty(m => m.State, OutboxState.Failed)
                        .SetProperty(m => m.LastError, ForbiddenNote)
                        .SetProperty(m => m.Problem, SendProblem.Blocked)
                        .SetProperty(m => m.FailedAt, now), ct);
                await db.ChatAccounts
                    .Where(a => a.Channel == row.Channel && a.ChatId == row.ChatId && a.Active)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.Active, false), ct);
                log.LogInformation("Outbox {Id}: chat {Channel}/{Chat} đã chặn bot; ngừng gửi", row.Id, row.Channel, row.ChatId);
                break;

            default:
                // Final: 400 (chat not found, bad message), 404 (unknown method). Surfaced, never retried; the chat moves on.
                var problem = outcome.Problem ?? SendProblem.Rejected;
                await FailAsync(mine, row.Attempts + 1, outcome.Error ?? "Rejected", problem, now, ct);
                log.LogWarning("Outbox {Id}: nền tảng từ chối tin ({Problem}): {Error}", row.Id, problem, outcome.Error);
                break;
        }
    }

    private static Task<int> FailAsync(IQueryable<OutboxMessage> mine, int attempts, string? error, SendProblem problem, DateTimeOffset now, CancellationToken ct) =>
        mine.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.State, OutboxState.Failed)
            .SetProperty(m => m.Attempts, attempts)
            .SetProperty(m => m.LastError, error)
            .SetProperty(m => m.Problem, problem)
            .SetProperty(m => m.FailedAt, now)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null), ct);

    /// <summary>Exponential backoff with ±20 % jitter so many failing rows do not retry in lockstep.</summary>
    private TimeSpan Backoff(int attempts)
    {
        var o = options.Value;
        var exp = o.RetryBaseDelay.TotalSeconds * Math.Pow(2, Math.Min(attempts - 1, 20));
        var capped = Math.Min(exp, o.RetryMaxDelay.TotalSeconds);
        return TimeSpan.FromSeconds(capped * (0.8 + Random.Shared.NextDouble() * 0.4));
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
