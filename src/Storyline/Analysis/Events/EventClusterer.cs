using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Events;

public sealed class EventClustererOptions
{
    /// <summary>Share of the smaller actor set two reports must have in common to be one event.</summary>
    public double MinActorOverlap { get; init; } = 0.5;

    /// <summary>Least combined score (actor overlap and body similarity) for an undated report to join an event.</summary>
    public double MinJoinScore { get; init; } = 0.45;

    /// <summary>Least body similarity for two same-day reports of one kind with no actor in common to be one event.</summary>
    public double MinSameDaySimilarity { get; init; } = 0.15;

    /// <summary>Least body similarity for two untyped news reports to be one event.</summary>
    public double MinNewsSimilarity { get; init; } = 0.2;

    /// <summary>Least average likeness of their articles for two untyped news events to merge after the first pass.</summary>
    public double MinNewsMergeSimilarity { get; init; } = 0.2;

    /// <summary>Least body similarity for a report dated one day off to join an event with the same actors.</summary>
    public double MinNextDaySimilarity { get; init; } = 0.3;
}

/// <summary>One article's account of one occurrence: its event mentions of one kind and one date.</summary>
public sealed record EventReport(
    string ArticleId,
    string Type,
    string Mode,
    bool IsBackground,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<EventMention> Mentions,
    DateOnly? Published = null)
{
    /// <summary>The day the report's mentions name most often (the earliest of equals): "late on Monday" beats a later "said on Tuesday" only by count.</summary>
    public TimexRange? DayRange { get; } = Ranges(Mentions)
        .Where(r => r.Precision == TimexPrecision.Day)
        .GroupBy(r => r.Start)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key)
        .Select(g => (TimexRange?)g.First())
        .FirstOrDefault();

    /// <summary>The day, else the narrowest range any mention gives.</summary>
    public TimexRange? BestRange => DayRange ?? NarrowestRange;

    private TimexRange? NarrowestRange { get; } = Ranges(Mentions)
        .OrderBy(r => r.End.DayNumber - r.Start.DayNumber)
        .Select(r => (TimexRange?)r)
        .FirstOrDefault();

    /// <summary>Dates the report gives with no year ("on Friday" in an undated article).</summary>
    public IReadOnlyList<PartialDate> PartialDates { get; } = Mentions
        .Select(m => PartialDate.TryParse(m.Time?.Value, out var partial) ? partial : (PartialDate?)null)
        .OfType<PartialDate>()
        .Distinct()
        .ToList();

    /// <summary>An undated report whose every yearless date ("Friday") misses the range cannot tell an occurrence in it.</summary>
    public bool RulesOut(TimexRange range, int toleranceDays) =>
        BestRange is null && PartialDates.Count > 0 && !PartialDates.Any(p => p.Fits(range, toleranceDays));

    /// <summary>Two undated reports whose yearless dates cannot meet ("Monday" against "Thursday") tell different occurrences.</summary>
    public bool Clashes(EventReport other, int toleranceDays) =>
        BestRange is null && other.BestRange is null && PartialDates.Count > 0 && other.PartialDates.Count > 0
        && !PartialDates.Any(p => other.PartialDates.Any(q => p.CanMeet(q, toleranceDays)));

    private static IEnumerable<TimexRange> Ranges(IReadOnlyList<EventMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Time is { } time && TimexRange.TryParse(time.Value, out var range))
            {
                yield return range;
            }
        }
    }
}

/// <summary>A group of reports from one or more articles about the same occurrence.</summary>
public sealed record EventCluster(string Type, string Mode, bool IsBackground, IReadOnlyList<EventReport> Reports);

/// <summary>
/// Groups the event reports of all articles into occurrences. Reports of the same kind join when
/// their dates agree and their actors overlap; an undated report joins the event whose articles it
/// resembles most. Two calls between the same people on different days stay two events, and a
/// background mention ("tariffs imposed in August") never merges into the news it is context for.
/// </summary>
public sealed class EventClusterer(EventClustererOptions? options = null)
{
    private const int ClusterSample = 4;

    private const int MaxCandidatesPerKey = 32;

    private const int NewsIndexTerms = 8;

    private readonly EventClustererOptions _options = options ?? new EventClustererOptions();

