using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>What the starts of processes add to the report: disagreements, and dated starts for the timeline.</summary>
public sealed record ProcessStartComparison(IReadOnlyList<Contradiction> Contradictions, IReadOnlyList<TimelineEntry> Timeline);

/// <summary>
/// Compares what the articles say about when a process began, within a story and, where both name
/// the same actors, across stories and for articles that belong to none. "Formal talks have been
/// underway since March" and "began trade talks after the tariffs of April" cannot both be right:
/// the first puts the start in March, the second no earlier than April. Starts of the same process
/// (same kind, a shared topic word, no clash of actors) whose possible dates do not overlap are a
/// contradiction; starts that leave room for each other ("after April", "in May") are not. A start
/// dated within a time goes on the timeline unless an event of the story already tells it.
/// </summary>
public sealed class ProcessStartComparer
{
    /// <summary>A start with its time: its own, or the date of the event it was told through.</summary>
    private sealed record Item(string ArticleId, ProcessStart Start, TimeExpression Time, DateOnly Earliest, DateOnly Latest, IReadOnlyList<string> ActorIds);

    public ProcessStartComparison Compare(
        IReadOnlyList<AnnotatedArticle> annotated,
        IReadOnlyList<Story> stories,
        IReadOnlyList<StoryEvent> events,
        IReadOnlySet<string> reprints,
        EntityResolution entities)
    {
        ArgumentNullException.ThrowIfNull(annotated);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(reprints);
        ArgumentNullException.ThrowIfNull(entities);
        // An event by the sentence and kind of one of its mentions, for starts told through another occurrence.
        var eventAt = new Dictionary<(string ArticleId, int Start, string Mode), StoryEvent>();
        foreach (var e in events)
        {
            foreach (var m in e.Mentions)
            {
                eventAt.TryAdd((m.ArticleId, m.Start, e.Mode), e);
            }
        }
        var eventsOfArticle = events
            .SelectMany(e => e.ArticleIds.Select(id => (Id: id, Event: e)))
            .ToLookup(x => x.Id, x => x.Event, StringComparer.Ordinal);
        var published = annotated
            .Where(a => (a.Article.Published.Value ?? a.Article.Published.Earliest) is not null)
            .ToDictionary(a => a.Article.Id, a => (a.Article.Published.Value ?? a.Article.Published.Earliest)!.Value, StringComparer.Ordinal);
        // A reprint repeats its original's account; it is not a second source.
        var items = annotated
            .Where(a => !reprints.Contains(a.Article.Id))
            .SelectMany(a => a.Starts.Select(s => TimeOf(a, s, eventAt, eventsOfArticle[a.Article.Id]) is { } time ? ItemOf(a.Article.Id, s, time, entities) : null))
            .OfType<Item>()
            .ToList();
        if (items.Count == 0)
        {
            return new ProcessStartComparison([], []);
        }
        var eventsById = events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var storiesOf = new Dictionary<string, List<Story>>(StringComparer.Ordinal);
        foreach (var story in stories)
        {
            foreach (var id in story.ArticleIds)
            {
                if (!storiesOf.TryGetValue(id, out var list))
                {
                    storiesOf[id] = list = [];
                }
                list.Add(story);
            }
        }
        var contradictions = new Dictionary<string, Contradiction>(StringComparer.Ordinal);
        var timeline = new Dictionary<string, TimelineEntry>(StringComparer.Ordinal);
        foreach (var group in ProcessGroups(items, storiesOf))
        {
            var groupStories = group.SelectMany(i => storiesOf.GetValueOrDefault(i.ArticleId) ?? []).Distinct().ToList();
            var groupArticles = group.Select(i => i.ArticleId).ToHashSet(StringComparer.Ordinal);
            // The events a start may already be told by: those of its stories, or, for articles in no story, their own.
            var storyEvents = groupStories.SelectMany(s => s.EventIds).Select(id => eventsById.GetValueOrDefault(id)).OfType<StoryEvent>()
                .Concat(groupArticles.SelectMany(id => eventsOfArticle[id]))
                .Distinct()
                .ToList();
            var clash = Describe(group);
            if (clash is not null)
            {
                contradictions.TryAdd(clash.Id, clash);
            }
            if (Entry(group, clash is not null, storyEvents, published) is { } entry)
            {
                timeline.TryAdd($"{entry.Date}|{entry.Text}", entry);
            }
        }
        return new ProcessStartComparison(
            contradictions.Values.OrderBy(c => c.Id, StringComparer.Ordinal).ToList(),
            timeline.Values.ToList());
    }

