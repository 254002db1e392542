using System.Globalization;

namespace Storyline.Model;

/// <summary>
/// A TIMEX3 duration of a whole number of one calendar unit: "P2D" (two days), "P3W", "P8M", "P1Y".
/// Vague amounts ("PXM"), clock units ("PT5H") and mixed values are not amounts.
/// </summary>
public readonly record struct TimexAmount(int Count, char Unit)
{
    public static bool TryParse(string? value, out TimexAmount amount)
    {
        amount = default;
        if (value is not { Length: >= 3 } || value[0] != 'P' || value[^1] is not ('D' or 'W' or 'M' or 'Y')
            || !int.TryParse(value.AsSpan(1, value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            return false;
        }
        amount = new TimexAmount(count, value[^1]);
        return true;
    }

    /// <summary>
    /// The day, week, month or year this long before <paramref name="day"/>, as a TIMEX3 value at the amount's
    /// own unit: eight months before 2025-12-10 is "2025-04", three weeks "2025-W46".
    /// </summary>
    public string Before(DateOnly day)
    {
        var inv = CultureInfo.InvariantCulture;
        return Unit switch
        {
            'D' => day.AddDays(-Count).ToString("yyyy-MM-dd", inv),
            'W' => IsoWeek(day.AddDays(-7 * Count)),
            'M' => day.AddMonths(-Count).ToString("yyyy-MM", inv),
            _ => day.AddYears(-Count).ToString("yyyy", inv),
        };
    }

    private static string IsoWeek(DateOnly day)
    {
        var at = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(at):D4}-W{ISOWeek.GetWeekOfYear(at):D2}");
    }

    /// <summary>How many days it is, for days and weeks ("P1W" is 7); null for months and years, whose length varies.</summary>
    public int? Days => Unit switch
    {
        'D' => Count,
        'W' => 7 * Count,
        _ => null,
    };
}