    public IReadOnlyList<EventCluster> Cluster(IReadOnlyList<AnnotatedArticle> articles, EntityResolution entities)
    {
        var reports = new List<EventReport>();
        foreach (var article in articles)
        {
            reports.AddRange(ReportsOf(article, entities));
        }
        var vectors = new TermVectors(articles.Select(a => (a.Article.Id, a.Article.Body)));
        var quotes = new QuoteOverlap(articles);

        var clusters = new List<List<EventReport>>();
        var clusterArticles = new List<HashSet<string>>();
        // Candidate clusters are looked up by kind and a shared actor or day, so each report meets only
        // the few events it could belong to and the work grows with the corpus, not its square.
        var index = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        // Reports dated to the day decide the events first; the others then join the best match.
        var ordered = reports
            .OrderBy(r => r.DayRange is null ? 1 : 0)
            .ThenBy(r => r.BestRange is null ? 1 : 0)
            .ThenByDescending(r => r.Mentions.Count)
            .ThenBy(r => r.ArticleId, StringComparer.Ordinal);
        foreach (var report in ordered)
        {
            var candidates = new SortedSet<int>();
            foreach (var key in LookupKeys(report, vectors))
            {
                if (index.TryGetValue(key, out var members))
                {
                    // Undated reports look at the most recent events of their actors only.
                    candidates.UnionWith(members.Count <= MaxCandidatesPerKey ? members : members.Skip(members.Count - MaxCandidatesPerKey));
                }
            }
            var best = -1;
            var bestScore = 0.0;
            foreach (var candidate in candidates)
            {
                if (clusterArticles[candidate].Contains(report.ArticleId))
                {
                    continue;
                }
                var score = JoinScore(report, clusters[candidate], vectors, quotes);
                if (score > bestScore)
                {
                    best = candidate;
                    bestScore = score;
                }
            }
            // News is scored on its words alone (JoinScore already holds it to MinNewsSimilarity).
            if (best < 0 || bestScore < (report.Mode == "news" ? _options.MinNewsSimilarity : _options.MinJoinScore))
            {
                best = clusters.Count;
                clusters.Add([]);
                clusterArticles.Add(new HashSet<string>(StringComparer.Ordinal));
            }
            clusters[best].Add(report);
            clusterArticles[best].Add(report.ArticleId);
            foreach (var key in IndexKeys(report, vectors))
            {
                if (!index.TryGetValue(key, out var members))
                {
                    index[key] = members = [];
                }
                if (members.Count == 0 || members[^1] != best)
                {
                    members.Add(best);
                }
            }
        }
        clusters = new NewsMerger(_options.MinNewsMergeSimilarity).Merge(clusters, vectors);
        clusters = AttachRecalled(clusters);
        clusters = JoinCallsADayApart(clusters);
        return clusters.Select(c => new EventCluster(c[0].Type, c[0].Mode, c.All(r => r.IsBackground), c)).ToList();
    }

    /// <summary>
    /// Two outlets publishing on the same day about a call between the same leaders, one "on Wednesday" and
    /// one "on Thursday", most likely tell one call and disagree on its day: the two calls join, and the
    /// event's date then names the disagreement. A call is joined only to one such other call, and never
    /// when an article tells both (it then tells two calls).
    /// </summary>
    private static List<List<EventReport>> JoinCallsADayApart(List<List<EventReport>> clusters)
    {
        var callsByDay = DayDated(clusters.Where(c => c[0].Mode == "phone call" && !c.All(r => r.IsBackground)));
        var gone = new HashSet<List<EventReport>>();
        foreach (var (day, calls) in callsByDay)
        {
            foreach (var call in calls.Where(c => !gone.Contains(c)))
            {
                var others = (callsByDay.GetValueOrDefault(day.AddDays(1)) ?? [])
                    .Where(o => !gone.Contains(o) && !ShareAnArticle(o, call)
                        && o.Any(r => call.Any(c => r.Published is { } p && c.Published == p && Overlap(r.ActorIds, c.ActorIds) >= 1)))
                    .Take(2)
                    .ToList();
                if (others is [var other])
                {
                    // The better-supported day leads; the dater then reports the other as a disagreement.
                    var (keep, join) = other.Count >= call.Count ? (other, call) : (call, other);
                    keep.AddRange(join);
                    gone.Add(join);
                }
            }
        }
        return gone.Count == 0 ? clusters : clusters.Where(c => !gone.Contains(c)).ToList();
    }

