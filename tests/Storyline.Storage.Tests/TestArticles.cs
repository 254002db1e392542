using System.Globalization;
using Storyline.Model;

namespace Storyline.Storage.Tests;

/// <summary>
/// Builds fictional annotated articles whose every field is filled and whose spans point into the body,
/// so a store that drops or mangles any field shows up in an equality check.
/// </summary>
internal static class TestArticles
{
    public const string DefaultBody =
        "MERIDA FALLS, 12 March 2026: Prime Minister Alda Verin of Norvania spoke by phone with President Tomas Kell on Thursday, her office said.\n" +
        "\"We agreed to keep talking about the 18% levy,\" Verin said after the call.\n" +
        "Trade between the two countries reached $4.2 billion last year.\n" +
        "Our friends in Norvania are partners for the long road. — Tomas Kell (@tkell) March 12, 2026";

    /// <summary>A complete article; only the id is required, every other field has a fictional default.</summary>
    public static AnnotatedArticle Make(
        string id,
        string? sourcePath = null,
        string headline = "Norvania and Ostland leaders discuss levy by phone",
        string? body = null,
        string? outlet = "The Harbour Ledger",
        string? byline = "By Mira Osk",
        string? datelinePlace = "Merida Falls",
        PublicationDate? published = null,
        string? url = "https://ledger.example/world/levy-call",
        bool annotated = true)
    {
        body ??= DefaultBody;
        var paragraphs = Paragraphs(body);
        var article = new Article(
            id,
            sourcePath ?? $"inbox/{id}.txt",
            headline,
            outlet,
            byline,
            datelinePlace,
            published ?? new PublicationDate(new DateOnly(2026, 3, 12), DateBasis.Dateline, new DateOnly(2026, 3, 11), new DateOnly(2026, 3, 13)),
            body,
            paragraphs,
            Posts(body),
            url);
        return annotated ? Annotate(article) : Bare(article);
    }

    /// <summary>A short article with no annotations; cheap enough to add by the thousand.</summary>
    public static AnnotatedArticle Small(int n) =>
        Make(
            Id(n),
            headline: FormattableString.Invariant($"Council meets for session {n}"),
            body: FormattableString.Invariant($"The regional council met for session {n} and approved {n % 97} measures."),
            annotated: false);

    public static string Id(int n) => n.ToString("x16", CultureInfo.InvariantCulture);

    public static IReadOnlyList<AnnotatedArticle> Many(int count, int first = 0) =>
        Enumerable.Range(first, count).Select(Small).ToList();

    /// <summary>Every nullable field null, every list empty, the date unknown.</summary>
    public static AnnotatedArticle Sparse(string id) =>
        Bare(new Article(id, $"inbox/{id}.txt", "", null, null, null, PublicationDate.Unknown, "", [], [], null));

    private static AnnotatedArticle Bare(Article article) => new(article, [], [], [], [], [], [], [], []);

    private static List<TextSpan> Paragraphs(string body)
    {
        var spans = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= body.Length; i++)
        {
            if (i == body.Length || body[i] == '\n')
            {
                spans.Add(TextSpan.FromBounds(start, i));
                start = i + 1;
            }
        }

        return spans;
    }

    private static List<EmbeddedPost> Posts(string body)
    {
        var dash = body.IndexOf("— Tomas Kell", StringComparison.Ordinal);
        if (dash < 0)
        {
            return [];
        }

        var lineStart = body.LastIndexOf('\n', dash) + 1;
        var lineEnd = body.IndexOf('\n', dash);
        var span = TextSpan.FromBounds(lineStart, lineEnd < 0 ? body.Length : lineEnd);
        return [new EmbeddedPost(span, span.Of(body), "Tomas Kell", "@tkell", new DateOnly(2026, 3, 12))];
    }

    private static AnnotatedArticle Annotate(Article article)
    {
        var body = article.Body;
        var paragraphs = article.Paragraphs;
        var sentences = paragraphs.Select((p, i) => new Sentence(p, i)).ToList();

        var mentions = new List<EntityMention>();
        Mention("Alda Verin", EntityType.Person, "person:alda verin");
        Mention("Norvania", EntityType.Gpe, "gpe:norvania");
        Mention("Tomas Kell", EntityType.Person, "person:tomas kell");
        Mention("Verin", EntityType.Person, "person:alda verin");

        var entities = mentions
            .GroupBy(m => m.EntityKey, StringComparer.Ordinal)
            .Select(g => new ArticleEntity(
                g.Key,
                g.OrderByDescending(m => m.Text.Length).First().Text,
                g.First().Type,
                g.Select(m => m.Text).Distinct(StringComparer.Ordinal).ToList(),
                g.Select(m => m.Span).ToList()))
            .ToList();

        var times = new List<TimeExpression>();
        var thursday = Find("Thursday");
        if (thursday is { } t)
        {
            times.Add(new TimeExpression(t, "Thursday", TimexType.Date, "2026-03-12", new DateOnly(2026, 3, 12), 0.875));
        }

        var lastYear = Find("last year");
        if (lastYear is { } ly)
        {
            times.Add(new TimeExpression(ly, "last year", TimexType.Date, "2025", null, 0.5));
        }

        var quotes = new List<Quote>();
        var quoted = Find("We agreed to keep talking about the 18% levy,");
        if (quoted is { } q)
        {
            quotes.Add(new Quote(q, q.Of(body), QuoteKind.Direct, "person:alda verin", Find("Verin said")));
        }

        var post = article.Posts.Count > 0 ? article.Posts[0] : null;
        if (post is not null)
        {
            quotes.Add(new Quote(post.Span, post.Text, QuoteKind.Post, null, null));
        }

        var claims = new List<NumericClaim>();
        if (Find("18%") is { } pct && quoted is { } qs)
        {
            claims.Add(new NumericClaim(pct, "18%", 18, "percent", "levy", qs));
        }

        if (Find("$4.2 billion") is { } money && sentences.Count > 2)
        {
            claims.Add(new NumericClaim(money, "$4.2 billion", 4.2e9, "USD", "trade", sentences[2].Span));
        }

        var events = new List<EventMention>();
        if (Find("spoke by phone") is { } trigger && sentences.Count > 0)
        {
            events.Add(new EventMention(
                sentences[0].Span, trigger, "CONSULT", "phone call",
                ["person:alda verin", "person:tomas kell"], times.FirstOrDefault(), "Merida Falls", false));
            events.Add(new EventMention(
                sentences[0].Span, trigger, "CONSULT", "phone call", [], null, null, true));
        }

        var starts = new List<ProcessStart>();
        if (Find("talking") is { } talks && times.Count > 0 && sentences.Count > 0)
        {
            starts.Add(new ProcessStart(sentences[0].Span, talks, "talks", ["trade"], StartBound.After, times[0], ["person:alda verin"]));
        }

        return new AnnotatedArticle(article, sentences, mentions, entities, times, quotes, claims, events, starts);

        TextSpan? Find(string text)
        {
            var at = body.IndexOf(text, StringComparison.Ordinal);
            return at < 0 ? null : new TextSpan(at, text.Length);
        }

        void Mention(string text, EntityType type, string key)
        {
            var at = 0;
            while ((at = body.IndexOf(text, at, StringComparison.Ordinal)) >= 0)
            {
                mentions.Add(new EntityMention(new TextSpan(at, text.Length), text, type, key));
                at += text.Length;
            }
        }
    }
}
