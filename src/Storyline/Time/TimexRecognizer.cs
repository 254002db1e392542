using System.Globalization;
using Storyline.Model;

namespace Storyline.Time;

/// <summary>
/// Finds time expressions over the tokens of one text, left to right, taking the longest pattern
/// that starts at each token. It only says what an expression means; <see cref="TimexResolver"/>
/// anchors it. One instance per text.
/// </summary>
internal sealed class TimexRecognizer
{
    private readonly string _text;
    private readonly List<TimeToken> _tokens;
    private readonly TimexLexicon _lex;
    private readonly TimexOptions _options;

    public TimexRecognizer(string text, List<TimeToken> tokens, TimexLexicon lexicon, TimexOptions options)
    {
        _text = text;
        _tokens = tokens;
        _lex = lexicon;
        _options = options;
    }

    private int Count => _tokens.Count;

    public List<TimexCandidate> Recognize()
    {
        var found = new List<TimexCandidate>();
        TimexCandidate? previous = null;
        var i = 0;
        while (i < Count)
        {
            if (_tokens[i].Class == TokenClass.Word && !_lex.Starters.Contains(Word(i)))
            {
                i++;
                continue;
            }

            var candidate = At(i, previous);
            if (candidate is null)
            {
                i++;
                continue;
            }

            // "the next year or so", "two weeks or so": TimeML keeps the approximation.
            if (candidate.Kind != CandidateKind.Ref && candidate.Type is TimexType.Date or TimexType.Duration && OrSo(candidate.End))
            {
                candidate = candidate with { End = candidate.End + 2 };
            }

            if (candidate.Mod is null && ImpliedMod(candidate) is { } implied)
            {
                candidate = candidate with { Mod = implied };
            }

            if ((candidate.Type != TimexType.Duration || _options.IncludeDurations) && (candidate.Type != TimexType.Set || _options.IncludeSets))
            {
                if (found.Count > 0 && previous is not null && Joined(previous, candidate) is { } joined)
                {
                    found[^1] = joined;
                    previous = joined;
                    i = joined.End;
                    continue;
                }

                found.Add(candidate);
                previous = candidate;
            }

            i = candidate.End;
        }

        return found;
    }