    /// <summary>
    /// "Since Roe and Vell spoke by phone on Dec. 11, ...": a recalled occurrence dated to the day that the
    /// corpus also reports as news, of the same kind, on that day and with an actor in common, is that
    /// occurrence; its reports join it rather than stand as a background event of their own. Only where
    /// exactly one such event exists.
    /// </summary>
    private static List<List<EventReport>> AttachRecalled(List<List<EventReport>> clusters)
    {
        var newsByDay = DayDated(clusters.Where(c => !c.All(r => r.IsBackground)));
        var joined = new HashSet<List<EventReport>>();
        foreach (var (day, recalled) in DayDated(clusters.Where(c => c.All(r => r.IsBackground))))
        {
            foreach (var cluster in recalled)
            {
                var actors = cluster.SelectMany(r => r.ActorIds).ToHashSet(StringComparer.Ordinal);
                var matches = (newsByDay.GetValueOrDefault(day) ?? [])
                    .Where(n => string.Equals(n[0].Type, cluster[0].Type, StringComparison.Ordinal) && string.Equals(n[0].Mode, cluster[0].Mode, StringComparison.Ordinal)
                        && n.Any(r => r.ActorIds.Any(actors.Contains)) && !ShareAnArticle(n, cluster))
                    .Take(2)
                    .ToList();
                if (matches is [var only])
                {
                    only.AddRange(cluster);
                    joined.Add(cluster);
                }
            }
        }
        return joined.Count == 0 ? clusters : clusters.Where(c => !joined.Contains(c)).ToList();
    }

    /// <summary>Clusters dated to a single day, by that day (computed once, before any of them grows).</summary>
    private static Dictionary<DateOnly, List<List<EventReport>>> DayDated(IEnumerable<List<EventReport>> clusters)
    {
        var byDay = new Dictionary<DateOnly, List<List<EventReport>>>();
        foreach (var cluster in clusters)
        {
            if (Narrowest(cluster) is { Precision: TimexPrecision.Day } day)
            {
                if (!byDay.TryGetValue(day.Start, out var list))
                {
                    byDay[day.Start] = list = [];
                }
                list.Add(cluster);
            }
        }
        return byDay;
    }

    private static bool ShareAnArticle(List<EventReport> a, List<EventReport> b) =>
        a.Any(r => b.Any(o => string.Equals(o.ArticleId, r.ArticleId, StringComparison.Ordinal)));

    /// <summary>Where a report files its event: by actor, and by actor and day when it has one.</summary>
    private static IEnumerable<string> IndexKeys(EventReport report, TermVectors vectors)
    {
        var kind = $"{report.Type}|{report.Mode}|{report.IsBackground}";
        var day = report.DayRange?.Start.DayNumber;
        foreach (var actor in report.ActorIds)
        {
            yield return $"{kind}|a:{actor}";
            if (day is { } d)
            {
                yield return $"{kind}|a:{actor}|d:{d}";
            }
        }
        if (day is { } only)
        {
            yield return $"{kind}|d:{only}";
        }
        if (report.ActorIds.Count == 0)
        {
            yield return kind;
        }
        foreach (var term in NewsTerms(report, vectors))
        {
            yield return $"{kind}|t:{term}";
        }
    }

    /// <summary>Untyped news meets other news through the heaviest words of its article.</summary>
    private static IEnumerable<int> NewsTerms(EventReport report, TermVectors vectors) =>
        report.Mode == "news" ? vectors.TopTerms(report.ArticleId, NewsIndexTerms) : [];

    /// <summary>Where a report looks for its event: a dated one on its day and the days either side, an undated one by actor.</summary>
    private static IEnumerable<string> LookupKeys(EventReport report, TermVectors vectors)
    {
        var kind = $"{report.Type}|{report.Mode}|{report.IsBackground}";
        if (report.DayRange is { } range)
        {
            for (var d = range.Start.DayNumber - 1; d <= range.Start.DayNumber + 1; d++)
            {
                yield return $"{kind}|d:{d}";
            }
            yield break;
        }
        foreach (var actor in report.ActorIds)
        {
            yield return $"{kind}|a:{actor}";
        }
        if (report.ActorIds.Count == 0)
        {
            yield return kind;
        }
        foreach (var term in NewsTerms(report, vectors))
        {
            yield return $"{kind}|t:{term}";
        }
    }

