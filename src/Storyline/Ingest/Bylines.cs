namespace Storyline.Ingest;

/// <summary>
/// Byline lines: "By Jane Doe", "BY Northwire Bureau", "By Jane Doe and Raj Patel | Outlet".
/// A byline is a whole short line of capitalized name words; "By Monday the talks had stalled" is not.
/// </summary>
internal static class Bylines
{
    private const int MaxLength = 120;
    private const int MaxNameWords = 12;

    private static readonly string[] Separators = ["|", " — ", " – ", " - "];

    private static readonly string[] Prefixes = ["by ", "written by ", "reported by ", "story by ", "words by "];

    private static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "&", "de", "del", "della", "der", "van", "von", "da", "dos", "das", "bin", "binti", "al", "el", "la", "le", "di", "du", "ibn",
    };

    public static bool TryParse(string line, out string byline, out string? outlet)
    {
        byline = string.Empty;
        outlet = null;
        if (line.Length < 4 || line.Length > MaxLength || line.EndsWith('.') && !EndsWithInitial(line))
        {
            return false;
        }

        var prefix = Prefixes.FirstOrDefault(p => line.StartsWith(p, StringComparison.OrdinalIgnoreCase));
        if (prefix is null)
        {
            return false;
        }

        var rest = line[prefix.Length..].Trim();
        var names = rest;
        foreach (var separator in Separators)
        {
            var index = rest.IndexOf(separator, StringComparison.Ordinal);
            if (index > 0)
            {
                names = rest[..index].Trim();
                var tail = rest[(index + separator.Length)..].Trim().Trim('|').Trim();
                outlet = tail.Length > 0 ? tail : null;
                break;
            }
        }

        if (!LooksLikeNames(names) || outlet is not null && !LooksLikeOutlet(outlet))
        {
            outlet = null;
            return false;
        }

        byline = names;
        return true;
    }

    private static bool LooksLikeNames(string names)
    {
        var words = names.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxNameWords)
        {
            return false;
        }

        var nameWords = 0;
        foreach (var raw in words)
        {
            var word = raw.TrimEnd(',');
            if (word.Length == 0 || Connectors.Contains(word))
            {
                continue;
            }

            if (!char.IsUpper(word[0]) && !(word[0] is '@'))
            {
                return false;
            }

            foreach (var c in word)
            {
                if (!char.IsLetter(c) && c is not ('.' or '\'' or '’' or '-' or '@'))
                {
                    return false;
                }
            }

            nameWords++;
        }

        return nameWords > 0 && char.IsUpper(words[0][0]);
    }

    private static bool LooksLikeOutlet(string outlet) =>
        outlet.Length <= 60
        && outlet.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && outlet.All(c => char.IsLetterOrDigit(c) || c is ' ' or '.' or '&' or '\'' or '’' or '-');

    private static bool EndsWithInitial(string line) =>
        line.Length >= 3 && char.IsUpper(line[^2]) && (line[^3] == ' ' || line[^3] == '.');
}
