using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Cleans one <see cref="SourceDocument"/> into an <see cref="Article"/>: body paragraphs without page
/// furniture, headline, outlet, byline, dateline place, publication date (with how it was found) and
/// embedded posts. Pure: the same document always gives the same article.
/// </summary>
public sealed partial class ArticleCleaner
{
    private const int HeadlineCut = 110;
    private const int MaxHeadlineLength = 160;
    private const int MaxHeadlineWords = 25;
    private const int DatelineSearchParagraphs = 3;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Dr", "St", "Gov", "Sen", "Rep", "Gen", "Lt", "Col", "Capt", "Sgt", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd",
        "No", "vs", "Prof", "Pres", "Amb", "Rev", "Hon", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept",
        "Oct", "Nov", "Dec", "approx", "est", "Adm", "Maj", "Cmdr", "Supt", "Dept", "Univ",
    };

    /// <summary>
    /// "Latest update: On December 11, 2025", "Updated Nov. 3, 2025", "UPDATED 3:09 AM EST Dec 19, 2008": a date the text
    /// itself says it was current on (a clock time and its zone may stand before the date).
    /// </summary>
    [GeneratedRegex(
        @"\b(?:latest\s+update|last\s+updated|updated|update|posted|published)\s*(?:[:\-–—]\s*)?(?:on\s+)?(?:at\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:(?:EST|EDT|CST|CDT|MST|MDT|PST|PDT|GMT|UTC|BST|CET|CEST|ET|PT|CT)\b\s*)?,?\s*)?(?<date>" + DateText.FullDate + ")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UpdateDate();

    // Parser settings are the cleaner's only state: documents share nothing, so one cleaner serves many threads.
    private readonly HtmlParserOptions _htmlOptions = new() { IsScripting = false };

    public Article Clean(SourceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // A page is normalized after extraction: its markup, scripts and styles never reach the article.
        var text = document.Format == DocumentFormat.Html ? document.Text ?? string.Empty : TextNormalizer.Normalize(document.Text ?? string.Empty);
        var hints = document.Hints ?? DocumentHints.None;

        var lines = ReadLines(document.Format, text, _htmlOptions, ref hints);

        // Furniture and pic links out first, so nothing later mistakes them for content.
        lines = RemoveFurniture(lines);
        lines = JoinWrappedLines(lines);

        // "Friday, June 7, 2013" on a line of its own above the text: the date, not the headline.
        var lineDate = TakeDateLine(lines);
        var headline = Clean(hints.Headline);
        if (headline is null)
        {
            headline = TakeHeadlineLine(lines);
        }

        string? byline = null;
        string? bylineOutlet = null;
        var paragraphs = new List<string>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                continue;
            }

            if (Bylines.TryParse(line.Text, out var names, out var outlet))
            {
                byline ??= names;
                bylineOutlet ??= outlet;
                continue;
            }

            paragraphs.Add(line.Text);
        }

        var posts = ExtractPosts(paragraphs);
        var dateline = StripDateline(paragraphs);
        if (dateline is null && lineDate is null)
        {
            lineDate = StripDatePrefix(paragraphs);
        }

        // "Updated 4 / 9 / 2007": the dates the text names tell April 9 from 4 September, or leave it unread.
        var settled = lineDate is { Swapped: { } dayFirst } read ? DateText.Settle(read.Date, dayFirst, paragraphs) : lineDate?.Date;

        var published = Published(hints, dateline, settled, paragraphs, posts);
        var (body, spans, postSpans) = Assemble(paragraphs, posts);
        headline ??= HeadlineFromBody(body);

        var embedded = new List<EmbeddedPost>(posts.Count);
        for (var i = 0; i < posts.Count; i++)
        {
            if (postSpans[i] is { } span)
            {
                var post = posts[i];
                embedded.Add(new EmbeddedPost(span, span.Of(body), post.Attribution.Author, post.Attribution.Handle, post.Attribution.Date));
            }
        }

        return new Article(
            Id: ContentId(body),
            SourcePath: document.Origin ?? string.Empty,
            Headline: headline,
            Outlet: Clean(hints.Outlet) ?? Clean(bylineOutlet) ?? Clean(dateline?.Agency),
            Byline: Clean(hints.Byline) ?? byline,
            DatelinePlace: dateline?.Place,
            Published: published,
            Body: body,
            Paragraphs: spans,
            Posts: embedded,
            Url: Clean(hints.Url),
            Modified: Clean(hints.Modified),
            Language: Clean(hints.Language),
            Authors: hints.Authors,
            PublishedSource: published.Basis == DateBasis.Metadata ? hints.PublishedSource ?? "metadata" : null);
    }

    /// <summary>The id of a body: the same words give the same id whatever the spacing, case or punctuation.</summary>
    public static string ContentId(string body)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(TextKey.Of(body)));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private static List<SourceLine> ReadLines(DocumentFormat format, string text, HtmlParserOptions htmlOptions, ref DocumentHints hints)
    {
        if (format == DocumentFormat.Html || (format == DocumentFormat.JsonRecord && LooksLikeHtml(text)))
        {
            var (pageHints, blocks) = HtmlArticle.Extract(text, htmlOptions);
            hints = Merge(hints, format == DocumentFormat.Html ? Normalized(pageHints) : pageHints);
            return blocks.Select(block => new SourceLine(format == DocumentFormat.Html ? TextNormalizer.Normalize(block) : block, LineKind.Text)).ToList();
        }

        if (format == DocumentFormat.Markdown)
        {
            return MarkdownText.ToLines(text);
        }

        var lines = new List<SourceLine>();
        foreach (var raw in text.Split('\n'))
        {
            var trimmed = raw.Trim();
            var kind = trimmed.Length == 0 ? LineKind.Blank
                : trimmed.StartsWith("- ", StringComparison.Ordinal) || trimmed.StartsWith("• ", StringComparison.Ordinal) || trimmed.StartsWith("* ", StringComparison.Ordinal) ? LineKind.Structural
                : LineKind.Text;
            lines.Add(new SourceLine(trimmed, kind));
        }

        return lines;
    }

    private static bool LooksLikeHtml(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        return trimmed.Length > 0 && trimmed[0] == '<' && text.Contains("</", StringComparison.Ordinal);
    }

    private static DocumentHints Normalized(DocumentHints hints) => hints with
    {
        Headline = Normalize(hints.Headline),
        Outlet = Normalize(hints.Outlet),
        Byline = Normalize(hints.Byline),
        Authors = hints.Authors?.Select(TextNormalizer.Normalize).ToList(),
    };

    private static string? Normalize(string? text) => text is null ? null : TextNormalizer.Normalize(text);

    private static DocumentHints Merge(DocumentHints first, DocumentHints second) => new(
        first.Headline ?? second.Headline,
        first.Outlet ?? second.Outlet,
        first.Byline ?? second.Byline,
        first.Url ?? second.Url,
        first.Published ?? second.Published,
        first.Modified ?? second.Modified,
        first.Language ?? second.Language,
        first.Authors ?? second.Authors,
        first.Published is not null ? first.PublishedSource : second.PublishedSource,
        first.Captured ?? second.Captured);

    private static List<SourceLine> RemoveFurniture(List<SourceLine> lines)
    {
        var kept = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.IsBlank)
            {
                kept.Add(line);
                continue;
            }

            var text = Boilerplate.Collapse(Boilerplate.RemovePicLinks(line.Text));
            if (text.Length == 0 || Boilerplate.IsFurniture(text))
            {
                continue;
            }

            kept.Add(line with { Text = text });
        }

        return kept;
    }

    /// <summary>
    /// Joins hard-wrapped text (lines broken mid-sentence, paragraphs separated by blank lines) into one
    /// line per paragraph. Text written one paragraph per line is left alone.
    /// </summary>
    private static List<SourceLine> JoinWrappedLines(List<SourceLine> lines)
    {
        int midSentence = 0, sentenceEnd = 0;
        var blanks = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].IsBlank)
            {
                blanks |= i > 0;
                continue;
            }

            if (lines[i].Kind == LineKind.Text && i + 1 < lines.Count && lines[i + 1].Kind == LineKind.Text)
            {
                if (EndsSentence(lines[i].Text))
                {
                    sentenceEnd++;
                }
                else
                {
                    midSentence++;
                }
            }
        }

        if (!blanks || midSentence < 3 || midSentence <= sentenceEnd)
        {
            return lines;
        }

        var joined = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            if (line.Kind == LineKind.Text && joined.Count > 0 && joined[^1].Kind == LineKind.Text
                && !StandsAlone(line.Text) && !StandsAlone(joined[^1].Text))
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + line.Text };
            }
            else
            {
                joined.Add(line);
            }
        }

        return joined;
    }

    private static bool StandsAlone(string line) =>
        Attributions.Match(line) is not null || Bylines.TryParse(line, out _, out _);

    private static bool EndsSentence(string line) =>
        line.Length > 0 && line[^1] is '.' or '!' or '?' or '"' or '”' or '’' or '\'' or ':' or ')' or '…';

    /// <summary>
    /// "Sunday, July 21, 2013 FIRE crews were called ...": a date opening the first paragraph is removed and
    /// gives its date; so is one opening the second when the first is a title left in the text (one short
    /// sentence: "'The Hunger Games' sequel is in negotiations.").
    /// </summary>
    private static (DateOnly Date, DateOnly? Swapped)? StripDatePrefix(List<string> paragraphs)
    {
        var first = paragraphs.FindIndex(p => p.Length > 0);
        if (first < 0)
        {
            return null;
        }

        if (!DateText.TryDatePrefix(paragraphs[first], out var date, out var swapped, out var length))
        {
            var title = paragraphs[first];
            if (first + 1 >= paragraphs.Count || title.Length > MaxHeadlineLength || title.TrimEnd('.').Contains(". ", StringComparison.Ordinal)
                || !DateText.TryDatePrefix(paragraphs[first + 1], out date, out swapped, out length))
            {
                return null;
            }

            first++;
        }

        paragraphs[first] = paragraphs[first][length..];
        return (date, swapped);
    }

    /// <summary>Removes a date line among the first three lines ("Friday, June 7, 2013", "Posted 12:36 PM, March 8, 2013") and gives its date.</summary>
    private static (DateOnly Date, DateOnly? Swapped)? TakeDateLine(List<SourceLine> lines)
    {
        var seen = 0;
        for (var i = 0; i < lines.Count && seen < 3; i++)
        {
            if (lines[i].IsBlank)
            {
                continue;
            }

            seen++;
            // Set off by a blank line, as a line above the text is; a cleaned body has none, so cleaning it again finds nothing.
            if (i + 1 < lines.Count && lines[i + 1].IsBlank && DateText.TryDateLine(lines[i].Text, out var date, out var swapped))
            {
                lines.RemoveAt(i);
                return (date, swapped);
            }
        }

        return null;
    }

    /// <summary>Takes the first line as the headline when it looks like one, and removes it from the lines.</summary>
    private static string? TakeHeadlineLine(List<SourceLine> lines)
    {
        var first = lines.FindIndex(line => !line.IsBlank);
        if (first < 0)
        {
            return null;
        }

        var next = first + 1;
        var line = lines[first];
        if (next >= lines.Count || !LooksLikeHeadline(line.Text) && line.Kind != LineKind.Heading)
        {
            return null;
        }

        var following = lines[next];
        var separated = following.IsBlank
            || Bylines.TryParse(following.Text, out _, out _)
            || Datelines.Match(following.Text) is not null
            || line.Kind == LineKind.Heading;
        if (!separated || line.Text.Length > MaxHeadlineLength * 2 || !lines.Skip(next).Any(l => !l.IsBlank))
        {
            return null;
        }

        lines.RemoveAt(first);
        return line.Text;
    }

    private static bool LooksLikeHeadline(string line)
    {
        if (line.Length < 3 || line.Length > MaxHeadlineLength || line[^1] is '.' or ',' or ';' or ':')
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        var opens = char.IsLetterOrDigit(line[0]) || line[0] is '“' or '"' or '‘' or '\'';
        return words <= MaxHeadlineWords
            && opens
            && Attributions.Match(line) is null
            && !Bylines.TryParse(line, out _, out _)
            && Datelines.Match(line) is null;
    }

    private sealed record PostParagraph(int Paragraph, Attribution Attribution);

    /// <summary>
    /// A post text followed by its attribution line becomes a paragraph of its own (links removed) and a post;
    /// the attribution line leaves the body.
    /// </summary>
    private static List<PostParagraph> ExtractPosts(List<string> paragraphs)
    {
        var posts = new List<PostParagraph>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var attribution = Attributions.Match(paragraphs[i]);
            if (attribution is not null)
            {
                paragraphs.RemoveAt(i);
                i--;
                if (i >= 0 && (posts.Count == 0 || posts[^1].Paragraph != i))
                {
                    var text = paragraphs[i];
                    if (Attributions.MatchTrailing(text) is { } inner)
                    {
                        text = inner.PostText;
                    }

                    paragraphs[i] = PostText(text);
                    posts.Add(new PostParagraph(i, attribution));
                }

                continue;
            }

            if (Attributions.MatchTrailing(paragraphs[i]) is { } trailing)
            {
                paragraphs[i] = PostText(trailing.PostText);
                posts.Add(new PostParagraph(i, trailing.Attribution));
            }
        }

        return posts;
    }

    /// <summary>The text of an embedded post: links gone; empty when nothing but furniture or a byline is left.</summary>
    private static string PostText(string text)
    {
        text = Boilerplate.Collapse(Boilerplate.RemoveUrls(text));
        return Boilerplate.IsFurniture(text) || StandsAlone(text) ? string.Empty : text;
    }

    /// <summary>
    /// Finds a dateline at the start of one of the first paragraphs, records the first one and removes every
    /// dateline prefix there (wire roundups stack them), so cleaning the body again finds nothing more.
    /// </summary>
    private static Dateline? StripDateline(List<string> paragraphs)
    {
        Dateline? first = null;
        var searched = 0;
        for (var i = 0; i < paragraphs.Count && searched < DatelineSearchParagraphs; i++)
        {
            var rest = paragraphs[i];
            if (rest.Length == 0)
            {
                // The window counts the paragraphs the body will have, so a second cleaning searches the same ones.
                continue;
            }

            searched++;
            var stripped = false;
            while (Datelines.Match(rest) is { } dateline)
            {
                first ??= dateline;
                rest = rest[dateline.Length..];
                stripped = true;
            }

            if (!stripped)
            {
                continue;
            }

            rest = rest.Trim();
            if (rest.Length == 0 || Boilerplate.IsFurniture(rest) || Attributions.Match(rest) is not null || Bylines.TryParse(rest, out _, out _))
            {
                // What is left is nothing or furniture; dropping it now keeps a second cleaning from doing so.
                rest = string.Empty;
            }

            paragraphs[i] = rest;
            if (rest.Length == 0)
            {
                searched--;
            }
        }

        return first;
    }

    private static PublicationDate Published(DocumentHints hints, Dateline? dateline, DateOnly? lineDate, List<string> paragraphs, List<PostParagraph> posts)
    {
        if (DateText.TryFind(hints.Published, out var metadata))
        {
            return new PublicationDate(metadata, DateBasis.Metadata);
        }

        if (dateline?.Date is { } datelineDate)
        {
            return new PublicationDate(datelineDate, DateBasis.Dateline);
        }

        if (lineDate is { } onItsLine)
        {
            return new PublicationDate(onItsLine, DateBasis.Dateline);
        }

        DateOnly? latest = null;
        foreach (var post in posts)
        {
            if (post.Attribution.Date is { } postDate && (latest is null || postDate > latest))
            {
                latest = postDate;
            }
        }

        foreach (var paragraph in paragraphs)
        {
            if (paragraph.Length < 12)
            {
                continue;
            }

            for (var match = UpdateDate().Match(paragraph); match.Success; match = match.NextMatch())
            {
                if (DateText.TryFind(match.Groups["date"].Value, out var updated) && (latest is null || updated > latest))
                {
                    latest = updated;
                }
            }
        }

        if (latest is { } value)
        {
            return new PublicationDate(value, DateBasis.BodyText);
        }

        // An archive's capture date is the last resort: the page existed then, so it was published no later.
        return DateText.TryFind(hints.Captured, out var captured) ? new PublicationDate(captured, DateBasis.Captured) : PublicationDate.Unknown;
    }

    private static (string Body, List<TextSpan> Spans, TextSpan?[] PostSpans) Assemble(List<string> paragraphs, List<PostParagraph> posts)
    {
        var body = new StringBuilder();
        var spans = new List<TextSpan>(paragraphs.Count);
        var byParagraph = new TextSpan?[paragraphs.Count];
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var text = Boilerplate.Collapse(paragraphs[i]);
            if (text.Length == 0)
            {
                continue;
            }

            if (body.Length > 0)
            {
                body.Append('\n');
            }

            var span = new TextSpan(body.Length, text.Length);
            body.Append(text);
            spans.Add(span);
            byParagraph[i] = span;
        }

        var postSpans = posts.Select(post => byParagraph[post.Paragraph]).ToArray();
        return (body.ToString(), spans, postSpans);
    }

    /// <summary>The first sentence of the body, cut at a word boundary near 110 characters.</summary>
    private static string HeadlineFromBody(string body)
    {
        var newline = body.IndexOf('\n', StringComparison.Ordinal);
        var first = newline >= 0 ? body[..newline] : body;
        var sentence = FirstSentence(first).TrimEnd('.', ' ');
        if (sentence.Length <= HeadlineCut + 10)
        {
            return sentence;
        }

        var cut = sentence.LastIndexOf(' ', HeadlineCut);
        if (cut < HeadlineCut / 2)
        {
            cut = char.IsHighSurrogate(sentence[HeadlineCut - 1]) ? HeadlineCut - 1 : HeadlineCut;
        }

        return sentence[..cut].TrimEnd(' ', ',', ';', ':', '—', '–', '-') + "…";
    }

    private static string FirstSentence(string paragraph)
    {
        for (var i = 0; i < paragraph.Length - 2; i++)
        {
            if (paragraph[i] is not ('.' or '!' or '?') || paragraph[i + 1] != ' ')
            {
                continue;
            }

            var next = paragraph[i + 2];
            if (!char.IsUpper(next) && next is not ('“' or '"' or '‘'))
            {
                continue;
            }

            if (paragraph[i] == '.' && IsAbbreviation(paragraph, i))
            {
                continue;
            }

            return paragraph[..(i + 1)];
        }

        return paragraph;
    }

    /// <summary>Whether the period at <paramref name="dot"/> ends an abbreviation ("U.S.", "Mr.", "J.") rather than a sentence.</summary>
    private static bool IsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && !char.IsWhiteSpace(text[start - 1]))
        {
            start--;
        }

        var word = text[start..dot];
        return word.Contains('.', StringComparison.Ordinal)
            || word.Length == 1 && char.IsUpper(word[0])
            || Abbreviations.Contains(word);
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var text = Boilerplate.Collapse(TextNormalizer.Normalize(value));
        return text.Length > 0 ? text : null;
    }
}
