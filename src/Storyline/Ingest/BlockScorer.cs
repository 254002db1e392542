using System.Text;
using AngleSharp.Dom;

namespace Storyline.Ingest;

/// <summary>One run of text between block boundaries, with the element that holds it.</summary>
internal sealed record TextBlock(string Text, IElement Owner, int LinkChars)
{
    /// <summary>Inside a navigation bar, share box, caption or other furniture (set once the page's sizes are known).</summary>
    public bool InFurniture { get; set; }

    public double LinkDensity => Text.Length == 0 ? 0 : Math.Min(1, (double)LinkChars / Text.Length);

    public bool IsHeading => Owner.LocalName is "h2" or "h3" or "h4" or "h5" or "h6";
}

/// <summary>
/// Finds the article body of a parsed page: the page is cut into text blocks; each paragraph-like block
/// gives its parent and more distant ancestors a score for its length and commas; the container with the
/// best score (after its class/id hints and link density) is the body, together with siblings that score
/// nearly as well. Inside it, blocks in furniture (share bars, captions, related links, newsletter boxes),
/// link lists and lone headlines are dropped. When the page's JSON-LD carries the articleBody, it decides
/// which blocks are the article's.
/// </summary>
internal static class BlockScorer
{
    private const int MinScoredLength = 25;
    private const int MaxAncestorLevels = 5;
    private const double ChunkShare = 0.5;

