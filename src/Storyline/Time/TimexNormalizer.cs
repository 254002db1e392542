using System.Globalization;

namespace Storyline.Time;

/// <summary>
/// Pure calendar arithmetic and TIMEX3 value formatting. Nothing here reads the clock; every
/// method that can leave the <see cref="DateOnly"/> range returns null instead of throwing.
/// </summary>
internal static class TimexNormalizer
{
    public static DateOnly? Shift(DateOnly date, int amount, TimeUnit unit)
    {
        try
        {
            return unit switch
            {
                TimeUnit.Day => date.AddDays(amount),
                TimeUnit.Week or TimeUnit.Weekend => date.AddDays(checked(amount * 7)),
                TimeUnit.Month => date.AddMonths(amount),
                TimeUnit.Quarter => date.AddMonths(checked(amount * 3)),
                TimeUnit.Year => date.AddYears(amount),
                _ => date,
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Month(int year, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}");

    public static string Year(int year) => year.ToString("D4", CultureInfo.InvariantCulture);

    public static string Week(DateOnly date)
    {
        var dt = date.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
    }

    public static string Quarter(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}-Q{((date.Month - 1) / 3) + 1}");

    public static string Quarter(int year, int quarter) =>
        string.Create(CultureInfo.InvariantCulture, $"{year:D4}-Q{quarter}");

    /// <summary>The year and quarter of a value "YYYY-Qn", else null.</summary>
    public static (int Year, int Quarter)? ParseQuarter(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length == 7 && value[4] == '-' && value[5] == 'Q' && value[6] is >= '1' and <= '4'
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            ? (year, value[6] - '0')
            : null;
    }

    /// <summary>The year and month of a value that starts "YYYY-MM" ("2025-10", "2025-10-16"), else null.</summary>
    public static (int Year, int Month)? ParseMonth(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length >= 7 && value[4] == '-' && char.IsAsciiDigit(value[5]) && char.IsAsciiDigit(value[6])
            && int.TryParse(value.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(value.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12
            ? (year, month)
            : null;
    }

    /// <summary>True when the quarter's last day is before <paramref name="date"/>.</summary>
    public static bool QuarterEnded(int year, int quarter, DateOnly date) =>
        year < date.Year || (year == date.Year && quarter * 3 < date.Month);

    /// <summary>The last quarter that ended before the date's own quarter began.</summary>
    public static (int Year, int Quarter) PreviousQuarter(DateOnly date)
    {
        var quarter = ((date.Month - 1) / 3) + 1;
        return quarter == 1 ? (date.Year - 1, 4) : (date.Year, quarter - 1);
    }

    /// <summary>The value of a date at the granularity of the unit it was counted in ("three weeks ago" is a week).</summary>
    public static string AtGranularity(DateOnly date, TimeUnit unit) => unit switch
    {
        TimeUnit.Week => Week(date),
        TimeUnit.Weekend => Week(date) + "-WE",
        TimeUnit.Month => Month(date.Year, date.Month),
        TimeUnit.Quarter => Quarter(date),
        TimeUnit.Year => Year(date.Year),
        _ => Day(date),
    };

    /// <summary>"P2D", "P3Y", "PT5H"; amount -1 means unspecified ("PXM"). Decades are counted in years (P20Y).</summary>
    /// <summary>
    /// A duration of <paramref name="amount"/> and a half units: the half goes down one unit where
    /// TIMEX3 has one ("2 1/2 years" is P2Y6M, "a minute and a half" PT1M30S), else a decimal.
    /// </summary>
    public static string Duration(int amount, UnitEntry unit, bool half)
    {
        if (!half || amount < 0)
        {
            return Duration(amount, unit);
        }

        var whole = (long)amount * unit.Multiplier;
        var halfOfMultiplier = unit.Multiplier % 2 == 0;
        string Number(long n) => n.ToString(CultureInfo.InvariantCulture);
        return unit.Unit switch
        {
            TimeUnit.Year when halfOfMultiplier => "P" + Number(whole + (unit.Multiplier / 2)) + "Y",
            TimeUnit.Year => "P" + Number(whole + (unit.Multiplier / 2)) + "Y6M",
            TimeUnit.Day => "P" + Number(whole) + "DT12H",
            TimeUnit.Hour => "PT" + Number(whole) + "H30M",
            TimeUnit.Minute => "PT" + Number(whole) + "M30S",
            TimeUnit.Second => "PT" + Number(whole) + ".5S",
            TimeUnit.Week when halfOfMultiplier => "P" + Number(whole + (unit.Multiplier / 2)) + "W",
            TimeUnit.Week => "P" + Number((whole * 7) + 3) + "DT12H",
            TimeUnit.Month => "P" + Number(whole) + ".5M",
            _ => "P" + Number(whole) + ".5Q",
        };
    }

    public static string Duration(int amount, UnitEntry unit)
    {
        var timeOfDay = unit.Unit is TimeUnit.Hour or TimeUnit.Minute or TimeUnit.Second;
        var prefix = timeOfDay ? "PT" : "P";
        if (amount < 0)
        {
            return prefix + "X" + unit.VagueCode;
        }

        var (n, letter) = unit.Unit switch
        {
            TimeUnit.Second => (amount, "S"),
            TimeUnit.Minute => (amount, "M"),
            TimeUnit.Hour => (amount, "H"),
            TimeUnit.Day => (amount, "D"),
            TimeUnit.Week or TimeUnit.Weekend => (amount, "W"),
            TimeUnit.Month => (amount, "M"),
            TimeUnit.Quarter => (amount, "Q"),
            _ => (amount, "Y"),
        };
        return prefix + ((long)n * unit.Multiplier).ToString(CultureInfo.InvariantCulture) + letter;
    }

    /// <summary>
    /// The date with the given ISO weekday (Monday = 1) near <paramref name="reference"/>:
    /// past: on or before it (0..6 days back); future: on or after it (0..6 days ahead);
    /// strictlyBefore / strictlyAfter ("last Thursday", "next Monday"): 1..7 days away.
    /// </summary>
    public static DateOnly? Weekday(DateOnly reference, int isoDay, Tense tense, bool strict)
    {
        var current = IsoDay(reference);
        int delta;
        if (tense == Tense.Future)
        {
            delta = (isoDay - current + 7) % 7;
            if (strict && delta == 0)
            {
                delta = 7;
            }
        }
        else
        {
            delta = -((current - isoDay + 7) % 7);
            if (strict && delta == 0)
            {
                delta = -7;
            }
        }

        return Shift(reference, delta, TimeUnit.Day);
    }

    public static int IsoDay(DateOnly date) => date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)date.DayOfWeek;

    /// <summary>
    /// The year of a month named without one: past: the latest such month not after the reference month;
    /// future: the first not before it; strict: strictly before/after ("last August", "next March").
    /// </summary>
    public static int YearOfMonth(DateOnly reference, int month, Tense tense, bool strict)
    {
        var year = reference.Year;
        if (tense == Tense.Future)
        {
            return month > reference.Month || (!strict && month == reference.Month) ? year : year + 1;
        }

        return month < reference.Month || (!strict && month == reference.Month) ? year : year - 1;
    }

    /// <summary>
    /// With no tense to go by, the year that puts the month nearest the reference month (in months; a
    /// tie goes to the past, as news mostly reports): "January" written in November is the coming one.
    /// </summary>
    public static int NearestYearOfMonth(DateOnly reference, int month)
    {
        var past = YearOfMonth(reference, month, Tense.Past, strict: false);
        var future = YearOfMonth(reference, month, Tense.Future, strict: false);
        var toPast = ((reference.Year - past) * 12) + reference.Month - month;
        var toFuture = ((future - reference.Year) * 12) + month - reference.Month;
        return toFuture < toPast ? future : past;
    }

    /// <summary>With no tense to go by, the year that puts the day nearest the reference date (a tie goes to the past).</summary>
    public static int NearestYearOfMonthDay(DateOnly reference, int month, int day)
    {
        var past = YearOfMonthDay(reference, month, day, Tense.Past);
        var future = YearOfMonthDay(reference, month, day, Tense.Future);
        if (!IsValidDay(past, month, day) || !IsValidDay(future, month, day))
        {
            return past;
        }

        var toPast = reference.DayNumber - new DateOnly(past, month, day).DayNumber;
        var toFuture = new DateOnly(future, month, day).DayNumber - reference.DayNumber;
        return toFuture < toPast ? future : past;
    }

    /// <summary>The year of a day and month named without one, by the same rule as <see cref="YearOfMonth"/>.</summary>
    public static int YearOfMonthDay(DateOnly reference, int month, int day, Tense tense)
    {
        var year = reference.Year;
        var sameYear = (month * 100) + day;
        var today = (reference.Month * 100) + reference.Day;
        if (tense == Tense.Future)
        {
            return sameYear >= today ? year : year + 1;
        }

        return sameYear <= today ? year : year - 1;
    }

    /// <summary>
    /// The year a season named without one belongs to. A season starts on the first of its start month
    /// and lasts three months; "this" is the season of that name around the reference date's year.
    /// </summary>
    public static int YearOfSeason(DateOnly reference, int startMonth, Tense tense, int? offset)
    {
        // The season of this name whose year is the reference year (winter: the one starting in its December).
        var thisYear = reference.Year;
        if (startMonth == 12 && reference.Month <= 2)
        {
            thisYear--;
        }

        if (offset is int o && o != 0)
        {
            var current = SeasonContains(reference, startMonth, thisYear);
            var started = Start(thisYear) <= reference;
            if (o < 0)
            {
                return (started && !current ? thisYear : thisYear - 1) + (o + 1);
            }

            return (started ? thisYear + 1 : thisYear) + (o - 1);
        }

        if (offset == 0)
        {
            return thisYear;
        }

        if (tense == Tense.Future)
        {
            // The first one that has not ended yet.
            return End(thisYear) > reference ? thisYear : thisYear + 1;
        }

        // The latest one that has started.
        return Start(thisYear) <= reference ? thisYear : thisYear - 1;

        DateOnly Start(int y) => new(y, startMonth, 1);
        DateOnly End(int y) => new DateOnly(y, startMonth, 1).AddMonths(3);
    }

    private static bool SeasonContains(DateOnly date, int startMonth, int year)
    {
        var start = new DateOnly(year, startMonth, 1);
        return start <= date && date < start.AddMonths(3);
    }

    public static bool IsValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>Reads a "YYYY-MM-DD" value back (the first ten characters of a date or time value).</summary>
    public static bool TryParseDay(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value.Length >= 10 ? value[..10] : value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
