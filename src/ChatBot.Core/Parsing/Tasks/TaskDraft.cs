using ChatBot.Core.Parsing.Layout;
using ChatBot.Core.Parsing.Units;

namespace ChatBot.Core.Parsing.Tasks;

/// <summary>A unit named somewhere in the notice: the mention, and the block and content offsets where it is written.</summary>
internal readonly record struct UnitRef(string Name, UnitKind Kind, NoticeBlock Block, int Start, int End)
{
    public static UnitRef From(UnitMention m, NoticeBlock block, int offset) =>
        new(m.Name, m.Kind, block, m.Start + offset, m.End + offset); // the name is made here, once

    /// <summary>Every mention of <paramref name="from"/> as a reference, added to <paramref name="into"/> (a loop: no LINQ per task).</summary>
    public static void AddFrom(List<UnitRef> into, IReadOnlyList<UnitMention> from, NoticeBlock block, int offset)
    {
        for (var k = 0; k < from.Count; k++) into.Add(From(from[k], block, offset));
    }

    public bool IsAllUnits => Kind == UnitKind.AllUnits;

    public bool IsLeader => UnitMention.IsLeaderName(Name, Kind);
}

/// <summary>What a heading, label or lead-in gives the items under it: a unit, cooperating units, a supervisor, a section kind.</summary>
/// <see cref="IsHeading"/>: a real heading or lead-in; false for a full directive item whose sub-items inherit its unit.
internal sealed record HeadingContext(NoticeBlock Block, SectionKind Kind, UnitRef? Unit, IReadOnlyList<UnitRef> Cooperating, UnitRef? Supervisor, string? Section, bool IsHeading = true);

/// <summary>A Gantt row's last ticked month and the header cell naming it (references: a draft pays 8 bytes when it has none).</summary>
internal sealed record DueMonth(NoticeBlock Block, Clause Cell, int Month, int? Year, int YearShift);

/// <summary>A deadline heading over a task ("Mốc 1 — Trước ngày 31/01/2026"): the block and the stretch to read.</summary>
internal sealed record DeadlineHeading(NoticeBlock Block, Clause Clause);

/// <summary>
/// A task as the reader found it, before its unit is resolved: the text (a stretch of one block), the units named in
/// the task itself, in an assignment after it, and in the headings above it, and the stretches its deadline may come from.
/// </summary>
internal sealed class TaskDraft
{
    public required NoticeBlock Block { get; init; }
    public required Clause Text { get; set; }
    public string? Section { get; init; }

    /// <summary>Named in the task's own words ("Giao X …", "X: …", "X tổ chức …").</summary>
    public UnitRef? Own { get; set; }
    /// <summary>Named after the task: "… - giao X thực hiện", a following "Giao X chủ trì." or "Đơn vị thực hiện: X".</summary>
    public UnitRef? Assigned { get; set; }
    /// <summary>Named by the heading or lead-in the task sits under.</summary>
    public UnitRef? FromHeading { get; set; }

    /// <summary>The unit after a bare "Chỉ đạo X …": it leads when the task's own unit is a leader, else it cooperates.</summary>
    public UnitRef? Directed { get; set; }

    /// <summary>The task's own subject is the public (residents, households): no heading's unit is given to it.</summary>
    public bool Public { get; set; }

    public List<UnitRef> Cooperating { get; } = [];
    public List<UnitRef> HeadingCooperating { get; } = [];
    public UnitRef? Supervisor { get; set; }

    /// <summary>Where the deadline may be written: the task's text first, then lines attached to it ("Thời gian hoàn thành: …").</summary>
    public List<(NoticeBlock Block, Clause Clause)> DeadlineSources { get; } = [];

    /// <summary>A deadline cell of a table row, when the task came from a table.</summary>
    public (NoticeBlock Block, Clause Clause)? DeadlineCell { get; set; }
    public string? RecurrenceCell { get; set; }

    /// <summary>A Gantt row's last ticked month (the header cell naming it): due at that month's end, in the notice's year
    /// unless the header writes one (<c>YearShift</c>: the months ran past December).</summary>
    public DueMonth? DueMonth { get; set; }

    /// <summary>A deadline written as the heading over the task ("Mốc 1 — Trước ngày 31/01/2026"), read like a table's deadline
    /// cell when the task's own words give none.</summary>
    public DeadlineHeading? HeadingDeadline { get; set; }

    /// <summary>The last line of what was attached to the task (0 when nothing was).</summary>
    public int LineEnd { get; set; }

    public UnitRef? Lead => Own ?? Assigned ?? FromHeading;

    public string TextValue => Block.Content[Text.Start..Text.End].Trim();
}
