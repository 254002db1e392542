using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// YAML-style front matter at the top of a Markdown or text file: a "---" line, "key: value" lines,
/// a closing "---" line. Only the handful of keys an article needs are read; anything that does not
/// look like front matter (a horizontal rule followed by prose) is left in the text.
/// </summary>
internal static class FrontMatter
{
    private const int MaxLines = 60;

    public static (DocumentHints Hints, string Body) Split(string text)
    {
        var position = 0;
        if (!TryReadLine(text, ref position, out var first) || first.Trim() != "---")
        {
            return (DocumentHints.None, text);
        }

        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? listKey = null;
        for (var count = 0; count < MaxLines && TryReadLine(text, ref position, out var line); count++)
        {
            var trimmed = line.Trim();
            if (trimmed is "---" or "...")
            {
                return (ToHints(values), text[position..]);
            }

            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            if (trimmed.StartsWith("- ", StringComparison.Ordinal) && listKey is not null)
            {
                // A YAML list under a key ("author:\n  - Jane Doe"): joined into one value.
                var item = Unquote(trimmed[2..].Trim());
                values[listKey] = values.TryGetValue(listKey, out var existing) && existing.Length > 0 ? existing + ", " + item : item;
                continue;
            }

            var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !IsKey(trimmed.AsSpan(0, colon)))
            {
                return (DocumentHints.None, text);
            }

            var key = trimmed[..colon].Trim();
            var value = Unquote(trimmed[(colon + 1)..].Trim());
            if (value.StartsWith('[') && value.EndsWith(']'))
            {
                value = string.Join(", ", value[1..^1].Split(',').Select(v => Unquote(v.Trim())).Where(v => v.Length > 0));
            }

            listKey = value.Length == 0 ? key : null;
            values.TryAdd(key, value);
        }

        return (DocumentHints.None, text);
    }

    private static DocumentHints ToHints(Dictionary<string, string> values)
    {
        string? Get(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (values.TryGetValue(key, out var value) && value.Length > 0)
                {
                    return value;
                }
            }

            return null;
        }

        return new DocumentHints(
            Headline: Get("title", "headline"),
            Outlet: Get("outlet", "source", "site", "publisher"),
            Byline: Get("byline", "author", "authors"),
            Url: Get("url", "link"),
            Published: Get("date", "published", "published_at", "pubDate"));
    }

    private static bool IsKey(ReadOnlySpan<char> key)
    {
        key = key.Trim();
        if (key.Length == 0 || key.Length > 40 || !char.IsLetter(key[0]))
        {
            return false;
        }

        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c) && c is not '_' and not '-')
            {
                return false;
            }
        }

        return true;
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && (value[0] == '"' && value[^1] == '"' || value[0] == '\'' && value[^1] == '\'')
            ? value[1..^1]
            : value;

    private static bool TryReadLine(string text, ref int position, out string line)
    {
        if (position >= text.Length)
        {
            line = string.Empty;
            return false;
        }

        var end = text.IndexOf('\n', position);
        if (end < 0)
        {
            end = text.Length;
        }

        line = text[position..end];
        position = Math.Min(end + 1, text.Length);
        return true;
    }
}
