using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// RSS 2.0, RSS 1.0 and Atom feeds: one document per item or entry. Full content (content:encoded, Atom
/// content) is preferred to the summary (description, Atom summary); title, link, author and date come
/// from the item, the outlet from the feed's title. Atom <c>updated</c> stands in for the publication
/// time only when <c>published</c> is absent. DTDs are refused and nothing outside the feed is fetched.
/// </summary>
public sealed partial class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static readonly Dictionary<string, int> ZoneHours = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GMT"] = 0, ["UT"] = 0, ["UTC"] = 0, ["Z"] = 0,
        ["EST"] = -5, ["EDT"] = -4, ["CST"] = -6, ["CDT"] = -5, ["MST"] = -7, ["MDT"] = -6, ["PST"] = -8, ["PDT"] = -7,
    };

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private readonly InputReaderOptions _options;

    public FeedReader(InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
    }

    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s*)?(?<d>\d{1,2})\s+(?<mon>[A-Za-z]{3,9})\.?\s+(?<y>\d{2,4})\s+(?<h>\d{1,2}):(?<mi>\d{2})(?::(?<s>\d{2}))?\s*(?<z>[+-]\d{2}:?\d{2}|[A-Za-z]{1,5})?", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Rfc822();

    [GeneratedRegex(@"<[^>]{0,2000}>", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Tag();

    /// <summary>
    /// Reads one feed. Every item becomes a document or one error; a document that is not an XML feed,
    /// or breaks off, is one error (items before the break are kept).
    /// </summary>
    public IEnumerable<ReadOutcome> Read(ReadOnlySpan<byte> bytes, string origin)
    {
        var text = TextDecoder.DecodeXml(bytes, out var problem);
        if (text is null)
        {
            return [ReadOutcome.Failure(origin, "feed is not text: " + problem)];
        }

        return Read(text, origin);
    }

    /// <summary>Reads one feed already decoded to text.</summary>
    public IEnumerable<ReadOutcome> Read(string text, string origin)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.AsSpan().TrimStart();
        if (start.Length == 0)
        {
            return [ReadOutcome.Failure(origin, "feed is empty")];
        }

        if (start[0] != '<')
        {
            return [ReadOutcome.Failure(origin, "not an XML feed: it does not start with '<'")];
        }

        var outcomes = new List<ReadOutcome>();
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = Math.Max(1, _options.MaxFileBytes),
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), settings);
            reader.MoveToContent();
            var root = reader.LocalName;
            var isAtom = root == "feed" && reader.NamespaceURI == Atom.NamespaceName;
            if (!isAtom && root is not ("rss" or "RDF"))
            {
                return [ReadOutcome.Failure(origin, $"XML root is <{reader.Name}>, not an RSS or Atom feed")];
            }

            ReadItems(reader, origin, isAtom, outcomes);
        }
        catch (XmlException exception)
        {
            outcomes.Add(ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"not a well-formed XML feed (line {exception.LineNumber}, position {exception.LinePosition}): {FirstSentence(exception.Message)}")));
            return outcomes;
        }

        if (outcomes.Count == 0)
        {
            outcomes.Add(ReadOutcome.Failure(origin, "feed has no items"));
        }

        return outcomes;
    }

    private static void ReadItems(XmlReader reader, string origin, bool isAtom, List<ReadOutcome> outcomes)
    {
        string? outlet = null;
        var itemName = isAtom ? "entry" : "item";
        var number = 0;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }

            if (reader.LocalName == itemName)
            {
                number++;
                var item = (XElement)XNode.ReadFrom(reader);
                var itemOrigin = string.Create(CultureInfo.InvariantCulture, $"{origin}#{number}");
                outcomes.Add(isAtom ? AtomEntry(item, itemOrigin, number, outlet) : RssItem(item, itemOrigin, number, outlet));
                continue;
            }

            // The feed's own title (channel/title, feed/title) names the outlet; item titles are read inside items.
            if (outlet is null && reader.LocalName == "title" && reader.Depth <= 2)
            {
                var title = (XElement)XNode.ReadFrom(reader);
                outlet = Clean(TextOf(title));
                continue;
            }

            reader.Read();
        }
    }

    private static ReadOutcome RssItem(XElement item, string origin, int number, string? outlet)
    {
        var own = item.Name.Namespace;
        var html = Value(item.Element(Content + "encoded")) ?? Value(item.Element(own + "description"));
        if (html is null)
        {
            return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"item {number} has no content or description"));
        }

        var guid = item.Element(own + "guid");
        var link = Value(item.Element(own + "link"))
            ?? (guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && Value(guid) is { } g && g.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? g : null);
        var hints = new DocumentHints(
            Headline: Clean(TextOf(item.Element(own + "title"))),
            Outlet: outlet,
            Byline: Clean(Value(item.Element(DublinCore + "creator")) ?? AuthorName(Value(item.Element(own + "author")))),
            Url: Clean(link),
            Published: FeedDate(Value(item.Element(own + "pubDate")) ?? Value(item.Element(DublinCore + "date"))));
        return ReadOutcome.Success(new SourceDocument(origin, DocumentFormat.Html, Wrap(html), hints));
    }

    private static ReadOutcome AtomEntry(XElement entry, string origin, int number, string? outlet)
    {
        var body = Body(entry.Element(Atom + "content")) ?? Body(entry.Element(Atom + "summary"));
        if (body is not { } found)
        {
            return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"entry {number} has no content or summary"));
        }

        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate" && (string?)l.Attribute("type") is null or "text/html")
            ?? links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate");
        var authors = entry.Elements(Atom + "author").Select(a => Clean(Value(a.Element(Atom + "name")))).OfType<string>().ToList();

        // "updated" is when the entry last changed: it stands in only for a feed that never says when it was published.
        var published = Value(entry.Element(Atom + "published")) ?? Value(entry.Element(Atom + "updated"));
        var hints = new DocumentHints(
            Headline: Clean(TextOf(entry.Element(Atom + "title"))),
            Outlet: outlet,
            Byline: authors.Count > 0 ? string.Join(", ", authors) : null,
            Url: Clean((string?)link?.Attribute("href")),
            Published: FeedDate(published));
        var text = found.Format == DocumentFormat.Html ? Wrap(found.Text) : TextNormalizer.Normalize(found.Text);
        return ReadOutcome.Success(new SourceDocument(origin, found.Format, text, hints));
    }

    /// <summary>An Atom content or summary element as HTML or plain text, by its type; null when absent, empty or out of line (src=).</summary>
    private static (DocumentFormat Format, string Text)? Body(XElement? element)
    {
        if (element is null || element.Attribute("src") is not null)
        {
            return null;
        }

        var type = ((string?)element.Attribute("type") ?? "text").Trim().ToLowerInvariant();
        switch (type)
        {
            case "xhtml" or "application/xhtml+xml":
                var inner = element.Elements().FirstOrDefault() is { } div && div.Name.LocalName == "div"
                    ? string.Concat(div.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
                    : string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
                return string.IsNullOrWhiteSpace(inner) ? null : (DocumentFormat.Html, inner);
            case "html" or "text/html":
                return Value(element) is { } html ? (DocumentFormat.Html, html) : null;
            case "text" or "text/plain":
                return Value(element) is { } text ? (DocumentFormat.PlainText, text) : null;
            default:
                return null;
        }
    }

    /// <summary>Feed HTML is a fragment: an article element tells the page extractor the whole of it is the story.</summary>
    private static string Wrap(string html) => "<article>" + TextNormalizer.Normalize(html) + "</article>";

    private static string? Value(XElement? element)
    {
        var value = element?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value;
    }

    /// <summary>A title as plain text: Atom titles of type html carry escaped markup.</summary>
    private static string? TextOf(XElement? element)
    {
        if (Value(element) is not { } value)
        {
            return null;
        }

        if ((string?)element!.Attribute("type") is "html" or "xhtml" || value.Contains('<', StringComparison.Ordinal))
        {
            try
            {
                value = WebUtility.HtmlDecode(Tag().Replace(value, string.Empty));
            }
            catch (RegexMatchTimeoutException)
            {
                return value;
            }
        }

        return value;
    }

    /// <summary>RSS author is an e-mail address with the name in brackets ("desk@example.org (Ana Ferro)"); a bare address is no name.</summary>
    private static string? AuthorName(string? author)
    {
        if (author is null)
        {
            return null;
        }

        var open = author.IndexOf('(', StringComparison.Ordinal);
        var close = author.LastIndexOf(')');
        if (open >= 0 && close > open + 1)
        {
            return author[(open + 1)..close];
        }

        return author.Contains('@', StringComparison.Ordinal) ? null : author;
    }

    /// <summary>An RFC 822 date ("Tue, 04 Nov 2025 09:30:00 +0000") as ISO 8601; other forms (Atom's are ISO already) pass through.</summary>
    internal static string? FeedDate(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        Match match;
        try
        {
            match = Rfc822().Match(trimmed);
        }
        catch (RegexMatchTimeoutException)
        {
            return trimmed;
        }

        if (!match.Success)
        {
            return trimmed;
        }

        var monthText = match.Groups["mon"].Value;
        var month = Array.FindIndex(MonthNames, m => monthText.StartsWith(m, StringComparison.OrdinalIgnoreCase)) + 1;
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        year = year < 100 ? year + (year < 70 ? 2000 : 1900) : year;
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var hour = int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups["mi"].Value, CultureInfo.InvariantCulture);
        var second = match.Groups["s"].Success ? int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture) : 0;
        var offset = Offset(match.Groups["z"].Value);
        if (month == 0 || offset is null || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 60)
        {
            return trimmed;
        }

        var instant = new DateTimeOffset(year, month, day, hour, minute, Math.Min(second, 59), offset.Value);
        return instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
    }

    private static TimeSpan? Offset(string zone)
    {
        if (zone.Length == 0)
        {
            return TimeSpan.Zero;
        }

        if (zone[0] is '+' or '-')
        {
            var digits = zone.Replace(":", string.Empty, StringComparison.Ordinal);
            var hours = int.Parse(digits.AsSpan(1, 2), CultureInfo.InvariantCulture);
            var minutes = int.Parse(digits.AsSpan(3, 2), CultureInfo.InvariantCulture);
            if (hours > 14 || minutes > 59)
            {
                return null;
            }

            var span = new TimeSpan(hours, minutes, 0);
            return zone[0] == '-' ? -span : span;
        }

        return ZoneHours.TryGetValue(zone, out var h) ? TimeSpan.FromHours(h) : TimeSpan.Zero;
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var cleaned = TextNormalizer.Normalize(value).Trim();
        return cleaned.Length == 0 ? null : cleaned;
    }

    private static string FirstSentence(string message)
    {
        // XmlException messages repeat the position as "Line 3, position 7."; the caller already says where.
        var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd();
    }
}
