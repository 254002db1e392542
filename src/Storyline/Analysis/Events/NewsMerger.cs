using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>
/// The second look at untyped news. Reports join events one at a time, each judged against the few
/// it meets first, so two accounts of one occurrence can start apart and stay apart. Here whole news
/// events are compared by average link (the mean likeness of their articles) and the closest pairs
/// merge, closest first, while their dates agree and no article would tell the occurrence twice.
/// </summary>
internal sealed class NewsMerger(double minSimilarity)
{
    /// <summary>Articles of an event compared; a large event is judged by its first reports, the best dated.</summary>
    private const int Sample = 8;

    private const int TermsPerArticle = 8;

    /// <summary>A term shared by more events than this names a subject, not an occurrence, and proposes no pair.</summary>
    private const int MaxEventsPerTerm = 64;

    public List<List<EventReport>> Merge(List<List<EventReport>> clusters, TermVectors vectors)
    {
        var news = Enumerable.Range(0, clusters.Count)
            .Where(i => clusters[i][0].Mode == "news" && clusters[i].All(r => !r.IsBackground))
            .ToList();
        if (news.Count < 2)
        {
            return clusters;
        }

        var byTerm = new Dictionary<int, List<int>>();
        foreach (var i in news)
        {
            foreach (var term in clusters[i].Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Take(Sample)
                         .SelectMany(id => vectors.TopTerms(id, TermsPerArticle)).Distinct())
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }
                list.Add(i);
            }
        }
        var pairs = new HashSet<(int, int)>();
        foreach (var members in byTerm.Values.Where(m => m.Count is > 1 and <= MaxEventsPerTerm))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    pairs.Add((members[a], members[b]));
                }
            }
        }

        // Groups are kept under their smallest cluster index; a pair is scored again once either side has grown.
        var groups = news.ToDictionary(i => i, i => clusters[i].ToList());
        var version = news.ToDictionary(i => i, _ => 0);
        var queue = new PriorityQueue<(int A, int B, int VersionA, int VersionB, double Similarity), (double, int, int)>();
        foreach (var (a, b) in pairs)
        {
            Offer(a, b);
        }
        while (queue.TryDequeue(out var pair, out _))
        {
            if (!groups.ContainsKey(pair.A) || !groups.ContainsKey(pair.B))
            {
                continue;
            }
            if (version[pair.A] != pair.VersionA || version[pair.B] != pair.VersionB)
            {
                Offer(pair.A, pair.B);
                continue;
            }
            groups[pair.A].AddRange(groups[pair.B]);
            groups.Remove(pair.B);
            version[pair.A]++;
        }

        var merged = new List<List<EventReport>>(clusters.Count);
        for (var i = 0; i < clusters.Count; i++)
        {
            if (!version.ContainsKey(i))
            {
                merged.Add(clusters[i]);
            }
            else if (groups.TryGetValue(i, out var group))
            {
                merged.Add(group);
            }
        }
        return merged;

        void Offer(int a, int b)
        {
            var (first, second) = a < b ? (a, b) : (b, a);
            var left = groups[first];
            var right = groups[second];
            if (!DatesAgree(left, right) || SharesArticle(left, right))
            {
                return;
            }
            var similarity = AverageLink(left, right, vectors);
            if (similarity >= minSimilarity)
            {
                queue.Enqueue((first, second, version[first], version[second], similarity), (-similarity, first, second));
            }
        }
    }

    private static double AverageLink(List<EventReport> left, List<EventReport> right, TermVectors vectors)
    {
        var a = left.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Take(Sample).ToList();
        var b = right.Select(r => r.ArticleId).Distinct(StringComparer.Ordinal).Take(Sample).ToList();
        var sum = 0.0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                sum += vectors.Cosine(x, y);
            }
        }
        return sum / (a.Count * b.Count);
    }

    private static bool SharesArticle(List<EventReport> left, List<EventReport> right)
    {
        var ids = left.Select(r => r.ArticleId).ToHashSet(StringComparer.Ordinal);
        return right.Any(r => ids.Contains(r.ArticleId));
    }

    /// <summary>The narrowest dates the two events give must meet, give or take a day ("said on Tuesday" of a Monday event).</summary>
    private static bool DatesAgree(List<EventReport> left, List<EventReport> right)
    {
        var (a, b) = (EventClusterer.Narrowest(left), EventClusterer.Narrowest(right));
        if (a is { } x && b is { } y)
        {
            return !(x.End.AddDays(1) < y.Start || y.End.AddDays(1) < x.Start);
        }
        // A yearless "on Friday" still rules days out.
        return !(a is { } l && right.Any(r => r.RulesOut(l, 1))) && !(b is { } r2 && left.Any(r => r.RulesOut(r2, 1)))
            && !left.Any(p => right.Any(q => p.Clashes(q, 1)));
    }
}
