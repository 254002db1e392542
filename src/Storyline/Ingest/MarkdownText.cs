using System.Text.RegularExpressions;

namespace Storyline.Ingest;

/// <summary>
/// Markdown to plain lines: images and image/caption table rows dropped, heading and emphasis marks
/// removed, links turned into their text. Only the constructs news exports use are handled.
/// </summary>
internal static partial class MarkdownText
{
    [GeneratedRegex(@"^\s{0,3}(?<marks>#{1,6})(?:\s+|$)")]
    private static partial Regex HeadingStart();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex HeadingEnd();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-{3,}|\*{3,}|_{3,})\s*$")]
    private static partial Regex RuleOrUnderline();

    [GeneratedRegex(@"^\s*(?:[-*+•]|\d{1,3}[.)])\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"^\s*(?:>\s?)+")]
    private static partial Regex QuoteMarker();

    [GeneratedRegex(@"^\s*\[[^\]\n]{1,200}\]:\s*\S+.*$")]
    private static partial Regex ReferenceDefinition();

    [GeneratedRegex(@"!\[[^\]\n]{0,500}\]\([^)\n]{0,2000}\)")]
    private static partial Regex InlineImage();

    [GeneratedRegex(@"\[(?<text>[^\]\n]{0,500})\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<(?:https?://|mailto:)[^>\s]{1,2000}>", RegexOptions.IgnoreCase)]
    private static partial Regex AutoLink();

    [GeneratedRegex(@"(?<![\w*])(\*{1,3})(?=\S)(?<inner>[^*\n]{1,1000}?)(?<=\S)\1(?![\w*])")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<![\w_])(_{1,3})(?=\S)(?<inner>[^_\n]{1,1000}?)(?<=\S)\1(?![\w_])")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(?<inner>[^~\n]{1,1000}?)~~")]
    private static partial Regex Strikethrough();

    [GeneratedRegex(@"\\(?<c>[\\`*_{}\[\]()#+\-.!|>])")]
    private static partial Regex Escape();

    public static List<SourceLine> ToLines(string text)
    {
        var result = new List<SourceLine>();
        foreach (var raw in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(raw))
            {
                result.Add(new SourceLine(string.Empty, LineKind.Blank));
                continue;
            }

            // Attribution lines under embedded posts start with a dash; keep them whole.
            if (Attributions.Match(raw.Trim()) is not null)
            {
                result.Add(new SourceLine(raw.Trim(), LineKind.Structural));
                continue;
            }

            if (RuleOrUnderline().IsMatch(raw) || ReferenceDefinition().IsMatch(raw) || Boilerplate.IsFurniture(raw.Trim()))
            {
                continue;
            }

            var line = raw;
            var kind = LineKind.Text;
            var heading = HeadingStart().Match(line);
            if (heading.Success)
            {
                line = HeadingEnd().Replace(line[heading.Length..], string.Empty);
                kind = LineKind.Heading;
            }
            else
            {
                var quote = QuoteMarker().Match(line);
                if (quote.Success)
                {
                    line = line[quote.Length..];
                }

                var list = ListMarker().Match(line);
                if (list.Success)
                {
                    line = line[list.Length..];
                    kind = LineKind.Structural;
                }
                else if (line.TrimStart().StartsWith('|'))
                {
                    line = TableRow(line);
                    kind = LineKind.Structural;
                }
            }

            line = Inline(line);
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            result.Add(new SourceLine(line, kind));
        }

        return result;
    }

    /// <summary>Inline Markdown to text: images out, links to their text, emphasis marks off.</summary>
    public static string Inline(string line)
    {
        if (line.Contains('[', StringComparison.Ordinal))
        {
            line = InlineImage().Replace(line, string.Empty);
            line = Link().Replace(line, "${text}");
        }

        if (line.Contains('<', StringComparison.Ordinal))
        {
            line = AutoLink().Replace(line, string.Empty);
        }

        if (line.Contains('*', StringComparison.Ordinal))
        {
            line = StarEmphasis().Replace(line, "${inner}");
        }

        if (line.Contains('_', StringComparison.Ordinal))
        {
            line = UnderscoreEmphasis().Replace(line, "${inner}");
        }

        if (line.Contains('~', StringComparison.Ordinal))
        {
            line = Strikethrough().Replace(line, "${inner}");
        }

        if (line.Contains('`', StringComparison.Ordinal))
        {
            line = line.Replace("`", string.Empty, StringComparison.Ordinal);
        }

        if (line.Contains('\\', StringComparison.Ordinal))
        {
            line = Escape().Replace(line, "${c}");
        }

        return line;
    }

    /// <summary>A table row becomes its non-empty cells joined by " | "; image and caption cells are dropped.</summary>
    private static string TableRow(string line)
    {
        var cells = line.Split('|')
            .Select(cell => cell.Trim())
            .Where(cell => cell.Length > 0 && !Boilerplate.IsFurniture(cell) && !IsSeparatorCell(cell))
            .ToList();
        return string.Join(" | ", cells);
    }

    private static bool IsSeparatorCell(string cell) => cell.All(c => c is '-' or ':');
}
