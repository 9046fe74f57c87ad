using ChatBot.Core.Conversation;

namespace ChatBot.Conversation;

/// <summary>The one place that turns an inbound message into changes and outbox messages (scoped: one per update).</summary>
public sealed class ConversationService
{
    public Task<InboundResult> HandleAsync(InboundMessage message, CancellationToken ct) => Task.FromResult(InboundResult.None);
}
