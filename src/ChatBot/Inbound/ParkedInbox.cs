using System.Text.Json;
using ChatBot.Core.Conversation;
using ChatBot.Directory;
using ChatBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ChatBot.Inbound;

/// <summary>What became of one parked update when it was handed in again.</summary>
public sealed record ParkedRetry(long Id, string Channel, string UpdateId, bool Handled, string? Error);

/// <summary>The updates <see cref="InboundRetry"/> set aside: listed for the administrator, and handed to the
/// <see cref="InboundPipeline"/> again once the cause is fixed (the CLI's <c>inbox</c> verb). The pipeline's dedupe
/// makes a retry of an update that was handled meanwhile a no-op; one that fails again stays parked.</summary>
public sealed class ParkedInbox(ChatBotDb db, InboundPipeline pipeline, TimeProvider clock)
{
    public Task<List<ParkedUpdate>> WaitingAsync(CancellationToken ct) =>
        db.ParkedUpdates.AsNoTracking().Where(p => p.HandledAt == null).OrderBy(p => p.Id).ToListAsync(ct);

    /// <param name="id">One parked update, or every waiting one when null.</param>
    public async Task<List<ParkedRetry>> RetryAsync(long? id, CancellationToken ct)
    {
        var waiting = await db.ParkedUpdates.Where(p => p.HandledAt == null && (id == null || p.Id == id)).OrderBy(p => p.Id).ToListAsync(ct);
        if (id is not null && waiting.Count == 0)
            throw new UserFacingException($"Không có tin nhắn chờ xử lý lại số {id}.");
        var results = new List<ParkedRetry>();
        foreach (var parked in waiting)
        {
            string? error = null;
            try
            {
                var message = JsonSerializer.Deserialize<InboundMessage>(parked.Message)
                    ?? throw new InvalidOperationException("tin nhắn đã lưu bị rỗng");
                await pipeline.HandleAsync(message, ct);
                parked.HandledAt = clock.GetUtcNow();
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                error = $"{e.GetType().Name}: {e.Message}";
                parked.Attempts++;
                parked.Error = error.Length > 2000 ? error[..2000] : error;
            }
            await db.SaveChangesAsync(ct);
            results.Add(new ParkedRetry(parked.Id, parked.Channel, parked.UpdateId, error is null, error));
        }
        return results;
    }
}
