using Storyline.Analysis.Claims;
using Storyline.Analysis.Duplicates;
using Storyline.Analysis.Entities;
using Storyline.Analysis.Events;
using Storyline.Analysis.Quotes;
using Storyline.Analysis.Stories;
using Storyline.Analysis.Summaries;
using Storyline.Analysis.Timeline;
using Storyline.Model;

namespace Storyline.Analysis;

/// <summary>
/// The cross-article stages in order: reprints, canonical entities, event clusters with their
/// dates, titles and cited summaries, stories, timeline, quotes, numbers and contradictions (in
/// figures, in event days and in when a process began).
/// </summary>
public sealed class StoryAnalyzer
{
    /// <summary>How long after the last report of an event an undated report of it may still have run.</summary>
    private const int FollowUpDays = 2;

    private readonly DuplicateDetector _duplicates = new();
    private readonly EntityResolver _entities = new();
    private readonly EventClusterer _clusterer = new();
    private readonly EventDater _dater = new();
    private readonly EventTitler _titler = new();
    private readonly EventSummarizer _summarizer = new();
    private readonly StoryBuilder _stories = new();
    private readonly TimelineBuilder _timeline = new();
    private readonly QuoteMerger _quotes = new();
    private readonly ClaimMerger _claims = new();
    private readonly ProcessStartComparer _starts = new();

    public StoryGraph Analyze(IReadOnlyList<AnnotatedArticle> annotated)
    {
        var articles = annotated.Select(a => a.Article).ToList();
        var byId = articles.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var duplicates = _duplicates.Find(articles);
        var reprints = duplicates.Select(d => d.ArticleId).ToHashSet(StringComparer.Ordinal);
        var entities = _entities.Resolve(annotated);

        var clusters = _clusterer.Cluster(annotated, entities);
        var dates = clusters.Select(_dater.Date).ToList();
        // Every lead is also its article's untyped news, which joins other reports by their words. Where a kept event
        // of a known kind (a statement aside) already reports the lead, that news would tell the same occurrence twice.
        var typedLeads = TypedLeads(annotated, clusters, dates, reprints);
        var events = new List<StoryEvent>();
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            var date = dates[c];
            if (cluster.Mode == "news" && cluster.Reports.Any(r => typedLeads.Contains(r.ArticleId)))
            {
                var rest = cluster.Reports.Where(r => !typedLeads.Contains(r.ArticleId)).ToList();
                if (rest.Count == 0)
                {
                    continue;
                }
                cluster = cluster with { Reports = rest, IsBackground = rest.All(r => r.IsBackground) };
                date = _dater.Date(cluster);
            }
            if (!Kept(cluster, date, reprints))
            {
                continue;
            }
            var actorIds = cluster.Reports.SelectMany(r => r.ActorIds.Select((a, rank) => (Id: a, Weight: 1.0 / ((rank + 1) * (rank + 1)))))
                .GroupBy(a => a.Id, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(a => a.Weight))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .ToList();
            var place = cluster.Reports.SelectMany(r => r.Mentions).Select(m => m.Place).FirstOrDefault(p => p is not null);
            var articleIds = cluster.Reports.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var mentions = cluster.Reports
                .SelectMany(r => r.Mentions.Select(m => new Citation(r.ArticleId, m.Sentence.Start, m.Sentence.End)))
                .Distinct()
                .ToList();
            var identity = string.Join('|', mentions.Select(m => $"{m.ArticleId}:{m.Start}").Order(StringComparer.Ordinal));
            var sentences = mentions.Select(m => byId[m.ArticleId].Body[m.Start..m.End]).ToList();
            events.Add(new StoryEvent(
                StableId.Of("ev", $"{cluster.Type}|{cluster.Mode}|{identity}"),
                cluster.Mode == "news" ? NewsTitle(articleIds, byId, reprints) : _titler.Title(cluster, actorIds, entities, place, sentences),
                cluster.Type,
                cluster.Mode,
                date,
                actorIds,
                articleIds,
                cluster.IsBackground,
                _summarizer.Summarize(cluster, byId, reprints),
                mentions,
                _titler.IsEnd(cluster.Mode, sentences),
                IsScheduled(date, articleIds, byId, cluster)));
        }
        events = events
            .OrderBy(e => e.IsBackground)
            .ThenBy(e => e.Date is not null && TimexRange.TryParse(e.Date.Value, out var r) ? r.Start : DateOnly.MaxValue)
            .ThenByDescending(e => e.ArticleIds.Count)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();

