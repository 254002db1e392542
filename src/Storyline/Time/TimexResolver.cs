using System.Globalization;
using Storyline.Model;

namespace Storyline.Time;

/// <summary>
/// Turns recognized expressions into TIMEX3 values. Anchoring, left to right:
/// the reference date is the DCT, or without one the most recent explicit full date earlier in the
/// text (at a lower confidence); "later"/"the next day" count from the last single day resolved so
/// far (falling back to the reference date); clock times take the day named nearest in their sentence.
/// One instance per text.
/// </summary>
internal sealed class TimexResolver
{
    /// <summary>How many tokens each way tense cues are looked for.</summary>
    private const int TenseWindow = 20;

    /// <summary>
    /// Extra distance (in half tokens) of a cue after the expression: the governing verb usually comes
    /// before it, and what follows is often attribution ("..., aides said").
    /// </summary>
    private const int AfterPenalty = 12;

    /// <summary>How many expressions each way a clock time looks for its day (keeps long lists linear).</summary>
    private const int ClockReach = 8;

    /// <summary>Days around the reference date within which a day and month is placed by distance alone.</summary>
    private const int CloseDays = 45;

    private readonly string _text;
    private readonly List<TimeToken> _tokens;
    private readonly int[] _sentences;
    private readonly TimexLexicon _lex;
    private readonly TimexOptions _options;

    public TimexResolver(string text, List<TimeToken> tokens, int[] sentences, TimexLexicon lexicon, TimexOptions options)
    {
        _text = text;
        _tokens = tokens;
        _sentences = sentences;
        _lex = lexicon;
        _options = options;
    }

    private readonly record struct Resolved(string Value, TimexType Type, DateOnly? Anchor, double Confidence, DateOnly? Day);

