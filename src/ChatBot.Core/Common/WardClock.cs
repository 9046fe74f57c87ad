namespace ChatBot.Core.Common;

/// <summary>The ward's one clock: "now" from the injected <see cref="TimeProvider"/>, read in the ward's time zone
/// (<c>Reminders:TimeZone</c>, Asia/Ho_Chi_Minh by default). Conversation, reminders, digest and reports all ask it.</summary>
public sealed class WardClock(TimeProvider time, TimeZoneInfo zone)
{
    public const string VietnamZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The ward's clock in a zone given by its id; the Vietnamese zone works even without tzdata (UTC+7, no daylight saving).</summary>
    public WardClock(TimeProvider time, string zoneId) : this(time, FindZone(zoneId)) { }

    public TimeZoneInfo Zone { get; } = zone;

    public DateTimeOffset UtcNow => time.GetUtcNow();

    /// <summary>Now, as the ward's wall clock shows it.</summary>
    public DateTimeOffset Now => ToLocal(time.GetUtcNow());

    /// <summary>The ward's date today: deadlines, "quá hạn" and reports count from it.</summary>
    public DateOnly Today => LocalDate(time.GetUtcNow());

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    public static TimeZoneInfo FindZone(string id)
    {
        try { return TimeZoneInfo.FindSystemTimeZoneById(id); }
        catch (TimeZoneNotFoundException) when (id == VietnamZoneId)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "ICT", "ICT");
        }
    }
}
