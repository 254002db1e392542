using System.Globalization;

namespace Storyline.Time;

internal enum HolidayKind
{
    /// <summary>The same month and day every year.</summary>
    Fixed,
    /// <summary>The Nth weekday of a month (N = -1: the last).</summary>
    NthWeekday,
    /// <summary>Days from Western Easter Sunday.</summary>
    Easter,
    /// <summary>A month and day of the Hebrew calendar (Passover, Rosh Hashanah, Hanukkah).</summary>
    Hebrew,
    /// <summary>A month and day of the Chinese lunisolar calendar (the Lunar New Year, the Mid-Autumn Festival).</summary>
    Chinese,
    /// <summary>A month and day of the Islamic calendar as Saudi Arabia's Umm al-Qura tables give it (Eid al-Fitr, Eid al-Adha).</summary>
    Hijri,
    /// <summary>Dates listed year by year (Diwali, Holi): the Hindu calendars follow almanacs .NET has no calendar for.</summary>
    Listed,
}

/// <summary>How to find a holiday's date in a given year (see holidays.tsv).</summary>
internal sealed record HolidayRule(HolidayKind Kind, int Month, int Day, int Nth, int IsoWeekday, int Offset)
{
    /// <summary>The dates of a <see cref="HolidayKind.Listed"/> holiday, in order; empty for the others.</summary>
    public IReadOnlyList<DateOnly> Listed { get; private init; } = [];

    // Read-only wrappers: the calendars are only queried, and shared by every rule.
    private static readonly Calendar HebrewCalendar = Calendar.ReadOnly(new HebrewCalendar());
    private static readonly Calendar ChineseCalendar = Calendar.ReadOnly(new ChineseLunisolarCalendar());
    private static readonly Calendar HijriCalendar = Calendar.ReadOnly(new UmAlQuraCalendar());

    /// <summary>Hebrew months by name, numbered as in a common year (Tishrei = 1, Adar = 6, Nisan = 7).</summary>
    private static readonly string[] HebrewMonths = ["tishrei", "cheshvan", "kislev", "tevet", "shevat", "adar", "nisan", "iyar", "sivan", "tammuz", "av", "elul"];

    /// <summary>Parses "fixed 12-25", "nth 4 4 11" (with an optional offset in days: "nth 1 1 11 +1"), "easter -2", "hebrew nisan 15", "chinese 08-15", "hijri 10-01" or "listed 2024-10-31 2025-10-20 ...".</summary>
    public static HolidayRule Parse(string rule)
    {
        var parts = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return parts[0] switch
        {
            "fixed" => new(HolidayKind.Fixed, Int(parts[1][..2]), Int(parts[1][3..]), 0, 0, 0),
            "nth" => new(HolidayKind.NthWeekday, Int(parts[3]), 0, Int(parts[1]), Int(parts[2]), parts.Length > 4 ? Int(parts[4]) : 0),
            "easter" => new(HolidayKind.Easter, 0, 0, 0, 0, Int(parts[1])),
            "hebrew" when Array.IndexOf(HebrewMonths, parts[1]) is var month and >= 0 => new(HolidayKind.Hebrew, month + 1, Int(parts[2]), 0, 0, 0),
            "chinese" => new(HolidayKind.Chinese, Int(parts[1][..2]), Int(parts[1][3..]), 0, 0, 0),
            "hijri" => new(HolidayKind.Hijri, Int(parts[1][..2]), Int(parts[1][3..]), 0, 0, 0),
            "listed" => new(HolidayKind.Listed, 0, 0, 0, 0, 0)
            {
                Listed = parts.Skip(1).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture)).Order().ToList(),
            },
            _ => throw new FormatException("unknown holiday rule: " + rule),
        };
    }

    /// <summary>
    /// Every date of the holiday in <paramref name="year"/>, in order: one for the solar and lunisolar
    /// calendars, and for the Islamic one (354 or 355 days a year) two in about one year of 33. Empty
    /// outside the calendar's range.
    /// </summary>
    public IReadOnlyList<DateOnly> DatesIn(int year)
    {
        if (Kind == HolidayKind.Listed)
        {
            return Listed.Where(d => d.Year == year).ToList();
        }

        if (Kind is not (HolidayKind.Hebrew or HolidayKind.Chinese or HolidayKind.Hijri))
        {
            return DateIn(year) is { } day ? [day] : [];
        }

        // The Gregorian year overlaps two or three years of the other calendar: try each.
        var dates = new List<DateOnly>(2);
        foreach (var d in LunarCandidates(year))
        {
            if (d.Year == year && !dates.Contains(d))
            {
                dates.Add(d);
            }
        }

        dates.Sort();
        return dates;
    }

    private IEnumerable<DateOnly> LunarCandidates(int year)
    {
        var calendar = Kind switch { HolidayKind.Hebrew => HebrewCalendar, HolidayKind.Chinese => ChineseCalendar, _ => HijriCalendar };
        if (year <= calendar.MinSupportedDateTime.Year || year >= calendar.MaxSupportedDateTime.Year)
        {
            yield break;
        }

        var first = calendar.GetYear(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified));
        var last = calendar.GetYear(new DateTime(year, 12, 31, 0, 0, 0, DateTimeKind.Unspecified));
        for (var y = first; y <= last; y++)
        {
            var month = Kind switch
            {
                // In a leap year Adar I is month 6 and Adar II month 7; the holidays of Adar (Purim) fall in Adar II.
                HolidayKind.Hebrew => Month >= 6 && calendar.IsLeapYear(y) ? Month + 1 : Month,
                // GetLeapMonth gives the leap month's index; every month from that index on is numbered one higher.
                HolidayKind.Chinese => calendar.GetLeapMonth(y) is var leap && leap > 0 && leap <= Month ? Month + 1 : Month,
                _ => Month,
            };
            if (Day <= calendar.GetDaysInMonth(y, month))
            {
                yield return DateOnly.FromDateTime(calendar.ToDateTime(y, month, Day, 0, 0, 0, 0));
            }
        }
    }

    /// <summary>The holiday's (first) date in <paramref name="year"/>, or null outside the calendar's range.</summary>
    public DateOnly? DateIn(int year)
    {
        if (year is < 2 or > 9998)
        {
            return null;
        }

        switch (Kind)
        {
            case HolidayKind.Hebrew or HolidayKind.Chinese or HolidayKind.Hijri or HolidayKind.Listed:
                return DatesIn(year) is [var earliest, ..] ? earliest : null;
            case HolidayKind.Fixed:
                return new DateOnly(year, Month, Day);
            case HolidayKind.NthWeekday:
            {
                if (Nth > 0)
                {
                    var first = new DateOnly(year, Month, 1);
                    var shift = (IsoWeekday - IsoDay(first) + 7) % 7;
                    return first.AddDays(shift + ((Nth - 1) * 7) + Offset);
                }

                var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
                return last.AddDays(-((IsoDay(last) - IsoWeekday + 7) % 7) + Offset);
            }

            default:
                return EasterSunday(year).AddDays(Offset);
        }
    }

    /// <summary>Western Easter Sunday by the Gregorian computus (the anonymous algorithm of 1876).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var n = h + l - (7 * m) + 114;
        return new DateOnly(year, n / 31, (n % 31) + 1);
    }

    private static int IsoDay(DateOnly d) => d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
}