    public List<TimeExpression> Resolve(List<TimexCandidate> candidates, DateOnly? documentDate)
    {
        var resolved = new Resolved[candidates.Count];
        var references = new DateOnly?[candidates.Count];
        DateOnly? lastExplicit = null;
        DateOnly? lastDay = null;
        // The first day of the last month and of the last year named (a day names both): "In March ...
        // the following month" counts from March, "in 1985 ... the following year" from 1985.
        DateOnly? lastMonth = null;
        DateOnly? lastYear = null;
        // A month or year named after the last day, outside it ("On May 3 ... In November 2024 ..."): the
        // text has moved on, so "two weeks later" counts from that month, not from the older day.
        TimeUnit? coarserSinceDay = null;
        // The sentence of the last month named with its year: a bare day of that month in the same
        // sentence ("In November 2024, ... on Nov. 3") is in that year.
        var lastMonthSentence = -1;
        (int Year, int Quarter)? lastQuarter = null;
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var reference = documentDate ?? lastExplicit;
            references[k] = reference;
            if (c.Kind == CandidateKind.Clock)
            {
                continue;
            }

            var factor = documentDate is null ? _options.TextAnchorFactor : 1.0;
            var sameSentenceMonth = lastMonthSentence == _sentences[c.First] ? lastMonth : null;
            var r = ResolveOne(c, reference, factor, (lastDay, lastMonth, lastYear), lastQuarter, coarserSinceDay, sameSentenceMonth);
            if (k > 0 && c.Kind is CandidateKind.MonthDay or CandidateKind.Month && c.Direction == Direction.None && RangeStart(candidates[k - 1], c)
                && resolved[k - 1].Value is { Length: >= 7 } startValue && TimexNormalizer.ParseMonth(startValue) is { } start)
            {
                // "from Oct. 16 to Nov. 14": the end of a range follows its start, whatever the tense says.
                r = RangeEnd(r, c, start);
            }

            // "Officials said on Monday that the leaders would meet on Tuesday", told on Wednesday: the Tuesday
            // after the day it was said, not the coming one.
            if (c.Kind == CandidateKind.Weekday && c.Direction == Direction.None && r.Day is { } ahead && reference is { } told && ahead > told
                && SpokenOn(candidates, resolved, k) is { } spoken && spoken < told
                && TimexNormalizer.Weekday(spoken, c.IsoWeekday, Tense.Future, strict: true) is { } fromSpeech && fromSpeech < ahead)
            {
                r = r with { Value = WithPart(TimexNormalizer.Day(fromSpeech), c.DayPart), Anchor = spoken, Day = fromSpeech };
            }

            if (c.Half != 0 && r.Value.Length == 4 && int.TryParse(r.Value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            {
                // "the second half of 2025" is "2025-H2".
                r = r with { Value = r.Value + "-H" + c.Half.ToString(CultureInfo.InvariantCulture) };
            }

            if (c.WeekOfDay && r.Day is { } inWeek)
            {
                r = r with { Value = TimexNormalizer.Week(inWeek) };
            }

            if (c.WeekOfMonth != 0 && TimexNormalizer.ParseMonth(r.Value) is { } inMonth && r.Value.Length == 7)
            {
                // "the first week of January": the ISO week holding most of the month's first seven days (the one with
                // its 4th, as ISO's first week of a year holds 4 January); "the last week" the one with most of its last seven.
                var days = DateTime.DaysInMonth(inMonth.Year, inMonth.Month);
                var weekDay = c.WeekOfMonth > 0 ? 4 + (7 * (c.WeekOfMonth - 1)) : days - 3;
                r = r with { Value = TimexNormalizer.Week(new DateOnly(inMonth.Year, inMonth.Month, weekDay)) };
            }

            resolved[k] = r;
            // Only a quarter named for itself sets the topic; "the year-ago quarter" compares with it.
            // A quarter not yet over, named in a forecast ("will result in a fourth-quarter charge"), is
            // not the period whose results the text reports.
            if (c.Kind is CandidateKind.Quarter or CandidateKind.Absolute or CandidateKind.DctUnit && c.Offset == 0
                && TimexNormalizer.ParseQuarter(r.Value) is { } q
                && !(reference is { } refDate && !TimexNormalizer.QuarterEnded(q.Year, q.Quarter, refDate) && TenseOf(c, present: Tense.None) == Tense.Future))
            {
                lastQuarter = q;
            }
            // "For the nine months, ... a year earlier": after a stretch of months named for itself the
            // comparison is with the year before, no longer with the quarter.
            if (c.Kind == CandidateKind.Absolute && c.Type == TimexType.Duration && IsWord(c.First, "the")
                && r.Value.Length >= 3 && r.Value[0] == 'P' && r.Value[^1] == 'M' && char.IsAsciiDigit(r.Value[1]))
            {
                lastQuarter = null;
            }

            if (c.Kind == CandidateKind.Absolute && c.Day is { } explicitDay)
            {
                lastExplicit = explicitDay;
            }

            if (r.Day is { } day)
            {
                lastDay = day;
                lastMonth = day;
                lastYear = day;
                coarserSinceDay = null;
                lastMonthSentence = c.Kind == CandidateKind.Absolute ? _sentences[c.First] : -1;
            }
            else if (r.Value.Length == 7 && TimexNormalizer.ParseMonth(r.Value) is { } month && month.Year >= 1)
            {
                lastMonth = new DateOnly(month.Year, month.Month, 1);
                lastYear = lastMonth;
                // Only a month the text names ("In November 2024", "in March") moves the story; "this month" is the reporter's.
                coarserSinceDay = c.Kind is not (CandidateKind.Absolute or CandidateKind.Month) ? coarserSinceDay
                    : lastDay is { } d && d.Year == month.Year && d.Month == month.Month ? null : TimeUnit.Month;
                lastMonthSentence = c.Kind == CandidateKind.Absolute ? _sentences[c.First] : -1;
            }
            else if (r.Value.Length == 4 && int.TryParse(r.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year >= 1)
            {
                lastYear = new DateOnly(year, 1, 1);
                coarserSinceDay = c.Kind is not CandidateKind.Absolute || (lastDay is { } d && d.Year == year) ? coarserSinceDay : TimeUnit.Year;
            }
        }

        for (var k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].Kind == CandidateKind.Clock)
            {
                resolved[k] = ResolveClock(candidates, resolved, k, references[k], documentDate is null);
            }
        }

        var result = new List<TimeExpression>(candidates.Count);
        for (var k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var span = TextSpan.FromBounds(_tokens[c.First].Start, _tokens[c.End - 1].End);
            var r = resolved[k];
            result.Add(new TimeExpression(span, span.Of(_text), r.Type, r.Value, r.Anchor, Math.Round(r.Confidence, 3), c.Mod));
        }

        return result;
    }

    /// <summary>
    /// The day something was said, when an earlier expression of the sentence names a single day with a
    /// reporting verb within three words of it ("said on Monday", "On Monday, officials said").
    /// </summary>
    private DateOnly? SpokenOn(List<TimexCandidate> candidates, Resolved[] resolved, int k)
    {
        var sentence = _sentences[candidates[k].First];
        for (var other = k - 1; other >= 0 && _sentences[candidates[other].First] == sentence; other--)
        {
            if (resolved[other].Day is not { } day || candidates[other].Kind == CandidateKind.Clock)
            {
                continue;
            }
            var near = Enumerable.Range(candidates[other].First - 3, 3).Concat(Enumerable.Range(candidates[other].End, 4))
                .Any(t => t >= 0 && t < candidates[k].First && _tokens[t].Class == TokenClass.Word
                    && _lex.SpeechVerbs.Contains(_text.AsSpan(_tokens[t].Start, _tokens[t].Length)));
            return near ? day : null;
        }
        return null;
    }

