using ChatBot.Core.Conversation;

namespace ChatBot.Channels;

/// <summary>A channel with inline buttons: it can replace or remove the buttons of a message it sent.</summary>
public interface IInteractiveChannel
{
    string Name { get; }

    /// <summary>Replaces the text (HTML subset) of a sent message; null or empty buttons remove the keyboard. False if the platform refused.</summary>
    Task<bool> EditMessageAsync(string chatId, string messageId, string text, IReadOnlyList<IReadOnlyList<ChatButton>>? buttons, CancellationToken ct);
}
