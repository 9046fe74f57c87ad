namespace ChatBot.Core.Parsing.Layout;

/// <summary>
/// The nesting of a notice's blocks, read from how they are numbered, without fixed ranks: a numbering style seen for
/// the first time opens a level under the current one; a style already open closes everything under it and starts a
/// sibling. Paragraphs sit under the innermost numbered item; a paragraph ending with ":" (a lead-in such as "Giao Văn
/// phòng thực hiện các nội dung sau:") holds the items that follow it; bullets close at the next paragraph.
/// </summary>
internal sealed class Outline
{
    private const string LeadIn = "¶:";

    // Deeper nesting than this is not a notice; the cap keeps every walk up the outline short.
    private const int MaxDepth = 16;

    private readonly int[] _parent;
    private readonly List<int>?[] _children;

    private Outline(int[] parent)
    {
        _parent = parent;
        _children = new List<int>?[parent.Length];
        for (var i = 0; i < parent.Length; i++)
            if (parent[i] >= 0) (_children[parent[i]] ??= []).Add(i);
    }

    /// <summary>Index of the block that holds block <paramref name="i"/>, or -1.</summary>
    public int Parent(int i) => _parent[i];

    public bool HasChildren(int i) => _children[i] is not null;

    /// <summary>The blocks that hold block <paramref name="i"/>, innermost first.</summary>
    public AncestorWalk Ancestors(int i) => new(_parent, _parent[i]);

    /// <summary>The walk up the parents as a struct enumerator: <c>foreach</c> over it allocates nothing (it runs for every block).</summary>
    public struct AncestorWalk(int[] parent, int first)
    {
        private int _next = first;

        public int Current { get; private set; } = -1;

        public readonly AncestorWalk GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0) return false;
            ParserWork.Step();
            Current = _next;
            _next = parent[_next];
            return true;
        }
    }

    public IReadOnlyList<int> Children(int i) => _children[i] ?? (IReadOnlyList<int>)[];

    /// <summary>Builds the outline of <paramref name="blocks"/>[from..to).</summary>
    public static Outline Build(IReadOnlyList<NoticeBlock> blocks, int from, int to)
    {
        var parent = Enumerable.Repeat(-1, blocks.Count).ToArray();
        var open = new List<(int Index, string Style)>();
        var children = new int[blocks.Count];
        var itemChildren = new int[blocks.Count];
        for (var i = from; i < to; i++)
        {
            ParserWork.Step();
            var b = blocks[i];
            switch (b.Kind)
            {
                case BlockKind.TableRow:
                    parent[i] = open.Count > 0 ? open[^1].Index : -1;
                    continue;
                case BlockKind.Item:
                {
                    var at = open.Count - 1;
                    while (at >= 0 && open[at].Style != b.Style.Key) at--; // the last open level of this style (no closure per item)
                    if (at >= 0) open.RemoveRange(at, open.Count - at);
                    break;
                }
                default:
                {
                    // The closing ("Nơi nhận:", "Trên đây …", "TM. ỦY BAN …") and the title of an attached plan start afresh.
                    if (IsBoundary(b))
                    {
                        open.Clear();
                        continue;
                    }
                    // Bullets close at a paragraph; so does a lead-in once its list of items is done, and a lead-in followed
                    // by another lead-in is its sibling ("Kết luận như sau:" / "Giao Văn phòng thực hiện các nội dung sau:").
                    var leadIn = b.Content.EndsWith(':');
                    while (open.Count > 0 && (IsBullet(open[^1].Style) || open[^1].Style == LeadIn && (itemChildren[open[^1].Index] > 0 || leadIn)))
                        open.RemoveAt(open.Count - 1);
                    break;
                }
            }
            parent[i] = open.Count > 0 ? open[^1].Index : -1;
            if (parent[i] >= 0)
            {
                children[parent[i]]++;
                if (b.Kind == BlockKind.Item) itemChildren[parent[i]]++;
            }
            if (open.Count >= MaxDepth) continue;
            if (b.Kind == BlockKind.Item) open.Add((i, b.Style.Key));
            else if (b.Content.EndsWith(':')) open.Add((i, LeadIn));
        }
        return new Outline(parent);
    }

    private static bool IsBullet(string style) => style is "-" or "+";

    private static bool IsBoundary(NoticeBlock b)
    {
        var f = b.Folded;
        return Sections.IsClosing(f) || b.Content.Length < 80 && Units.Abbreviations.IsAllCaps(b.Content.AsSpan()); // some letter, none lower case
    }
}
