using System.Text;
using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Recognizes lines that are page furniture rather than reporting ("ALSO READ: ...", "Image: ...",
/// "Share on X", "Advertisement") and tokens that are links rather than words ("pic.twitter.com/...").
/// Every line rule is anchored at the start of a short line, so a real sentence that merely contains
/// one of these words is kept.
/// </summary>
internal static partial class Boilerplate
{
    /// <summary>Longer lines are prose, whatever they start with.</summary>
    private const int MaxBoilerplateLength = 300;

    [GeneratedRegex(
        """
        ^(?:
            (?:also\s+)?read(?:\s+(?:more|also|next|this))?\s*(?:[:|]|[-–—](?:\s|$))
          | related(?:\s+(?:stories|story|articles?|news|coverage|content|reading|posts?|links?))?\s*[:|]
          | \(?\s*(?:(?:file|representational|representative|archive|stock)\s+)?(?:image|photo|picture|pic|photograph|graphic|illustration|video|caption)s?(?:\s*(?:credits?|source|courtesy))?\s*[:|]
          | \(?\s*(?:photo|image|picture)\s+(?:by|courtesy|credit)\b
          | (?:credits?|courtesy)\s*[:|]
          | (?:file|representational|representative|archive|stock)\s+(?:photo|image|picture|pic)s?\b
          | share(?:\s+(?:this|on|via|the\s+story|the\s+article|article|story|it|to))\b
          | share\s*[:|]
          | follow\s+us\b
          | follow\s+@
          | follow\s+.{1,60}?\s+on\s+(?:twitter|x|facebook|instagram|google\s+news|whatsapp|telegram|linkedin|youtube|threads|bluesky)\b
          | (?:subscribe|sign\s+up)\b.{0,80}?\bnewsletters?\b
          | subscribe\s+to\s+(?:our|the)\b
          | click\s+here\b
          | (?:advertisement|advertisment|sponsored(?:\s+content)?|ad|ads|story\s+continues\s+below(?:\s+advertisement)?|scroll\s+to\s+continue(?:\s+with\s+content)?|continue\s+reading\s+below|skip\s+advertisement)\s*[.:]?\s*$
        )
        """,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex FurnitureLine();

    /// <summary>Markdown images, alone or several on a line, with an optional table pipe.</summary>
    [GeneratedRegex(@"^\|?\s*(?:\[?!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)(?:\]\([^)\n]{0,2000}\))?\s*\|?\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex ImageOnlyLine();

    [GeneratedRegex(@"(?<![\w/.])pic\.[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PicToken();

    [GeneratedRegex(@"(?<![\w/])(?:https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UrlToken();

    /// <summary>True when the whole (trimmed, whitespace-collapsed) line is furniture.</summary>
    public static bool IsFurniture(string line)
    {
        if (line.Length == 0 || line.Length > MaxBoilerplateLength)
        {
            return false;
        }

        if (ImageOnlyLine().IsMatch(line))
        {
            return true;
        }

        // Table rows ("| Image: Video Screenshot |") are judged by their content.
        var content = line.AsSpan().Trim().Trim('|').Trim();
        if (content.Length == 0)
        {
            // A row of pipes or a Markdown table separator carries nothing.
            return line.Contains('|', StringComparison.Ordinal);
        }

        if (content.Length != line.Length)
        {
            var inner = content.ToString();
            return IsTableSeparator(inner) || FurnitureLine().IsMatch(inner) || ImageOnlyLine().IsMatch(inner);
        }

        return FurnitureLine().IsMatch(line);
    }

    /// <summary>Removes "pic.twitter.com/..." style tokens that embedded posts leave behind.</summary>
    public static string RemovePicLinks(string text) =>
        text.Contains("pic.", StringComparison.OrdinalIgnoreCase) ? PicToken().Replace(text, string.Empty) : text;

    /// <summary>Removes bare links ("https://t.co/...") from the text of an embedded post.</summary>
    public static string RemoveUrls(string text) => UrlToken().Replace(RemovePicLinks(text), string.Empty);

    /// <summary>Trims and collapses every run of whitespace to one space.</summary>
    public static string Collapse(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var clean = true;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i + 1])))
            {
                clean = false;
                break;
            }
        }

        if (clean)
        {
            return start == 0 && end == text.Length ? text : text[start..end];
        }

        var builder = new StringBuilder(end - start);
        var space = false;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsTableSeparator(string content)
    {
        foreach (var c in content)
        {
            if (c is not ('-' or ':' or '|' or ' '))
            {
                return false;
            }
        }

        return true;
    }
}