    /// <summary>True when <paramref name="first"/> opens a range that <paramref name="second"/> closes ("Oct. 16 to Nov. 14", "March-April").</summary>
    private bool RangeStart(TimexCandidate first, TimexCandidate second)
    {
        if (first.Kind is not (CandidateKind.MonthDay or CandidateKind.Month or CandidateKind.Absolute) || second.First - first.End != 1)
        {
            return false;
        }

        var t = _tokens[first.End];
        return _lex.RangeJoiners.Of(_text.AsSpan(t.Start, t.Length)) switch
        {
            RangeJoin.Range => true,
            RangeJoin.Pair => first.First > 0
                && _text.AsSpan(_tokens[first.First - 1].Start, _tokens[first.First - 1].Length).Equals("between", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }

    private static Resolved RangeEnd(Resolved r, TimexCandidate c, (int Year, int Month) start)
    {
        var year = c.Month < start.Month ? start.Year + 1 : start.Year;
        if (c.Kind == CandidateKind.Month)
        {
            return r with { Value = TimexNormalizer.Month(year, c.Month) };
        }

        if (!TimexNormalizer.IsValidDay(year, c.Month, c.DayOfMonth))
        {
            return r;
        }

        var day = new DateOnly(year, c.Month, c.DayOfMonth);
        return r with { Value = TimexNormalizer.Day(day) + r.Value[10..], Day = day };
    }

    private Resolved ResolveOne(TimexCandidate c, DateOnly? reference, double factor, (DateOnly? Day, DateOnly? Month, DateOnly? Year) last, (int Year, int Quarter)? lastQuarter, TimeUnit? coarserSinceDay, DateOnly? sameSentenceMonth)
    {
        if (c.Kind == CandidateKind.Later && c.Amount > 0 && c.Unit is not TimeUnit.Weekend && coarserSinceDay is { } coarse
            && (coarse == TimeUnit.Month ? last.Month : last.Year) is { } coarseStart)
        {
            // "In November 2024 ... two weeks later": counted from the middle of the month (or year) named,
            // the answer is no finer than that month (or year).
            var middle = coarse == TimeUnit.Month ? coarseStart.AddDays(14) : coarseStart.AddMonths(6);
            return TimexNormalizer.Shift(middle, c.Amount, c.Unit) is { } shifted
                ? new(TimexNormalizer.AtGranularity(shifted, c.Unit > coarse ? c.Unit : coarse), c.Type, coarseStart, TimexConfidence.Coarse * factor, null)
                : new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
        }

        switch (c.Kind)
        {
            case CandidateKind.Absolute when c.OtherDay is { } other && c.Day is { } first:
            {
                // A numeric date both ways round: the reading nearer the reference date, as news reports what is recent.
                if (reference is not { } near)
                {
                    return new(c.Value, c.Type, null, TimexConfidence.Weak, first);
                }

                var day = Math.Abs(other.DayNumber - near.DayNumber) < Math.Abs(first.DayNumber - near.DayNumber) ? other : first;
                return new(TimexNormalizer.Day(day), c.Type, near, c.Confidence, day);
            }

            case CandidateKind.Absolute:
                return new(c.Value, c.Type, null, c.Confidence, c.Day);
            case CandidateKind.Ref:
                return new(c.Value, TimexType.Date, reference, c.Value == "PRESENT_REF" ? 0.8 : TimexConfidence.Coarse, null);
        }

        var isAnchored = c.Kind is CandidateKind.AnchorDay or CandidateKind.AnchorUnit or CandidateKind.Later || c.FromText;
        // "the following month" counts from the last month named; "a year earlier" stays with the day
        // (a comparison with the period reported, not a step back from the last year named).
        var lastPoint = c.Kind is CandidateKind.AnchorUnit
            ? c.Unit switch { TimeUnit.Month => last.Month, TimeUnit.Year => last.Year, _ => last.Day }
            : last.Day;
        var basis = isAnchored ? lastPoint ?? reference : reference;
        if (basis is not { } at || at.Year is < 2 or > 9998)
        {
            return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
        }

        switch (c.Kind)
        {
            case CandidateKind.MonthDay when c.Direction == Direction.None && sameSentenceMonth is { } named && named.Month == c.Month && named.Year != at.Year
                && TimexNormalizer.IsValidDay(named.Year, c.Month, c.DayOfMonth):
            {
                // "In November 2024, ... on Nov. 3": a day of the month this sentence named with its year, in that year.
                var date = new DateOnly(named.Year, c.Month, c.DayOfMonth);
                return new(WithPart(TimexNormalizer.Day(date), c.DayPart), c.Type, named, TimexConfidence.DayNoYear * factor, date);
            }

            case CandidateKind.MonthDay when c.Direction == Direction.This:
            {
                // "Dec. 11 last year": the day in the year named.
                var year = at.Year + c.Offset;
                if (!TimexNormalizer.IsValidDay(year, c.Month, c.DayOfMonth))
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }

                var date = new DateOnly(year, c.Month, c.DayOfMonth);
                return new(WithPart(TimexNormalizer.Day(date), c.DayPart), c.Type, at, TimexConfidence.Strong * factor, date);
            }

            case CandidateKind.MonthDay:
            {
                var tense = TenseOf(c, present: Tense.None);
                var nearest = TimexNormalizer.NearestYearOfMonthDay(at, c.Month, c.DayOfMonth);
                // A day within a few weeks of the reference date is that one whatever the tense: news
                // names deadlines just ahead ("has set Nov. 10 as the deadline") far more often than
                // a day nearly a year back without its year.
                var close = TimexNormalizer.IsValidDay(nearest, c.Month, c.DayOfMonth)
                    && Math.Abs(new DateOnly(nearest, c.Month, c.DayOfMonth).DayNumber - at.DayNumber) <= CloseDays;
                var year = tense == Tense.None || close
                    ? nearest
                    : TimexNormalizer.YearOfMonthDay(at, c.Month, c.DayOfMonth, tense);
                if (!TimexNormalizer.IsValidDay(year, c.Month, c.DayOfMonth))
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }

                var date = new DateOnly(year, c.Month, c.DayOfMonth);
                return new(WithPart(TimexNormalizer.Day(date), c.DayPart), c.Type, at, (tense == Tense.None ? TimexConfidence.Default : TimexConfidence.DayNoYear) * factor, date);
            }

            case CandidateKind.Holiday when c.Holiday is { } rule:
            {
                var (tense, confidence) = DirectedTense(c, present: Tense.None);
                if (HolidayDate(rule, at, c.Direction, c.Direction == Direction.None ? TenseOf(c, present: Tense.None) : tense, c.HolidayWeek) is not { } date)
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }

                return new(c.HolidayWeek ? TimexNormalizer.Week(date) : TimexNormalizer.Day(date), c.Type, at,
                    (c.Direction == Direction.None ? TimexConfidence.DayNoYear : confidence) * factor, c.HolidayWeek ? null : date);
            }

            case CandidateKind.Month:
            {
                var (tense, confidence) = DirectedTense(c);
                // The month just after the reference month is the coming one whatever the tense: a reporter
                // writing about the November a year back in late October says "last November".
                var nextMonth = c.Direction == Direction.None && c.Month == (at.Month % 12) + 1;
                var year = c.Direction == Direction.This ? at.Year + c.Offset
                    : nextMonth || (c.Direction == Direction.None && TenseOf(c, present: Tense.None) == Tense.None) ? TimexNormalizer.NearestYearOfMonth(at, c.Month)
                    : TimexNormalizer.YearOfMonth(at, c.Month, tense, strict: c.Direction != Direction.None);
                return new(TimexNormalizer.Month(year, c.Month), c.Type, at, confidence * factor, null);
            }

            case CandidateKind.Season:
            {
                var (tense, confidence) = DirectedTense(c);
                int? offset = c.Direction switch { Direction.This => 0, Direction.Last => -1, Direction.Next => 1, _ => null };
                var year = TimexNormalizer.YearOfSeason(at, c.SeasonStart, tense, offset);
                return new(TimexNormalizer.Year(year) + "-" + c.SeasonCode, c.Type, at, confidence * factor, null);
            }

            case CandidateKind.Weekday:
            {
                // A weekday is close to the reference date whichever way it is read, so a clear cue is strong evidence.
                // "is"/"are" near a weekday rarely means the coming one: news reports the days just past.
                var (tense, directed) = DirectedTense(c, present: Tense.Past, progressive: Tense.Future);
                var confidence = directed <= TimexConfidence.Weak ? TimexConfidence.Default : TimexConfidence.Strong;
                var date = TimexNormalizer.Weekday(at, c.IsoWeekday, tense, strict: c.Direction is Direction.Last or Direction.Next);
                return date is { } d
                    ? new(WithPart(TimexNormalizer.Day(d), c.DayPart), c.Type, at, confidence * factor, d)
                    : new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
            }

            case CandidateKind.DctDay:
            case CandidateKind.AnchorDay:
            {
                if (TimexNormalizer.Shift(at, c.Offset, TimeUnit.Day) is not { } d)
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }

                var confidence = c.Kind == CandidateKind.DctDay ? TimexConfidence.Strong : TimexConfidence.Default;
                return new(WithPart(TimexNormalizer.Day(d), c.DayPart), c.Type, at, confidence * factor, d);
            }

