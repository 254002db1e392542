namespace Storyline.Model;

/// <summary>
/// One input document as read from disk or a stream, before any cleaning. Readers decode bytes
/// to text; structured inputs (JSONL) may already carry a headline, date, url or outlet.
/// </summary>
public sealed record SourceDocument(
    string Origin,
    DocumentFormat Format,
    string Text,
    DocumentHints Hints);

public enum DocumentFormat
{
    PlainText,
    Markdown,
    Html,
    JsonRecord,
}

/// <summary>
/// Metadata a container format supplied next to the text (JSONL fields, HTML meta tags, feed items).
/// <c>Captured</c> is when an archive fetched the document (WARC-Date): never a publication date,
/// used as one only when nothing else gives a date.
/// </summary>
public sealed record DocumentHints(
    string? Headline = null,
    string? Outlet = null,
    string? Byline = null,
    string? Url = null,
    string? Published = null,
    string? Modified = null,
    string? Language = null,
    IReadOnlyList<string>? Authors = null,
    string? PublishedSource = null,
    string? Captured = null)
{
    public static DocumentHints None { get; } = new();
}

/// <summary>
/// A problem with one input; the batch goes on without it. Both parts are kept to one line (control
/// characters written as \xNN): parsers quote the offending input in their messages, file names may
/// hold line breaks, and every problem is printed as exactly one line.
/// </summary>
public sealed record IngestError(string Origin, string Problem)
{
    public string Origin { get; init; } = OneLine(Origin);

    public string Problem { get; init; } = OneLine(Problem);

    private static string OneLine(string text)
    {
        if (text is null || !text.Any(char.IsControl))
        {
            return text!;
        }

        var line = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (char.IsControl(c))
            {
                line.Append(System.FormattableString.Invariant($"\\x{(int)c:X2}"));
            }
            else
            {
                line.Append(c);
            }
        }

        return line.ToString();
    }

    public override string ToString() => $"{Origin}: {Problem}";
}

/// <summary>How a publication date was established, strongest first.</summary>
public enum DateBasis
{
    /// <summary>A date field supplied by the container (JSONL, HTML meta).</summary>
    Metadata,
    /// <summary>A date in the dateline ("WASHINGTON, 05 November 2025:").</summary>
    Dateline,
    /// <summary>A date in the text, such as the date under an embedded post or an "updated" line.</summary>
    BodyText,
    /// <summary>Inherited from the event cluster the article joined.</summary>
    EventCluster,
    /// <summary>No date could be found.</summary>
    Unknown,
    /// <summary>Only the date an archive captured the page (WARC-Date) was there: the article is no newer than it.</summary>
    Captured,
}

/// <summary>The publication date of an article and how it was found. <c>Earliest</c>/<c>Latest</c> bound an inherited range.</summary>
public sealed record PublicationDate(DateOnly? Value, DateBasis Basis, DateOnly? Earliest = null, DateOnly? Latest = null)
{
    public static PublicationDate Unknown { get; } = new(null, DateBasis.Unknown);
}

/// <summary>A social-media post quoted in an article ("— Name (@handle) February 2, 2026").</summary>
public sealed record EmbeddedPost(TextSpan Span, string Text, string? Author, string? Handle, DateOnly? Date);

/// <summary>
/// A cleaned article. <see cref="Body"/> is the text every span in every later stage points into:
/// paragraphs separated by a single '\n', boilerplate removed.
/// </summary>
public sealed record Article(
    string Id,
    string SourcePath,
    string Headline,
    string? Outlet,
    string? Byline,
    string? DatelinePlace,
    PublicationDate Published,
    string Body,
    IReadOnlyList<TextSpan> Paragraphs,
    IReadOnlyList<EmbeddedPost> Posts,
    string? Url = null,
    string? Modified = null,
    string? Language = null,
    IReadOnlyList<string>? Authors = null,
    string? PublishedSource = null);