    /// <summary>
    /// The start's own time, or, for "talks were launched at the summit", the date of the summit's event, cited
    /// at the words that name the summit; for "after eight months of talks, they signed", eight months before
    /// the signing's day. Null when that event has no date (or, to count back from, no day).
    /// </summary>
    private static TimeExpression? TimeOf(AnnotatedArticle article, ProcessStart start, Dictionary<(string, int, string), StoryEvent> eventAt, IEnumerable<StoryEvent> articleEvents)
    {
        if (start.Time is not null || start.Anchor is not { } anchor)
        {
            return start.Time;
        }
        var mention = article.Events.FirstOrDefault(m => m.Trigger == anchor);
        if (mention is null)
        {
            return null;
        }
        // "Began talks after the phone call": an undated mention that joined no event is the one occurrence of
        // its kind the article reports, when it reports exactly one.
        var anchored = eventAt.GetValueOrDefault((article.Article.Id, mention.Sentence.Start, mention.Mode));
        if (anchored is null && mention.Time is null && articleEvents.Where(e => string.Equals(e.Mode, mention.Mode, StringComparison.Ordinal)).Take(2).ToList() is [var only])
        {
            anchored = only;
        }
        if (anchored?.Date is not { } date)
        {
            return null;
        }
        if (start.Elapsed is not { } elapsed)
        {
            return new TimeExpression(anchor, anchor.Of(article.Article.Body), TimexType.Date, date.Value, null, date.Confidence);
        }
        // "After eight months of talks, they signed": eight months before the signing's day, cited at "eight months".
        return TimexAmount.TryParse(elapsed.Value, out var amount) && TimexRange.TryParse(date.Value, out var day) && day.Precision == TimexPrecision.Day
            ? new TimeExpression(elapsed.Span, elapsed.Text, TimexType.Date, amount.Before(day.Start), day.Start, Math.Round(date.Confidence * 0.7, 2))
            : null;
    }

    private static Item? ItemOf(string articleId, ProcessStart start, TimeExpression time, EntityResolution entities)
    {
        if (!TimexRange.TryParse(time.Value, out var range))
        {
            return null;
        }
        var (earliest, latest) = start.Bound switch
        {
            StartBound.After => (range.Start, DateOnly.MaxValue),
            StartBound.Before => (DateOnly.MinValue, range.End),
            // Counted back from the article's day ("for eight months"): give or take one of the value's own units.
            StartBound.Around => (range.Start.AddDays(-(range.End.DayNumber - range.Start.DayNumber + 1)), range.End.AddDays(range.End.DayNumber - range.Start.DayNumber + 1)),
            _ => (range.Start, range.End),
        };
        var actors = start.ActorKeys.Select(entities.IdOf).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return new Item(articleId, start, time, earliest, latest, actors);
    }