            case CandidateKind.Ago or CandidateKind.Later when c.Amount is 1 or -1 && c.Unit == TimeUnit.Year && lastQuarter is { } topic:
                // "net income rose from $5 million a year earlier": after a quarter is named, "a year
                // ago/earlier" is that quarter a year before, as results are compared period to period.
                return new(TimexNormalizer.Quarter(topic.Year + (c.Kind == CandidateKind.Ago ? -1 : c.Amount), topic.Quarter), c.Type, at, TimexConfidence.Coarse * factor, null);
            case CandidateKind.DctUnit:
            case CandidateKind.AnchorUnit:
            case CandidateKind.Ago:
            case CandidateKind.Later:
            {
                var amount = c.Kind == CandidateKind.Ago ? -c.Amount : c.Kind == CandidateKind.Later ? c.Amount : c.Offset;
                // "the coming weekend", told on a weekday, is this week's.
                if (c.Coming && c.Unit == TimeUnit.Weekend && at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    amount = 0;
                }

                // "over the weekend" on a weekday is the one before; "ahead of the weekend" this week's.
                if (c.ByTense && c.Unit == TimeUnit.Weekend && TenseOf(c) != Tense.Future && at.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
                {
                    amount = -1;
                }

                // "since year-end" is the last one; "by year-end", with no cue, the coming one.
                if (c.ByTense && c.Unit == TimeUnit.Year && TenseOf(c, present: Tense.Future) == Tense.Past)
                {
                    amount = -1;
                }

                if (TimexNormalizer.Shift(at, amount, c.Unit) is not { } d)
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }

                var value = TimexNormalizer.AtGranularity(d, c.Unit);
                if (c.IsDecade && value.Length == 4)
                {
                    value = value[..3];
                }
                else if (c.SeasonCode is { } season && c.Unit == TimeUnit.Year)
                {
                    // "the summer of last year": the season in the year counted.
                    value += "-" + season;
                }

                var confidence = c.Kind is CandidateKind.DctUnit or CandidateKind.Ago ? TimexConfidence.Strong : TimexConfidence.Default;
                var isDay = c.Unit is TimeUnit.Day or TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;
                return new(value, c.Type, at, confidence * factor, isDay ? d : null);
            }

