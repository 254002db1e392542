using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>A dateline found at the start of a paragraph; <see cref="Length"/> is how many characters it takes.</summary>
internal sealed record Dateline(string Place, DateOnly? Date, string? Agency, int Length);

/// <summary>
/// Datelines: "MARROW, 3 November 2025:", "Dunmere, November 3, 2025 —", "NEW DELHI:", "DUNMERE (Northwire) -",
/// "LONDON, Jan 5 (Reuters) -". An all-capitals place may stand alone; a place written in ordinary case
/// needs a date or an agency, so "Analysts said: ..." is not taken for a dateline.
/// </summary>
internal static partial class Datelines
{
    private const int MaxPlaceWords = 4;

    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "breaking", "breaking news", "update", "updated", "exclusive", "watch", "live", "analysis", "opinion", "editorial",
        "note", "editor's note", "editor’s note", "read", "also read", "photos", "video", "summary", "explainer", "comment",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "fact check",
        "q", "a", "i", "ap", "us", "uk", "eu", "un", "source", "sources", "latest", "report", "reports",
    };

    private static readonly HashSet<string> LeadingWords = new(StringComparer.Ordinal)
    {
        "On", "In", "At", "By", "For", "As", "The", "This", "That", "Last", "Since", "Until", "From", "Before", "After", "Updated", "Published",
    };

    [GeneratedRegex(
        @"^(?<place>\p{Lu}[\p{L}.'’\- ]{0,40}?)(?:,\s*(?<date>" + DateText.FullDate + "|" + DateText.DayMonth + @"))?\s*(?:\((?<agency>\p{L}[\p{L}.&' ]{0,30})\))?\s*(?::|—|–|--?)(?:\s+|$)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static Dateline? Match(string paragraph)
    {
        if (paragraph.Length < 3)
        {
            return null;
        }

        var match = Pattern().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var place = match.Groups["place"].Value.Trim().TrimEnd(',').Trim();
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "POSTED: 05 / 02 / 07 ..." is a date line's word, not a place.
        if (place.Length < 2 || words.Length > MaxPlaceWords || NotPlaces.Contains(place) || words.All(DateText.IsDateLineWord))
        {
            return null;
        }

        var hasDate = match.Groups["date"].Success;
        var agency = match.Groups["agency"].Success ? match.Groups["agency"].Value.Trim() : null;
        var capitals = IsAllCapitals(place);
        if (!capitals && !hasDate && agency is null)
        {
            return null;
        }

        // An ordinary-case place must still look like a proper name: every word capitalized, no "On Monday".
        if (!capitals && (words.Any(w => !char.IsUpper(w[0])) || LeadingWords.Contains(words[0]) || NotPlaces.Contains(words[^1])))
        {
            return null;
        }

        DateOnly? date = hasDate && DateText.TryFind(match.Groups["date"].Value, out var found) ? found : null;
        return new Dateline(capitals ? TitleCase(place) : place, date, agency, match.Length);
    }

    private static bool IsAllCapitals(string place)
    {
        var letters = 0;
        foreach (var c in place)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>"NEW DELHI" -> "New Delhi"; abbreviations with inner dots ("D.C.") keep their capitals.</summary>
    internal static string TitleCase(string place)
    {
        var builder = new StringBuilder(place.Length);
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                builder.Append(' ');
            }

            var word = words[w];
            var dot = word.IndexOf('.', StringComparison.Ordinal);
            if (dot >= 0 && dot < word.Length - 1)
            {
                builder.Append(word);
                continue;
            }

            var startOfPart = true;
            foreach (var c in word)
            {
                builder.Append(startOfPart ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
                startOfPart = c is '-' or '\'' or '’';
            }
        }

        return builder.ToString();
    }
}
