namespace ChatBot.Channels.Simulator;

/// <summary>Files uploaded on the page, kept in memory until the bot downloads them (only the newest few).</summary>
public sealed class SimulatorFiles
{
    private const int Keep = 10;
    private readonly Lock _gate = new();
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly Queue<string> _order = new();

    public string Put(byte[] content)
    {
        var id = Guid.NewGuid().ToString("N");
        lock (_gate)
        {
            _files[id] = content;
            _order.Enqueue(id);
            while (_order.Count > Keep) _files.Remove(_order.Dequeue());
        }
        return id;
    }

    public byte[]? Get(string id)
    {
        lock (_gate) return _files.GetValueOrDefault(id);
    }
}
