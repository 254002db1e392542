using Storyline.Model;

namespace Storyline.Time;

/// <summary>What a recognized expression means before it is anchored.</summary>
internal enum CandidateKind
{
    /// <summary>A value that needs no anchor: "2025-12-11", "2025-08", "2025", "199X", "2025-FA", "P2D", "P1W".</summary>
    Absolute,
    /// <summary>A day and month without a year ("Dec. 11").</summary>
    MonthDay,
    /// <summary>A month without a year ("in August", "last March").</summary>
    Month,
    /// <summary>A season without a year ("this spring").</summary>
    Season,
    /// <summary>A weekday ("on Thursday", "next Monday", "Monday evening").</summary>
    Weekday,
    /// <summary>The reference date plus days ("yesterday", "tonight").</summary>
    DctDay,
    /// <summary>The reference date's week, month, quarter or year plus an offset ("last week").</summary>
    DctUnit,
    /// <summary>The last day named in the text plus days ("the next day").</summary>
    AnchorDay,
    /// <summary>The last day named in the text, shifted by units ("the following week").</summary>
    AnchorUnit,
    /// <summary>Amount units before the reference date ("two days ago").</summary>
    Ago,
    /// <summary>Amount units after (or before) the last day named in the text ("three weeks later").</summary>
    Later,
    /// <summary>PRESENT_REF, PAST_REF, FUTURE_REF.</summary>
    Ref,
    /// <summary>A quarter without a year ("the third quarter").</summary>
    Quarter,
    /// <summary>
    /// The quarter the text is about ("the quarter", "the latest period", "the year-ago quarter"): the last
    /// quarter named before it, else the last one ended before the reference date, shifted by Offset years.
    /// </summary>
    TopicQuarter,
    /// <summary>A clock time ("10 a.m.", "noon"), dated by the day it is said with.</summary>
    Clock,
    /// <summary>A holiday without a year ("Christmas Eve", "last Thanksgiving").</summary>
    Holiday,
    /// <summary>A day of the month with no month ("on the 15th"): in the reference month, or the one the tense points to.</summary>
    DayOfMonth,
}

/// <summary>Direction set by a determiner: none (tense decides), this, last (strictly before), next (strictly after).</summary>
internal enum Direction
{
    None,
    This,
    Last,
    Next,
}

internal sealed record TimexCandidate
{
    public required int First { get; init; }

    /// <summary>One past the last token.</summary>
    public required int End { get; init; }

    public required CandidateKind Kind { get; init; }

    public TimexType Type { get; init; } = TimexType.Date;

    /// <summary>The value of an absolute expression or reference.</summary>
    public string Value { get; init; } = "";

    public double Confidence { get; init; } = TimexConfidence.ExplicitDate;

    /// <summary>The day an absolute full date names (null when not a single day).</summary>
    public DateOnly? Day { get; init; }

    /// <summary>
    /// The other reading of a numeric date that can be month-first or day-first ("4/5/2025"): the
    /// resolver keeps whichever of <see cref="Day"/> and this is nearer the reference date.
    /// </summary>
    public DateOnly? OtherDay { get; init; }

    public int Month { get; init; }

    /// <summary>An explicit year that goes with a relative expression ("the 1988 quarter"); 0 when none.</summary>
    public int Year { get; init; }

    public int DayOfMonth { get; init; }

    public int IsoWeekday { get; init; }

    public int Offset { get; init; }

    public int Amount { get; init; }

    public TimeUnit Unit { get; init; }

    public string? SeasonCode { get; init; }

    public int SeasonStart { get; init; }

    public string? DayPart { get; init; }

    public int Hour { get; init; }

    public int Minute { get; init; }

    public Direction Direction { get; init; }

    /// <summary>A decade ("the 1990s").</summary>
    public bool IsDecade { get; init; }

    /// <summary>A unit the tense places ("over the weekend" is the last one, "ahead of the weekend" the next).</summary>
    public bool ByTense { get; init; }

    /// <summary>"The coming weekend": the next one from the reference day, which on a weekday is this week's.</summary>
    public bool Coming { get; init; }

    /// <summary>The rule that dates a holiday.</summary>
    public HolidayRule? Holiday { get; init; }

    /// <summary>Counted from the last day named in the text, not the reference date ("the previous Friday").</summary>
    public bool FromText { get; init; }

    /// <summary>The half of a year the expression names ("the second half of 2025" is 2), else 0.</summary>
    public int Half { get; init; }

    /// <summary>The TIMEX3 mod: START, MID, END for "early", "mid", "the end of"; APPROX, MORE_THAN... for "about", "more than".</summary>
    public string? Mod { get; init; }

    /// <summary>The week that holds the day named ("the week of March 6"), not the day.</summary>
    public bool WeekOfDay { get; init; }

    /// <summary>The week of a month the expression names ("the second week of March" is 2, "the last week of" -1), else 0.</summary>
    public int WeekOfMonth { get; init; }

    /// <summary>A year was recognized (used to allow "2019 to 2021" ranges).</summary>
    public bool IsYear { get; init; }

    /// <summary>The week of a holiday ("Easter week", "Christmas week"), not its day.</summary>
    public bool HolidayWeek { get; init; }
}