        var stories = _stories.Build(events, entities);
        var claims = _claims.Merge(annotated, reprints, events);
        var starts = _starts.Compare(annotated, stories, events, reprints, entities);
        var contradictions = claims.Contradictions
            .Concat(DateDisagreements(events))
            .Concat(starts.Contradictions)
            .ToList();
        var duplicateOf = duplicates.ToDictionary(d => d.ArticleId, StringComparer.Ordinal);
        var leads = ArticleLeads.Of(events);
        var ownDates = byId.ToDictionary(kv => kv.Key, kv => kv.Value.Published.Value, StringComparer.Ordinal);
        // Only articles with no date of their own inherit one, so only theirs are read.
        var written = annotated.Where(a => a.Article.Published.Value is null)
            .GroupBy(a => a.Article.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => WrittenDates(g.First()), StringComparer.Ordinal);
        var records = articles
            .DistinctBy(a => a.Id)
            .Select(a => new ArticleRecord(
                InheritDate(a, leads, ownDates, written.GetValueOrDefault(a.Id) ?? []),
                duplicateOf.TryGetValue(a.Id, out var link) ? link.OriginalId : null,
                duplicateOf.TryGetValue(a.Id, out var l2) ? l2.Similarity : null,
                duplicateOf.TryGetValue(a.Id, out var l3) && l3.IsRevision))
            .ToList();

