using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Pulls the article out of a news page: metadata from meta tags and JSON-LD, body blocks from the
/// paragraphs, subheads, list items and quotes of the article element, leaving out navigation,
/// share bars, related-story boxes and the like.
/// </summary>
internal static class HtmlArticle
{
    private const int MaxJsonLdLength = 1_000_000;

    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "nav", "header", "footer", "aside", "form", "script", "style", "figure", "figcaption", "noscript", "template",
        "svg", "button", "iframe", "select", "textarea", "input", "object", "embed", "video", "audio", "canvas", "dialog", "menu",
    };

    /// <summary>Class or id words that mark furniture ("share-bar", "related-stories", "ad-slot").</summary>
    private static readonly string[] SkippedNamePrefixes =
        ["share", "sharing", "social", "related", "newsletter", "promo", "advert", "sponsor", "subscribe", "outbrain", "taboola", "recommended", "paywall", "signup", "cookie"];

    private static readonly HashSet<string> SkippedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "ad", "ads", "adslot", "adunit", "comment", "comments", "commentlist", "disqus", "breadcrumb", "breadcrumbs", "tags", "byline",
    };

    public static (DocumentHints Hints, List<string> Blocks) Extract(string html, HtmlParserOptions options)
    {
        if (HtmlGuard.Check(html) is not null)
        {
            return (DocumentHints.None, []);
        }

        var parser = new HtmlParser(options);
        using var document = parser.ParseDocument(html);
        var jsonLd = JsonLd.Read(document);
        var root = document.Body ?? document.DocumentElement;
        var blocks = root is null ? [] : BlockScorer.Extract(root, jsonLd.ArticleBody);
        return (ReadHints(document, jsonLd), blocks);
    }

    private static bool InSkippedArea(IElement element, IElement? stopAt = null)
    {
        for (var current = element; current is not null && current != stopAt; current = current.ParentElement)
        {
            if (IsSkipped(current))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSkipped(IElement element)
    {
        if (SkippedTags.Contains(element.LocalName))
        {
            return true;
        }

        if (element.GetAttribute("hidden") is not null || element.GetAttribute("aria-hidden") == "true")
        {
            return true;
        }

        return HasFurnitureName(element.GetAttribute("class")) || HasFurnitureName(element.Id);
    }

    private static bool HasFurnitureName(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        foreach (var word in names.Split([' ', '-', '_', '\t', '\n', ':', '.', '/'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (SkippedNames.Contains(word))
            {
                return true;
            }

            foreach (var prefix in SkippedNamePrefixes)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Page metadata with the precedence documented in docs/ingest.md. The modification time is read
    /// into its own field and is never a fallback for the publication time.
    /// </summary>
    private static DocumentHints ReadHints(IHtmlDocument document, JsonLd jsonLd)
    {
        var metas = MetaTable(document);
        string? Meta(string name) => metas.GetValueOrDefault(name);

        var outlet = Meta("og:site_name") ?? jsonLd.Publisher ?? Meta("application-name");
        var headline = Meta("og:title") ?? Meta("twitter:title");
        if (headline is not null && outlet is not null)
        {
            headline = StripSiteSuffix(headline, outlet);
        }

        headline ??= jsonLd.Headline ?? Text(document.QuerySelector("article h1")) ?? Text(document.QuerySelector("h1"));
        if (headline is null && !string.IsNullOrWhiteSpace(document.Title))
        {
            headline = StripSiteSuffix(Boilerplate.Collapse(document.Title), outlet);
        }

        (string Source, string? Value)[] publishedSources =
        [
            ("json-ld datePublished", jsonLd.DatePublished),
            ("meta article:published_time", Meta("article:published_time")),
            ("meta og:published_time", Meta("og:published_time")),
            ("meta datePublished", Meta("datepublished")),
            ("meta pubdate", Meta("pubdate") ?? Meta("publishdate") ?? Meta("publish-date") ?? Meta("parsely-pub-date") ?? Meta("sailthru.date")),
            ("meta dc.date", Meta("dc.date.issued") ?? Meta("dc.date") ?? Meta("date")),
            ("time datePublished", TimeAttribute(document.QuerySelector("time[itemprop=datePublished], time[pubdate], [itemprop=datePublished][datetime]"))),
            ("time element", TimeAttribute(FirstOutsideFurniture(document.QuerySelectorAll("time[datetime]")))),
        ];
        var (publishedSource, published) = publishedSources.FirstOrDefault(source => source.Value is not null);

        var modified = jsonLd.DateModified
            ?? Meta("article:modified_time")
            ?? Meta("og:updated_time")
            ?? Meta("datemodified")
            ?? TimeAttribute(document.QuerySelector("time[itemprop=dateModified], [itemprop=dateModified][datetime]"));

        var authors = jsonLd.Authors.Count > 0 ? jsonLd.Authors : null;
        var byline = (authors is null ? null : string.Join(", ", authors))
            ?? NotUrl(Meta("author"))
            ?? NotUrl(Meta("article:author"))
            ?? Text(document.QuerySelector("[rel=author]"))
            ?? Text(document.QuerySelector(".byline, [class*=byline], [itemprop=author]"));
        if (byline is not null && byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline[3..].Trim();
        }

        authors ??= byline is null ? null : [byline];

        var language = Nonblank(document.DocumentElement?.GetAttribute("lang"))
            ?? Nonblank(Meta("og:locale"))?.Replace('_', '-')
            ?? jsonLd.Language
            ?? Nonblank(Meta("content-language"));

        var url = Nonblank(document.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta("og:url") ?? jsonLd.Url;
        return new DocumentHints(headline, outlet, byline, url?.Trim(), published, modified, language, authors, published is null ? null : publishedSource);
    }

    private static string? Nonblank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>Every meta name/property/itemprop (lower-cased) with its first non-empty content.</summary>
    private static Dictionary<string, string> MetaTable(IHtmlDocument document)
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    table.TryAdd(key.Trim(), Boilerplate.Collapse(content));
                }
            }
        }

        return table;
    }

    private static IElement? FirstOutsideFurniture(IHtmlCollection<IElement>? elements) =>
        elements?.FirstOrDefault(element => !InSkippedArea(element) || element.Closest("header") is not null);

    private static string? Text(IElement? element)
    {
        if (element is null)
        {
            return null;
        }

        var text = Boilerplate.Collapse(element.TextContent);
        return text.Length > 0 ? text : null;
    }

    private static string? TimeAttribute(IElement? element)
    {
        var value = element?.GetAttribute("datetime");
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    private static string? NotUrl(string? value) =>
        value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase) || value.Contains("://", StringComparison.Ordinal) ? null : value;

    /// <summary>"Talks resume | The Northwire" -> "Talks resume". Only a short trailing part after a separator is cut.</summary>
    internal static string StripSiteSuffix(string title, string? siteName)
    {
        foreach (var separator in (ReadOnlySpan<string>)[" | ", " - ", " – ", " — ", " :: ", " · "])
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index <= 0)
            {
                continue;
            }

            var suffix = title[(index + separator.Length)..].Trim();
            var known = siteName is not null && suffix.Equals(siteName, StringComparison.OrdinalIgnoreCase);
            var shortSuffix = suffix.Length <= 40 && suffix.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5;
            if (known || (shortSuffix && index >= 15 && separator is " | " or " :: " or " · ") || (shortSuffix && index >= 15 && siteName is null && separator == " - " && suffix.Length < index / 2))
            {
                return title[..index].Trim();
            }
        }

        return title;
    }

    /// <summary>
    /// The schema.org fields of a page's JSON-LD. Objects typed as an article (NewsArticle, BlogPosting,
    /// ReportageNewsArticle...) win over other objects (WebPage, Organization); @graph and arrays are read.
    /// dateModified is kept apart and never used as the publication date.
    /// </summary>
    private sealed record JsonLd(
        string? Headline, string? DatePublished, string? DateModified, IReadOnlyList<string> Authors, string? Publisher,
        string? ArticleBody, string? Language, string? Url)
    {
        private const int MaxDepth = 12;

        public static JsonLd Read(IHtmlDocument document)
        {
            var objects = new List<(JsonElement Element, bool Article)>();
            var documents = new List<JsonDocument>();
            try
            {
                foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
                {
                    var text = script.TextContent;
                    if (text.Length == 0 || text.Length > MaxJsonLdLength)
                    {
                        continue;
                    }

                    try
                    {
                        var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                        documents.Add(json);
                        Collect(json.RootElement, objects, 0);
                    }
                    catch (JsonException)
                    {
                        // Broken JSON-LD is common; the page's other metadata still counts.
                    }
                }

                // Article objects first, in page order; then the rest.
                var ordered = objects.Where(o => o.Article).Concat(objects.Where(o => !o.Article)).Select(o => o.Element).ToList();
                string? First(Func<JsonElement, string?> read) => ordered.Select(read).FirstOrDefault(value => value is not null);
                var articleObjects = objects.Where(o => o.Article).Select(o => o.Element).ToList();
                var authors = (articleObjects.Count > 0 ? articleObjects : ordered).Select(Names).FirstOrDefault(list => list.Count > 0) ?? [];
                return new JsonLd(
                    First(e => String(e, "headline")),
                    First(e => String(e, "datePublished")),
                    First(e => String(e, "dateModified")),
                    authors,
                    First(e => Names(e, "publisher").FirstOrDefault()),
                    articleObjects.Select(e => RawString(e, "articleBody")).FirstOrDefault(value => value is not null),
                    First(e => String(e, "inLanguage")),
                    articleObjects.Select(e => String(e, "url")).FirstOrDefault(value => value is not null));
            }
            finally
            {
                foreach (var json in documents)
                {
                    json.Dispose();
                }
            }
        }

        private static void Collect(JsonElement element, List<(JsonElement, bool)> objects, int depth)
        {
            if (depth > MaxDepth)
            {
                return;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, objects, depth + 1);
                }

                return;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            objects.Add((element, IsArticleType(element)));
            if (element.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, objects, depth + 1);
            }
        }

        private static bool IsArticleType(JsonElement element)
        {
            if (!element.TryGetProperty("@type", out var type))
            {
                return false;
            }

            static bool Article(string? name) => name is not null
                && (name.EndsWith("Article", StringComparison.Ordinal) || name.EndsWith("Posting", StringComparison.Ordinal) || name is "Report" or "Review" or "Article");
            return type.ValueKind switch
            {
                JsonValueKind.String => Article(type.GetString()),
                JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && Article(t.GetString())),
                _ => false,
            };
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? Boilerplate.Collapse(value.GetString()!)
                : null;

        private static string? RawString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()
                : null;

        private static List<string> Names(JsonElement element) => Names(element, "author");

        /// <summary>Names of a person/organization field: a string, an object with a name, or an array of them.</summary>
        private static List<string> Names(JsonElement element, string name)
        {
            var names = new List<string>();
            if (!element.TryGetProperty(name, out var value))
            {
                return names;
            }

            void Add(JsonElement item)
            {
                var text = item.ValueKind switch
                {
                    JsonValueKind.String => NotUrl(Boilerplate.Collapse(item.GetString() ?? string.Empty)),
                    JsonValueKind.Object => String(item, "name"),
                    _ => null,
                };
                if (!string.IsNullOrEmpty(text) && !names.Contains(text, StringComparer.Ordinal))
                {
                    names.Add(text);
                }
            }

            if (value.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in value.EnumerateArray())
                {
                    Add(item);
                }
            }
            else
            {
                Add(value);
            }

            return names;
        }
    }
}
