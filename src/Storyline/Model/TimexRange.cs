using System.Globalization;

namespace Storyline.Model;

public enum TimexPrecision
{
    Day,
    Week,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
}

/// <summary>The calendar range a TIMEX3 date value covers ("2025-08" is August 1 to 31).</summary>
public readonly record struct TimexRange(DateOnly Start, DateOnly End, TimexPrecision Precision)
{
    /// <summary>Reads day, week, month, season, quarter, half-year, year and decade values; anything else (PAST_REF, P2D, XXXX-08) is not a range.</summary>
    public static bool TryParse(string? value, out TimexRange range)
    {
        range = default;
        if (string.IsNullOrEmpty(value) || value.Length < 3 || !char.IsAsciiDigit(value[0]))
        {
            return false;
        }
        var datePart = value.Split('T')[0];
        var inv = CultureInfo.InvariantCulture;
        if (datePart.Length == 10 && DateOnly.TryParseExact(datePart, "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            range = new(day, day, TimexPrecision.Day);
            return true;
        }
        if (datePart.Length == 7 && DateOnly.TryParseExact(datePart + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            range = new(month, month.AddMonths(1).AddDays(-1), TimexPrecision.Month);
            return true;
        }
        if (datePart.Length == 4 && int.TryParse(datePart, NumberStyles.None, inv, out var year) && year is > 0 and < 10000)
        {
            range = new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), TimexPrecision.Year);
            return true;
        }
        if (datePart.Length == 3 && int.TryParse(datePart, NumberStyles.None, inv, out var decade))
        {
            range = new(new DateOnly(decade * 10, 1, 1), new DateOnly((decade * 10) + 9, 12, 31), TimexPrecision.Decade);
            return true;
        }
        if (datePart.Length >= 7 && int.TryParse(datePart.AsSpan(0, 4), NumberStyles.None, inv, out var y) && y > 0 && datePart[4] == '-')
        {
            var rest = datePart[5..];
            if (rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest.AsSpan(1), NumberStyles.None, inv, out var week) && week is >= 1 and <= 53)
            {
                var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, week, DayOfWeek.Monday));
                range = new(monday, monday.AddDays(6), TimexPrecision.Week);
                return true;
            }
            if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
            {
                var start = new DateOnly(y, ((rest[1] - '1') * 3) + 1, 1);
                range = new(start, start.AddMonths(3).AddDays(-1), TimexPrecision.Quarter);
                return true;
            }
            if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
            {
                var start = new DateOnly(y, rest[1] == '1' ? 1 : 7, 1);
                range = new(start, start.AddMonths(6).AddDays(-1), TimexPrecision.Half);
                return true;
            }
            (int StartMonth, int Months)? season = rest switch
            {
                "SP" => (3, 3),
                "SU" => (6, 3),
                "FA" => (9, 3),
                "WI" => (12, 3),
                _ => null,
            };
            if (season is { } s)
            {
                var start = new DateOnly(y, s.StartMonth, 1);
                range = new(start, start.AddMonths(s.Months).AddDays(-1), TimexPrecision.Season);
                return true;
            }
        }
        return false;
    }
}
