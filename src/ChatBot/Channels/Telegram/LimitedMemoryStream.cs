namespace ChatBot.Channels.Telegram;

/// <summary>A memory stream that refuses to grow past a limit, so a lying file_size cannot fill memory.</summary>
internal sealed class LimitedMemoryStream(long limit) : MemoryStream
{
    public sealed class LimitExceededException() : IOException("file exceeds the size limit");

    public override void Write(byte[] buffer, int offset, int count)
    {
        if (Length + count > limit) throw new LimitExceededException();
        base.Write(buffer, offset, count);
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (Length + buffer.Length > limit) throw new LimitExceededException();
        base.Write(buffer);
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken ct)
    {
        if (Length + count > limit) throw new LimitExceededException();
        return base.WriteAsync(buffer, offset, count, ct);
    }

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken ct = default)
    {
        if (Length + buffer.Length > limit) throw new LimitExceededException();
        return base.WriteAsync(buffer, ct);
    }
}
