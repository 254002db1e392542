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
    private static readonly string[] TimeZones = [.. ZoneRows().Select(row => row.Zone)];

    /// <summary>Per time zone, whether numeric dates beside it put the month first (true), the day first (false), or either (absent).</summary>
    private static readonly FrozenDictionary<string, bool> MonthFirstZones = ZoneRows()
        .Where(row => row.Order != "any")
        .ToFrozenDictionary(row => row.Zone, row => row.Order == "month-first", StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Zone, string Order)> ZoneRows() =>
        Model.EmbeddedData.ReadLines("Ingest/Data/time-zones.txt")
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Select(cells => (cells[0], cells.Length > 1 ? cells[1] : "any"));

    /// <summary>
    /// A numeric date read both ways keeps the reading the page's time zone implies ("4 / 9 / 2007 6:04 PM EDT"
    /// is April 9); without a zone that tells, both readings stay for the text to settle.
    /// </summary>
    private static void ByZone(string text, ref DateOnly date, ref DateOnly? swapped)
    {
        if (swapped is not { } dayFirst)
        {
            return;
        }

        foreach (var word in text.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (MonthFirstZones.TryGetValue(word, out var monthFirst))
            {
                date = monthFirst ? date : dayFirst;
                swapped = null;
                return;
            }
        }
    }

    /// <summary>The words a date line may hold beside its date, time zones among them; read once, never changed.</summary>
    private static readonly FrozenSet<string> DateLineWords =
        Model.EmbeddedData.ReadLines("Ingest/Data/date-line-words.txt").Concat(TimeZones).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a word may stand beside a date in a date line ("Posted", "Updated", a weekday, a time zone).</summary>
    public static bool IsDateLineWord(string word) => DateLineWords.Contains(word);

    /// <summary>
    /// A line that is only a date, with perhaps a weekday, a clock time, a time zone and words such as
    /// "Posted" or "Last updated": "Friday, June 7, 2013", "10 June 2013 Last updated at 14:00 GMT".
    /// </summary>
    public static bool TryDateLine(string? line, out DateOnly date) =>
        TryDateLine(line, out date, out var swapped) && swapped is null;

    /// <summary>
    /// As <see cref="TryDateLine(string?, out DateOnly)"/>, and a numeric date whose day and month could be
    /// swapped ("4 / 9 / 2007") is read both ways: <paramref name="date"/> month first, <paramref name="swapped"/>
    /// day first, for the text around it to settle (<see cref="Settle"/>).
    /// </summary>
    public static bool TryDateLine(string? line, out DateOnly date, out DateOnly? swapped)
    {
        date = default;
        swapped = null;
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
            if (!match.Success || !TryNumeric(match, out date, out swapped))
            {
                date = default;
                swapped = null;
                return false;
            }
        }

        var rest = string.Concat(line.AsSpan(0, match.Index), " ", line.AsSpan(match.Index + match.Length));
        foreach (var word in rest.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries))
        {
            if (!word.All(char.IsAsciiDigit) && !DateLineWords.Contains(word))
            {
                date = default;
                swapped = null;
                return false;
            }
        }

        ByZone(rest, ref date, ref swapped);

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
    public static bool TryDatePrefix(string? text, out DateOnly date, out int length) =>
        TryDatePrefix(text, out date, out var swapped, out length) && swapped is null;

    /// <summary>As <see cref="TryDatePrefix(string?, out DateOnly, out int)"/>, with a numeric date that could be swapped read both ways.</summary>
    public static bool TryDatePrefix(string? text, out DateOnly date, out DateOnly? swapped, out int length)
    {
        date = default;
        swapped = null;
        length = 0;
        if (string.IsNullOrEmpty(text) || DatePrefixPattern.Match(text) is not { Success: true } match
            || !(match.Groups["ny"].Success ? TryNumeric(match, out date, out swapped) : TryFromMatch(match, out date)))
        {
            date = default;
            swapped = null;
            return false;
        }

        length = match.Length;
        ByZone(match.Value, ref date, ref swapped);
        return true;
    }

    /// <summary>
    /// Which reading of a numeric date that could be swapped ("4 / 9 / 2007": April 9 or 4 September) the
    /// text bears out. Each reading is measured against the dates the text names ("April 3", "June 24,
    /// 2005"; a date without a year taken as the last one on or before the reading): how soon after the
    /// nearest of them it comes. A reading within two months of one wins when the other is a month or
    /// more further off. Otherwise null: better no date than a guessed one ("due in court Feb. 17" is as
    /// close to one reading as "arrested Jan. 6" is to the other).
    /// </summary>
    public static DateOnly? Settle(DateOnly monthFirst, DateOnly dayFirst, IEnumerable<string> paragraphs)
    {
        var full = new List<DateOnly>();
        var yearless = new List<(int Month, int Day)>();
        foreach (var paragraph in paragraphs)
        {
            full.AddRange(FindAll(paragraph));
            for (var match = YearlessDate().Match(paragraph); match.Success; match = match.NextMatch())
            {
                var month = MonthNumber(match.Groups["mon1"].Success ? match.Groups["mon1"].Value : match.Groups["mon2"].Value);
                var day = int.Parse(match.Groups["d1"].Success ? match.Groups["d1"].Value : match.Groups["d2"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
                if (month > 0 && day is >= 1 and <= 31)
                {
                    yearless.Add((month, day));
                }
            }
        }

        int? Gap(DateOnly reading)
        {
            int? best = null;
            foreach (var named in full.Where(d => d <= reading))
            {
                best = Math.Min(best ?? int.MaxValue, reading.DayNumber - named.DayNumber);
            }

            foreach (var (month, day) in yearless)
            {
                for (var year = reading.Year; year >= reading.Year - 1; year--)
                {
                    if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var named && named <= reading)
                    {
                        best = Math.Min(best ?? int.MaxValue, reading.DayNumber - named.DayNumber);
                        break;
                    }
                }
            }

            return best;
        }

        const int Near = 62;
        const int Margin = 31;
        var (a, b) = (Gap(monthFirst), Gap(dayFirst));
        if (a is { } x && x <= Near && (b is null || b >= x + Margin))
        {
            return monthFirst;
        }

        if (b is { } y && y <= Near && (a is null || a >= y + Margin))
        {
            return dayFirst;
        }

        return null;
    }

    /// <summary>A day and month with no year after them: "April 3", "Jan. 6", "3 April".</summary>
    [GeneratedRegex(
        @"\b(?:(?<mon1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s+\d{4})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>" + Month + @")(?!,?\s+\d{4}))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearlessDate();

    /// <summary>The date prefix pattern; its time zones come from time-zones.txt, so it is built once at start.</summary>
    private static readonly Regex DatePrefixPattern = new(
        @"\A(?:(?:First\s+|Last\s+)?(?:Published|Posted|Updated)(?:\s+(?:on|at))?:?\s+(?:\d{1,2}:\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?,?\s+)?)?(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?(?:(?<iy>\d{4})-(?<im>\d{1,2})-(?<id>\d{1,2})|(?<mon1>" + Month + @")\s+(?<d1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y1>\d{4})|(?<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<mon2>" + Month + @"),?\s+(?<y2>\d{4})|(?<na>\d{1,2})\s?/\s?(?<nb>\d{1,2})\s?/\s?(?<ny>(?:19|20)\d{2}|\d{2}))"
        + @"(?:,?\s+(?:at\s+)?\d{1,2}\s?:\s?\d{2}(?:\s?[AaPp]\.?\s?[Mm]\.?)?(?:\s+(?:" + string.Join("|", TimeZones.Select(Regex.Escape)) + @")\b)?)?(?:\s*[.|\-\u2013\u2014])?\s+(?=(?-i:[A-Z\u201C""'\u2018]))",
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
            return TryNumeric(match, out date, out var swapped) && swapped is null;
        }

        return false;
    }

    /// <summary>
    /// "11/27/2005" is November 27 and "14/09/2013" September 14: a part over 12 tells which is the day;
    /// "5/5/2010" is the same either way. "04/09/2012" could be April 9 or 4 September: it is read month
    /// first into <paramref name="date"/> and day first into <paramref name="swapped"/>. A year of two digits
    /// ("11 / 30 / 09") is taken in 1970 to 2069.
    /// </summary>
    private static bool TryNumeric(Match match, out DateOnly date, out DateOnly? swapped)
    {
        date = default;
        swapped = null;
        var a = int.Parse(match.Groups["na"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups["nb"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var year = match.Groups["ny"].Value;
        if (year.Length == 2)
        {
            var yy = int.Parse(year, NumberStyles.None, CultureInfo.InvariantCulture);
            year = (yy < 70 ? 2000 + yy : 1900 + yy).ToString(CultureInfo.InvariantCulture);
        }

        if (a == b || (a > 12 && b <= 12) || (b > 12 && a <= 12))
        {
            return a > 12 ? TryCreate(year, b, a.ToString(CultureInfo.InvariantCulture), out date) : TryCreate(year, a, b.ToString(CultureInfo.InvariantCulture), out date);
        }

        if (a > 12 || b > 12 || !TryCreate(year, a, b.ToString(CultureInfo.InvariantCulture), out date)
            || !TryCreate(year, b, a.ToString(CultureInfo.InvariantCulture), out var dayFirst))
        {
            date = default;
            return false;
        }

        swapped = dayFirst;
        return true;
    }

    /// <summary>A numeric date with slashes, spaced or not ("11/27/2005", "11 / 27 / 2005"), for date lines and prefixes.</summary>
    [GeneratedRegex(@"(?<![\d/])(?<na>\d{1,2})\s?/\s?(?<nb>\d{1,2})\s?/\s?(?<ny>(?:19|20)\d{2}|\d{2})(?![\d/])", RegexOptions.CultureInvariant)]
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