        var quotes = _quotes.Merge(annotated, entities);
        return new StoryGraph(
            records,
            Involved(entities.Entities, events, quotes),
            events,
            stories,
            quotes,
            claims.Claims,
            contradictions,
            _timeline.Build(events, starts.Timeline));
    }

    /// <summary>
    /// The entities worth listing: people, organizations and places, and any other name that two
    /// articles mention or that an event or quote refers to. A capitalized word seen once ("Mover")
    /// stays out of the list.
    /// </summary>
    private static List<CanonicalEntity> Involved(IReadOnlyList<CanonicalEntity> entities, List<StoryEvent> events, IReadOnlyList<QuoteRecord> quotes)
    {
        var referenced = events.SelectMany(e => e.ActorIds).Concat(quotes.Select(q => q.SpeakerId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        return entities.Where(e => e.Type != EntityType.Misc || e.ArticleIds.Count >= 2 || referenced.Contains(e.Id)).ToList();
    }

    /// <summary>
    /// "Tariffs set to take effect on December 15" told in November: an event whose date begins after the
    /// latest day any of its reports was published has not happened yet in any of them; it is scheduled.
    /// So is one every mention of which announces it ("will hold a summit on Monday" in a Monday paper).
    /// </summary>
    private static bool IsScheduled(EventDate? date, List<string> articleIds, Dictionary<string, Article> byId, EventCluster cluster)
    {
        if (cluster.Reports.All(r => r.Mentions.All(m => m.IsPlanned)))
        {
            return true;
        }
        // A later month or year counts too ("will sign an accord in 2027"); a year used as an attribute ("the
        // 2013 season") no longer dates an event at all.
        if (date is null || !TimexRange.TryParse(date.Value, out var range))
        {
            return false;
        }
        var published = articleIds.Select(id => byId[id].Published).Select(p => p.Value ?? p.Latest).OfType<DateOnly>().ToList();
        return published.Count > 0 && range.Start > published.Max();
    }

    /// <summary>
    /// Whether a cluster stands as an event. Background needs a date to be placed on the timeline; news not dated to the day
    /// needs two independent reports; untyped news needs two whatever its date: one article's lead is not yet an event.
    /// </summary>
    private static bool Kept(EventCluster cluster, EventDate? date, HashSet<string> reprints)
    {
        var independent = cluster.Reports.Select(r => r.ArticleId).Where(id => !reprints.Contains(id)).Distinct(StringComparer.Ordinal).Count();
        var dayDated = date is not null && TimexRange.TryParse(date.Value, out var dateRange) && dateRange.Precision == TimexPrecision.Day;
        return !(cluster.IsBackground ? date is null || (cluster.Mode == "news" && independent < 2) : independent < 2 && (!dayDated || cluster.Mode == "news"));
    }

    /// <summary>
    /// The articles whose lead (the first sentence, or the second) a kept event of a known kind reports: their untyped news is not kept.
    /// A statement does not count: "the navy said it has captured 23 pirates" leaves the capture to the news.
    /// </summary>
    private static HashSet<string> TypedLeads(IReadOnlyList<AnnotatedArticle> annotated, IReadOnlyList<EventCluster> clusters, List<EventDate?> dates, HashSet<string> reprints)
    {
        var leadEnd = annotated
            .Where(a => a.Sentences.Count > 0)
            .GroupBy(a => a.Article.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (First: g.First().Sentences[0].Span.Start, Second: g.First().Sentences[Math.Min(1, g.First().Sentences.Count - 1)].Span.Start), StringComparer.Ordinal);
        var typed = new HashSet<string>(StringComparer.Ordinal);
        for (var c = 0; c < clusters.Count; c++)
        {
            var cluster = clusters[c];
            if (cluster.Mode == "news" || cluster.Type == "STATEMENT" || !Kept(cluster, dates[c], reprints))
            {
                continue;
            }
            foreach (var report in cluster.Reports)
            {
                // The lead is the first sentence, or the second after a title line; a second sentence that writes its day out
                // with the year ("In a meeting on June 19, 1972, ...") recalls an occurrence rather than leading with it.
                if (leadEnd.TryGetValue(report.ArticleId, out var lead) && report.Mentions.Any(m => !m.IsBackground
                    && (m.Sentence.Start <= lead.First || (m.Sentence.Start <= lead.Second && m.Time is not { Anchor: null, Type: TimexType.Date or TimexType.Time }))))
                {
                    typed.Add(report.ArticleId);
                }
            }
        }
        return typed;
    }

    /// <summary>Untyped news is titled by the headline of its earliest original report.</summary>
    private static string NewsTitle(List<string> articleIds, Dictionary<string, Article> byId, HashSet<string> reprints) =>
        articleIds
            .Select(id => byId[id])
            .OrderBy(a => reprints.Contains(a.Id) ? 1 : 0)
            .ThenBy(a => a.Published.Value ?? a.Published.Earliest ?? DateOnly.MaxValue)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .First().Headline;

    /// <summary>
    /// An article with no date of its own was published around the event its lead reports. Only the
    /// lead: a later sentence may recall an occurrence decades old, so an article whose lead is undated
    /// inherits nothing rather than the date of its background. A lead announcing a scheduled event
    /// ("talks will open on Monday") says only that the article came before it, and is not used.
    /// </summary>
    private static Article InheritDate(Article article, IReadOnlyDictionary<string, StoryEvent> leads, IReadOnlyDictionary<string, DateOnly?> published, IReadOnlyList<TimexRange> written)
    {
        if (article.Published.Value is not null || !leads.TryGetValue(article.Id, out var lead) || lead.Date is null || lead.IsScheduled)
        {
            return article;
        }
        // A year or a decade ("stardom in the 1940s") says nothing of when a report was written.
        if (!TimexRange.TryParse(lead.Date.Value, out var range) || range.Precision is not (TimexPrecision.Day or TimexPrecision.Week or TimexPrecision.Month))
        {
            return article;
        }
        // From the event's first possible day (sources that date it earlier count) to a week after it, and
        // never narrower than the days its other reports were published (and two more): a story that ran for a week
        // before the event's day was settled ("rumoured on the 11th, signed on the 19th") was written then.
        var earliest = lead.Date.Disagreements
            .Select(other => TimexRange.TryParse(other.Value, out var r) && r.Precision is TimexPrecision.Day or TimexPrecision.Week or TimexPrecision.Month ? r.Start : range.Start)
            .Append(range.Start)
            .Min();
        var latest = range.End.AddDays(7);
        var reported = lead.ArticleIds.Select(id => published.GetValueOrDefault(id)).OfType<DateOnly>().ToList();
        if (reported.Count > 0)
        {
            earliest = reported.Min() < earliest ? reported.Min() : earliest;
            // A follow-up can run a day or two after the last report we hold.
            latest = reported.Max().AddDays(FollowUpDays) > latest ? reported.Max().AddDays(FollowUpDays) : latest;
        }
        if (!FitsWrittenDates(latest, written))
        {
            return article;
        }
        return article with { Published = new PublicationDate(null, DateBasis.EventCluster, earliest, latest) };
    }

    /// <summary>The days an article writes out with their year ("May 30, 2005"): absolute, resolved against no date (no anchor).</summary>
    private static List<TimexRange> WrittenDates(AnnotatedArticle article) =>
        article.Times
            .Where(t => t.Type is TimexType.Date or TimexType.Time && t.Anchor is null)
            .Select(t => TimexRange.TryParse(t.Value, out var range) && range.Precision == TimexPrecision.Day ? range : (TimexRange?)null)
            .OfType<TimexRange>()
            .ToList();

    /// <summary>
    /// Whether an inherited range agrees with the days the article writes out in full: an obituary that tells
    /// of "May 30, 2005" was not written in July 2004, whatever earlier death it resembles. A written day may be
    /// a plan ("due in court on Dec. 5, 2013"), so only one more than two months past the range counts against
    /// it. (Written years alone say little: news names past years far more than its own.)
    /// </summary>
    private static bool FitsWrittenDates(DateOnly latest, IReadOnlyList<TimexRange> written) =>
        !written.Any(r => r.Start > latest.AddDays(61));

    private static IEnumerable<Contradiction> DateDisagreements(IEnumerable<StoryEvent> events)
    {
        foreach (var e in events)
        {
            if (e.Date is { Disagreements.Count: > 0 } date)
            {
                yield return new Contradiction(
                    StableId.Of("x", e.Id),
                    $"date of {e.Title}",
                    $"Sources date \"{e.Title}\" differently: {date.Value} vs {string.Join(", ", date.Disagreements)}",
                    date.Citations);
            }
        }
    }
}
