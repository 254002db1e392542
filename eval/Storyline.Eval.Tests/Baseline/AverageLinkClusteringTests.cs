using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval.Baseline;

namespace Storyline.Eval.Tests.Baseline;

public class AverageLinkClusteringTests
{
    private readonly AverageLinkClustering _clustering = new();

    private static double[,] LineDistances(IReadOnlyList<double> points)
    {
        var d = new double[points.Count, points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            for (var j = 0; j < points.Count; j++)
            {
                d[i, j] = Math.Abs(points[i] - points[j]);
            }
        }
        return d;
    }

    [Theory]
    // Points 0, 1, 5, 6, 20: {0,1} and {5,6} join at 1, then each other at (5+6+4+5)/4 = 5, then 20 at 17.
    [InlineData(0.5, new[] { 0, 1, 2, 3, 4 })]
    [InlineData(2, new[] { 0, 0, 2, 2, 4 })]
    [InlineData(5, new[] { 0, 0, 0, 0, 4 })]
    [InlineData(16.9, new[] { 0, 0, 0, 0, 4 })]
    [InlineData(17, new[] { 0, 0, 0, 0, 0 })]
    public void Cutting_the_dendrogram_of_points_on_a_line_gives_the_hand_worked_clusters(double threshold, int[] expected)
    {
        var merges = _clustering.Dendrogram(LineDistances([0, 1, 5, 6, 20]));
        Assert.Equal(expected, _clustering.Cut(5, merges, threshold));
    }

    [Fact]
    public void Merge_heights_are_the_average_distances_between_members()
    {
        var merges = _clustering.Dendrogram(LineDistances([0, 1, 5, 6, 20]));
        Assert.Equal([1.0, 1.0, 5.0, 17.0], merges.Select(m => m.Distance).Order());
    }

    [Fact]
    public void One_item_has_no_merges_and_is_its_own_cluster()
    {
        var merges = _clustering.Dendrogram(new double[1, 1]);
        Assert.Empty(merges);
        Assert.Equal([0], _clustering.Cut(1, merges, 1));
    }

    [Property(MaxTest = 60)]
    public void The_chain_cuts_the_same_clusters_as_the_closest_pair_loop(PositiveInt size, int seed, byte cut)
    {
        var random = new Random(seed);
        var points = Enumerable.Range(0, 2 + (size.Get % 25)).Select(_ => random.NextDouble() * 100).ToList();
        var threshold = cut / 255.0 * 60;
        var distances = LineDistances(points);

        var fast = _clustering.Cut(points.Count, _clustering.Dendrogram(distances), threshold);
        Assert.Equal(ClosestPairs(distances, threshold), fast);
    }

    /// <summary>The textbook loop: repeatedly join the two clusters with the smallest mean member distance.</summary>
    private static List<int> ClosestPairs(double[,] d, double threshold)
    {
        var n = d.GetLength(0);
        var clusters = Enumerable.Range(0, n).Select(i => new List<int> { i }).ToList();
        while (clusters.Count > 1)
        {
            var best = double.PositiveInfinity;
            int bi = -1, bj = -1;
            for (var i = 0; i < clusters.Count; i++)
            {
                for (var j = i + 1; j < clusters.Count; j++)
                {
                    var mean = clusters[i].SelectMany(a => clusters[j].Select(b => d[a, b])).Average();
                    if (mean < best)
                    {
                        (best, bi, bj) = (mean, i, j);
                    }
                }
            }
            if (best > threshold)
            {
                break;
            }
            clusters[bi].AddRange(clusters[bj]);
            clusters.RemoveAt(bj);
        }
        var labels = new int[n];
        foreach (var cluster in clusters)
        {
            foreach (var item in cluster)
            {
                labels[item] = cluster.Min();
            }
        }
        return labels.ToList();
    }
}
