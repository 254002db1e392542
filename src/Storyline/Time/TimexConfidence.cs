namespace Storyline.Time;

/// <summary>
/// The confidence scale of <see cref="Model.TimeExpression.Confidence"/>: how likely the value is the
/// date the writer meant, not how likely the words are a time expression.
/// <list type="bullet">
/// <item>1.0  an explicit full date ("December 11, 2025", "2025-12-11").</item>
/// <item>0.95 an explicit month, season or decade with its year ("December 2025", "fall 2025", "the 1990s").</item>
/// <item>0.9  a bare year in a date context ("in 2024"); today/yesterday/tomorrow; this/last/next week,
///            month or year; a weekday with a determiner ("last Thursday") or a clear tense cue;
///            "N days ago"; explicit durations.</item>
/// <item>0.85 a day and month without a year, with a tense cue; sets; a clock time with its day in the sentence.</item>
/// <item>0.75 a weekday or a day and month with no tense cue (read as past, as news usually is);
///            "the next day", "three weeks later" (anchored on an earlier date in the text).</item>
/// <item>0.7  a month or season without a year (with a tense cue); PAST_REF/FUTURE_REF; a clock time dated by the DCT.</item>
/// <item>0.6  a month or season without a year and no tense cue; vague durations ("for months" -> PXM).</item>
/// <item>x0.8 when there is no DCT and the expression is anchored on an earlier full date in the text.</item>
/// <item>0.3  nothing to anchor on: the value keeps X placeholders ("XXXX-08", "XXXX-WXX-4").</item>
/// </list>
/// </summary>
internal static class TimexConfidence
{
    public const double ExplicitDate = 1.0;
    public const double ExplicitCoarse = 0.95;
    public const double Strong = 0.9;
    public const double DayNoYear = 0.85;
    public const double Set = 0.85;
    public const double Default = 0.75;
    public const double Coarse = 0.7;
    public const double Weak = 0.6;
    public const double Unanchored = 0.3;
}
