namespace Storyline.Eval.Metrics;

/// <summary>
/// B-cubed precision and recall (Bagga and Baldwin 1998) of a clustering against gold clusters.
/// Items are positions; a clustering is one label per item. Per item, precision is the share of its
/// predicted cluster that shares its gold cluster, recall the share of its gold cluster that shares its
/// predicted cluster; both are averaged over items.
/// </summary>
public static class BCubed
{
    public static PrecisionRecall Score(IReadOnlyList<string> predicted, IReadOnlyList<string> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        if (predicted.Count != gold.Count)
        {
            throw new ArgumentException("Both clusterings must label the same items.", nameof(gold));
        }
        if (predicted.Count == 0)
        {
            return new PrecisionRecall(1, 1);
        }

        // Summing over cells of the contingency table keeps this linear: every item in cell (p, g)
        // has the same |p ∩ g|, so the cell contributes |p ∩ g|² / |p| to precision.
        var predictedSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var goldSize = new Dictionary<string, int>(StringComparer.Ordinal);
        var cells = new Dictionary<(string Predicted, string Gold), int>();
        for (var i = 0; i < predicted.Count; i++)
        {
            Increment(predictedSize, predicted[i]);
            Increment(goldSize, gold[i]);
            var key = (predicted[i], gold[i]);
            cells[key] = cells.GetValueOrDefault(key) + 1;
        }

        double precision = 0, recall = 0;
        foreach (var ((p, g), n) in cells)
        {
            precision += (double)n * n / predictedSize[p];
            recall += (double)n * n / goldSize[g];
        }
        return new PrecisionRecall(precision / predicted.Count, recall / predicted.Count);
    }

    private static void Increment(Dictionary<string, int> counts, string key) =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
