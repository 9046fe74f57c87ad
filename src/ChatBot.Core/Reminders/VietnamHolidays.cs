namespace ChatBot.Core.Reminders;

/// <summary>Days off for civil servants in 2026 and 2027 (Bộ luật Lao động 2019 art. 112 + the yearly
/// Bộ Nội vụ notice). The government announces the exact days each year: override them with
/// Reminders:Holidays / Reminders:MakeUpWorkingDays. See docs/REMINDERS.md for the reasoning per day.</summary>
public static class VietnamHolidays
{
    public static readonly IReadOnlyList<DateOnly> Days =
    [
        // 2026 — Tết Dương lịch: Thursday 1/1 (one day, no bridge).
        new(2026, 1, 1),
        // Tết Nguyên đán Bính Ngọ (mùng 1 = 17/02): 27 Chạp → mùng 6 Tết = Sat 14/02 … Sun 22/02 (9 days, no make-up day).
        new(2026, 2, 14), new(2026, 2, 15), new(2026, 2, 16), new(2026, 2, 17), new(2026, 2, 18),
        new(2026, 2, 19), new(2026, 2, 20), new(2026, 2, 21), new(2026, 2, 22),
        // Giỗ Tổ Hùng Vương (10/3 âm lịch) = Sun 26/04 → compensated Mon 27/04.
        new(2026, 4, 26), new(2026, 4, 27),
        // 30/4 (Thu) and 1/5 (Fri).
        new(2026, 4, 30), new(2026, 5, 1),
        // Quốc khánh: 2/9 (Wed) + the day before, Tue 1/9 (our choice; same side as the 2025 schedule).
        new(2026, 9, 1), new(2026, 9, 2),

        // 2027 — Tết Dương lịch: Friday 1/1.
        new(2027, 1, 1),
        // Tết Nguyên đán Đinh Mùi (mùng 1 = Sat 06/02): 5 legal days 05/02–09/02 (1 before, 4 after);
        // 06/02 and 07/02 fall on the weekend → compensated Wed 10/02 and Thu 11/02.
        new(2027, 2, 5), new(2027, 2, 6), new(2027, 2, 7), new(2027, 2, 8), new(2027, 2, 9),
        new(2027, 2, 10), new(2027, 2, 11),
        // Giỗ Tổ Hùng Vương (10/3 âm lịch) = Fri 16/04.
        new(2027, 4, 16),
        // 30/4 (Fri), 1/5 (Sat) → compensated Mon 3/5.
        new(2027, 4, 30), new(2027, 5, 1), new(2027, 5, 3),
        // Quốc khánh: 2/9 (Thu) + Fri 3/9 (the adjacent day that joins the weekend).
        new(2027, 9, 2), new(2027, 9, 3),
    ];

    /// <summary>Saturdays worked in exchange for a bridge day; none announced for 2026–2027 in these defaults.</summary>
    public static readonly IReadOnlyList<DateOnly> MakeUpWorkingDays = [];
}
