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
        "up", "to", "at", "least", "about", "nearly", "around", "almost", "more", "than", "over", "under", "some", "roughly", "approximately",
    };

    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "on", "in", "for", "with", "and", "its", "their", "most", "some", "certain", "all", "by",
    };

    public ClaimAnalysis Merge(IReadOnlyList<AnnotatedArticle> articles, IReadOnlySet<string> reprints)
    {
        var groups = new Dictionary<(string Unit, double Value, string About), List<(NumericClaim Claim, string ArticleId)>>();
        foreach (var annotated in articles)
        {
            foreach (var claim in annotated.Claims)
            {
                var key = (claim.Unit, claim.Value, AboutKey(claim.About));
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
        foreach (var topic in groups.Keys.Where(k => k.About.Length > 0 && k.Unit.Length > 0).GroupBy(k => (k.Unit, k.About)))
        {
            // Qualified figures ("up to 50%", "at least eight") bound a value rather than state it.
            var stated = topic
                .Select(k => (Key: k, Items: groups[k].Where(c => !IsQualified(c.Claim.Text) && !reprints.Contains(c.ArticleId)).ToList()))
                .Where(v => v.Items.Count > 0)
                .ToList();
            if (stated.Count < 2)
            {
                continue;
            }
            var articlesPerValue = stated.Select(v => v.Items.Select(i => i.ArticleId).ToHashSet(StringComparer.Ordinal)).ToList();
            // Different values inside one article are usually parts of a whole (25% + 25% = 50%), not a dispute.
            var disjoint = articlesPerValue.SelectMany((a, i) => articlesPerValue.Skip(i + 1).Select(b => !a.Overlaps(b))).Any(x => x);
            if (!disjoint)
            {
                continue;
            }
            var description = string.Join(" vs ", stated.Select(v =>
                string.Create(CultureInfo.InvariantCulture, $"{v.Items[0].Claim.Text} ({string.Join(", ", v.Items.Select(i => i.ArticleId).Distinct(StringComparer.Ordinal))})")));
            contradictions.Add(new Contradiction(
                StableId.Of("x", $"{topic.Key.Unit}|{topic.Key.About}"),
                stated[0].Items[0].Claim.About,
                $"Sources report different figures for {stated[0].Items[0].Claim.About}: {description}",
                stated.SelectMany(v => v.Items).Select(i => new Citation(i.ArticleId, i.Claim.Span.Start, i.Claim.Span.End)).ToList()));
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

    private static bool IsQualified(string text)
    {
        var first = TextKey.Of(text).Split(' ', 2)[0];
        return Qualifiers.Contains(first);
    }
}
