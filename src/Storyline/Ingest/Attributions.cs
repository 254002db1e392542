using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>The line under an embedded social-media post: "— Name (@handle) February 2, 2026".</summary>
internal sealed record Attribution(string? Author, string Handle, DateOnly? Date);

internal static partial class Attributions
{
    [GeneratedRegex(
        @"^[—–-]{1,2}\s*(?<name>[^()\n@]{0,80}?)\s*\(@(?<handle>[A-Za-z0-9_.]{1,40})\)\s*(?:on\s+\p{L}+\s*)?(?<date>" + DateText.FullDate + @")?(?<rest>(?:\s*(?:at|on|via|X|Twitter|UTC|GMT|\d{1,2}:\d{2}|[AaPp]\.?[Mm]\.?|[·|,.]))*)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    /// <summary>True when the whole paragraph is an attribution line.</summary>
    public static Attribution? Match(string paragraph)
    {
        if (paragraph.Length > 200 || paragraph.Length < 4 || paragraph[0] is not ('—' or '–' or '-'))
        {
            return null;
        }

        var match = Line().Match(paragraph);
        if (!match.Success)
        {
            return null;
        }

        var name = match.Groups["name"].Value.Trim();
        DateOnly? date = null;
        if (match.Groups["date"].Success && DateText.TryFind(match.Groups["date"].Value, out var found))
        {
            date = found;
        }

        return new Attribution(name.Length > 0 ? name : null, match.Groups["handle"].Value, date);
    }

    /// <summary>
    /// An attribution written at the end of the post's own paragraph ("Text pic.twitter.com/x — Name (@handle) Date"),
    /// as HTML embeds flatten to. Returns the post text before it.
    /// </summary>
    public static (string PostText, Attribution Attribution)? MatchTrailing(string paragraph)
    {
        if (!paragraph.Contains("(@", StringComparison.Ordinal))
        {
            return null;
        }

        var dash = paragraph.LastIndexOfAny(['—', '–']);
        if (dash <= 0 || paragraph.Length - dash > 200)
        {
            return null;
        }

        var attribution = Match(paragraph[dash..]);
        if (attribution is null)
        {
            return null;
        }

        var text = paragraph[..dash].TrimEnd();
        // Stacked attributions ("text — A (@a) — B (@b)") all go, so the post text is stable when cleaned again.
        while (MatchTrailing(text) is { } inner)
        {
            text = inner.PostText;
        }

        return (text, attribution);
    }
}
