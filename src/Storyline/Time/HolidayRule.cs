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
}

/// <summary>How to find a holiday's date in a given year (see holidays.tsv).</summary>
internal sealed record HolidayRule(HolidayKind Kind, int Month, int Day, int Nth, int IsoWeekday, int Offset)
{
    /// <summary>Parses "fixed 12-25", "nth 4 4 11" or "easter -2".</summary>
    public static HolidayRule Parse(string rule)
    {
        var parts = rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return parts[0] switch
        {
            "fixed" => new(HolidayKind.Fixed, Int(parts[1][..2]), Int(parts[1][3..]), 0, 0, 0),
            "nth" => new(HolidayKind.NthWeekday, Int(parts[3]), 0, Int(parts[1]), Int(parts[2]), 0),
            "easter" => new(HolidayKind.Easter, 0, 0, 0, 0, Int(parts[1])),
            _ => throw new FormatException("unknown holiday rule: " + rule),
        };
    }

    /// <summary>The holiday's date in <paramref name="year"/>, or null outside the calendar's range.</summary>
    public DateOnly? DateIn(int year)
    {
        if (year is < 2 or > 9998)
        {
            return null;
        }

        switch (Kind)
        {
            case HolidayKind.Fixed:
                return new DateOnly(year, Month, Day);
            case HolidayKind.NthWeekday:
            {
                if (Nth > 0)
                {
                    var first = new DateOnly(year, Month, 1);
                    var shift = (IsoWeekday - IsoDay(first) + 7) % 7;
                    return first.AddDays(shift + ((Nth - 1) * 7));
                }

                var last = new DateOnly(year, Month, DateTime.DaysInMonth(year, Month));
                return last.AddDays(-((IsoDay(last) - IsoWeekday + 7) % 7));
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
