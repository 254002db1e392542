using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Finds explicit calendar dates written the ways news text writes them: "2025-11-03",
/// "2025-11-03T09:30:00Z", "November 3, 2025", "Nov. 3, 2025", "3 November 2025", "05 November 2025".
/// </summary>
internal static partial class DateText
{
    /// <summary>A month name or abbreviation, usable inside larger patterns.</summary>
    public const string Month =
        @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>A full date (with year) in any supported form, usable inside larger patterns.</summary>
    public const string FullDate =
        @"(?:\d{4}-\d{1,2}-\d{1,2}|" + Month + @"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @",?\s+\d{4})";

    /// <summary>A day and month without a year ("Jan 5"), as wire datelines write it.</summary>
    public const string DayMonth = Month + @"\s+\d{1,2}(?:st|nd|rd|th)?";

    private static readonly string[] MonthPrefixes =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    [GeneratedRegex(
        @"\b(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})(?!\d)|(?<mon1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})\b|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>" + Month + @"),?\s+(?<y2>\d{4})\b)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnyDate();

    /// <summary>The first valid full date anywhere in <paramref name="text"/>.</summary>
    public static bool TryFind(string? text, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        for (var match = AnyDate().Match(text); match.Success; match = match.NextMatch())
        {
            if (TryFromMatch(match, out date))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words a date line may hold beside its date (Ingest/Data/date-line-words.txt); read once, never changed.</summary>
    private static readonly string[] TimeZones = [.. Model.EmbeddedData.ReadLines("Ingest/Data/time-zones.txt")];

    /// <summary>The words a date line may hold beside its date, time zones among them; read once, never changed.</summary>
    private static readonly FrozenSet<string> DateLineWords =
        Model.EmbeddedData.ReadLines("Ingest/Data/date-line-words.txt").Concat(TimeZones).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// A line that is only a date, with perhaps a weekday, a clock time, a time zone and words such as
    /// "Posted" or "Last updated": "Friday, June 7, 2013", "10 June 2013 Last updated at 14:00 GMT".
    /// </summary>
    public static bool TryDateLine(string? line, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(line) || line.Length > 100)
        {
            return false;
        }

        var match = AnyDate().Match(line);
        while (match.Success && !TryFromMatch(match, out date))
        {
            match = match.NextMatch();
        }

        if (!match.Success)
        {
            match = NumericDate().Match(line);
            if (!match.Success || !TryFromMatch(match, out date))
            {
                date = default;
                return false;
            }
        }

        var rest = string.Concat(line.AsSpan(0, match.Index), " ", line.AsSpan(match.Index + match.Length));
        foreach (var word in rest.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.All(char.IsAsciiDigit) && !DateLineWords.Contains(word))
            {
                date = default;
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A date opening the text, with perhaps "Published"/"Posted"/"Updated" and a weekday before it and a
    /// clock time and zone after it, then
    /// the first sentence: "Sunday, July 21, 2013 FIRE crews from Tiverton ...", "May 2, 2013 1:35 pm.
    /// Lindsay Lohan has ...". <paramref name="length"/> is how much of <paramref name="text"/> the date
    /// takes, with the space after it. The text must go on with a capital or a quote mark: "June 7, 2013
    /// will be remembered" is a sentence about the date, not a date above a sentence.
    /// </summary>
    public static bool TryDatePrefix(string? text, out DateOnly date, out int length)
    {
        date = default;
        length = 0;
        if (string.IsNullOrEmpty(text) || DatePrefixPattern.Match(text) is not { Success: true } match
            || !TryFromMatch(match, out date))
        {
            date = default;
            return false;
        }

        length = match.Length;
        return true;
    }

    /// <summary>The date prefix pattern; its time zones come from time-zones.txt, so it is built once at start.</summary>
    private static readonly Regex DatePrefixPattern = new(
        @"\A(?:(?:First\s+|Last\s+)?(?:Published|Posted|Updated)(?:\s+(?:on|at))?:?\s+(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?,?\s+)?)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<mon1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>" + Month + @"),?\s+(?<y2>\d{4})|(?<na>\d{1,2})\s?/\s?(?<nb>\d{1,2})\s?/\s?(?<ny>(?:19|20)\d{2}))"
        + @"(?:,?\s+(?:at\s+)?\d{1,2}\s?:\s?\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s+(?:" + string.Join("|", TimeZones.Select(Regex.Escape)) + @")\b)?)?[.|\-\u2013\u2014]?\s+(?=(?-i:[A-Z\u201C""'\u2018]))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));

    private static readonly char[] WordBreaks = [' ', '\t', ',', '.', ':', ';', '|', '/', '@', '-', '–', '—', '(', ')', '[', ']'];

    /// <summary>All valid full dates in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<DateOnly> FindAll(string text)
    {
        for (var match = AnyDate().Match(text); match.Success; match = match.NextMatch())
        {
            if (TryFromMatch(match, out var date))
            {
                yield return date;
            }
        }
    }

    private static bool TryFromMatch(Match match, out DateOnly date)
    {
        date = default;
        if (match.Groups["iy"].Success)
        {
            return TryCreate(match.Groups["iy"].Value, match.Groups["im"].Value, match.Groups["id"].Value, out date);
        }

        if (match.Groups["y1"].Success)
        {
            var month = MonthNumber(match.Groups["mon1"].Value);
            return TryCreate(match.Groups["y1"].Value, month, match.Groups["d1"].Value, out date);
        }

        if (match.Groups["y2"].Success)
        {
            var month = MonthNumber(match.Groups["mon2"].Value);
            return TryCreate(match.Groups["y2"].Value, month, match.Groups["d2"].Value, out date);
        }

        if (match.Groups["ny"].Success)
        {
            return TryNumeric(match.Groups["na"].Value, match.Groups["nb"].Value, match.Groups["ny"].Value, out date);
        }

        return false;
    }

    /// <summary>
    /// "11/27/2005" is November 27 and "14/09/2013" September 14: a part over 12 tells which is the day.
    /// "04/09/2012" could be April 9 or 4 September and is not read; "5/5/2010" is the same either way.
    /// </summary>
    private static bool TryNumeric(string first, string second, string year, out DateOnly date)
    {
        date = default;
        var a = int.Parse(first, NumberStyles.None, CultureInfo.InvariantCulture);
        var b = int.Parse(second, NumberStyles.None, CultureInfo.InvariantCulture);
        return (a, b) switch
        {
            _ when a == b => TryCreate(year, a, second, out date),
            _ when a > 12 && b <= 12 => TryCreate(year, b, first, out date),
            _ when b > 12 && a <= 12 => TryCreate(year, a, second, out date),
            _ => false,
        };
    }

    /// <summary>A numeric date with slashes, spaced or not ("11/27/2005", "11 / 27 / 2005"), for date lines and prefixes.</summary>
    [GeneratedRegex(@"(?<![\d/])(?<na>\d{1,2})\s?/\s?(?<nb>\d{1,2})\s?/\s?(?<ny>(?:19|20)\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericDate();

    private static bool TryCreate(string year, string month, string day, out DateOnly date) =>
        TryCreate(year, int.Parse(month, NumberStyles.None, CultureInfo.InvariantCulture), day, out date);

    private static bool TryCreate(string year, int month, string day, out DateOnly date)
    {
        date = default;
        var y = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
        var d = int.Parse(day, NumberStyles.None, CultureInfo.InvariantCulture);
        if (y < 1800 || y > 2200 || month < 1 || month > 12 || d < 1 || d > DateTime.DaysInMonth(y, month))
        {
            return false;
        }

        date = new DateOnly(y, month, d);
        return true;
    }

    private static int MonthNumber(string name)
    {
        for (var i = 0; i < MonthPrefixes.Length; i++)
        {
            if (name.StartsWith(MonthPrefixes[i], StringComparison.OrdinalIgnoreCase))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
