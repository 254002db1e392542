namespace Storyline.Reports;

/// <summary>How the reports and the command line write a date for people; the JSON keeps the TIMEX3 value.</summary>
public static class ReadableDate
{
    /// <summary>
    /// A TIMEX3 value as a reader writes it: "2026-01-13TMO" is "2026-01-13 morning", "2025-12-11T14:30"
    /// is "2025-12-11 14:30", "2025-W50" is "week 50 of 2025". Values it does not know stay as they are;
    /// the JSON report keeps the TIMEX3 value.
    /// </summary>
    public static string Of(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var t = value.IndexOf('T', StringComparison.Ordinal);
        if (t > 0 && char.IsAsciiDigit(value[0]))
        {
            var time = value[(t + 1)..] switch
            {
                "MO" => "morning",
                "AF" => "afternoon",
                "EV" => "evening",
                "NI" => "night",
                "DT" => "daytime",
                var clock when clock.Length >= 2 && char.IsAsciiDigit(clock[0]) => clock.Length == 2 ? clock + ":00" : clock,
                _ => null,
            };
            return time is null ? value : $"{value[..t]} {time}";
        }
        if (value.Length == 8 && value[4] == '-' && value[5] == 'W' && char.IsAsciiDigit(value[0]))
        {
            return $"week {value[6..].TrimStart('0')} of {value[..4]}";
        }
        return value;
    }

}
