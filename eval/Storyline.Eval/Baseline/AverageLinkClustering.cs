namespace Storyline.Eval.Baseline;

/// <summary>One merge of the dendrogram: the clusters holding items <c>A</c> and <c>B</c> join at <c>Distance</c>.</summary>
public sealed record Merge(int A, int B, double Distance);

/// <summary>
/// Average-link agglomerative clustering on a distance matrix, by the nearest-neighbour chain
/// (O(n²) time, one n×n matrix), then cut at a distance threshold. Average link is reducible, so
/// the chain finds the same merges as the textbook closest-pair loop and heights only grow up the
/// tree: cutting keeps exactly the merges at or below the threshold.
/// </summary>
public sealed class AverageLinkClustering
{
    public IReadOnlyList<Merge> Dendrogram(double[,] distance)
    {
        ArgumentNullException.ThrowIfNull(distance);
        var n = distance.GetLength(0);
        if (distance.GetLength(1) != n)
        {
            throw new ArgumentException("The distance matrix must be square.", nameof(distance));
        }
        var d = (double[,])distance.Clone();
        var size = Enumerable.Repeat(1, n).ToArray();
        var active = Enumerable.Repeat(true, n).ToArray();
        var merges = new List<Merge>(Math.Max(0, n - 1));
        var chain = new List<int>();
        var remaining = n;
        var nextStart = 0;
        while (remaining > 1)
        {
            if (chain.Count == 0)
            {
                while (!active[nextStart])
                {
                    nextStart++;
                }
                chain.Add(nextStart);
            }
            var a = chain[^1];
            var previous = chain.Count >= 2 ? chain[^2] : -1;
            // Ties go to the previous link of the chain, which is what keeps the chain from cycling.
            var nearest = previous;
            var best = previous >= 0 ? d[a, previous] : double.PositiveInfinity;
            for (var k = 0; k < n; k++)
            {
                if (active[k] && k != a && d[a, k] < best)
                {
                    best = d[a, k];
                    nearest = k;
                }
            }
            if (nearest != previous)
            {
                chain.Add(nearest);
                continue;
            }

            chain.RemoveRange(chain.Count - 2, 2);
            var keep = Math.Min(a, nearest);
            var gone = Math.Max(a, nearest);
            merges.Add(new Merge(keep, gone, best));
            // Lance-Williams update for average link: the size-weighted mean of the two rows.
            for (var k = 0; k < n; k++)
            {
                if (active[k] && k != keep && k != gone)
                {
                    var merged = (size[keep] * d[keep, k] + size[gone] * d[gone, k]) / (size[keep] + size[gone]);
                    d[keep, k] = d[k, keep] = merged;
                }
            }
            size[keep] += size[gone];
            active[gone] = false;
            remaining--;
        }
        return merges;
    }

    /// <summary>Cluster label per item (the smallest item index of its cluster) after keeping the merges at or below <paramref name="threshold"/>.</summary>
    public IReadOnlyList<int> Cut(int count, IReadOnlyList<Merge> merges, double threshold)
    {
        ArgumentNullException.ThrowIfNull(merges);
        var parent = Enumerable.Range(0, count).ToArray();
        foreach (var merge in merges.Where(m => m.Distance <= threshold).OrderBy(m => m.Distance))
        {
            var ra = Root(parent, merge.A);
            var rb = Root(parent, merge.B);
            parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
        }
        return Enumerable.Range(0, count).Select(i => Root(parent, i)).ToList();
    }

    private static int Root(int[] parent, int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
