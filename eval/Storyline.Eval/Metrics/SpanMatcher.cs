using Storyline.Model;

namespace Storyline.Eval.Metrics;

/// <summary>A predicted span paired with the gold span it matched (indices into the two lists).</summary>
public sealed record SpanPair(int Predicted, int Gold);

/// <summary>
/// Pairs predicted and gold spans one to one. Two spans match when they overlap by at least half of
/// the shorter one; a gold quote keeps its quote marks and a predicted one does not, so exact
/// boundaries are not asked for. Larger overlaps are paired first, so one long prediction cannot take
/// credit for two gold quotes.
/// </summary>
public static class SpanMatcher
{
    public static int Overlap(TextSpan a, TextSpan b) => Math.Max(0, Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start));

    public static bool Matches(TextSpan a, TextSpan b)
    {
        var overlap = Overlap(a, b);
        return overlap > 0 && 2 * overlap >= Math.Min(a.Length, b.Length);
    }

    /// <summary>Gold spans may be missing (the annotated text was not found); those never match.</summary>
    public static IReadOnlyList<SpanPair> Match(IReadOnlyList<TextSpan> predicted, IReadOnlyList<TextSpan?> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var candidates = new List<(int Overlap, int Predicted, int Gold)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                if (gold[g] is { } span && Matches(predicted[p], span))
                {
                    candidates.Add((Overlap(predicted[p], span), p, g));
                }
            }
        }
        return PairGreedily(candidates, predicted.Count, gold.Count);
    }

    /// <summary>
    /// One-to-one pairs from candidate (overlap, predicted, gold) triples: the largest overlap first,
    /// ties by index; the result is sorted by gold index.
    /// </summary>
    public static IReadOnlyList<SpanPair> PairGreedily(List<(int Overlap, int Predicted, int Gold)> candidates, int predictedCount, int goldCount)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        candidates.Sort((x, y) => x.Overlap != y.Overlap ? y.Overlap.CompareTo(x.Overlap)
            : x.Predicted != y.Predicted ? x.Predicted.CompareTo(y.Predicted)
            : x.Gold.CompareTo(y.Gold));

        var usedPredicted = new bool[predictedCount];
        var usedGold = new bool[goldCount];
        var pairs = new List<SpanPair>();
        foreach (var (_, p, g) in candidates)
        {
            if (!usedPredicted[p] && !usedGold[g])
            {
                usedPredicted[p] = usedGold[g] = true;
                pairs.Add(new SpanPair(p, g));
            }
        }
        pairs.Sort((x, y) => x.Gold.CompareTo(y.Gold));
        return pairs;
    }
}
