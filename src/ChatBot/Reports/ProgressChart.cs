using ChatBot.Core.Tasks;
using ScottPlot;

namespace ChatBot.Reports;

/// <summary>Stacked horizontal bars per unit with the status words used everywhere, whole-number ticks and a legend.</summary>
public static class ProgressChart
{
    /// <summary>The parts of a bar, in stacking order: the same words as the task list and the Excel table.</summary>
    public static readonly (string Label, Func<UnitSummary, int> Count, Color Color)[] Parts =
    [
        (WorkStatus.Done.Vietnamese(), s => s.Done, new Color(46, 139, 87)),
        (WorkStatus.InProgress.Vietnamese(), s => s.InProgress, new Color(70, 130, 180)),
        (WorkStatus.Acknowledged.Vietnamese(), s => s.Acknowledged, new Color(135, 190, 230)),
        (WorkStatus.New.Vietnamese(), s => s.New, new Color(170, 170, 170)),
        (WorkStatus.Blocked.Vietnamese(), s => s.Blocked, new Color(230, 160, 40)),
        (StatusWords.Overdue, s => s.Overdue, new Color(210, 50, 40)),
    ];

    public const int Width = 1000;

    /// <summary>A sans-serif font with the Vietnamese letters (ScottPlot's own default may resolve to a serif one).</summary>
    private static readonly string? SansFont = new[] { "DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Segoe UI" }.FirstOrDefault(f => Fonts.GetTypeface(f, false, false)?.FamilyName == f);

    public static int HeightFor(int units) => Math.Max(360, 150 + units * 56);

    public static Plot Build(IReadOnlyList<UnitSummary> units, string title)
    {
        var plot = new Plot();
        if (SansFont is { } font) plot.Font.Set(font);
        else plot.Font.Automatic(); // any installed font that has the Vietnamese letters
        // Top to bottom in the given order: the first unit gets the highest position.
        var n = units.Count;
        for (var i = 0; i < n; i++)
        {
            var u = units[i];
            double at = 0;
            foreach (var (_, count, color) in Parts)
            {
                var c = count(u);
                if (c == 0) continue;
                plot.Add.Bar(new Bar
                {
                    Position = n - 1 - i, ValueBase = at, Value = at + c, FillColor = color, Orientation = Orientation.Horizontal,
                    Label = c.ToString(System.Globalization.CultureInfo.InvariantCulture), CenterLabel = true, Size = 0.7,
                });
                at += c;
            }
        }
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            units.Select((u, i) => new Tick(n - 1 - i, Wrap(u.Unit, 24))).ToArray());
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        plot.Axes.Bottom.Label.Text = "Số nhiệm vụ";
        var max = units.Count == 0 ? 1 : units.Max(u => Parts.Sum(p => p.Count(u)));
        plot.Axes.SetLimits(left: 0, right: Math.Max(1, max) * 1.05, bottom: -0.6, top: n - 0.4);
        plot.Title(title);
        foreach (var (label, count, color) in Parts)
            if (units.Any(u => count(u) > 0))
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = label, FillColor = color });
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    public static byte[] Png(IReadOnlyList<UnitSummary> units, string title) =>
        Build(units, title).GetImageBytes(Width, HeightFor(units.Count), ImageFormat.Png);

    /// <summary>Breaks a unit name into lines at spaces only, never inside a word.</summary>
    public static string Wrap(string name, int width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width) { lines.Add(line); line = word; }
            else line = line.Length == 0 ? word : $"{line} {word}";
        }
        if (line.Length > 0) lines.Add(line);
        return string.Join('\n', lines);
    }
}
