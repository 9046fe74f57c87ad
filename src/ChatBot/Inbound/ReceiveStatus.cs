using System.Collections.Concurrent;

namespace ChatBot.Inbound;

/// <summary>What each channel's receiving side is doing, for <c>/readyz</c>: its mode, whether this instance polls
/// (holds the lease) or stands by, and when a poll last succeeded (real time: it is about the process, not the ward's day).</summary>
public sealed class ReceiveStatus
{
    private readonly TimeProvider _clock = TimeProvider.System;
    private readonly ConcurrentDictionary<string, ChannelReceive> _channels = new();

    public IReadOnlyDictionary<string, ChannelReceive> Channels => _channels;

    public void Starting(string channel, string mode) => _channels[channel] = new ChannelReceive(mode, ReceiveState.Starting, null, null, null);

    public void Polled(string channel) => Update(channel, c => c with { State = ReceiveState.Polling, LastPollAt = _clock.GetUtcNow() });

    public void Standby(string channel) => Update(channel, c => c with { State = ReceiveState.Standby });

    /// <summary>An update is waiting for the database (or a fix): nothing is confirmed to the platform meanwhile.</summary>
    public void Retrying(string channel, string error) => Update(channel, c => c with { State = ReceiveState.Retrying, LastError = error, LastErrorAt = _clock.GetUtcNow() });

    public void Failed(string channel, string error) => Update(channel, c => c with { LastError = error, LastErrorAt = _clock.GetUtcNow() });

    public void Stopped(string channel, string why) => Update(channel, c => c with { State = ReceiveState.Stopped, LastError = why, LastErrorAt = _clock.GetUtcNow() });

    private void Update(string channel, Func<ChannelReceive, ChannelReceive> change) =>
        _channels.AddOrUpdate(channel, _ => change(new ChannelReceive("polling", ReceiveState.Starting, null, null, null)), (_, c) => change(c));
}

public enum ReceiveState { Starting, Polling, Standby, Retrying, Stopped }

public sealed record ChannelReceive(string Mode, ReceiveState State, DateTimeOffset? LastPollAt, string? LastError, DateTimeOffset? LastErrorAt);
