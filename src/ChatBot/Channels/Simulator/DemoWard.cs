using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using ChatBot.Core.Directory;

namespace ChatBot.Channels.Simulator;

/// <summary>One phone of the simulator page: who the newcomer plays and the chat id linked to that official.</summary>
public sealed record Persona(string ChatId, string Label, Role Role, string? Unit, string Name);

/// <summary>The fictional ward the simulator seeds: its units, the four people a newcomer plays, its sample notices.</summary>
public static partial class DemoWard
{
    public const string Name = "Phường Hòa Bình (demo)";

    public const string OfficeUnit = "Văn phòng HĐND và UBND phường";
    public const string EconomyUnit = "Phòng Kinh tế, Hạ tầng và Đô thị";
    public const string SocialUnit = "Phòng Văn hóa - Xã hội";

    public static readonly IReadOnlyList<(string Name, string[] Aliases)> Units =
    [
        (OfficeUnit, ["Văn phòng", "VP HĐND-UBND", "Văn phòng HĐND & UBND phường", "Văn phòng HĐND và UBND"]),
        (EconomyUnit, ["Phòng Kinh tế", "Phòng KT-HT-ĐT", "Phòng Kinh tế, Hạ tầng và Đô thị phường"]),
        (SocialUnit, ["Phòng VH-XH", "Phòng Văn hoá - Xã hội", "Phòng Văn hóa - Xã hội phường"]),
        ("Trung tâm Phục vụ hành chính công phường", ["Trung tâm Phục vụ hành chính công", "TTPVHCC", "Bộ phận một cửa"]),
        ("Công an phường", ["Công an", "CA phường"]),
    ];

    public static readonly IReadOnlyList<Persona> Personas =
    [
        new("sim-leader", "Chủ tịch", Role.Leader, null, "Nguyễn Văn An"),
        new("sim-clerk", "Văn phòng", Role.Clerk, OfficeUnit, "Trần Thị Bình"),
        new("sim-kinhte", "Phòng Kinh tế", Role.Head, EconomyUnit, "Lê Minh Cường"),
        new("sim-vhxh", "Phòng Văn hóa - Xã hội", Role.Staff, SocialUnit, "Phạm Thu Dung"),
    ];

    /// <summary>The monthly meeting notice imported at seed time (some tasks overdue, some due soon, some later).</summary>
    public static string Notice(DateOnly today) => Render(Resource("DemoNotice.txt"), today);

    /// <summary>A second, shorter notice the clerk can send from the page to watch an import happen live.</summary>
    public static string Sample(DateOnly today) => Render(Resource("SampleNotice.txt"), today);

    /// <summary>Fills {D-5}/{D+3} (today ± days) and the meeting/issue dates, so the demo always has overdue and due-soon work.</summary>
    public static string Render(string template, DateOnly today)
    {
        // The meeting was a fortnight ago: its deadlines then fall on both sides of today.
        var meeting = today.AddDays(-16);
        var issued = meeting.AddDays(2);
        var values = new Dictionary<string, string>
        {
            ["NUMBER"] = (today.DayOfYear % 90 + 10).ToString(CultureInfo.InvariantCulture),
            ["MEETING"] = Date(meeting),
            ["MONTH"] = meeting.Month.ToString(CultureInfo.InvariantCulture),
            ["YEAR"] = meeting.Year.ToString(CultureInfo.InvariantCulture),
            ["ISSUED_DAY"] = issued.Day.ToString("00", CultureInfo.InvariantCulture),
            ["ISSUED_MONTH"] = issued.Month.ToString("00", CultureInfo.InvariantCulture),
            ["ISSUED_YEAR"] = issued.Year.ToString(CultureInfo.InvariantCulture),
            ["TODAY"] = Date(today),
            ["TODAY_DAY"] = today.Day.ToString("00", CultureInfo.InvariantCulture),
            ["TODAY_MONTH"] = today.Month.ToString("00", CultureInfo.InvariantCulture),
            ["TODAY_YEAR"] = today.Year.ToString(CultureInfo.InvariantCulture),
        };
        return Placeholder().Replace(template, m =>
            m.Groups["days"].Success ? Date(today.AddDays(int.Parse(m.Groups["days"].Value, CultureInfo.InvariantCulture)))
            : values.TryGetValue(m.Groups["name"].Value, out var v) ? v
            : throw new InvalidOperationException($"Unknown placeholder {m.Value} in a demo notice."));
    }

    private static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    internal static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ChatBot.Simulator." + name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"\{(?:D(?<days>[+-]\d+)|(?<name>[A-Z_]+))\}")]
    private static partial Regex Placeholder();
}
