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

    /// <summary>Elements whose text is a body block.</summary>
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "p", "h2", "h3", "li", "blockquote",
    };

    /// <summary>Elements that end a run of inline text; their own text is a block only inside a block tag.</summary>
    private static readonly HashSet<string> BreakingTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd",
        "table", "thead", "tbody", "tr", "td", "th", "pre", "hr", "address", "details", "summary", "center",
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
        return (ReadHints(document, ChooseRoot(document), jsonLd), blocks);
    }

    private static IElement? ChooseRoot(IHtmlDocument document)
    {
        var best = document.QuerySelectorAll("article")
            .Select(article => (Element: article, Score: ParagraphText(article)))
            .Where(candidate => candidate.Score > 0)
            .OrderByDescending(candidate => candidate.Score)
            .Select(candidate => candidate.Element)
            .FirstOrDefault();
        if (best is not null)
        {
            return best;
        }

        var main = document.QuerySelector("main") ?? document.QuerySelector("[role=main]");
        if (main is not null && ParagraphText(main) > 0)
        {
            return main;
        }

        // The element holding the most paragraph text is the article body.
        var scores = new Dictionary<IElement, int>();
        foreach (var paragraph in document.QuerySelectorAll("p"))
        {
            if (paragraph.ParentElement is { } parent && !InSkippedArea(paragraph))
            {
                scores[parent] = scores.GetValueOrDefault(parent) + paragraph.TextContent.Length;
            }
        }

        return scores.Count > 0 ? scores.MaxBy(pair => pair.Value).Key : document.Body ?? document.DocumentElement;
    }

    private static int ParagraphText(IElement container) =>
        container.QuerySelectorAll("p").Where(p => !InSkippedArea(p, container)).Sum(p => p.TextContent.Length);

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
    /// Depth-first walk: text inside a block tag accumulates in <paramref name="inline"/> and is flushed as one
    /// block when a breaking element starts or the block ends, so nested blocks never repeat their text.
    /// </summary>
    private static void Walk(IElement element, List<string> blocks, StringBuilder inline, bool inBlock)
    {
        foreach (var node in element.ChildNodes)
        {
            if (node is IText text)
            {
                if (inBlock)
                {
                    inline.Append(text.Data);
                }

                continue;
            }

            if (node is not IElement child || IsSkipped(child))
            {
                continue;
            }

            var tag = child.LocalName;
            if (tag == "br")
            {
                inline.Append(' ');
            }
            else if (BreakingTags.Contains(tag))
            {
                if (inBlock)
                {
                    Flush(inline, blocks);
                }
                else
                {
                    inline.Clear();
                }

                Walk(child, blocks, inline, inBlock || BlockTags.Contains(tag));
                if (inBlock || BlockTags.Contains(tag))
                {
                    Flush(inline, blocks);
                }
                else
                {
                    inline.Clear();
                }
            }
            else
            {
                Walk(child, blocks, inline, inBlock);
            }
        }
    }

    private static void Flush(StringBuilder inline, List<string> blocks)
    {
        if (inline.Length == 0)
        {
            return;
        }

        var text = Boilerplate.Collapse(inline.ToString());
        inline.Clear();
        if (text.Length > 0)
        {
            blocks.Add(text);
        }
    }

    private static DocumentHints ReadHints(IHtmlDocument document, IElement? root, JsonLd jsonLd)
    {
        var outlet = Meta(document, "og:site_name") ?? jsonLd.Publisher ?? Meta(document, "application-name");
        var headline = Meta(document, "og:title") ?? Meta(document, "twitter:title");
        if (headline is not null && outlet is not null)
        {
            headline = StripSiteSuffix(headline, outlet);
        }

        headline ??= Text(root?.QuerySelector("h1")) ?? Text(document.QuerySelector("h1")) ?? jsonLd.Headline;
        if (headline is null && !string.IsNullOrWhiteSpace(document.Title))
        {
            headline = StripSiteSuffix(Boilerplate.Collapse(document.Title), outlet);
        }

        var published = Meta(document, "article:published_time")
            ?? Meta(document, "og:published_time")
            ?? Meta(document, "datePublished")
            ?? Meta(document, "pubdate")
            ?? Meta(document, "publishdate")
            ?? Meta(document, "publish-date")
            ?? Meta(document, "parsely-pub-date")
            ?? Meta(document, "dc.date.issued")
            ?? Meta(document, "dc.date")
            ?? Meta(document, "date")
            ?? TimeAttribute(document.QuerySelector("time[itemprop=datePublished], time[pubdate]"))
            ?? jsonLd.DatePublished
            ?? TimeAttribute(FirstOutsideFurniture(root?.QuerySelectorAll("time[datetime]")))
            ?? TimeAttribute(FirstOutsideFurniture(document.QuerySelectorAll("time[datetime]")));

        var byline = NotUrl(Meta(document, "author"))
            ?? NotUrl(Meta(document, "article:author"))
            ?? Text(document.QuerySelector("[rel=author]"))
            ?? Text(document.QuerySelector(".byline, [class*=byline], [itemprop=author]"))
            ?? jsonLd.Author;
        if (byline is not null && byline.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            byline = byline[3..].Trim();
        }

        var url = document.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(document, "og:url");
        return new DocumentHints(headline, outlet, byline, string.IsNullOrWhiteSpace(url) ? null : url.Trim(), published);
    }

    private static IElement? FirstOutsideFurniture(IHtmlCollection<IElement>? elements) =>
        elements?.FirstOrDefault(element => !InSkippedArea(element) || element.Closest("header") is not null);

    private static string? Meta(IHtmlDocument document, string name)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                var content = meta.GetAttribute("content");
                if (!string.IsNullOrWhiteSpace(content))
                {
                    return Boilerplate.Collapse(content);
                }
            }
        }

        return null;
    }

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

    /// <summary>The few schema.org fields a news page's JSON-LD carries. dateModified is never used as the publication date.</summary>
    private sealed record JsonLd(string? Headline, string? DatePublished, string? Author, string? Publisher, string? ArticleBody = null)
    {
        private const int MaxDepth = 12;

        public static JsonLd Read(IHtmlDocument document)
        {
            var found = new JsonLd(null, null, null, null);
            foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
            {
                var text = script.TextContent;
                if (text.Length == 0 || text.Length > MaxJsonLdLength)
                {
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(text, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    found = Visit(json.RootElement, found, 0);
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common; the page's other metadata still counts.
                }
            }

            return found;
        }

        private static JsonLd Visit(JsonElement element, JsonLd found, int depth)
        {
            if (depth > MaxDepth)
            {
                return found;
            }

            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    found = Visit(item, found, depth + 1);
                }

                return found;
            }

            if (element.ValueKind != JsonValueKind.Object)
            {
                return found;
            }

            found = found with
            {
                Headline = found.Headline ?? String(element, "headline"),
                DatePublished = found.DatePublished ?? String(element, "datePublished"),
                Author = found.Author ?? Name(element, "author"),
                Publisher = found.Publisher ?? Name(element, "publisher"),
                ArticleBody = found.ArticleBody ?? RawString(element, "articleBody"),
            };
            if (element.TryGetProperty("@graph", out var graph))
            {
                found = Visit(graph, found, depth + 1);
            }

            return found;
        }

        private static string? String(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? Boilerplate.Collapse(value.GetString()!)
                : null;

        private static string? RawString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(value.GetString())
                ? value.GetString()
                : null;

        private static string? Name(JsonElement element, string name)
        {
            if (!element.TryGetProperty(name, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => NotUrl(Boilerplate.Collapse(value.GetString() ?? string.Empty)) is { Length: > 0 } s ? s : null,
                JsonValueKind.Object => String(value, "name"),
                JsonValueKind.Array => value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.Object ? String(item, "name") : null).FirstOrDefault(n => n is not null),
                _ => null,
            };
        }
    }
}
