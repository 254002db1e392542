using System.Globalization;

namespace Storyline.Model;

/// <summary>
/// A date with its year unknown, as TIMEX3 writes it for an article that has no date of its own:
/// "on Friday" is XXXX-WXX-5, "on Christmas Day" XXXX-12-25, "in September" XXXX-09. It cannot be
/// placed on a calendar, but it can still rule days out: a Friday shooting is not a Monday one.
/// </summary>
public readonly record struct PartialDate(DayOfWeek? Weekday, int? Month, int? Day)
{
    /// <summary>Reads XXXX-WXX-d, XXXX-MM-DD and XXXX-MM (a time of day after "T" is ignored); nothing else is partial in a way that helps.</summary>
    public static bool TryParse(string? value, out PartialDate date)
    {
        date = default;
        if (value is null || !value.StartsWith("XXXX-", StringComparison.Ordinal))
        {
            return false;
        }
        var rest = value[5..].Split('T')[0];
        var inv = CultureInfo.InvariantCulture;
        if (rest.Length == 5 && rest.StartsWith("WXX-", StringComparison.Ordinal) && rest[4] is >= '1' and <= '7')
        {
            // TIMEX3 counts weekdays from Monday = 1 to Sunday = 7.
            date = new((DayOfWeek)((rest[4] - '0') % 7), null, null);
            return true;
        }
        if (rest.Length == 5 && rest[2] == '-' && int.TryParse(rest.AsSpan(0, 2), NumberStyles.None, inv, out var month) && month is >= 1 and <= 12
            && int.TryParse(rest.AsSpan(3, 2), NumberStyles.None, inv, out var day) && day is >= 1 and <= 31)
        {
            date = new(null, month, day);
            return true;
        }
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, inv, out var onlyMonth) && onlyMonth is >= 1 and <= 12)
        {
            date = new(null, onlyMonth, null);
            return true;
        }
        return false;
    }

    /// <summary>Whether the two can name one day, or days <paramref name="toleranceDays"/> apart: Monday and Tuesday can, Monday and Thursday cannot.</summary>
    public bool CanMeet(PartialDate other, int toleranceDays)
    {
        if (Weekday is { } a && other.Weekday is { } b)
        {
            var apart = Math.Abs((int)a - (int)b);
            return Math.Min(apart, 7 - apart) <= toleranceDays;
        }
        if (Month is { } m && other.Month is { } n)
        {
            if (Day is { } d && other.Day is { } e)
            {
                // In a leap year every month-day exists; the distance wraps over the new year.
                var apart = Math.Abs(new DateOnly(2000, m, Math.Min(d, DateTime.DaysInMonth(2000, m))).DayNumber - new DateOnly(2000, n, Math.Min(e, DateTime.DaysInMonth(2000, n))).DayNumber);
                return Math.Min(apart, 366 - apart) <= toleranceDays;
            }
            var months = Math.Abs(m - n);
            return Math.Min(months, 12 - months) <= (toleranceDays > 0 ? 1 : 0);
        }
        return true;
    }

    /// <summary>Whether some day of the range, widened by <paramref name="toleranceDays"/> each side, can be this date.</summary>
    public bool Fits(TimexRange range, int toleranceDays)
    {
        var start = range.Start.AddDays(-toleranceDays);
        var end = range.End.AddDays(toleranceDays);
        // A range of a week or more holds every weekday; a year or more every month and day.
        if (end.DayNumber - start.DayNumber >= 366)
        {
            return true;
        }
        for (var d = start; d <= end; d = d.AddDays(1))
        {
            if ((Weekday is null || d.DayOfWeek == Weekday) && (Month is null || d.Month == Month) && (Day is null || d.Day == Day))
            {
                return true;
            }
        }
        return false;
    }
}
