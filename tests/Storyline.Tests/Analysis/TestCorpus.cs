using Storyline.Model;

namespace Storyline.Tests.Analysis;

/// <summary>Builds annotated articles by hand, so analysis tests do not depend on the language stages.</summary>
internal sealed class TestCorpus
{
    private readonly List<AnnotatedArticle> _articles = [];

    public IReadOnlyList<AnnotatedArticle> Articles => _articles;

    /// <summary>
    /// Adds an article whose single sentence reports one event. Actors are names; each becomes a person
    /// entity keyed "person:name" (or "gpe:name" when it starts with '@').
    /// </summary>
    public string Add(
        string body,
        string? published = null,
        (string Type, string Mode)? kind = null,
        string[]? actors = null,
        string? time = null,
        bool background = false,
        Quote[]? quotes = null,
        NumericClaim[]? claims = null)
    {
        var id = "a" + (_articles.Count + 1);
        var article = new Article(
            id,
            $"{id}.txt",
            body.Split('.')[0],
            "Test Outlet",
            null,
            null,
            published is null ? PublicationDate.Unknown : new PublicationDate(DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline),
            body,
            [new TextSpan(0, body.Length)],
            []);
        var sentence = new TextSpan(0, body.Length);
        var mentions = new List<EntityMention>();
        var entities = new List<ArticleEntity>();
        foreach (var actor in actors ?? [])
        {
            var isPlace = actor.StartsWith('@');
            var name = isPlace ? actor[1..] : actor;
            var at = body.IndexOf(name, StringComparison.Ordinal);
            var span = at >= 0 ? new TextSpan(at, name.Length) : new TextSpan(0, 1);
            var key = (isPlace ? "gpe:" : "person:") + name.ToLowerInvariant();
            mentions.Add(new EntityMention(span, name, isPlace ? EntityType.Gpe : EntityType.Person, key));
            entities.Add(new ArticleEntity(key, name, isPlace ? EntityType.Gpe : EntityType.Person, [name], [span]));
        }
        var times = new List<TimeExpression>();
        TimeExpression? timex = null;
        if (time is not null)
        {
            timex = new TimeExpression(new TextSpan(body.Length - 1, 1), ".", TimexType.Date, time, null, 0.9);
            times.Add(timex);
        }
        var events = new List<EventMention>();
        if (kind is { } k)
        {
            events.Add(new EventMention(sentence, new TextSpan(0, 1), k.Type, k.Mode, mentions.Select(m => m.EntityKey).ToList(), timex, null, background));
        }
        _articles.Add(new AnnotatedArticle(article, [new Sentence(sentence, 0)], mentions, entities, times, quotes ?? [], claims ?? [], events, []));
        return id;
    }

    /// <summary>
    /// Adds an undated article of two sentences: a lead reporting one event and a later sentence recalling
    /// another, with its actors (person names) and time.
    /// </summary>
    public string AddLeadAndRecall(
        string lead, (string Type, string Mode) leadKind, string? leadTime,
        string recall, (string Type, string Mode) recallKind, string[] recallActors, string? recallTime)
    {
        var id = "a" + (_articles.Count + 1);
        var body = lead + " " + recall;
        var article = new Article(id, $"{id}.txt", lead.Split('.')[0], "Test Outlet", null, null, PublicationDate.Unknown, body, [new TextSpan(0, body.Length)], []);
        var first = new TextSpan(0, lead.Length);
        var second = new TextSpan(lead.Length + 1, recall.Length);
        var mentions = new List<EntityMention>();
        var entities = new List<ArticleEntity>();
        foreach (var name in recallActors)
        {
            var span = new TextSpan(body.IndexOf(name, second.Start, StringComparison.Ordinal), name.Length);
            var key = "person:" + name.ToLowerInvariant();
            mentions.Add(new EntityMention(span, name, EntityType.Person, key));
            entities.Add(new ArticleEntity(key, name, EntityType.Person, [name], [span]));
        }
        var times = new List<TimeExpression>();
        TimeExpression? Time(string? value, TextSpan sentence)
        {
            if (value is null)
            {
                return null;
            }
            var timex = new TimeExpression(new TextSpan(sentence.End - 1, 1), ".", TimexType.Date, value, null, 0.9);
            times.Add(timex);
            return timex;
        }
        List<EventMention> events =
        [
            new(first, new TextSpan(0, 1), leadKind.Type, leadKind.Mode, [], Time(leadTime, first), null, false),
            new(second, new TextSpan(second.Start, 1), recallKind.Type, recallKind.Mode, mentions.Select(m => m.EntityKey).ToList(), Time(recallTime, second), null, false),
        ];
        _articles.Add(new AnnotatedArticle(article, [new Sentence(first, 0), new Sentence(second, 1)], mentions, entities, times, [], [], events, []));
        return id;
    }
}
