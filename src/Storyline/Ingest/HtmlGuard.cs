namespace Storyline.Ingest;

/// <summary>
/// A linear pre-scan of a page before it is parsed: the HTML parser slows down badly on absurd nesting
/// (100,000 open tags take it tens of seconds), so such pages are refused with one clear reason.
/// </summary>
internal static class HtmlGuard
{
    /// <summary>Open-tag depth refused. Real pages stay under a few hundred.</summary>
    public const int MaxDepth = 5_000;

    /// <summary>Void elements and elements whose end tag is usually left out; they do not count as nesting.</summary>
    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen",
        "p", "li", "dt", "dd", "option", "tr", "td", "th", "!doctype",
    };

    /// <summary>Null for a page fit to parse, else the reason it is refused.</summary>
    public static string? Check(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var depth = 0;
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!'))
            {
                end++;
            }

            if (end == start)
            {
                i++;
                continue;
            }

            var name = html.AsSpan(start, end - start);
            if (name.StartsWith("!", StringComparison.Ordinal) || IsNotNesting(name))
            {
                i = end;
                continue;
            }

            var close = html.IndexOf('>', end);
            var selfClosing = close > 0 && html[close - 1] == '/';
            if (closing)
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!selfClosing && ++depth > MaxDepth)
            {
                return "HTML nested more than 5,000 levels deep; not parsed";
            }

            i = close < 0 ? html.Length : close + 1;
        }

        return null;
    }

    private static bool IsNotNesting(ReadOnlySpan<char> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 16)];
        if (name.Length > 16)
        {
            return false;
        }

        name.ToLowerInvariant(lower);
        return NotNesting.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }
}