            case CandidateKind.DayOfMonth:
            {
                // In the reference month; a past tense moves a later day back a month, a future one an earlier day on.
                var tense = TenseOf(c, present: Tense.None);
                var month = new DateOnly(at.Year, at.Month, 1);
                if (tense == Tense.Past && c.DayOfMonth > at.Day)
                {
                    month = month.AddMonths(-1);
                }
                else if (tense == Tense.Future && c.DayOfMonth < at.Day)
                {
                    month = month.AddMonths(1);
                }
                if (!TimexNormalizer.IsValidDay(month.Year, month.Month, c.DayOfMonth))
                {
                    return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
                }
                var date = new DateOnly(month.Year, month.Month, c.DayOfMonth);
                return new(TimexNormalizer.Day(date), c.Type, at, TimexConfidence.Default * factor, date);
            }

            case CandidateKind.Quarter:
                return new(TimexNormalizer.Quarter(at.Year + c.Offset, c.Amount), c.Type, at, TimexConfidence.Coarse * factor, null);
            case CandidateKind.TopicQuarter:
            {
                // The quarter the text is about: the last one named, else the last one that has ended.
                var (year, quarter) = lastQuarter ?? TimexNormalizer.PreviousQuarter(at);
                year = c.Year != 0 ? c.Year : year + c.Offset;
                return new(TimexNormalizer.Quarter(year, quarter), c.Type, at, (lastQuarter is null ? TimexConfidence.Weak : TimexConfidence.Coarse) * factor, null);
            }
            default:
                return new(Unresolved(c), c.Type, null, TimexConfidence.Unanchored, null);
        }
    }

    /// <summary>A clock time on the day named nearest to it in its sentence, else on the reference date.</summary>
    private Resolved ResolveClock(List<TimexCandidate> candidates, Resolved[] resolved, int k, DateOnly? reference, bool noDct)
    {
        var c = candidates[k];
        var time = string.Create(CultureInfo.InvariantCulture, $"T{c.Hour:D2}:{c.Minute:D2}");
        var sentence = _sentences[c.First];
        DateOnly? day = null;
        var distance = int.MaxValue;
        for (var other = k - 1; other >= 0 && other >= k - ClockReach && _sentences[candidates[other].End - 1] == sentence; other--)
        {
            if (resolved[other].Day is { } d)
            {
                day = d;
                distance = c.First - candidates[other].End;
                break;
            }
        }

        for (var other = k + 1; other < candidates.Count && other <= k + ClockReach && _sentences[candidates[other].First] == sentence; other++)
        {
            if (candidates[other].Kind != CandidateKind.Clock && resolved[other].Day is { } d)
            {
                // "began at 6am local time on Thursday": a day "on" names after the clock is its day, even as near as one before.
                var after = candidates[other].First - c.End;
                if (after < distance || (after == distance && IsWord(candidates[other].First - 1, "on")))
                {
                    day = d;
                }

                break;
            }
        }

        if (day is { } named)
        {
            return new(TimexNormalizer.Day(named) + time, TimexType.Time, named, TimexConfidence.DayNoYear, named);
        }

        if (reference is { } r)
        {
            return new(TimexNormalizer.Day(r) + time, TimexType.Time, r, TimexConfidence.Coarse * (noDct ? _options.TextAnchorFactor : 1.0), r);
        }

        return new("XXXX-XX-XX" + time, TimexType.Time, null, TimexConfidence.Unanchored, null);
    }

    /// <summary>
    /// The holiday's date near <paramref name="at"/>: "last"/"next" strictly before/after, "this" in the
    /// reference year, past tense the latest on or before, future the first on or after, else the nearest.
    /// </summary>
    private static DateOnly? HolidayDate(HolidayRule rule, DateOnly at, Direction direction, Tense tense, bool week)
    {
        if (direction == Direction.This)
        {
            return rule.DateIn(at.Year);
        }

        DateOnly? best = null;
        for (var year = at.Year - 1; year <= at.Year + 1; year++)
        {
            foreach (var d in rule.DatesIn(year))
            {
                // A holiday's week has begun by its Monday and is not over before its Sunday ("as Easter
                // week began" six days before Easter is this year's).
                var (start, end) = week ? (d.AddDays(1 - TimexNormalizer.IsoDay(d)), d.AddDays(7 - TimexNormalizer.IsoDay(d))) : (d, d);
                var fits = direction switch
                {
                    Direction.Last => d < at,
                    Direction.Next => d > at,
                    _ => tense switch { Tense.Past => start <= at, Tense.Future => end >= at, _ => true },
                };
                var closer = best is not { } b || Math.Abs(d.DayNumber - at.DayNumber) < Math.Abs(b.DayNumber - at.DayNumber);
                if (fits && closer)
                {
                    best = d;
                }
            }
        }

        return best;
    }

    /// <summary>The tense a bare month, season or weekday is read in, and the confidence that goes with how it was decided.</summary>
    private (Tense Tense, double Confidence) DirectedTense(TimexCandidate c, Tense present = Tense.Future, Tense? progressive = null)
    {
        switch (c.Direction)
        {
            case Direction.Last:
                return (Tense.Past, TimexConfidence.Strong);
            case Direction.Next:
                return (Tense.Future, TimexConfidence.Strong);
        }

        var tense = TenseOf(c, present, progressive);
        return tense switch
        {
            Tense.Future => (Tense.Future, c.Direction == Direction.This ? TimexConfidence.Strong : TimexConfidence.Coarse),
            Tense.Past => (Tense.Past, c.Direction == Direction.This ? TimexConfidence.Strong : TimexConfidence.Coarse),
            _ => (c.Direction == Direction.This ? Tense.Future : Tense.Past, c.Direction == Direction.This ? TimexConfidence.Strong : TimexConfidence.Weak),
        };
    }

    /// <summary>
    /// The tense cue nearest the expression in its sentence decides. Distances are in tokens, doubled;
    /// a cue after the expression counts six tokens farther, a suffix-rule cue ("-ed") half a token farther.
    /// </summary>
    private Tense TenseOf(TimexCandidate c, Tense present = Tense.Future, Tense? progressive = null)
    {
        // "could arrive as early as Tuesday" (direction-cues.tsv, earliest): the earliest a thing may still happen.
        foreach (var phrase in _lex.EarliestPhrases)
        {
            if (c.First >= phrase.Length && PhraseAt(c.First - phrase.Length, phrase))
            {
                return Tense.Future;
            }
        }

        var sentence = _sentences[c.First];
        var best = int.MaxValue;
        var result = Tense.None;
        var cueAt = -1;
        for (var k = c.First - 1; k >= 0 && k >= c.First - TenseWindow && _sentences[k] == sentence; k--)
        {
            var (tense, bySuffix) = CueAt(k, c.First);
            var score = ((c.First - k) * 2) + (bySuffix ? 1 : 0);
            if (tense != Tense.None && score < best)
            {
                best = score;
                result = tense;
                cueAt = k;
            }
        }

        // "The service planned for Saturday was canceled": a plan named in a reduced relative clause is
        // dated by the main verb right after it, told in the past.
        if (result == Tense.Future && cueAt > 0 && cueAt >= c.First - 8 && PlanInRelativeClause(cueAt) && PastAuxiliaryAt(c.End)
            && Enumerable.Range(cueAt + 1, c.First - cueAt - 1).All(k => _tokens[k].Class == TokenClass.Word))
        {
            return Tense.Past;
        }

        // "In January, a week after the anniversary of ..., a bombing killed a guard": a time fronting its
        // sentence dates the main clause, however long the phrase between them; with no cue near, look on.
        var reach = best == int.MaxValue && OpensSentence(c.First, sentence) ? int.MaxValue - c.End : TenseWindow;
        for (var k = c.End; k < _tokens.Count && k - c.End < reach && _sentences[k] == sentence; k++)
        {
            // A deadline word makes the date after it a deadline ("extended to Nov. 20"), not the one before ("January extended a surge").
            if (IsDeadlineWord(k))
            {
                continue;
            }

            var (tense, bySuffix) = CueAt(k, c.First);
            var score = ((k - c.End + 1) * 2) + AfterPenalty + (bySuffix ? 1 : 0);
            if (tense != Tense.None && score < best)
            {
                best = score;
                result = tense;
            }
        }

        return result is Tense.Present ? present : result is Tense.Progressive ? (progressive ?? present) : result;
    }

    /// <summary>A verb in -ing right after "is"/"are" ("is visiting"), not "being" or a noun in -ing after a determiner.</summary>
    private bool Progressive(int k) =>
        k < _tokens.Count && _tokens[k].Class == TokenClass.Word && _tokens[k].Length > 4
        && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
        && !IsWord(k, "being");

    /// <summary>An -ed plan word ("planned", "scheduled") right after a noun, not after an auxiliary: "the service planned for".</summary>
    private bool PlanInRelativeClause(int k) =>
        _tokens[k].Class == TokenClass.Word && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).EndsWith("ed", StringComparison.OrdinalIgnoreCase)
        && _tokens[k - 1].Class == TokenClass.Word && !AfterAuxiliary(k)
        && !_lex.TenseCues.Contains(_text.AsSpan(_tokens[k - 1].Start, _tokens[k - 1].Length));

    /// <summary>A past auxiliary of direction-cues.tsv (mainpast: "was", "were") at token <paramref name="k"/>.</summary>
    private bool PastAuxiliaryAt(int k) => IsIn(k, _lex.MainPastAuxiliaries);

    /// <summary>Whether nothing but one preposition stands before token <paramref name="first"/> in its sentence ("In January, ...").</summary>
    private bool OpensSentence(int first, int sentence) =>
        (first == 0 || _sentences[first - 1] != sentence)
        || (first >= 1 && _tokens[first - 1].Class == TokenClass.Word && (first == 1 || _sentences[first - 2] != sentence));

    private bool IsDeadlineWord(int k) =>
        _tokens[k].Class == TokenClass.Word && _lex.Deadlines.Contains(_text.AsSpan(_tokens[k].Start, _tokens[k].Length));

    private (Tense Tense, bool BySuffix) CueAt(int k, int first)
    {
        var t = _tokens[k];
        if (t.Class != TokenClass.Word)
        {
            return (Tense.None, false);
        }

        var word = _text.AsSpan(t.Start, t.Length);
        if (_lex.TenseCues.TryGet(word, out var tense))
        {
            if ((_lex.NounCues.Contains(word) && AfterDeterminer(k)) || (_lex.CuesBeforeTo.Contains(word) && !IsWord(k + 1, "to")))
            {
                return (Tense.None, false);
            }

            // "is to resume trading Tuesday": "is"/"are" with "to" speak of what is arranged ahead.
            if (tense == Tense.Present && IsWord(k + 1, "to"))
            {
                return (Tense.Future, false);
            }

            // "is visiting on Saturday": an arrangement for a day ahead, but "is continuing ... under a June agreement" is no plan.
            if (tense == Tense.Present && Progressive(k + 1))
            {
                return (Tense.Progressive, false);
            }

            // A past participle after an auxiliary ("would be held") takes its tense from the auxiliary.
            if (tense == Tense.Past && AfterAuxiliary(k))
            {
                return (Tense.None, false);
            }

            // "had been due to expire Friday": the governing verb's tense wins over the deadline word.
            if (tense == Tense.Future && _lex.Deadlines.Contains(word) && PastAuxiliaryBefore(k))
            {
                return (Tense.Past, false);
            }

            // "it was not until Tuesday that ...", "until Monday, no one had asked": a state that lasted
            // up to the day, told afterwards (direction-cues.tsv, lookback, upto and perfect).
            if (tense == Tense.Future && (PhraseEndsAt(k, _lex.LookbackPhrases) || (_lex.UpToCues.Contains(word) && PastPerfectAfter(k))))
            {
                return (Tense.Past, false);
            }

            // "extended the offer to Nov. 20" sets a deadline; "extended their offers Friday" says when it
            // was done (direction-cues.tsv, done and target).
            if (tense == Tense.Future && k < first && _lex.Deadlines.Contains(word) && EndsWithAny(word, _lex.DoneSuffixes)
                && !IsIn(first - 1, _lex.Deadlines) && !IsIn(first - 1, _lex.DeadlineTargets))
            {
                return (Tense.Past, false);
            }

            return (tense, false);
        }

        // "a still unspecified date", "the proposed sale": an -ed word after a determiner is an adjective.
        if (word.Length >= 5 && char.IsLower(word[0]) && !AfterAuxiliary(k) && !AdjectiveAfterDeterminer(k))
        {
            foreach (var (suffix, suffixTense) in _lex.TenseSuffixes)
            {
                if (word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (suffixTense, true);
                }
            }
        }

        return (Tense.None, false);
    }

    /// <summary>A past-perfect marker ("had") within the eight tokens after <paramref name="k"/>, in its sentence: a past perfect the "until" phrase goes with.</summary>
    private bool PastPerfectAfter(int k)
    {
        for (var j = k + 1; j < _tokens.Count && j <= k + 8 && _sentences[j] == _sentences[k]; j++)
        {
            if (IsIn(j, _lex.PastPerfectMarkers))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A past-tense auxiliary ("had", "was", "been") within the three words before a deadline word.</summary>
    private bool PastAuxiliaryBefore(int k)
    {
        for (var j = k - 1; j >= 0 && j >= k - 3 && _tokens[j].Class == TokenClass.Word; j--)
        {
            var w = _text.AsSpan(_tokens[j].Start, _tokens[j].Length);
            if (_lex.Auxiliaries.Contains(w) && _lex.TenseCues.TryGet(w, out var t) && t == Tense.Past)
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterDeterminer(int k)
    {
        if (k == 0 || _tokens[k - 1].Class != TokenClass.Word)
        {
            return false;
        }

        return _lex.Determiners.Contains(_text.AsSpan(_tokens[k - 1].Start, _tokens[k - 1].Length));
    }

    /// <summary>A determiner just before the word, or before one adverb in between ("a still unspecified", "the newly formed").</summary>
    private bool AdjectiveAfterDeterminer(int k)
    {
        if (AfterDeterminer(k))
        {
            return true;
        }

        if (k < 2 || _tokens[k - 1].Class != TokenClass.Word)
        {
            return false;
        }

        var adverb = _text.AsSpan(_tokens[k - 1].Start, _tokens[k - 1].Length);
        return (_lex.AdjectiveAdverbs.Contains(adverb) || (adverb.Length > 4 && EndsWithAny(adverb, _lex.AdverbSuffixes)))
            && AfterDeterminer(k - 1);
    }

    private bool IsWord(int k, string word) =>
        k >= 0 && k < _tokens.Count && _tokens[k].Class == TokenClass.Word && _text.AsSpan(_tokens[k].Start, _tokens[k].Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the word at <paramref name="k"/> is in <paramref name="table"/>.</summary>
    private bool IsIn(int k, WordTable<bool> table) =>
        k >= 0 && k < _tokens.Count && _tokens[k].Class == TokenClass.Word && table.Contains(_text.AsSpan(_tokens[k].Start, _tokens[k].Length));

    /// <summary>True when the words from <paramref name="start"/> on are <paramref name="phrase"/>.</summary>
    private bool PhraseAt(int start, string[] phrase)
    {
        for (var i = 0; i < phrase.Length; i++)
        {
            if (!IsWord(start + i, phrase[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when one of <paramref name="phrases"/> ends on the word at <paramref name="k"/>.</summary>
    private bool PhraseEndsAt(int k, string[][] phrases)
    {
        foreach (var phrase in phrases)
        {
            if (PhraseAt(k - phrase.Length + 1, phrase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithAny(ReadOnlySpan<char> word, IReadOnlyList<string> suffixes)
    {
        // An index loop: foreach over the interface would allocate an enumerator per word.
        for (var i = 0; i < suffixes.Count; i++)
        {
            if (word.EndsWith(suffixes[i], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterAuxiliary(int k) =>
        k > 0 && _tokens[k - 1].Class == TokenClass.Word && _lex.Auxiliaries.Contains(_text.AsSpan(_tokens[k - 1].Start, _tokens[k - 1].Length));

    private static string WithPart(string day, string? part) => part is null ? day : day + "T" + part;

    /// <summary>The TIMEX3 value with X placeholders for an expression there is nothing to anchor on.</summary>
    private static string Unresolved(TimexCandidate c) => c.Kind switch
    {
        CandidateKind.MonthDay => string.Create(CultureInfo.InvariantCulture, $"XXXX-{c.Month:D2}-{c.DayOfMonth:D2}"),
        CandidateKind.DayOfMonth => string.Create(CultureInfo.InvariantCulture, $"XXXX-XX-{c.DayOfMonth:D2}"),
        CandidateKind.Month => string.Create(CultureInfo.InvariantCulture, $"XXXX-{c.Month:D2}"),
        CandidateKind.Season => "XXXX-" + c.SeasonCode,
        CandidateKind.Weekday => WithPart("XXXX-WXX-" + c.IsoWeekday.ToString(CultureInfo.InvariantCulture), c.DayPart),
        CandidateKind.Quarter => "XXXX-Q" + c.Amount.ToString(CultureInfo.InvariantCulture),
        CandidateKind.TopicQuarter => "XXXX-QX",
        CandidateKind.Holiday when c.Holiday is { Kind: HolidayKind.Fixed } h => string.Create(CultureInfo.InvariantCulture, $"XXXX-{h.Month:D2}-{h.Day:D2}"),
        CandidateKind.DctUnit or CandidateKind.AnchorUnit or CandidateKind.Ago or CandidateKind.Later => c.Unit switch
        {
            TimeUnit.Week => "XXXX-WXX",
            TimeUnit.Weekend => "XXXX-WXX-WE",
            TimeUnit.Month => "XXXX-XX",
            TimeUnit.Quarter => "XXXX-QX",
            TimeUnit.Year => "XXXX",
            _ => "XXXX-XX-XX",
        },
        _ => WithPart("XXXX-XX-XX", c.DayPart),
    };
}
