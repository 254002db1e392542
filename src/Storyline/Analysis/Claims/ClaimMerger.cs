using System.Globalization;
using Storyline.Model;

namespace Storyline.Analysis.Claims;

/// <summary>The numbers of all articles, joined, and the places where sources report different ones.</summary>
public sealed record ClaimAnalysis(IReadOnlyList<ClaimRecord> Claims, IReadOnlyList<Contradiction> Contradictions);

/// <summary>
/// Joins numeric claims that report the same value of the same thing across articles, and flags
/// two articles giving different values for the same thing as a contradiction. Reprints do not
/// count as independent sources.
/// </summary>
public sealed class ClaimMerger
{
    private static readonly HashSet<string> Qualifiers = new(StringComparer.Ordinal)
    {
        // Bounds, not values; "about" and "some" still state a value.
        "up", "at", "more", "over", "under", "fewer", "less", "below", "above",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "on", "in", "for", "with", "and", "its", "their", "most", "some", "certain", "all", "by",
    };

    /// <summary>
    /// Joins claims; two figures contradict only when they measure the same thing in reports of the
    /// same event (12,000 vs 9,000 strikers), so figures for different occurrences (a 40% tariff and
    /// the later 15% rate) are never paired.
    /// </summary>
    public ClaimAnalysis Merge(IReadOnlyList<AnnotatedArticle> articles, IReadOnlySet<string> reprints, IReadOnlyList<StoryEvent> events)
    {
        var eventOf = new Dictionary<(string ArticleId, int Sentence), string>();
        foreach (var e in events.Where(e => !e.IsBackground))
        {
            foreach (var mention in e.Mentions)
            {
                eventOf.TryAdd((mention.ArticleId, mention.Start), e.Id);
            }
        }
        var groups = new Dictionary<(string Unit, double Value, string About), List<(NumericClaim Claim, string ArticleId)>>();
        var claimEvents = new Dictionary<(string ArticleId, int Start), string>();
        foreach (var annotated in articles)
        {
            foreach (var claim in annotated.Claims)
            {
                // "the two leaders", "both nations": counts of one or two are how prose refers, not figures reported.
                if (IsCount(claim.Unit) && claim.Value <= 2)
                {
                    continue;
                }
                var key = (claim.Unit, claim.Value, AboutKey(claim.About));
                if (eventOf.TryGetValue((annotated.Article.Id, claim.Sentence.Start), out var eventId))
                {
                    claimEvents[(annotated.Article.Id, claim.Span.Start)] = eventId;
                }
                if (!groups.TryGetValue(key, out var list))
                {
                    groups[key] = list = [];
                }
                list.Add((claim, annotated.Article.Id));
            }
        }
        var records = groups
            .Select(g => new ClaimRecord(
                StableId.Of("c", string.Create(CultureInfo.InvariantCulture, $"{g.Key.Unit}|{g.Key.Value}|{g.Key.About}")),
                g.Value[0].Claim.Text,
                g.Key.Value,
                g.Key.Unit,
                g.Value[0].Claim.About,
                g.Value.Select(c => new Citation(c.ArticleId, c.Claim.Span.Start, c.Claim.Span.End)).Distinct().ToList()))
            .OrderByDescending(r => r.Citations.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(r => r.Unit, StringComparer.Ordinal)
            .ThenBy(r => r.Value)
            .ToList();

        var contradictions = new List<Contradiction>();
        var reported = groups
            .SelectMany(g => g.Value.Select(i => (Key: (g.Key.Unit, Topic: ReportedTopic(g.Key.Unit), g.Key.Value), i.ArticleId)))
            .GroupBy(x => x.Key)
            .ToDictionary(g => g.Key, g => g.Select(x => x.ArticleId).ToHashSet(StringComparer.Ordinal));
        var byTopic = new Dictionary<(string Unit, string Topic, string EventId), List<(NumericClaim Claim, string ArticleId)>>();
        foreach (var (key, items) in groups)
        {
            foreach (var item in items)
            {
                // Counts are about their noun ("dockworkers"); percentages and money need what they measure.
                var topic = Topic(key.Unit, key.About);
                if (topic.Length == 0 || IsQualified(item.Claim.Text) || reprints.Contains(item.ArticleId)
                    || !claimEvents.TryGetValue((item.ArticleId, item.Claim.Span.Start), out var eventId))
                {
                    continue;
                }
                if (!byTopic.TryGetValue((key.Unit, topic, eventId), out var list))
                {
                    byTopic[(key.Unit, topic, eventId)] = list = [];
                }
                list.Add(item);
            }
        }
        foreach (var ((unit, topic, eventId), items) in byTopic.OrderBy(t => t.Key.EventId, StringComparer.Ordinal).ThenBy(t => t.Key.Topic, StringComparer.Ordinal))
        {
            var values = items.GroupBy(i => i.Claim.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).ToList();
            if (values.Count < 2)
            {
                continue;
            }
            // Which articles give each value anywhere in their text, not only in the event's sentences.
            var articlesPerValue = values.Select(v => reported[(unit, ReportedTopic(unit), v.Key)]).ToList();
            // An article giving two of the values is describing parts or a change (25% + 25%; cut from 40% to 15%), not a dispute.
            var disjoint = articlesPerValue.SelectMany((a, i) => articlesPerValue.Skip(i + 1).Select(b => !a.Overlaps(b))).All(x => x);
            if (!disjoint)
            {
                continue;
            }
            var about = items[0].Claim.About.Length > 0 ? items[0].Claim.About : topic;
            var description = string.Join(" vs ", values.Select(v =>
                string.Create(CultureInfo.InvariantCulture, $"{v.First().Claim.Text} ({string.Join(", ", v.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal))})")));
            contradictions.Add(new Contradiction(
                StableId.Of("x", $"{unit}|{topic}|{eventId}"),
                about,
                $"Sources report different figures for {about}: {description}",
                items.Select(i => new Citation(i.ArticleId, i.Claim.Span.Start, i.Claim.Span.End)).ToList()));
        }
        return new ClaimAnalysis(records, contradictions);
    }

    /// <summary>The content words of what a number is about, so "tariffs on most Indian imports" matches "tariffs on Indian imports".</summary>
    internal static string AboutKey(string about)
    {
        var words = TextKey.Of(about).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Generic.Contains(w))
            .Select(w => w.Length > 3 && w.EndsWith('s') ? w[..^1] : w);
        return string.Join(' ', words);
    }

    /// <summary>What a figure measures, coarsely: counts by their noun, rates and sums by the head of what they are about ("tariff").</summary>
    private static string Topic(string unit, string aboutKey) => IsCount(unit) ? unit : aboutKey.Split(' ', 2)[0];

    /// <summary>
    /// For the "does one article give both values" test, rates and sums are compared by unit alone:
    /// what a percentage is about is too loosely worded to tell a 40%-to-15% cut from a dispute.
    /// </summary>
    private static string ReportedTopic(string unit) => IsCount(unit) ? unit : "";

    private static bool IsCount(string unit) => unit is not ("percent" or "percentage points") && !(unit.Length == 3 && unit.All(char.IsAsciiLetterUpper));

    private static bool IsQualified(string text)
    {
        var first = TextKey.Of(text).Split(' ', 2)[0];
        return Qualifiers.Contains(first);
    }
}
