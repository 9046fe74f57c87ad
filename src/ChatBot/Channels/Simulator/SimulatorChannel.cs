using System.Globalization;
using ChatBot.Core.Conversation;
using ChatBot.Outbox;

namespace ChatBot.Channels.Simulator;

/// <summary>The local chat: "sending" is the outbox row becoming Sent, which the page then shows.</summary>
public sealed class SimulatorChannel(SimulatorFiles files) : IChatChannel
{
    public const string ChannelName = "sim";

    public string Name => ChannelName;

    // Nothing to protect on a local page: no per-chat gap, effectively no global cap.
    public ChannelLimits Limits { get; } = new(4096, true, TimeSpan.Zero, 1000, 1000);

    public Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken ct) =>
        Task.FromResult(SendOutcome.Sent(message.Id.ToString(CultureInfo.InvariantCulture)));

    public Task<byte[]> DownloadAsync(InboundFile file, long maxBytes, CancellationToken ct)
    {
        var content = files.Get(file.FileId) ?? throw new ChannelFileException("Không tìm thấy tệp (có thể đã quá cũ). Xin gửi lại tệp.");
        if (content.LongLength > maxBytes)
            throw new ChannelFileException($"Tệp quá lớn ({content.LongLength / 1024} KB); tối đa {maxBytes / 1024} KB.");
        return Task.FromResult(content);
    }
}