    /// <summary>Whole subtrees never read: code, media, forms' controls, and captions (credits live there).</summary>
    private static readonly HashSet<string> SkippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "svg", "button", "iframe", "select", "textarea", "input", "object", "embed",
        "video", "audio", "canvas", "dialog", "figcaption", "figure", "picture", "img", "head", "title", "math", "map", "label",
    };

    /// <summary>Furniture by tag: kept out of the body unless the whole body is inside one.</summary>
    private static readonly HashSet<string> FurnitureTags = new(StringComparer.Ordinal)
    {
        "nav", "aside", "footer", "header", "menu", "form",
    };

    /// <summary>Elements that end a run of text.</summary>
    private static readonly HashSet<string> BreakingTags = new(StringComparer.Ordinal)
    {
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd",
        "table", "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "hr", "address", "details", "summary", "center", "body", "header",
        "footer", "nav", "aside", "form", "fieldset", "caption", "hgroup", "figure", "br",
    };

    /// <summary>Elements that are themselves a paragraph: their score goes to the container around them.</summary>
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.Ordinal)
    {
        "p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "dd", "dt", "td", "th", "address",
    };

    /// <summary>Class/id fragments of furniture, matched anywhere in a lower-cased name.</summary>
    private static readonly string[] NegativeFragments =
    [
        "comment", "disqus", "related", "share", "sharing", "social", "newsletter", "subscribe", "signup", "sign-up", "sidebar",
        "breadcrumb", "outbrain", "taboola", "cookie", "consent", "gdpr", "promo", "caption", "credit", "advert", "sponsor",
        "popup", "modal", "recommend", "trending", "popular", "footer", "masthead", "toolbar", "widget", "banner",
        "newsletter", "byline", "author", "dateline", "timestamp", "tags", "topics", "readmore", "read-more", "more-stories",
        "next-article", "pagination", "jump", "skip", "print", "follow", "rating", "login", "overlay", "hidden", "visually-hidden",
        "sr-only", "screen-reader", "disclaimer", "copyright",
    ];

    /// <summary>Class/id words (whole tokens) of furniture too short to match as fragments.</summary>
    private static readonly HashSet<string> NegativeWords = new(StringComparer.Ordinal)
    {
        "ad", "ads", "adv", "nav", "navbar", "menu", "meta", "tools", "tool", "foot", "header", "aside", "extra", "about", "bio", "photo",
        "image", "img", "media", "video", "gallery", "embed", "more", "links", "list", "listing", "teaser", "card",
    };

    /// <summary>Class/id fragments of an article body.</summary>
    private static readonly string[] PositiveFragments =
    [
        "article", "body", "content", "entry", "main", "post", "text", "story", "prose", "blog", "column", "richtext", "rich-text",
    ];

    /// <summary>The body blocks of the page, in document order.</summary>
    public static List<string> Extract(IElement root, string? jsonLdBody)
    {
        var blocks = Collect(root);
        var chosen = Choose(root, blocks);
        if (!string.IsNullOrWhiteSpace(jsonLdBody))
        {
            chosen = ApplyJsonLdBody(blocks, chosen, jsonLdBody);
        }

        return chosen.Select(block => block.Text).ToList();
    }

    /// <summary>Cuts the tree into text blocks without recursion, so deep pages cannot overflow the stack.</summary>
    private static List<TextBlock> Collect(IElement root)
    {
        var blocks = new List<TextBlock>();
        var inline = new StringBuilder();
        var linkChars = 0;
        IElement owner = root;

        // Frames: a node to enter, or (node, exit) to leave a breaking element or a link.
        var stack = new Stack<(INode Node, bool Exit, IElement? PreviousOwner)>();
        stack.Push((root, false, null));
        var linkDepth = 0;

        void Flush()
        {
            if (inline.Length > 0)
            {
                var text = Boilerplate.Collapse(inline.ToString());
                if (text.Length > 0)
                {
                    blocks.Add(new TextBlock(text, owner, Math.Min(linkChars, text.Length)));
                }
            }

            inline.Clear();
            linkChars = 0;
        }

        while (stack.Count > 0)
        {
            var (node, exit, previousOwner) = stack.Pop();
            if (exit)
            {
                var element = (IElement)node;
                if (element.LocalName == "a")
                {
                    linkDepth--;
                    continue;
                }

                Flush();
                owner = previousOwner!;
                continue;
            }

            if (node is IText text)
            {
                inline.Append(text.Data);
                if (linkDepth > 0)
                {
                    linkChars += CountVisible(text.Data);
                }

                continue;
            }

            if (node is not IElement child || node != root && IsSkipped(child))
            {
                continue;
            }

            var tag = child.LocalName;
            if (tag == "br")
            {
                // Two line breaks in a row end a paragraph (text laid out with <br><br> instead of <p>).
                if (EndsWithBreak(inline))
                {
                    Flush();
                }
                else
                {
                    inline.Append('\n');
                }

                continue;
            }

            if (tag == "a")
            {
                linkDepth++;
                stack.Push((child, true, null));
            }
            else if (BreakingTags.Contains(tag) || child == root)
            {
                Flush();
                stack.Push((child, true, owner));
                owner = child;
            }

            for (var i = child.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((child.ChildNodes[i], false, null));
            }
        }

        Flush();
        return blocks;
    }

    private static bool EndsWithBreak(StringBuilder inline)
    {
        for (var i = inline.Length - 1; i >= 0; i--)
        {
            if (inline[i] == '\n')
            {
                return true;
            }

            if (!char.IsWhiteSpace(inline[i]))
            {
                return false;
            }
        }

        return false;
    }

    private static int CountVisible(string text)
    {
        var count = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    count++;
                }

                space = true;
            }
            else
            {
                count++;
                space = false;
            }
        }

        return count;
    }

    private static bool IsSkipped(IElement element)
    {
        if (SkippedTags.Contains(element.LocalName))
        {
            return true;
        }

        if (element.HasAttribute("hidden") || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        return style is not null && (style.Contains("display:none", StringComparison.OrdinalIgnoreCase) || style.Contains("display: none", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Navigation, asides and elements named like furniture, unless the name also says article body.</summary>
    internal static bool IsFurniture(IElement element, Dictionary<IElement, int>? hints = null)
    {
        var tag = element.LocalName;
        if (tag is "body" or "html" or "article" or "main")
        {
            return false;
        }

        if (FurnitureTags.Contains(tag))
        {
            return tag != "form" || Hint(element, hints) < 0;
        }

        return Hint(element, hints) < 0;
    }

    private static int Hint(IElement element, Dictionary<IElement, int>? hints)
    {
        if (hints is null)
        {
            return NameHint(element);
        }

        if (!hints.TryGetValue(element, out var hint))
        {
            hint = NameHint(element);
            hints[element] = hint;
        }

        return hint;
    }

    /// <summary>+1 for an article-body name, -1 for a furniture name, 0 otherwise; a furniture name wins only without a body name.</summary>
    internal static int NameHint(IElement element)
    {
        var names = element.GetAttribute("class") + " " + element.Id + " " + element.GetAttribute("role") + " " + element.GetAttribute("itemprop");
        if (names.Length <= 3)
        {
            return 0;
        }

        var lower = names.ToLowerInvariant();
        var negative = false;
        foreach (var fragment in NegativeFragments)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal))
            {
                negative = true;
                break;
            }
        }

        if (!negative)
        {
            foreach (var word in lower.Split([' ', '-', '_', '\t', '\n', ':', '.', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (NegativeWords.Contains(word) || word == "complementary" || word == "navigation" || word == "contentinfo")
                {
                    negative = true;
                    break;
                }
            }
        }

        var positive = false;
        foreach (var fragment in PositiveFragments)
        {
            if (lower.Contains(fragment, StringComparison.Ordinal))
            {
                positive = true;
                break;
            }
        }

        if (lower.Contains("articlebody", StringComparison.Ordinal) || lower.Contains("article-body", StringComparison.Ordinal) || lower.Contains("article_body", StringComparison.Ordinal))
        {
            return 2;
        }

        return negative && !positive ? -1 : positive && !negative ? 1 : 0;
    }

    /// <summary>Scores containers from their paragraphs and picks the body's blocks.</summary>
    private static List<TextBlock> Choose(IElement root, List<TextBlock> blocks)
    {
        var hints = new Dictionary<IElement, int>();
        var stats = new Dictionary<IElement, (double Score, int Chars, int LinkChars)>();
        foreach (var block in blocks)
        {
            // Text and link totals for every ancestor, for link density.
            var level = 0;
            for (var e = block.Owner; e is not null; e = e.ParentElement)
            {
                var s = stats.GetValueOrDefault(e);
                stats[e] = (s.Score, s.Chars + block.Text.Length, s.LinkChars + block.LinkChars);
                if (e == root || ++level > 64)
                {
                    break;
                }
            }
        }

        // A furniture name on a wrapper holding most of the page ("container penci_sidebar") is layout, not furniture.
        var rootChars = stats.GetValueOrDefault(root).Chars;
        var furniture = new Dictionary<IElement, bool>();
        bool InFurnitureArea(IElement element)
        {
            var chain = new List<IElement>();
            var answer = false;
            for (var e = element; e is not null && e != root; e = e.ParentElement)
            {
                if (furniture.TryGetValue(e, out var known))
                {
                    answer = known;
                    break;
                }

                chain.Add(e);
            }

            for (var i = chain.Count - 1; i >= 0; i--)
            {
                answer = answer || (IsFurniture(chain[i], hints) && stats.GetValueOrDefault(chain[i]).Chars < 0.6 * rootChars && !HoldsArticle(chain[i]));
                furniture[chain[i]] = answer;
            }

            return answer;
        }

        foreach (var block in blocks)
        {
            block.InFurniture = InFurnitureArea(block.Owner);
        }

        foreach (var block in blocks)
        {
            if (block.Text.Length < MinScoredLength || block.InFurniture || block.LinkDensity > 0.5)
            {
                continue;
            }

            var score = 1.0 + Commas(block.Text) + Math.Min(block.Text.Length / 100.0, 3.0);
            score *= 1 - block.LinkDensity;
            var level = 0;
            // Text straight inside a container is a paragraph of that container, as if wrapped in <p>.
            var first = ParagraphTags.Contains(block.Owner.LocalName) ? block.Owner.ParentElement : block.Owner;
            for (var e = first; e is not null && level < MaxAncestorLevels; e = e.ParentElement, level++)
            {
                var divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
                var s = stats.GetValueOrDefault(e);
                stats[e] = s with { Score = s.Score + score / divider };
                if (e == root)
                {
                    break;
                }
            }
        }

        IElement? best = null;
        var bestScore = double.MinValue;
        var finals = new Dictionary<IElement, double>();
        foreach (var (element, s) in stats)
        {
            if (s.Score <= 0)
            {
                continue;
            }

            var density = s.Chars == 0 ? 0 : (double)s.LinkChars / s.Chars;
            var final = (s.Score + (25 * Hint(element, hints)) + TagBonus(element)) * (1 - density);
            if (InFurnitureArea(element))
            {
                final *= 0.3;
            }

            finals[element] = final;
            if (final > bestScore)
            {
                best = element;
                bestScore = final;
            }
        }


        if (best is null)
        {
            return blocks.Where(block => !block.InFurniture && block.LinkDensity <= 0.5).ToList();
        }

        // Readability's lesson: the body often continues in sibling containers (split by ads or subheads).
        var included = new HashSet<IElement> { best };

        // Pages that cut the body into chunks (around ads, pull quotes, newsletter boxes) give several
        // containers that score nearly as well as the best one; each is part of the body.
        foreach (var (element, score) in finals.OrderByDescending(pair => pair.Value).Take(12))
        {
            if (score >= bestScore * ChunkShare && !InFurnitureArea(element) && !included.Any(other => other.Contains(element) || element.Contains(other)))
            {
                included.Add(element);
            }
        }

        if (best.ParentElement is { } parent)
        {
            var threshold = Math.Max(10, bestScore * 0.2);
            foreach (var sibling in parent.Children)
            {
                if (sibling == best || IsSkipped(sibling) || IsFurniture(sibling, hints))
                {
                    continue;
                }

                if (finals.TryGetValue(sibling, out var siblingScore) && siblingScore >= threshold)
                {
                    included.Add(sibling);
                }
                else if (sibling.LocalName == "p" && stats.TryGetValue(sibling, out var ps))
                {
                    var density = ps.Chars == 0 ? 0 : (double)ps.LinkChars / ps.Chars;
                    if (ps.Chars > 80 && density < 0.25)
                    {
                        included.Add(sibling);
                    }
                }
            }
        }

        var chosen = new List<TextBlock>();
        foreach (var block in blocks)
        {
            if (!Within(block.Owner, included, root) || block.Owner.LocalName == "h1")
            {
                continue;
            }

            if (block.InFurniture && !AllInFurnitureBelow(block, included, hints))
            {
                continue;
            }

            if (block.LinkDensity > 0.5 || (block.Owner.LocalName == "li" && block.LinkDensity > 0.3 && block.Text.Length < 100))
            {
                continue;
            }

            chosen.Add(block);
        }

        return chosen;
    }

    /// <summary>A wrapper holding the article element is layout, whatever its name says.</summary>
    private static bool HoldsArticle(IElement element) =>
        element.QuerySelector("article, main, [itemprop=articleBody], [role=main]") is not null;

    private static double TagBonus(IElement element) => element.LocalName switch
    {
        "article" => 10,
        "main" => 5,
        "div" or "section" => 5,
        "pre" or "td" or "blockquote" => 3,
        "ol" or "ul" or "dl" or "form" or "li" => -3,
        "body" or "html" => -10,
        "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
        _ => 0,
    };

    private static int Commas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '،' or '、')
            {
                count++;
            }
        }

        return count;
    }

    private static bool Within(IElement element, HashSet<IElement> included, IElement root)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (included.Contains(e))
            {
                return true;
            }

            if (e == root)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>A furniture block is kept when the furniture element is the chosen container itself or holds it.</summary>
    private static bool AllInFurnitureBelow(TextBlock block, HashSet<IElement> included, Dictionary<IElement, int> hints)
    {
        for (var e = block.Owner; e is not null; e = e.ParentElement)
        {
            if (included.Contains(e))
            {
                return true;
            }

            if (IsFurniture(e, hints))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The publisher's own articleBody: when the chosen blocks miss much of it, the blocks that carry its
    /// words are taken from the whole page instead; chosen blocks sharing almost none of its words are dropped.
    /// A truncated articleBody (a teaser) is not trusted to drop anything.
    /// </summary>
    private static List<TextBlock> ApplyJsonLdBody(List<TextBlock> all, List<TextBlock> chosen, string jsonLdBody)
    {
        var bodyWordList = Words(jsonLdBody);
        var chosenWordCount = chosen.Sum(block => Words(block.Text).Count);
        var trimmed = jsonLdBody.TrimEnd();
        var teaser = trimmed.EndsWith('…') || trimmed.EndsWith("...", StringComparison.Ordinal) || trimmed.EndsWith("&hellip;", StringComparison.Ordinal);
        if (bodyWordList.Count < 30 || (teaser || bodyWordList.Count < 0.6 * chosenWordCount) && chosenWordCount >= bodyWordList.Count)
        {
            return chosen;
        }

        var bodyWords = new HashSet<string>(bodyWordList, StringComparer.Ordinal);

        var chosenWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in chosen)
        {
            chosenWords.UnionWith(Words(block.Text));
        }

        var covered = bodyWords.Count(chosenWords.Contains) / (double)bodyWords.Count;
        var source = covered < 0.8 ? all : chosen;
        var kept = new List<TextBlock>();
        foreach (var block in source)
        {
            var words = Words(block.Text);
            if (words.Count == 0)
            {
                continue;
            }

            var inBody = words.Count(bodyWords.Contains) / (double)words.Count;
            if (inBody >= 0.7 && (source == chosen || !block.InFurniture || inBody >= 0.9))
            {
                kept.Add(block);
            }
        }

        // Only trust the JSON-LD text when the page's blocks carry it; otherwise keep the layout's choice.
        var keptWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in kept)
        {
            keptWords.UnionWith(Words(block.Text));
        }

        var keptCover = bodyWords.Count(keptWords.Contains) / (double)bodyWords.Count;
        return keptCover >= 0.6 ? kept : chosen;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