    /// <summary>
    /// Starts that tell of the same process, joined transitively. Within a story the actors may be left
    /// unnamed on one side; across stories, or for an article in no story, both sides must name an actor
    /// they share, since "trade talks began in March" alone could be anyone's talks.
    /// </summary>
    private static IEnumerable<List<Item>> ProcessGroups(List<Item> items, Dictionary<string, List<Story>> storiesOf)
    {
        var sets = new UnionFind(items.Count);
        // Only starts of one kind that share a story or an actor can join: each meets those few, not all.
        var buckets = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var keys = (storiesOf.GetValueOrDefault(items[i].ArticleId) ?? []).Select(s => "s:" + s.Id).Concat(items[i].ActorIds.Select(a => "a:" + a));
            foreach (var key in keys.Select(k => $"{items[i].Start.Kind}|{k}").Distinct(StringComparer.Ordinal))
            {
                if (!buckets.TryGetValue(key, out var members))
                {
                    buckets[key] = members = [];
                }
                members.Add(i);
            }
        }
        foreach (var members in buckets.Values)
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    if (sets.Find(members[x]) == sets.Find(members[y]))
                    {
                        continue;
                    }
                    var (a, b) = (items[members[x]], items[members[y]]);
                    var sameStory = storiesOf.TryGetValue(a.ArticleId, out var storiesOfA) && storiesOf.TryGetValue(b.ArticleId, out var storiesOfB)
                        && storiesOfA.Intersect(storiesOfB).Any();
                    if (SameProcess(a, b) && (sameStory || (a.ActorIds.Count > 0 && b.ActorIds.Count > 0)))
                    {
                        sets.Union(members[x], members[y]);
                    }
                }
            }
        }
        return Enumerable.Range(0, items.Count)
            .GroupBy(sets.Find)
            .Select(g => g.Select(i => items[i]).ToList());
    }

    private static bool SameProcess(Item a, Item b) =>
        string.Equals(a.Start.Kind, b.Start.Kind, StringComparison.Ordinal)
        // "trade talks" and "talks on the trade pact" share "trade"; "peace talks" and "trade talks" share nothing.
        && (a.Start.Topics.Count == 0 || b.Start.Topics.Count == 0 || a.Start.Topics.Intersect(b.Start.Topics, StringComparer.Ordinal).Any())
        // A sentence that names who holds the talks and one that names nobody may still mean the same talks.
        && (a.ActorIds.Count == 0 || b.ActorIds.Count == 0 || a.ActorIds.Intersect(b.ActorIds, StringComparer.Ordinal).Any());

    /// <summary>
    /// The start on the timeline: the narrowest time a source dates it within, backed by every source
    /// it agrees with; failing that, the time a source counts it back to (approximate); failing that,
    /// the latest time a source places it after ("began talks after the phone call on Monday"), marked
    /// "after"; failing that, the earliest time a source places it before ("talks that have dragged on for
    /// months"), marked "before". Left out when an event of the story of that kind on those dates already
    /// stands there (the strike that "began on Monday").
    /// </summary>
    private static TimelineEntry? Entry(List<Item> group, bool disputed, List<StoryEvent> storyEvents, Dictionary<string, DateOnly> published)
    {
        // A start counted back ("talks that have run for six months") is placed only when no source dates it outright.
        var bound = group.Any(i => i.Start.Bound == StartBound.Within) ? StartBound.Within
            : group.Any(i => i.Start.Bound == StartBound.Around) ? StartBound.Around
            : group.Any(i => i.Start.Bound == StartBound.After) ? StartBound.After
            : StartBound.Before;
        var dated = bound == StartBound.After
            ? group.Where(i => i.Start.Bound == StartBound.After)
                .GroupBy(i => i.Time.Value, StringComparer.Ordinal)
                .OrderByDescending(g => g.First().Earliest)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault()
            : bound == StartBound.Before
            ? group.Where(i => i.Start.Bound == StartBound.Before)
                .GroupBy(i => i.Time.Value, StringComparer.Ordinal)
                .OrderBy(g => g.First().Latest)
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault()
            : group.Where(i => i.Start.Bound == bound)
                .GroupBy(i => i.Time.Value, StringComparer.Ordinal)
                .OrderBy(g => g.First().Latest.DayNumber - g.First().Earliest.DayNumber)
                .ThenByDescending(g => g.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal).Count())
                .ThenBy(g => g.Key, StringComparer.Ordinal)
                .FirstOrDefault();
        if (dated is null)
        {
            return null;
        }
        var approximate = bound == StartBound.Around;
        var (earliest, latest) = (dated.First().Earliest, dated.First().Latest);
        var kind = group[0].Start.Kind;
        if (storyEvents.Any(e => Tells(e.Mode, kind) && e.Date is not null && TimexRange.TryParse(e.Date.Value, out var r) && r.Start <= latest && r.End >= earliest))
        {
            return null;
        }
        var name = Name(group);
        var verb = kind is "talks" or "protests" ? "begin" : "begins";
        // Background unless it may have begun within the days before its first report ("began talks after the
        // phone call on Monday", told on Friday); with no report dated, background as before.
        var reports = group.Select(i => published.GetValueOrDefault(i.ArticleId)).Where(d => d != default).ToList();
        var background = reports.Count == 0
            || (TimexRange.TryParse(dated.Key, out var placed) && placed.End < reports.Min().AddDays(-EventMention.BackgroundDays));
        var notes = new List<string>();
        if (bound is StartBound.After or StartBound.Before)
        {
            notes.Add($"{Bound(bound)} {dated.Key}");
        }
        if (background)
        {
            notes.Add("background");
        }
        if (approximate)
        {
            notes.Add("approximate");
        }
        if (disputed)
        {
            notes.Add("sources disagree");
        }
        var text = $"{char.ToUpperInvariant(name[0])}{name[1..]} {verb}{(notes.Count > 0 ? $" ({string.Join("; ", notes)})" : "")}";
        var citations = group
            .Where(i => i.Earliest <= latest && i.Latest >= earliest)
            .Select(i => new Citation(i.ArticleId, i.Time.Span.Start, i.Time.Span.End))
            .Distinct()
            .ToList();
        return new TimelineEntry(dated.Key, text, null, citations);
    }

    /// <summary>Whether an event of this mode is the process itself (a strike event is the strike; a negotiation round is the talks).</summary>
    private static bool Tells(string mode, string kind) =>
        string.Equals(mode, kind, StringComparison.Ordinal)
        || (mode, kind) is ("demonstration", "protests") or ("negotiation", "talks");

    private static string Name(List<Item> group)
    {
        var topic = group.SelectMany(i => i.Start.Topics).GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        return topic is null ? group[0].Start.Kind : $"{topic} {group[0].Start.Kind}";
    }

    private static Contradiction? Describe(List<Item> group)
    {
        var clash = group.Any(a => group.Any(b => !string.Equals(a.ArticleId, b.ArticleId, StringComparison.Ordinal)
            && (a.Latest < b.Earliest || b.Latest < a.Earliest)));
        if (!clash)
        {
            return null;
        }
        var name = Name(group);
        var accounts = group
            .GroupBy(i => (i.Start.Bound, i.Time.Value))
            .OrderBy(g => g.Min(i => i.Earliest))
            .ThenBy(g => g.Key.Value, StringComparer.Ordinal)
            .Select(g => $"{Bound(g.Key.Bound)} {g.Key.Value} ({string.Join(", ", g.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal))})");
        var citations = group
            .Select(i => new Citation(i.ArticleId, i.Start.Sentence.Start, i.Start.Sentence.End))
            .Distinct()
            .OrderBy(c => c.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Start)
            .ToList();
        var identity = string.Join('|', citations.Select(c => $"{c.ArticleId}:{c.Start}"));
        return new Contradiction(
            StableId.Of("x", $"start|{name}|{identity}"),
            $"start of {name}",
            $"Sources differ on when {name} began: {string.Join(" vs ", accounts)}",
            citations);
    }

    private static string Bound(StartBound bound) => bound switch
    {
        StartBound.After => "after",
        StartBound.Before => "before",
        StartBound.Around => "around",
        _ => "in",
    };
}