    /// <summary>0 when the report cannot be the same occurrence; otherwise how alike they are.</summary>
    private double JoinScore(EventReport report, List<EventReport> all, TermVectors vectors, QuoteOverlap quotes)
    {
        // A large event is judged by its first reports (the best dated) and its latest ones.
        var cluster = all.Count <= 2 * ClusterSample ? all : [.. all.Take(ClusterSample), .. all.TakeLast(ClusterSample)];
        var first = cluster[0];
        if (!string.Equals(first.Type, report.Type, StringComparison.Ordinal) || !string.Equals(first.Mode, report.Mode, StringComparison.Ordinal))
        {
            return 0;
        }
        if (report.IsBackground != first.IsBackground)
        {
            return 0;
        }
        var clusterRange = Narrowest(cluster);
        var range = report.BestRange;
        // Visits and meetings run over several days; reports may date them by their first or last day.
        // A report that names the day after ("said on Tuesday") of an account it closely matches is still that account.
        var overlap = cluster.Max(r => Overlap(r.ActorIds, report.ActorIds));
        var similarity = cluster.Max(r => vectors.Cosine(r.ArticleId, report.ArticleId));
        var tolerance = report.Mode is "visit" or "meeting" or "strike" or "demonstration" || (overlap >= _options.MinActorOverlap && similarity >= _options.MinNextDaySimilarity) ? 1 : 0;
        if (clusterRange is { } c && range is { } d && (d.End.AddDays(tolerance) < c.Start || c.End.AddDays(tolerance) < d.Start))
        {
            return 0;
        }
        // Undated members of a dated event are held to the report's date too; the merge of whole news
        // events (NewsMerger) checks yearless dates only where a side has no date at all.
        if ((clusterRange is { } known && report.RulesOut(known, tolerance)) || (range is { } own && cluster.Any(r => r.RulesOut(own, tolerance)))
            || cluster.Any(r => r.Clashes(report, tolerance)))
        {
            return 0;
        }
        var bothDayDated = clusterRange is { Precision: TimexPrecision.Day } && range is { Precision: TimexPrecision.Day };
        if (bothDayDated && (overlap > 0 || similarity >= _options.MinSameDaySimilarity))
        {
            // The same kind of occurrence on the same day: actors named differently ("Dunmere", "Kestria") still agree.
            return 1 + overlap + similarity;
        }
        // Untyped news is matched on its words: two leads about the same occurrence may name nobody alike.
        if (report.Mode == "news")
        {
            return similarity >= _options.MinNewsSimilarity ? similarity + (0.5 * overlap) : 0;
        }
        if (overlap < _options.MinActorOverlap)
        {
            return 0;
        }
        // Reports that carry the same quotes tell the same occurrence.
        var sharedQuotes = cluster.Max(r => quotes.Similarity(r.ArticleId, report.ArticleId));
        // Scored on the larger actor set, so the account naming the same three people beats one naming two of them.
        var closeness = cluster.Max(r => Jaccard(r.ActorIds, report.ActorIds));
        return (0.5 * closeness) + similarity + (0.5 * sharedQuotes);
    }

    /// <summary>The narrowest date any of the reports gives.</summary>
    internal static TimexRange? Narrowest(IEnumerable<EventReport> reports) =>
        reports.Select(r => r.BestRange).OfType<TimexRange>()
            .OrderBy(r => r.End.DayNumber - r.Start.DayNumber)
            .Select(r => (TimexRange?)r)
            .FirstOrDefault();

    private static double Jaccard(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var union = a.Union(b, StringComparer.Ordinal).Count();
        return union == 0 ? 0 : (double)a.Count(b.Contains) / union;
    }

    private static double Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        var shared = a.Count(b.Contains);
        return (double)shared / Math.Min(a.Count, b.Count);
    }

    /// <summary>One report per kind of occurrence and date in an article; news and background apart.</summary>
    private static IEnumerable<EventReport> ReportsOf(AnnotatedArticle annotated, EntityResolution entities)
    {
        var groups = new List<List<EventMention>>();
        foreach (var mention in annotated.Events)
        {
            var home = groups.FirstOrDefault(g => Compatible(g, mention));
            if (home is null)
            {
                groups.Add([mention]);
            }
            else
            {
                home.Add(mention);
            }
        }
        foreach (var group in groups)
        {
            // Actors nearest the trigger in many mentions are the event's protagonists.
            var actors = group.SelectMany(m => m.ActorKeys.Select((key, rank) => (Id: entities.IdOf(key), Weight: 1.0 / ((rank + 1) * (rank + 1)))))
                .Where(a => a.Id is not null)
                .GroupBy(a => a.Id!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(a => a.Weight))
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .ToList();
            yield return new EventReport(annotated.Article.Id, group[0].Type, group[0].Mode, group.All(m => m.IsBackground), actors, group, annotated.Article.Published.Value);
        }
    }

    private static bool Compatible(List<EventMention> group, EventMention mention)
    {
        var first = group[0];
        if (!string.Equals(first.Type, mention.Type, StringComparison.Ordinal)
            || !string.Equals(first.Mode, mention.Mode, StringComparison.Ordinal)
            || first.IsBackground != mention.IsBackground)
        {
            return false;
        }
        if (mention.Time is null || !TimexRange.TryParse(mention.Time.Value, out var range))
        {
            // An undated mention is taken as the same occurrence as the article's other mentions of its kind.
            return true;
        }
        foreach (var other in group)
        {
            // One article's "late on Monday" and "said on Tuesday" are one call told over two days.
            if (other.Time is not null && TimexRange.TryParse(other.Time.Value, out var otherRange)
                && (range.End.AddDays(1) < otherRange.Start || otherRange.End.AddDays(1) < range.Start))
            {
                return false;
            }
        }
        return true;
    }
}
