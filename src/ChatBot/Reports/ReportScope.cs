using ChatBot.Core.Directory;
using ChatBot.Core.Tasks;
using ChatBot.Tasks;

namespace ChatBot.Reports;

/// <summary>Whose tasks a report covers: a whole ward (leaders, clerks) or one unit of it (heads, staff).</summary>
public sealed record ReportScope(int WardId, int? UnitId)
{
    public static ReportScope Of(Official o) =>
        new(o.WardId, o.Role.SeesWholeWard() ? null : o.UnitId ?? 0); // a unit-less head sees nothing (no unit has id 0)
}

/// <summary>The reporting period: tasks assigned between <see cref="From"/> and <see cref="To"/> (both inclusive, ward dates).</summary>
public sealed record ReportPeriod(DateOnly? From, DateOnly? To)
{
    public static readonly ReportPeriod All = new(null, null);

    public bool IsValid => From is null || To is null || From <= To;

    /// <summary>"giao từ 01/06/2026 đến 30/06/2026", "giao từ 01/06/2026", "tất cả nhiệm vụ đã giao".</summary>
    public string Describe() => (From, To) switch
    {
        (null, null) => "tất cả nhiệm vụ đã giao",
        ({ } f, null) => $"nhiệm vụ giao từ ngày {f:dd/MM/yyyy}",
        (null, { } t) => $"nhiệm vụ giao đến ngày {t:dd/MM/yyyy}",
        ({ } f, { } t) => $"nhiệm vụ giao từ ngày {f:dd/MM/yyyy} đến ngày {t:dd/MM/yyyy}",
    };

    internal static DateTimeOffset StartOfDayUtc(DateOnly d, TimeZoneInfo zone) =>
        new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), zone.GetUtcOffset(d.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
}

/// <summary>The one status vocabulary of reports, the chart and the desk: the task's status word, and "Quá hạn" over it.</summary>
public static class StatusWords
{
    public const string Overdue = "Quá hạn";

    /// <summary>"Đang làm 60%", "Hoàn thành", "Mới giao" — the status alone; reasons and timing go elsewhere.</summary>
    public static string Of(WorkStatus status, int percent) =>
        status == WorkStatus.InProgress && percent is > 0 and < 100 ? $"{status.Vietnamese()} {percent}%" : status.Vietnamese();
}