    /// <summary>
    /// Two expressions TimeML reads as one: a clock time and its day ("10 p.m. Wednesday", "noon
    /// yesterday", "5 p.m. EST, Nov. 6") and a month with a relative year ("June last year").
    /// </summary>
    private TimexCandidate? Joined(TimexCandidate first, TimexCandidate second)
    {
        var k = first.End;
        if (first.Kind == CandidateKind.Clock)
        {
            if (IsTimeZone(k))
            {
                k++;
            }

            if (IsPunct(k, ','))
            {
                k++;
            }

            return k == second.First && second.DayPart is null && second.Kind is CandidateKind.Weekday or CandidateKind.DctDay or CandidateKind.MonthDay
                ? second with
                {
                    First = first.First,
                    DayPart = string.Create(CultureInfo.InvariantCulture, $"{first.Hour:D2}:{first.Minute:D2}"),
                    Type = TimexType.Time,
                }
                : null;
        }

        // "mid-afternoon yesterday": a part of the day and the day it is on are one TIME.
        if (first is { Kind: CandidateKind.AnchorDay, Offset: 0, DayPart: not null } && k == second.First && second.DayPart is null
            && second.Kind is CandidateKind.DctDay or CandidateKind.Weekday && !Is(first.First, "that"))
        {
            return second with { First = first.First, DayPart = first.DayPart, Type = TimexType.Time, Mod = first.Mod };
        }

        // "January nineteen ninety-seven", "the winter of nineteen ninety-four": a year said in words.
        if (first.Kind is CandidateKind.Month or CandidateKind.Season && first.Direction == Direction.None
            && second is { Kind: CandidateKind.Absolute, IsYear: true } && (k == second.First || (Is(k, "of") && k + 1 == second.First))
            && int.TryParse(second.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            var value = first.Kind == CandidateKind.Month ? TimexNormalizer.Month(year, first.Month) : TimexNormalizer.Year(year) + "-" + first.SeasonCode;
            return Absolute(first.First, second.End, value, TimexConfidence.ExplicitCoarse);
        }

        // "June last year", "March of next year", "the summer of last year": one DATE in the year named.
        var relativeYear = (k == second.First || (Is(k, "of") && k + 1 == second.First))
            && second is { Kind: CandidateKind.DctUnit, Unit: TimeUnit.Year, Type: TimexType.Date, ByTense: false, IsDecade: false };
        if (relativeYear && first.Kind == CandidateKind.Season && first.Direction == Direction.None)
        {
            return second with { First = first.First, SeasonCode = first.SeasonCode, SeasonStart = first.SeasonStart };
        }

        // "the third quarter of next year": the quarter of the year named.
        if (relativeYear && first.Kind == CandidateKind.Quarter && Is(k, "of"))
        {
            return first with { End = second.End, Offset = first.Offset + second.Offset };
        }

        // "June last year", "Dec. 11 last year": the month or day of the year named.
        return relativeYear && first.Kind is CandidateKind.Month or CandidateKind.MonthDay && first.Direction == Direction.None
            ? first with { End = second.End, Direction = Direction.This, Offset = second.Offset }
            : null;
    }

    /// <summary>"EST", "GMT", "UTC": an upper-case zone abbreviation after a clock time.</summary>
    private bool IsTimeZone(int k) =>
        IsWord(k) && _tokens[k].Length is 3 or 4 && (Word(k)[^1] == 'T' || Word(k) is "UTC") && !Word(k).ContainsAnyInRange('a', 'z');

    private TimexCandidate? At(int i, TimexCandidate? previous)
    {
        var best = Core(i, context: false, previous);
        if (ModifierEnd(i) is int m)
        {
            if (IsDash(m) && Glued(m) && Glued(m + 1))
            {
                m++;
            }

            var core = Core(m, context: true, previous);
            if (core is not null && core.Type is TimexType.Date or TimexType.Time
                && core.Kind is not (CandidateKind.Ref or CandidateKind.Clock or CandidateKind.Ago or CandidateKind.Later)
                && (best is null || core.End > best.End))
            {
                var half = HalfOf(i, m);
                best = core with { First = i, Half = half, Mod = half == 0 ? PhraseMod(_lex.Modifiers, _lex.ModifierMods, i) ?? core.Mod : core.Mod };
            }
        }

        // "about two years ago", "at least 30 days", "around 7:15 p.m.": TimeML keeps the approximation.
        // Not before a possessive: in "a way around Wednesday's ruling", "a book about last year's vote"
        // the word governs the noun the date qualifies, it does not approximate the date.
        if (best is null && PhraseEnd(_lex.Approximators, i) is int a && Core(a, context: false, previous) is { } amount
            && amount.Kind != CandidateKind.Ref && amount.Type != TimexType.Set && !Possessive(amount.End))
        {
            var mod = PhraseMod(_lex.Approximators, _lex.ApproximatorMods, i);
            // "more than two years ago" is a point before the one counted back to: TIMEX3 mirrors the bound.
            best = amount with { First = i, Mod = amount.Kind == CandidateKind.Ago ? PointMod(mod) : mod };
        }

        // "the nine months", "the first nine months": the determiner of an amount of time is in its span,
        // but not before an adjective ("the 30-day period", "the two day visit").
        if (best is null && Is(i, "the"))
        {
            var k = Is(i + 1, "first") || Is(i + 1, "latest") ? i + 2 : i + 1;
            if (Core(k, context: false, previous) is { Type: TimexType.Duration, Kind: CandidateKind.Absolute } span
                && IsNumberAt(k) && IsWord(span.End - 1) && _lex.Units.TryGet(Word(span.End - 1), out var unit) && unit.Plural)
            {
                best = span with { First = i };
            }

            // "the 1990s", "the early 1980s": TimeML keeps the article of a decade.
            if (best is null && At(i + 1, previous) is { Kind: CandidateKind.Absolute, IsDecade: true } decade)
            {
                best = decade with { First = i };
            }

            // "the summer", "the early summer", "the winter of 1994": TimeML keeps the article of a season.
            var s = ModifierEnd(i + 1) is int sm && !IsDash(sm) ? sm : i + 1;
            if (best is null && IsWord(s) && _lex.Seasons.Contains(Word(s)) && At(i + 1, previous) is { Kind: CandidateKind.Season or CandidateKind.Absolute } season)
            {
                best = season with { First = i };
            }
        }

        // "mid-afternoon", "by mid afternoon": a part of the day the text is on.
        if (best is null && Is(i, "mid"))
        {
            var k = Is(i, "mid") && IsDash(i + 1) && Glued(i + 1) && Glued(i + 2) ? i + 2 : i + 1;
            if (IsWord(k) && _lex.DayParts.TryGet(Word(k), out var part) && !part.IsClock)
            {
                best = new TimexCandidate { First = i, End = k + 1, Kind = CandidateKind.AnchorDay, DayPart = part.Code, Type = TimexType.Time, Mod = "MID" };
            }
        }

        // "earlier this month", "later this afternoon", "earlier Sunday", "later yesterday"; and, told of
        // another time, "earlier that day", "later that year".
        if (best is null && (Is(i, "earlier") || Is(i, "later"))
            && Core(i + 1, context: false, previous) is { } near
            && (near.Kind == CandidateKind.DctDay || (near.Kind is CandidateKind.Weekday or CandidateKind.DctUnit && near.Offset == 0)
                || (near.Kind is CandidateKind.AnchorDay or CandidateKind.AnchorUnit && near.Offset == 0 && Is(i + 1, "that"))))
        {
            best = near with { First = i, Mod = Is(i, "earlier") ? "START" : "END" };
        }

        // "on April 24 and 25", "Dec. 8-9", "Dec. 8 through 10": a later day of the same month, its month and year left to the first.
        if (best is null && previous is { Month: > 0, DayOfMonth: > 0 } or { Day: not null } && previous.End == i - 1 && JoinAt(i - 1) != RangeJoin.None
            && DayNumber(i, out var second, out var afterSecond) && (!IsWord(afterSecond) || Is(afterSecond, "in") || Is(afterSecond, "at")))
        {
            var (month, first) = previous.Day is { } d ? (d.Month, d.Day) : (previous.Month, previous.DayOfMonth);
            var yearAt = IsPunct(afterSecond, ',') ? afterSecond + 1 : afterSecond;
            if (second > first && previous.Day is { } full && TimexNormalizer.IsValidDay(full.Year, month, second))
            {
                // "Dec. 8 to 10, 2025": the written year belongs to the closing day's expression.
                best = FullDate(i, YearNumber(yearAt, out var written) && written == full.Year ? yearAt + 1 : afterSecond, full.Year, month, second);
            }
            else if (second > first && previous.Day is null)
            {
                best = MonthDay(i, afterSecond, month, second);
            }
        }

        return best;
    }

    /// <summary>A lowercase word that is not a function word: what an adjective before it modifies.</summary>
    private bool IsAttributive(int k) =>
        IsWord(k) && char.IsLower(_text[_tokens[k].Start]) && !_lex.TenseCues.Contains(Word(k)) && !_lex.Context.Contains(Word(k))
        && !Is(k, "and") && !Is(k, "or") && !Is(k, "to") && !Is(k, "at") && !Is(k, "on") && !Is(k, "for")
        // "gather daily outside the ministry": a preposition opens no noun phrase, so the word before it is an adverb.
        && !_lex.Prepositions.Contains(Word(k));

    private bool IsNumberAt(int k) =>
        IsNumber(k) || (IsWord(k) && _lex.Numbers.TryGet(Word(k), out var n) && n.Role != NumberRole.Article);

    private TimexCandidate? Core(int i, bool context, TimexCandidate? previous)
    {
        TimexCandidate? best = null;
        if (i >= Count)
        {
            return null;
        }

        if (_tokens[i].Class == TokenClass.Punct)
        {
            Consider(ref best, Decade(i));
            return best;
        }

        Consider(ref best, Iso(i));
        Consider(ref best, Numeric(i));
        Consider(ref best, MonthFirst(i, context));
        Consider(ref best, DayFirst(i));
        Consider(ref best, Decade(i));
        Consider(ref best, Era(i));
        Consider(ref best, Year(i, context, previous));
        Consider(ref best, Season(i, context));
        Consider(ref best, Weekday(i));
        Consider(ref best, Holiday(i));
        Consider(ref best, Deictic(i));
        Consider(ref best, YearEnd(i));
        Consider(ref best, Determined(i));
        Consider(ref best, Quarter(i));
        Consider(ref best, FiscalOrHalf(i));
        Consider(ref best, WeekOfMonth(i));
        Consider(ref best, DayOfMonthAlone(i));
        Consider(ref best, NumberUnit(i));
        Consider(ref best, SetAt(i));
        Consider(ref best, Clock(i));
        Consider(ref best, VagueDuration(i));
        Consider(ref best, UnitLong(i));
        return best;
    }

    /// <summary>"a day-long meeting", "a week-long strike": an adjective of one unit's length is that duration.</summary>
    private TimexCandidate? UnitLong(int i) =>
        IsWord(i) && _lex.Units.TryGet(Word(i), out var unit) && !unit.Plural && unit.Unit != TimeUnit.Weekend
        && IsDash(i + 1) && Glued(i + 1) && Is(i + 2, "long") && Glued(i + 2)
            ? Absolute(i, i + 3, TimexNormalizer.Duration(1, unit), TimexConfidence.Strong, TimexType.Duration)
            : null;

    private static void Consider(ref TimexCandidate? best, TimexCandidate? candidate)
    {
        if (candidate is not null && (best is null || candidate.End > best.End))
        {
            best = candidate;
        }
    }

    // ---- absolute dates ----

    private TimexCandidate? Iso(int i)
    {
        if (!IsNumber(i, 4) || !IsDash(i + 1) || !Glued(i + 1) || !IsNumber(i + 2) || !Glued(i + 2)
            || _tokens[i + 2].Length > 2 || !IsDash(i + 3) || !Glued(i + 3) || !IsNumber(i + 4) || !Glued(i + 4) || _tokens[i + 4].Length > 2)
        {
            return null;
        }

        int year = Num(i), month = Num(i + 2), day = Num(i + 4);
        if (!TimexNormalizer.IsValidDay(year, month, day) || GluedContinuation(i + 5))
        {
            return null;
        }

        return FullDate(i, i + 5, year, month, day);
    }

    /// <summary>
    /// "12/11/2025", "25/12/25", "11.12.2025", "2025/12/11": all-digit dates. A part over 12 says which is
    /// the day; when both could be, the candidate keeps both readings (month-first first, as US wire copy
    /// writes them) and the resolver picks the one nearer the reference date. Dots are day-first, as in
    /// Europe. Inside a path or a longer run of numbers ("/news/2025/12/11/", "1/2/3/4") nothing is read.
    /// </summary>
    private TimexCandidate? Numeric(int i)
    {
        if (!IsNumber(i) || _tokens[i].Length is not (1 or 2 or 4) || (Glued(i) && (IsNumber(i - 1) || IsPunct(i - 1, '/') || IsPunct(i - 1, '.') || IsDash(i - 1))))
        {
            return null;
        }

        var slash = IsPunct(i + 1, '/');
        if (!(slash || IsPunct(i + 1, '.')) || !Glued(i + 1) || !IsNumber(i + 2) || !Glued(i + 2) || _tokens[i + 2].Length > 2
            || !IsPunct(i + 3, _text[_tokens[i + 1].Start]) || !Glued(i + 3) || !IsNumber(i + 4) || !Glued(i + 4) || GluedContinuation(i + 5)
            || (Glued(i + 5) && (IsPunct(i + 5, '/') || IsWord(i + 5) || IsNumber(i + 5))))
        {
            return null;
        }

        int a = Num(i), b = Num(i + 2), c = Num(i + 4);
        if (_tokens[i].Length == 4)
        {
            // Year first: only "2025/12/11", never with dots (a version number "2025.1.3").
            return slash && _tokens[i + 4].Length <= 2 && TimexNormalizer.IsValidDay(a, b, c) ? FullDate(i, i + 5, a, b, c) with { Confidence = TimexConfidence.ExplicitDate } : null;
        }

        int year;
        switch (_tokens[i + 4].Length)
        {
            case 4:
                year = c;
                break;
            case 2:
                // Two-digit years: 00-49 are this century's, 50-99 the last one's.
                year = c < 50 ? 2000 + c : 1900 + c;
                break;
            default:
                return null;
        }

        var monthFirst = slash && TimexNormalizer.IsValidDay(year, a, b) ? new DateOnly(year, a, b) : (DateOnly?)null;
        var dayFirst = TimexNormalizer.IsValidDay(year, b, a) ? new DateOnly(year, b, a) : (DateOnly?)null;
        if (monthFirst is { } m && dayFirst is { } d && m != d)
        {
            return FullDate(i, i + 5, year, m.Month, m.Day) with { OtherDay = d, Confidence = TimexConfidence.Default };
        }

        return (monthFirst ?? dayFirst) is { } day ? FullDate(i, i + 5, year, day.Month, day.Day) : null;
    }

    private TimexCandidate? MonthFirst(int i, bool context)
    {
        var j = i;
        var weekdayPrefix = false;
        if (IsCapitalizedWord(i) && _lex.Weekdays.Contains(Word(i)))
        {
            weekdayPrefix = true;
            j = IsPunct(i + 1, ',') ? i + 2 : i + 1;
        }

        if (!MonthAt(j, out var entry, out var k))
        {
            return null;
        }

        if (DayNumber(k, out var day, out var afterDay))
        {
            var y = IsPunct(afterDay, ',') ? afterDay + 1 : afterDay;
            if (YearNumber(y, out var year))
            {
                return TimexNormalizer.IsValidDay(year, entry.Month, day) ? FullDate(i, y + 1, year, entry.Month, day) : null;
            }

            // "Dec. 8 to 10, 2025": the year written after the range's closing day is the first day's too.
            if (!weekdayPrefix && JoinAt(afterDay) != RangeJoin.None && DayNumber(afterDay + 1, out var closing, out var afterClosing) && closing > day
                && YearNumber(IsPunct(afterClosing, ',') ? afterClosing + 1 : afterClosing, out var rangeYear) && TimexNormalizer.IsValidDay(rangeYear, entry.Month, day))
            {
                return FullDate(i, afterDay, rangeYear, entry.Month, day);
            }

            return MonthDay(i, afterDay, entry.Month, day);
        }

        if (weekdayPrefix)
        {
            return null;
        }

        var y2 = IsPunct(k, ',') ? k + 1 : k;
        if (YearNumber(y2, out var year2))
        {
            return Absolute(i, y2 + 1, TimexNormalizer.Month(year2, entry.Month), TimexConfidence.ExplicitCoarse);
        }

        if (entry.Abbreviation || (entry.NeedsContext && !context && !HasContext(j - 1, ContextUse.Month)))
        {
            return null;
        }

        return new TimexCandidate { First = i, End = k, Kind = CandidateKind.Month, Month = entry.Month };
    }

    private TimexCandidate? DayFirst(int i)
    {
        var j = i;
        var weekdayPrefix = false;
        if (IsCapitalizedWord(i) && _lex.Weekdays.Contains(Word(i)))
        {
            weekdayPrefix = true;
            j = IsPunct(i + 1, ',') ? i + 2 : i + 1;
        }

        // "5-9 March": the day after the dash of a range of days is glued to it.
        if (!DayNumber(j, out var day, out var k) || (Glued(j) && !weekdayPrefix && !(IsDash(j - 1) && DayNumber(j - 2, out _, out _))))
        {
            return null;
        }

        if (!weekdayPrefix && RangeOfDays(k) is { } rangeEnd)
        {
            // "from 5 to 9 March", "between 17 and 19 November", "5-9 March": the first day is in the month
            // (and year) the range ends in; it is the day an occurrence over those days began.
            return rangeEnd.Kind == CandidateKind.Absolute && rangeEnd.Day is { } last
                ? TimexNormalizer.IsValidDay(last.Year, last.Month, day) && day < last.Day ? FullDate(i, k, last.Year, last.Month, day) : null
                : rangeEnd.Kind == CandidateKind.MonthDay && day < rangeEnd.DayOfMonth ? MonthDay(i, k, rangeEnd.Month, day) : null;
        }

        if (Is(k, "of"))
        {
            k++;
        }

        if (!MonthAt(k, out var entry, out var afterMonth))
        {
            return null;
        }

        var y = IsPunct(afterMonth, ',') ? afterMonth + 1 : afterMonth;
        if (YearNumber(y, out var year))
        {
            return TimexNormalizer.IsValidDay(year, entry.Month, day) ? FullDate(i, y + 1, year, entry.Month, day) : null;
        }

        return MonthDay(i, afterMonth, entry.Month, day);
    }

    /// <summary>The day and month that close a range of days opened at <paramref name="k"/> ("to 9 March", "and 19 November", "-9 March").</summary>
    private TimexCandidate? RangeOfDays(int k)
    {
        if (JoinAt(k) == RangeJoin.None || !DayNumber(k + 1, out _, out var afterDay) || Is(afterDay, "of") && !MonthAt(afterDay + 1, out _, out _) || !Is(afterDay, "of") && !MonthAt(afterDay, out _, out _))
        {
            return null;
        }
        return DayFirst(k + 1) is { Kind: CandidateKind.MonthDay or CandidateKind.Absolute } end ? end : null;
    }

    /// <summary>How token <paramref name="k"/> joins the days either side of it; a dash only when glued to both ("8-9").</summary>
    private RangeJoin JoinAt(int k) =>
        k < 0 || k >= Count || (RangeJoiners.IsDash(Word(k)) && !(Glued(k) && Glued(k + 1))) ? RangeJoin.None : _lex.RangeJoiners.Of(Word(k));

    private static TimexCandidate? MonthDay(int first, int end, int month, int day) =>
        TimexNormalizer.IsValidDay(2000, month, day)
            ? new TimexCandidate { First = first, End = end, Kind = CandidateKind.MonthDay, Month = month, DayOfMonth = day }
            : null;

    private static TimexCandidate FullDate(int first, int end, int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        return new TimexCandidate { First = first, End = end, Kind = CandidateKind.Absolute, Value = TimexNormalizer.Day(date), Day = date };
    }

    private static TimexCandidate Absolute(int first, int end, string value, double confidence, TimexType type = TimexType.Date) =>
        new() { First = first, End = end, Kind = CandidateKind.Absolute, Value = value, Confidence = confidence, Type = type };

    /// <summary>
    /// "the 20th century", "the nineteenth-century", "the nineties": TIMEX3 writes a century as its
    /// first two digits (19 for the 1900s) and a decade as its first three.
    /// </summary>
    private TimexCandidate? Era(int i)
    {
        var the = Is(i, "the");
        var j = the ? i + 1 : i;
        int century;
        int next;
        if (IsNumber(j) && _tokens[j].Length <= 2 && IsWord(j + 1) && Glued(j + 1) && _lex.Ordinals.TryGet(Word(j + 1), out var suffix) && suffix == 0)
        {
            century = Num(j);
            next = j + 2;
        }
        else if (IsWord(j) && _lex.Eras.TryGet(Word(j), out var era))
        {
            if (era.IsDecade)
            {
                return the ? Absolute(i, j + 1, era.Value, TimexConfidence.ExplicitCoarse) : null;
            }

            century = int.Parse(era.Value, NumberStyles.None, CultureInfo.InvariantCulture);
            next = j + 1;
        }
        else
        {
            return null;
        }

        if (IsDash(next) && Glued(next) && Glued(next + 1))
        {
            // "the 11th-century temple": the article belongs to the noun after the adjective.
            next++;
            i = j;
        }

        return Is(next, "century") && century is >= 1 and <= 30
            ? Absolute(i, next + 1, (century - 1).ToString("D2", CultureInfo.InvariantCulture), TimexConfidence.ExplicitCoarse)
            : null;
    }

    /// <summary>"1990s", "1990's", "'90s" -> "199X".</summary>
    private TimexCandidate? Decade(int i)
    {
        int j;
        string digits;
        if (IsPunct(i, '\'') || IsPunct(i, '\u2019'))
        {
            if (!IsNumber(i + 1, 2) || !Glued(i + 1) || _text[_tokens[i + 1].End - 1] != '0')
            {
                return null;
            }

            var two = Num(i + 1);
            digits = (two >= 30 ? "19" : "20") + _text[_tokens[i + 1].Start];
            j = i + 2;
        }
        else if (IsNumber(i, 4) && _text[_tokens[i].End - 1] == '0' && Num(i) >= _options.MinYear && Num(i) <= _options.MaxYear)
        {
            digits = _text.Substring(_tokens[i].Start, 3);
            j = i + 1;
        }
        else
        {
            return null;
        }

        if ((IsPunct(j, '\'') || IsPunct(j, '\u2019')) && Glued(j))
        {
            j++;
        }

        // TIMEX3 writes a decade as its first three digits ("the 1990s" is 199).
        return Is(j, "s") && Glued(j) ? Absolute(i, j + 1, digits, TimexConfidence.ExplicitCoarse) with { IsDecade = true } : null;
    }

    private TimexCandidate? Year(int i, bool context, TimexCandidate? previous)
    {
        if (SpelledYear(i, out var spelled, out var spelledEnd))
        {
            return Absolute(i, spelledEnd, TimexNormalizer.Year(spelled), TimexConfidence.Strong) with { IsYear = true };
        }

        if (!YearNumber(i, out var year))
        {
            return null;
        }

        if (i > 0 && Glued(i) && !(IsPunct(i - 1, '(') || IsPunct(i - 1, '-') || IsPunct(i - 1, '\u2013')))
        {
            return null;
        }

        if (Glued(i + 1) && (IsWord(i + 1) || IsPunct(i + 1, '%') || (IsDash(i + 1) && IsNumber(i + 2) && Glued(i + 2))))
        {
            return null;
        }

        if (!context && HasContext(i - 1, ContextUse.YearBeforeWord) && IsWord(i + 1) && !_lex.Units.Contains(Word(i + 1)))
        {
            // "the 2024 election", "fiscal 2025 revenue": less certain than "in 2024".
            return Absolute(i, i + 1, TimexNormalizer.Year(year), TimexConfidence.Default) with { IsYear = true };
        }

        var isDate = context || HasContext(i - 1, ContextUse.Year) || Possessive(i + 1)
            || (previous is { IsYear: true } && previous.End == i - 1 && (IsDash(i - 1) || Is(i - 1, "to") || Is(i - 1, "and") || Is(i - 1, "through")));
        if (isDate)
        {
            return Absolute(i, i + 1, TimexNormalizer.Year(year), TimexConfidence.Strong) with { IsYear = true };
        }

        // A lone 19xx or 20xx with no cue ("the 1996 campaign", "For 1988, it earned"): news writes
        // counts of a thousand and more with a comma, so such a number is a year unless a plural
        // noun follows ("2000 troops") or a label precedes it ("Copyright 1998", "Flight 1990").
        return year is >= 1900 and <= 2099 && !CountNounNext(i + 1) && !(IsWord(i - 1) && _lex.YearLabels.Contains(Word(i - 1)))
            ? Absolute(i, i + 1, TimexNormalizer.Year(year), TimexConfidence.Default) with { IsYear = true }
            : null;
    }

    /// <summary>A lowercase plural word ("troops", "shares") that makes the number before it a count.</summary>
    private bool CountNounNext(int k) =>
        IsWord(k) && char.IsLower(_text[_tokens[k].Start]) && _tokens[k].Length > 2 && _text[_tokens[k].End - 1] == 's'
        && _text[_tokens[k].End - 2] != 's' && !_lex.NotPlurals.Contains(Word(k));

    private TimexCandidate? Season(int i, bool context)
    {
        if (!IsWord(i) || !_lex.Seasons.TryGet(Word(i), out var season))
        {
            return null;
        }

        var j = Is(i + 1, "of") ? i + 2 : i + 1;
        if (YearNumber(j, out var year))
        {
            return Absolute(i, j + 1, TimexNormalizer.Year(year) + "-" + season.Code, TimexConfidence.ExplicitCoarse);
        }

        // "the spring of next year": a relative year after it makes the season a date.
        var ofYear = Is(i + 1, "of") && (Is(i + 2, "last") || Is(i + 2, "next") || Is(i + 2, "this")) && Is(i + 3, "year");
        if (!context && !ofYear && !HasContext(i - 1, ContextUse.Season) && !(Is(i - 1, "the") && HasContext(i - 2, ContextUse.Season)))
        {
            return null;
        }

        return new TimexCandidate { First = i, End = i + 1, Kind = CandidateKind.Season, SeasonCode = season.Code, SeasonStart = season.StartMonth };
    }

    /// <summary>
    /// "On the 15th", "by the 3rd,": an ordinal day after a preposition of time, with no month and no noun
    /// after it ("the 15th century", "the 3rd round" are no days).
    /// </summary>
    private TimexCandidate? DayOfMonthAlone(int i)
    {
        // "on the 28th and the 29th": the second day follows the first.
        var afterDay = i >= 4 && (Is(i - 1, "and") || Is(i - 1, "or") || Is(i - 1, "to")) && Is(i - 4, "the") && OrdinalDayAt(i - 3);
        if (!Is(i, "the") || i == 0 || !(afterDay || Is(i - 1, "on") || Is(i - 1, "by") || Is(i - 1, "until") || Is(i - 1, "till") || Is(i - 1, "since") || Is(i - 1, "from"))
            || !OrdinalDayAt(i + 1) || !DayNumber(i + 1, out var day, out var after))
        {
            return null;
        }
        // Only punctuation, the end, or a word that opens no noun phrase may follow.
        if (IsWord(after) && !(Is(after, "and") || Is(after, "or") || Is(after, "at") || Is(after, "when") || Is(after, "to") || Is(after, "through")))
        {
            return null;
        }
        return new TimexCandidate { First = i, End = after, Kind = CandidateKind.DayOfMonth, DayOfMonth = day };
    }

    /// <summary>A number of one or two digits with its ordinal suffix glued on at <paramref name="k"/> ("15th", "3rd").</summary>
    private bool OrdinalDayAt(int k) =>
        IsNumber(k) && _tokens[k].Length <= 2 && IsWord(k + 1) && Glued(k + 1) && _lex.Ordinals.TryGet(Word(k + 1), out var suffix) && suffix == 0;

    /// <summary>
    /// Earnings-report shorthand: "FY26", "FY 2026" (the fiscal year as named, as TimeBank's "fiscal
    /// 1989" is 1989) and "H1 2026", "H2 FY26" (a half of that year).
    /// </summary>
    private TimexCandidate? FiscalOrHalf(int i)
    {
        if (FiscalYear(i, out var year, out var end))
        {
            return Absolute(i, end, TimexNormalizer.Year(year), TimexConfidence.ExplicitCoarse);
        }
        if (IsCapitalizedWord(i) && _tokens[i].Length == 1 && _text[_tokens[i].Start] == 'H' && IsNumber(i + 1, 1) && Glued(i + 1)
            && Num(i + 1) is 1 or 2 && !Glued(i + 2))
        {
            var half = Num(i + 1);
            if (YearNumber(i + 2, out year))
            {
                return Absolute(i, i + 3, TimexNormalizer.Year(year) + "-H" + half.ToString(CultureInfo.InvariantCulture), TimexConfidence.ExplicitCoarse);
            }
            if (FiscalYear(i + 2, out year, out end))
            {
                return Absolute(i, end, TimexNormalizer.Year(year) + "-H" + half.ToString(CultureInfo.InvariantCulture), TimexConfidence.ExplicitCoarse);
            }
        }
        return null;
    }

    /// <summary>"FY26", "FY2026", "FY 2026" at token <paramref name="k"/>: the year named; <paramref name="end"/> is the token after it.</summary>
    private bool FiscalYear(int k, out int year, out int end)
    {
        (year, end) = (0, k);
        if (!IsWord(k) || !_text.AsSpan(_tokens[k].Start, _tokens[k].Length).SequenceEqual("FY") || !IsNumber(k + 1) || GluedContinuation(k + 2) || Glued(k + 2) && IsWord(k + 2))
        {
            return false;
        }
        if (IsNumber(k + 1, 2) && Glued(k + 1))
        {
            // Two digits are this century's: fiscal years in the news are recent or planned.
            year = 2000 + Num(k + 1);
        }
        else if (!YearNumber(k + 1, out year))
        {
            return false;
        }
        end = k + 2;
        return year >= _options.MinYear && year <= _options.MaxYear;
    }

    /// <summary>
    /// A quarter or reporting period, with the words before it that TimeML puts in its span:
    /// "Q3 2025", "the third quarter of 2025", "third-quarter", "the fiscal first quarter",
    /// "this year's third quarter", "the 2024 third quarter", "the year-ago quarter", "the latest period".
    /// </summary>
    private TimexCandidate? Quarter(int i)
    {
        var j = i;
        bool determined = false, topic = false, current = false, yearAgo = false, relativeYear = false;
        int? explicitYear = null;
        var yearOffset = 0;
        while (j < Count)
        {
            if ((Is(j, "this") || Is(j, "next") || Is(j, "last")) && Is(j + 1, "year") && Possessive(j + 2) && !relativeYear)
            {
                relativeYear = true;
                yearOffset = Is(j, "next") ? 1 : Is(j, "last") ? -1 : 0;
                j += 4;
                continue;
            }

            if (Is(j, "year") && IsDash(j + 1) && Glued(j + 1) && (Is(j + 2, "earlier") || Is(j + 2, "ago")) && Glued(j + 2) && !yearAgo)
            {
                yearAgo = true;
                j += 3;
                continue;
            }

            if (explicitYear is null && IsNumber(j, 4) && YearNumber(j, out var y) && j > i && !Glued(j + 1))
            {
                explicitYear = y;
                j++;
                continue;
            }

            if (IsWord(j) && _lex.PeriodWords.TryGet(Word(j), out var role) && (role != PeriodRole.Det || j == i))
            {
                determined |= role == PeriodRole.Det;
                topic |= role == PeriodRole.Topic;
                current |= role == PeriodRole.Current;
                j++;
                continue;
            }

            break;
        }

        int quarter, k;
        if (IsCapitalizedWord(j) && _tokens[j].Length == 1 && _text[_tokens[j].Start] == 'Q' && IsNumber(j + 1, 1) && Glued(j + 1))
        {
            quarter = Num(j + 1);
            k = j + 2;
        }
        else if (IsWord(j) && _lex.Ordinals.TryGet(Word(j), out quarter) && Is(j + 1, "quarter"))
        {
            k = j + 2;
        }
        else if (IsWord(j) && _lex.Ordinals.TryGet(Word(j), out quarter) && IsDash(j + 1) && Glued(j + 1) && Is(j + 2, "quarter") && Glued(j + 2))
        {
            // "third-quarter profit": an adjective; a determiner before it belongs to the noun.
            k = j + 3;
            if (determined && j == i + 1)
            {
                return null;
            }
        }
        else if (Is(j, "quarter") || (Is(j, "period") && (topic || yearAgo || relativeYear || explicitYear is not null || YearBackAt(j + 1) > 0)))
        {
            // "the quarter", "the latest period": the quarter the text is about.
            if (j == i || !(determined || topic || current || yearAgo || relativeYear || explicitYear is not null) || (IsDash(j + 1) && Glued(j + 1))
                || (Is(j + 1, "of") && !YearNumber(j + 2, out _)) || Is(j + 1, "century") || Possessive(j + 1))
            {
                return null;
            }

            quarter = 0;
            k = j + 1;
            // "the corresponding period last year", "the quarter a year ago": that quarter a year before.
            if (!yearAgo && !relativeYear && explicitYear is null && YearBackAt(k) is > 0 and var back)
            {
                yearAgo = true;
                k += back;
            }
        }
        else if (yearAgo && j == i + 3 && !(IsWord(j) && _lex.Units.Contains(Word(j))))
        {
            // "year-earlier" alone before a noun ("year-earlier sales"): a year before.
            return new TimexCandidate { First = i, End = j, Kind = CandidateKind.Ago, Amount = 1, Unit = TimeUnit.Year };
        }
        else
        {
            return null;
        }

        if (quarter is < 0 or > 4 || (IsDash(k) && Glued(k) && quarter == 0))
        {
            return null;
        }

        var after = Is(k, "of") ? k + 1 : k;
        if (YearNumber(after, out var year) && !GluedContinuation(after + 1))
        {
            explicitYear = year;
            k = after + 1;
        }
        else if (quarter > 0 && FiscalYear(k, out var fiscal, out var fiscalEnd))
        {
            // "Q3 FY26": the quarter of the fiscal year as named.
            explicitYear = fiscal;
            k = fiscalEnd;
        }

        if (quarter > 0 && explicitYear is { } ey)
        {
            return Absolute(i, k, TimexNormalizer.Year(ey) + "-Q" + quarter.ToString(CultureInfo.InvariantCulture), TimexConfidence.ExplicitCoarse);
        }

        if (quarter > 0)
        {
            return new TimexCandidate { First = i, End = k, Kind = CandidateKind.Quarter, Amount = quarter, Offset = yearOffset - (yearAgo ? 1 : 0) };
        }

        if (current && !yearAgo && !relativeYear && explicitYear is null)
        {
            return new TimexCandidate { First = i, End = k, Kind = CandidateKind.DctUnit, Unit = TimeUnit.Quarter, Offset = 0, Confidence = TimexConfidence.Strong };
        }

        return new TimexCandidate
        {
            First = i,
            End = k,
            Kind = CandidateKind.TopicQuarter,
            Offset = yearOffset - (yearAgo ? 1 : 0),
            Year = explicitYear ?? 0,
        };
    }

    /// <summary>The length of "last year" (not "last year's") or "a year ago/earlier" at token k, else 0.</summary>
    private int YearBackAt(int k) =>
        Is(k, "last") && Is(k + 1, "year") && !Possessive(k + 2) ? 2
        : Is(k, "a") && Is(k + 1, "year") && (Is(k + 2, "ago") || Is(k + 2, "earlier")) ? 3
        : 0;

    // ---- relative dates ----

    private TimexCandidate? Weekday(int i)
    {
        // "on Sundays", "Tuesday nights", "Saturday mornings": a day of every week is a SET (XXXX-WXX-2TNI).
        if (IsCapitalizedWord(i) && _lex.RecurringWeekdays.TryGet(Word(i), out var everyDay))
        {
            return RecurringWeekday(i, everyDay, i + 1, pluralOnly: false);
        }

        if (!IsCapitalizedWord(i) || !_lex.Weekdays.TryGet(Word(i), out var day))
        {
            return null;
        }

        if (RecurringWeekday(i, day, i + 1, pluralOnly: true) is { } recurring)
        {
            return recurring;
        }

        var end = i + 1;
        string? part = null;
        if (IsWord(end) && _lex.DayParts.TryGet(Word(end), out var p) && !p.IsClock)
        {
            part = p.Code;
            end++;
        }

        return new TimexCandidate
        {
            First = i,
            End = end,
            Kind = CandidateKind.Weekday,
            IsoWeekday = day,
            DayPart = part,
            Type = part is null ? TimexType.Date : TimexType.Time,
        };
    }

    /// <summary>
    /// A weekday of every week from <paramref name="first"/> to the part of day at <paramref name="k"/> if any:
    /// "Sundays", "Sunday nights", "Sundays and holidays" (the part must be plural when <paramref name="pluralOnly"/>).
    /// </summary>
    private TimexCandidate? RecurringWeekday(int first, int day, int k, bool pluralOnly)
    {
        var value = "XXXX-WXX-" + day.ToString(CultureInfo.InvariantCulture);
        if (IsWord(k) && _lex.RecurringDayParts.TryGet(Word(k), out var parts))
        {
            return Absolute(first, k + 1, value + "T" + parts, TimexConfidence.Set, TimexType.Set);
        }

        if (pluralOnly)
        {
            return null;
        }

        if (IsWord(k) && _lex.DayParts.TryGet(Word(k), out var part) && !part.IsClock)
        {
            return Absolute(first, k + 1, value + "T" + part.Code, TimexConfidence.Set, TimexType.Set);
        }

        return Absolute(first, k, value, TimexConfidence.Set, TimexType.Set);
    }

    /// <summary>"Christmas Eve", "Thanksgiving", "Easter 2024": a holiday dated by its rule (holidays.tsv).</summary>
    private TimexCandidate? Holiday(int i)
    {
        if (!IsCapitalizedWord(i) || !_lex.Holidays.TryGet(Word(i), out var entries))
        {
            return null;
        }

        foreach (var entry in entries)
        {
            var k = 0;
            while (k < entry.Tokens.Length && i + k < Count
                && _text.AsSpan(_tokens[i + k].Start, _tokens[i + k].Length).Equals(entry.Tokens[k], StringComparison.OrdinalIgnoreCase))
            {
                k++;
            }

            if (k < entry.Tokens.Length)
            {
                continue;
            }

            var end = i + k;
            if (YearNumber(end, out var year) && entry.Rule.DateIn(year) is { } day)
            {
                return Absolute(i, end + 1, TimexNormalizer.Day(day), TimexConfidence.ExplicitDate) with { Day = day };
            }

            // "Easter week", "Christmas week": the calendar week the holiday falls in.
            var week = Is(end, "week") && !(IsDash(end + 1) && Glued(end + 1));
            return new TimexCandidate { First = i, End = week ? end + 1 : end, Kind = CandidateKind.Holiday, Holiday = entry.Rule, HolidayWeek = week };
        }

        return null;
    }

    private TimexCandidate? Deictic(int i)
    {
        if (!IsWord(i) || !_lex.Deictic.TryGet(Word(i), out var entries))
        {
            return null;
        }

        foreach (var e in entries)
        {
            if (!WordsAt(i, e.Words) || (e.Context.Length > 0 && !WordsAt(i - e.Context.Length, e.Context)))
            {
                continue;
            }

            // "Business Today", "Times Now": a capitalized word that ends a name is not a time.
            if (IsCapitalizedWord(i) && IsCapitalizedWord(i - 1) && !IsCapitalizedWord(i + 1))
            {
                return null;
            }

            var end = i + e.Words.Length;
            if (InsideNotPhrase(i, end))
            {
                return null;
            }

            if (e.Kind == DeicticKind.Vague)
            {
                return Absolute(i, end, e.Ref, TimexConfidence.Weak, TimexType.Duration);
            }

            if (e.Kind == DeicticKind.Ref)
            {
                return new TimexCandidate { First = i, End = end, Kind = CandidateKind.Ref, Value = e.Ref };
            }

            var part = e.DayPart;
            if (part is null && IsWord(end) && _lex.DayParts.TryGet(Word(end), out var p) && !p.IsClock)
            {
                part = p.Code;
                end++;
            }

            return new TimexCandidate
            {
                First = i,
                End = end,
                Kind = e.Kind == DeicticKind.Day ? CandidateKind.DctDay : CandidateKind.AnchorDay,
                Offset = e.Offset,
                DayPart = part,
                Type = part is null ? TimexType.Date : TimexType.Time,
            };
        }

        return null;
    }

    /// <summary>
    /// True when a phrase of <c>not</c> rows in deictic.tsv runs over the match [i, end) without lying inside
    /// it: "soon" in "as soon as the talks end" is a conjunction, "as soon as possible" keeps its span.
    /// </summary>
    private bool InsideNotPhrase(int i, int end)
    {
        foreach (var phrase in _lex.NotDeictic)
        {
            for (var o = 0; o < phrase.Length; o++)
            {
                var start = i - o;
                if (start >= 0 && WordsAt(start, phrase) && !(start >= i && start + phrase.Length <= end))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"last week", "next Monday", "this spring", "last August", "the following day".</summary>
    private TimexCandidate? Determined(int i)
    {
        var the = Is(i, "the");
        if (the && TheUnit(i) is { } unitOfText)
        {
            return unitOfText;
        }

        // "that year", "that month", "that week": the one named last in the text.
        if (Is(i, "that") && IsWord(i + 1) && _lex.Units.TryGet(Word(i + 1), out var thatUnit) && !thatUnit.Plural && thatUnit.Multiplier == 1
            && thatUnit.Unit is TimeUnit.Week or TimeUnit.Month or TimeUnit.Year)
        {
            return new TimexCandidate { First = i, End = i + 2, Kind = CandidateKind.AnchorUnit, Offset = 0, Unit = thatUnit.Unit };
        }

        var j = the ? i + 1 : i;
        RelativeEntry rel;
        if ((the || Is(i, "this")) && (Is(i + 1, "coming") || (!the && Is(i + 1, "past"))))
        {
            // "this past weekend", "this coming Sunday", "the coming year": the last or next one from the reference date.
            rel = new RelativeEntry(Is(i + 1, "coming") ? 1 : -1, Dct: true, Anchor: false, OpensDuration: false);
            j = i + 1;
            the = false;
        }
        else if (!IsWord(j) || !_lex.Relative.TryGet(Word(j), out rel) || (the ? !rel.Anchor : !rel.Dct))
        {
            return null;
        }

        var anchor = the;
        var k = j + 1;
        var direction = rel.Offset switch { < 0 => Direction.Last, > 0 => Direction.Next, _ => Direction.This };
        // "ABC's "This Week"", "Next Year's Model": a capitalized unit after a capitalized determiner is a title.
        if (IsWord(k) && _lex.Units.TryGet(Word(k), out var unit) && !unit.Plural && unit.Multiplier == 1 && !(IsCapitalizedWord(j) && IsCapitalizedWord(k))
            && unit.Unit is TimeUnit.Day or TimeUnit.Week or TimeUnit.Weekend or TimeUnit.Month or TimeUnit.Quarter or TimeUnit.Year)
        {
            anchor |= unit.Unit == TimeUnit.Day;
            return new TimexCandidate
            {
                First = i,
                End = k + 1,
                Kind = anchor ? CandidateKind.AnchorUnit : CandidateKind.DctUnit,
                Offset = rel.Offset,
                Unit = unit.Unit,
                Coming = Is(j, "coming"),
            };
        }

        // "this decade", "last decade", "next decade": the decade of the reference date, or the one before or after.
        if (!anchor && Is(k, "decade") && !(IsCapitalizedWord(j) && IsCapitalizedWord(k)) && !Is(k + 1, "of") && !(IsDash(k + 1) && Glued(k + 1)))
        {
            return new TimexCandidate { First = i, End = k + 1, Kind = CandidateKind.DctUnit, Unit = TimeUnit.Year, Offset = rel.Offset * 10, IsDecade = true };
        }

        // "last fortnight": the two weeks before the reference date, which TIMEX3 writes as their length.
        if (!anchor && rel.Offset < 0 && Is(k, "fortnight"))
        {
            return Absolute(i, k + 1, "P2W", TimexConfidence.Strong, TimexType.Duration);
        }

        if (anchor)
        {
            // "the previous Friday", "the following Monday": counted from the last day named in the text.
            return the && Weekday(k) is { Kind: CandidateKind.Weekday } anchored ? anchored with { First = i, Direction = direction, FromText = true } : null;
        }

        if (Weekday(k) is { Kind: CandidateKind.Weekday } weekday)
        {
            return weekday with { First = i, Direction = direction };
        }

        if (Holiday(k) is { Kind: CandidateKind.Holiday } holiday)
        {
            return holiday with { First = i, Direction = direction };
        }

        if (MonthAt(k, out var month, out var afterMonth) && !month.Abbreviation)
        {
            return new TimexCandidate { First = i, End = afterMonth, Kind = CandidateKind.Month, Month = month.Month, Direction = direction };
        }

        if (IsWord(k) && _lex.Seasons.TryGet(Word(k), out var season))
        {
            return new TimexCandidate
            {
                First = i,
                End = k + 1,
                Kind = CandidateKind.Season,
                SeasonCode = season.Code,
                SeasonStart = season.StartMonth,
                Direction = direction,
            };
        }

        return null;
    }

    /// <summary>
    /// "the first week of January", "the last week of March 2026": the month as a month name alone would
    /// be read, with the week of it the resolver turns into an ISO week.
    /// </summary>
    private TimexCandidate? WeekOfMonth(int i)
    {
        // "the week of March 6": the ISO week that holds the day.
        if (Is(i, "the") && Is(i + 1, "week") && Is(i + 2, "of")
            && MonthFirst(i + 3, context: true) is { Kind: CandidateKind.MonthDay or CandidateKind.Absolute } day
            && (day.Kind == CandidateKind.MonthDay || day.Day is not null))
        {
            return day with { First = i, WeekOfDay = true };
        }

        if (!Is(i, "the") || !IsWord(i + 1) || !Is(i + 2, "week") || !Is(i + 3, "of"))
        {
            return null;
        }

        var week = Is(i + 1, "last") || Is(i + 1, "final") ? -1 : _lex.Ordinals.TryGet(Word(i + 1), out var n) && n is >= 1 and <= 4 ? n : 0;
        return week != 0 && MonthFirst(i + 4, context: true) is { } month
            && (month.Kind == CandidateKind.Month || month is { Kind: CandidateKind.Absolute, Value.Length: 7, Day: null })
            ? month with { First = i, WeekOfMonth = week }
            : null;
    }

    /// <summary>
    /// "the year", "the fiscal year", "the week", "the weekend": the reference date's year or week
    /// (a weekend by tense); "the year ended June 30" is a year-long stretch.
    /// </summary>
    private TimexCandidate? TheUnit(int i)
    {
        // "the fiscal year", "the current fiscal year", "the latest fiscal year" (the last one ended).
        var j = i + 1;
        var offset = 0;
        while (j < i + 3 && (Is(j, "fiscal") || Is(j, "full") || Is(j, "current") || Is(j, "latest")))
        {
            offset = Is(j, "latest") ? -1 : offset;
            j++;
        }

        if (j == i + 1 && Is(j, "year") && char.IsLower(_text[_tokens[j].Start]) && Year(j + 1, context: true, previous: null) is { IsYear: true } named)
        {
            return named with { First = i };
        }

        // "the end of the decade", "the turn of the decade": the reference date's decade (TIMEX3 "202").
        if (j == i + 1 && Is(i - 1, "of") && Is(j, "decade") && char.IsLower(_text[_tokens[j].Start]) && !Is(j + 1, "of") && !(IsDash(j + 1) && Glued(j + 1)))
        {
            return new TimexCandidate { First = i, End = j + 1, Kind = CandidateKind.DctUnit, Unit = TimeUnit.Year, Offset = 0, IsDecade = true };
        }

        if (!IsWord(j) || !_lex.Units.TryGet(Word(j), out var unit) || unit.Plural || unit.Multiplier != 1
            || unit.Unit is not (TimeUnit.Year or TimeUnit.Week or TimeUnit.Weekend)
            || (IsDash(j + 1) && Glued(j + 1)) || IsNumberAt(j + 1) || Is(j + 1, "of") || Is(j + 1, "ago")
            || Is(j + 1, "earlier") || Is(j + 1, "later") || Is(j + 1, "before") || Is(j + 1, "after"))
        {
            return null;
        }

        if (unit.Unit == TimeUnit.Year && (Is(j + 1, "ended") || Is(j + 1, "ending") || Is(j + 1, "ends") || Is(j + 1, "through")))
        {
            return Absolute(i, j + 1, TimexNormalizer.Duration(1, unit), TimexConfidence.Strong, TimexType.Duration);
        }

        if (offset != 0 && unit.Unit != TimeUnit.Year)
        {
            return null;
        }

        return new TimexCandidate { First = i, End = j + 1, Kind = CandidateKind.DctUnit, Unit = unit.Unit, Offset = offset, ByTense = unit.Unit == TimeUnit.Weekend };
    }

    /// <summary>
    /// "year-end", "year end", "year's end": TIMEX3 gives the year (with mod END, which the value
    /// leaves out); the past one when the sentence looks back ("since year-end").
    /// </summary>
    private TimexCandidate? YearEnd(int i)
    {
        if (!Is(i, "year") || !char.IsLower(_text[_tokens[i].Start]))
        {
            return null;
        }

        var end = IsDash(i + 1) && Glued(i + 1) && Is(i + 2, "end") && Glued(i + 2) ? i + 3
            : Possessive(i + 1) && Is(i + 3, "end") ? i + 4
            : Is(i + 1, "end") ? i + 2
            : -1;
        return end < 0 || (IsDash(end) && Glued(end))
            ? null
            : new TimexCandidate { First = i, End = end, Kind = CandidateKind.DctUnit, Unit = TimeUnit.Year, ByTense = true, Mod = "END" };
    }

    // ---- durations, counted dates and sets ----

    /// <summary>"two days ago", "three weeks later", "two-day", "for three years", "the past two weeks", "a year".</summary>
    private TimexCandidate? NumberUnit(int i)
    {
        var j = i;
        var lead = false;
        var leadOffset = 0;
        if (Is(i, "the") && IsWord(i + 1) && _lex.Relative.TryGet(Word(i + 1), out var rel) && rel.OpensDuration)
        {
            lead = true;
            leadOffset = rel.Offset;
            j = i + 2;
        }

        var hasNumber = NumberAt(j, out var amount, out var role, out var unitToken, out var half);
        if (hasNumber && role != NumberRole.Article && !half && (Is(unitToken, "to") || Is(unitToken, "or"))
            && NumberAt(unitToken + 1, out var upper, out var upperRole, out var upperUnit, out var upperHalf) && upperRole != NumberRole.Article
            && IsWord(upperUnit) && _lex.Units.Contains(Word(upperUnit)))
        {
            // "two to three weeks", "12 to 18 months": one stretch; the value is the upper amount.
            amount = upper;
            role = upperRole;
            half = upperHalf;
            unitToken = upperUnit;
        }
        if (hasNumber && IsWord(unitToken) && _lex.AmountFillers.Contains(Word(unitToken)) && IsWord(unitToken + 1) && _lex.Units.Contains(Word(unitToken + 1)))
        {
            // "an additional year", "20 more years", "three straight quarters"
            unitToken++;
            if (role == NumberRole.Article)
            {
                role = NumberRole.Unit;
            }
        }

        if (hasNumber && Is(unitToken, "year") && IsDash(unitToken + 1) && Glued(unitToken + 1) && (Is(unitToken + 2, "earlier") || Is(unitToken + 2, "ago")))
        {
            // "a year-earlier loss": the adjective "year-earlier" is the expression, not "a year".
            return null;
        }

        var hyphen = false;
        if (!hasNumber)
        {
            if (!lead)
            {
                return null;
            }

            unitToken = j;
        }
        else if (IsDash(unitToken) && Glued(unitToken) && Glued(unitToken + 1))
        {
            hyphen = true;
            unitToken++;
        }

        if (!IsWord(unitToken) || !_lex.Units.TryGet(Word(unitToken), out var unit) || unit.Unit == TimeUnit.Weekend)
        {
            return null;
        }

        if (!hasNumber)
        {
            amount = unit.Plural ? -1 : 1;
            // "the past year", "the last decade": TimeML reads the unit before the reference date's.
            if (!unit.Plural && leadOffset < 0 && unit.Unit == TimeUnit.Year && unit.Multiplier is 1 or 10)
            {
                return new TimexCandidate
                {
                    First = i,
                    End = unitToken + 1,
                    Kind = CandidateKind.DctUnit,
                    Unit = TimeUnit.Year,
                    Offset = -unit.Multiplier,
                    IsDecade = unit.Multiplier == 10,
                };
            }
        }
        else if (role == NumberRole.Article && (unit.Plural || unit.Unit == TimeUnit.Second))
        {
            return null;
        }
        else if (unit.Unit == TimeUnit.Quarter && (Is(unitToken + 1, "of") || (IsDash(unitToken + 1) && Glued(unitToken + 1))))
        {
            // "a quarter of the workers", "three-quarters of", "a quarter-point cut": a fraction, not a time.
            return null;
        }

        var end = unitToken + 1;
        if ((IsDash(end) && Glued(end) && Is(end + 1, "old")) || Is(end, "old"))
        {
            return null;
        }

        if (role == NumberRole.Article && IsDash(end) && Glued(end) && Is(end + 1, "long"))
        {
            // "a day-long strike": the adjective "day-long" is the expression (UnitLong), not "a day".
            return null;
        }

        if (hasNumber && !half && !unit.Plural && AndAHalf(end))
        {
            // "a minute and a half", "a year and a half"
            half = true;
            end += 3;
        }

        if (half)
        {
            return Absolute(i, end, TimexNormalizer.Duration(amount, unit, half: true), TimexConfidence.Strong, TimexType.Duration);
        }

        if (!hyphen && !lead)
        {
            // "a week or so ago"
            if (OrSo(end) && (Is(end + 2, "ago") || Is(end + 2, "later") || Is(end + 2, "earlier")))
            {
                end += 2;
            }

            if (Is(end, "ago"))
            {
                return amount < 0
                    ? new TimexCandidate { First = i, End = end + 1, Kind = CandidateKind.Ref, Value = "PAST_REF" }
                    : new TimexCandidate { First = i, End = end + 1, Kind = CandidateKind.Ago, Amount = amount * unit.Multiplier, Unit = unit.Unit, IsDecade = unit.Multiplier == 10 };
            }

            // "two weeks from now", "three days from today", "a year hence": the mirror of "ago".
            if (amount > 0 && ((Is(end, "from") && (Is(end + 1, "now") || Is(end + 1, "today"))) || Is(end, "hence")))
            {
                return new TimexCandidate { First = i, End = Is(end, "hence") ? end + 1 : end + 2, Kind = CandidateKind.DctUnit, Offset = amount * unit.Multiplier, Unit = unit.Unit };
            }

            if (amount > 0 && (Is(end, "later") || Is(end, "earlier")))
            {
                var sign = Is(end, "later") ? 1 : -1;
                return new TimexCandidate { First = i, End = end + 1, Kind = CandidateKind.Later, Amount = sign * amount * unit.Multiplier, Unit = unit.Unit };
            }

            if (role == NumberRole.Article && IsRate(i - 1))
            {
                return Absolute(i, end, TimexNormalizer.Duration(1, unit), TimexConfidence.Set, TimexType.Set);
            }
        }

        return Absolute(i, end, TimexNormalizer.Duration(amount, unit), amount < 0 ? TimexConfidence.Weak : TimexConfidence.Strong, TimexType.Duration);
    }

    /// <summary>"months" alone, when the words around it make it a stretch of time ("for months", "years ago").</summary>
    private TimexCandidate? VagueDuration(int i)
    {
        if (!IsWord(i) || !_lex.Units.TryGet(Word(i), out var unit) || !unit.Plural || unit.Unit == TimeUnit.Weekend)
        {
            return null;
        }

        if (Is(i + 1, "ago"))
        {
            return new TimexCandidate { First = i, End = i + 2, Kind = CandidateKind.Ref, Value = "PAST_REF" };
        }

        if ((IsDash(i + 1) && Glued(i + 1) && Is(i + 2, "old")) || Is(i + 1, "old"))
        {
            return null;
        }

        // "three-quarters of its imports": the end of a hyphenated fraction or compound, not a stretch of time.
        if (i >= 2 && IsDash(i - 1) && Glued(i - 1) && Glued(i))
        {
            return null;
        }

        // "the early hours of Sunday" is a time of day, not a stretch of hours.
        var context = (IsWord(i - 1) && _lex.DurationContext.Contains(Word(i - 1)))
            || (Is(i + 1, "of") && !Is(i - 1, "the") && !Is(i - 1, "early") && !Is(i - 1, "late")) || Is(i + 1, "later") || Is(i + 1, "earlier") || Is(i + 1, "after") || Is(i + 1, "before");
        return context ? Absolute(i, i + 1, TimexNormalizer.Duration(-1, unit), TimexConfidence.Weak, TimexType.Duration) : null;
    }

    private TimexCandidate? SetAt(int i)
    {
        if (IsWord(i) && _lex.Sets.TryGet(Word(i), out var word))
        {
            switch (word.Kind)
            {
                case SetWordKind.Adverb when IsAttributive(i + 1):
                    // "the quarterly dividend", "a daily tally": describes a thing, not when something happens.
                    return null;
                case SetWordKind.Adverb when IsWord(i + 1) && char.IsUpper(_text[_tokens[i + 1].Start]) && IsWord(i - 1):
                    // "the Communist Party daily Granma", "the weekly Die Zeit": a newspaper before its name.
                    return null;
                case SetWordKind.Adverb:
                    return Absolute(i, i + 1, word.Value, TimexConfidence.Set, TimexType.Set);
                case SetWordKind.Every:
                    return Every(i);
                case SetWordKind.Per:
                    return SingleUnitSet(i, i + 1);
                case SetWordKind.Freq when Is(i + 1, "a") || Is(i + 1, "an") || Is(i + 1, "per") || Is(i + 1, "every"):
                    return SingleUnitSet(i, i + 2);
                default:
                    return null;
            }
        }

        // "three times a week"
        if (NumberAt(i, out var amount, out var role, out var next) && amount > 0 && role != NumberRole.Article
            && Is(next, "times") && (Is(next + 1, "a") || Is(next + 1, "an") || Is(next + 1, "per") || Is(next + 1, "every")))
        {
            return SingleUnitSet(i, next + 2);
        }

        return null;
    }

    private TimexCandidate? Every(int i)
    {
        var j = i + 1;
        var factor = 1;
        if (Is(j, "other"))
        {
            factor = 2;
            j++;
        }

        var amount = 1;
        if (NumberAt(j, out var n, out var role, out var after) && n > 0 && role != NumberRole.Article)
        {
            amount = n;
            j = after;
        }

        if (IsWord(j) && _lex.Units.TryGet(Word(j), out var unit) && unit.Unit != TimeUnit.Weekend)
        {
            return Absolute(i, j + 1, TimexNormalizer.Duration(amount * factor, unit), TimexConfidence.Set, TimexType.Set);
        }

        // "every Monday", "every Monday afternoon": the part of day is in the value (XXXX-WXX-1TAF).
        if (amount == 1 && factor == 1 && IsCapitalizedWord(j) && _lex.Weekdays.TryGet(Word(j), out var day))
        {
            return RecurringWeekday(i, day, j + 1, pluralOnly: false);
        }

        // "each July", "every spring": the month or season in every year.
        if (amount == 1 && factor == 1 && IsCapitalizedWord(j) && _lex.Months.TryGet(Word(j), out var month) && !month.Abbreviation)
        {
            return Absolute(i, j + 1, string.Create(CultureInfo.InvariantCulture, $"XXXX-{month.Month:D2}"), TimexConfidence.Set, TimexType.Set);
        }

        if (amount == 1 && factor == 1 && IsWord(j) && _lex.Seasons.TryGet(Word(j), out var season) && !Is(j + 1, "of"))
        {
            return Absolute(i, j + 1, "XXXX-" + season.Code, TimexConfidence.Set, TimexType.Set);
        }

        return null;
    }

    private TimexCandidate? SingleUnitSet(int first, int unitToken) =>
        IsWord(unitToken) && _lex.Units.TryGet(Word(unitToken), out var unit) && !unit.Plural && unit.Unit != TimeUnit.Weekend
            ? Absolute(first, unitToken + 1, TimexNormalizer.Duration(1, unit), TimexConfidence.Set, TimexType.Set)
            : null;

    /// <summary>"10 a.m.", "10:30 pm", "at 14:00", "noon".</summary>
    private TimexCandidate? Clock(int i)
    {
        if (IsWord(i))
        {
            return _lex.DayParts.TryGet(Word(i), out var p) && p.IsClock
                ? new TimexCandidate { First = i, End = i + 1, Kind = CandidateKind.Clock, Type = TimexType.Time, Hour = p.Hour, Minute = p.Minute }
                : null;
        }

        if (!IsNumber(i) || _tokens[i].Length > 2 || (i > 0 && Glued(i) && !IsPunct(i - 1, '(')))
        {
            return null;
        }

        var hour = Num(i);
        var minute = 0;
        var j = i + 1;
        var hasMinutes = false;
        if ((IsPunct(j, ':') || IsPunct(j, '.')) && Glued(j) && IsNumber(j + 1, 2) && Glued(j + 1) && Num(j + 1) <= 59)
        {
            minute = Num(j + 1);
            hasMinutes = true;
            j += 2;
        }

        int end;
        bool? pm = null;
        if (IsWord(j) && (Word(j).Equals("am", StringComparison.OrdinalIgnoreCase) || Word(j).Equals("pm", StringComparison.OrdinalIgnoreCase)))
        {
            pm = char.ToLowerInvariant(_text[_tokens[j].Start]) == 'p';
            end = j + 1;
        }
        else if (IsWord(j) && _tokens[j].Length == 1 && (Is(j, "a") || Is(j, "p")) && IsPunct(j + 1, '.') && Glued(j + 1) && Is(j + 2, "m") && Glued(j + 2))
        {
            pm = Is(j, "p");
            end = IsPunct(j + 3, '.') && Glued(j + 3) ? j + 4 : j + 3;
        }
        else if (hasMinutes && _text[_tokens[i + 1].Start] == ':' && hour <= 23 && IsWord(i - 1)
            && (Is(i - 1, "at") || Is(i - 1, "by") || Is(i - 1, "from") || Is(i - 1, "until") || Is(i - 1, "before") || Is(i - 1, "after") || Is(i - 1, "around")))
        {
            end = j;
        }
        else
        {
            return null;
        }

        if (pm is bool isPm)
        {
            if (hour is < 1 or > 12)
            {
                return null;
            }

            hour = isPm ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);
        }

        return new TimexCandidate { First = i, End = end, Kind = CandidateKind.Clock, Type = TimexType.Time, Hour = hour, Minute = minute };
    }

    // ---- token helpers ----

    /// <summary>A count: digits, number words ("twenty-five"), "a"/"an", or a vague amount ("several", "a few") as -1.</summary>
    private bool NumberAt(int j, out int value, out NumberRole role, out int after) => NumberAt(j, out value, out role, out after, out _);

    /// <summary>
    /// An amount at <paramref name="j"/>: digits, number words ("twenty-five", "twenty four"), "a couple
    /// of", scales ("a hundred"); <paramref name="half"/> when "1/2" or "and a half" follows it.
    /// </summary>
    private bool NumberAt(int j, out int value, out NumberRole role, out int after, out bool half)
    {
        half = false;
        if (!WholeNumberAt(j, out value, out role, out after))
        {
            return false;
        }

        if (value > 0 && IsWord(after) && _lex.Numbers.TryGet(Word(after), out var scale) && scale.Role == NumberRole.Scale)
        {
            value *= scale.Value;
            role = NumberRole.Unit;
            after++;
        }

        if (value > 0 && IsNumber(after) && Num(after) == 1 && IsPunct(after + 1, '/') && Glued(after + 1) && IsNumber(after + 2) && Num(after + 2) == 2 && Glued(after + 2))
        {
            // "2 1/2 years"
            half = true;
            after += 3;
        }
        else if (value > 0 && AndAHalf(after))
        {
            // "two and a half years"
            half = true;
            after += 3;
        }

        return true;
    }

    /// <summary>"and a half" at <paramref name="k"/>.</summary>
    private bool AndAHalf(int k) =>
        Is(k, "and") && IsWord(k + 1) && _lex.Numbers.TryGet(Word(k + 1), out var a) && a.Role == NumberRole.Article
        && IsWord(k + 2) && _lex.Numbers.TryGet(Word(k + 2), out var h) && h.Role == NumberRole.Half;

    private bool WholeNumberAt(int j, out int value, out NumberRole role, out int after)
    {
        value = 0;
        role = NumberRole.Unit;
        after = j;
        if (IsNumber(j))
        {
            if (_tokens[j].Length > 6 || (Glued(j) && j > 0 && !IsPunct(j - 1, '(')))
            {
                return false;
            }

            // "1,000 days", "1,200,000 years": digits grouped by commas are one amount.
            var last = j;
            value = Num(j);
            while (_tokens[j].Length <= 3 && value < 1_000_000 && IsPunct(last + 1, ',') && Glued(last + 1) && IsNumber(last + 2, 3) && Glued(last + 2))
            {
                value = (value * 1000) + Num(last + 2);
                last += 2;
            }

            if (GluedContinuation(last + 1))
            {
                return false;
            }

            after = last + 1;
            return value > 0;
        }

        if (!IsWord(j) || !_lex.Numbers.TryGet(Word(j), out var entry))
        {
            return false;
        }

        value = entry.Value;
        role = entry.Role;
        after = j + 1;
        if (entry.Role is NumberRole.Scale or NumberRole.Half || (entry.Role == NumberRole.Couple && !Is(j + 1, "of")))
        {
            return false;
        }

        if (entry.Role == NumberRole.Couple)
        {
            role = NumberRole.Unit;
            after = j + 2;
        }
        else if (entry.Role == NumberRole.Tens && IsDash(j + 1) && Glued(j + 1) && Glued(j + 2) && IsWord(j + 2)
            && _lex.Numbers.TryGet(Word(j + 2), out var units) && units.Role == NumberRole.Unit)
        {
            value += units.Value;
            after = j + 3;
        }
        else if (entry.Role == NumberRole.Tens && !Glued(j + 1) && IsWord(j + 1)
            && _lex.Numbers.TryGet(Word(j + 1), out var spaced) && spaced.Role == NumberRole.Unit)
        {
            // "twenty four hours", as transcripts write it.
            value += spaced.Value;
            after = j + 2;
        }
        else if (entry.Role == NumberRole.Article && Is(j + 1, "couple") && Is(j + 2, "of"))
        {
            value = 2;
            role = NumberRole.Unit;
            after = j + 3;
        }
        else if (entry.Role == NumberRole.Article && IsWord(j + 1) && _lex.Numbers.TryGet(Word(j + 1), out var next) && next.Role == NumberRole.Vague)
        {
            value = -1;
            role = NumberRole.Vague;
            after = j + 2;
        }

        return true;
    }

    private bool IsRate(int k) =>
        (IsWord(k) && _lex.Sets.TryGet(Word(k), out var w) && w.Kind == SetWordKind.Rate) || IsNumber(k) || IsPunct(k, '%');

    private bool MonthAt(int j, out MonthEntry entry, out int after)
    {
        after = j;
        if (!IsCapitalizedWord(j) || !_lex.Months.TryGet(Word(j), out entry))
        {
            entry = default;
            return false;
        }

        after = j + 1;
        if (entry.Abbreviation && IsPunct(j + 1, '.') && Glued(j + 1))
        {
            after++;
        }

        return true;
    }

    private bool DayNumber(int k, out int day, out int after)
    {
        day = 0;
        after = k;
        if (!IsNumber(k) || _tokens[k].Length > 2 || GluedContinuation(k + 1))
        {
            return false;
        }

        day = Num(k);
        if (day is < 1 or > 31)
        {
            return false;
        }

        after = k + 1;
        if (IsWord(after) && Glued(after) && _lex.Ordinals.TryGet(Word(after), out var suffix) && suffix == 0)
        {
            after++;
        }

        return !(IsWord(after) && Glued(after));
    }

    /// <summary>
    /// A year said in words, as transcripts write it: "nineteen ninety-six", "twenty twelve", "two
    /// thousand". A teen or "twenty" followed by a count from 10 to 99 is read as a year only then.
    /// </summary>
    private bool SpelledYear(int k, out int year, out int after)
    {
        year = 0;
        after = k;
        if (!IsWord(k))
        {
            return false;
        }

        if (Is(k, "two") && Is(k + 1, "thousand") && !(IsWord(k + 2) && _lex.Units.Contains(Word(k + 2))))
        {
            year = 2000;
            after = k + 2;
            return true;
        }

        if ((Is(k, "nineteen") || Is(k, "eighteen") || Is(k, "twenty")) && NumberAt(k + 1, out var rest, out var role, out var end)
            && role is NumberRole.Teen or NumberRole.Tens && rest is >= 10 and <= 99)
        {
            year = (_lex.Numbers.TryGet(Word(k), out var century) ? century.Value * 100 : 0) + rest;
            after = end;
            return year >= _options.MinYear && year <= _options.MaxYear;
        }

        return false;
    }

    private bool YearNumber(int k, out int year)
    {
        year = 0;
        if (!IsNumber(k, 4) || GluedContinuation(k + 1))
        {
            return false;
        }

        year = Num(k);
        return year >= _options.MinYear && year <= _options.MaxYear;
    }

    /// <summary>True when a number goes on after this point ("11,000", "2.5", "10:30"), so it is not a day or year.</summary>
    private bool GluedContinuation(int k) =>
        k < Count && Glued(k) && (IsPunct(k, ',') || IsPunct(k, '.') || IsPunct(k, ':') || IsPunct(k, '/')) && IsNumber(k + 1) && Glued(k + 1);

    /// <summary>The half of a year a modifier phrase over tokens [i, end) names ("the first half of" is 1), else 0.</summary>
    private int HalfOf(int i, int end)
    {
        if (end - i < 3 || !Is(i + 2, "half"))
        {
            return 0;
        }

        var phrase = string.Join(' ', Enumerable.Range(i, end - i).Where(IsWord).Select(k => Word(k).ToString()));
        return _lex.ModifierHalves.TryGet(phrase, out var half) ? half : 0;
    }

    private bool OrSo(int k) => Is(k, "or") && Is(k + 1, "so");

    /// <summary>"a week or so ago", "a couple of years": an approximate amount is TIMEX3 mod APPROX.</summary>
    private string? ImpliedMod(TimexCandidate candidate)
    {
        for (var k = candidate.First; k < candidate.End; k++)
        {
            if (OrSo(k) || Is(k, "couple"))
            {
                return "APPROX";
            }
        }
        return null;
    }

    private int? ModifierEnd(int i) => PhraseEnd(_lex.Modifiers, i);

    /// <summary>The TIMEX3 mod <paramref name="mods"/> gives the phrase of <paramref name="phrases"/> that starts at token i.</summary>
    private string? PhraseMod(WordTable<string[][]> phrases, WordTable<string> mods, int i) =>
        PhraseAt(phrases, i) is { } words && mods.TryGet(string.Join(' ', words), out var mod) ? mod : null;

    /// <summary>The bound on a point counted back by an amount: more than two years ago is before the day two years back.</summary>
    private static string? PointMod(string? amountMod) => amountMod switch
    {
        "MORE_THAN" => "BEFORE",
        "LESS_THAN" => "AFTER",
        "EQUAL_OR_MORE" => "ON_OR_BEFORE",
        "EQUAL_OR_LESS" => "ON_OR_AFTER",
        _ => amountMod,
    };

    /// <summary>One past the longest listed phrase that starts at token i, else null.</summary>
    private int? PhraseEnd(WordTable<string[][]> table, int i) => PhraseAt(table, i) is { } words ? i + words.Length : null;

    /// <summary>The longest listed phrase that starts at token i, else null.</summary>
    private string[]? PhraseAt(WordTable<string[][]> table, int i)
    {
        if (!IsWord(i) || !table.TryGet(Word(i), out var phrases))
        {
            return null;
        }

        foreach (var words in phrases)
        {
            if (WordsAt(i, words))
            {
                return words;
            }
        }

        return null;
    }

    private bool HasContext(int k, ContextUse use) =>
        IsWord(k) && _lex.Context.TryGet(Word(k), out var uses) && (uses & use) != 0;

    private bool Possessive(int k) =>
        (IsPunct(k, '\'') || IsPunct(k, '\u2019')) && Glued(k) && Is(k + 1, "s") && Glued(k + 1);

    private bool WordsAt(int i, string[] words)
    {
        if (i < 0 || i + words.Length > Count)
        {
            return false;
        }

        for (var k = 0; k < words.Length; k++)
        {
            if (!Is(i + k, words[k]))
            {
                return false;
            }
        }

        return true;
    }

    private ReadOnlySpan<char> Word(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private bool IsWord(int i) => i >= 0 && i < Count && _tokens[i].Class == TokenClass.Word;

    private bool IsCapitalizedWord(int i) => IsWord(i) && char.IsUpper(_text[_tokens[i].Start]);

    private bool IsNumber(int i) => i >= 0 && i < Count && _tokens[i].Class == TokenClass.Number;

    private bool IsNumber(int i, int digits) => IsNumber(i) && _tokens[i].Length == digits;

    private bool Is(int i, string word) => IsWord(i) && Word(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private bool IsPunct(int i, char c) => i >= 0 && i < Count && _tokens[i].Class == TokenClass.Punct && _text[_tokens[i].Start] == c;

    private bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2010') || IsPunct(i, '\u2011') || IsPunct(i, '\u2013');

    private bool Glued(int i) => i >= 0 && i < Count && _tokens[i].Glued;

    /// <summary>The value of a number token of at most nine digits.</summary>
    private int Num(int i)
    {
        var value = 0;
        foreach (var c in _text.AsSpan(_tokens[i].Start, Math.Min(_tokens[i].Length, 9)))
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }
}
