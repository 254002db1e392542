using Storyline.Model;

namespace Storyline.Eval.Metrics;

/// <summary>A time expression to score: its span, TIMEX3 type (DATE, TIME, DURATION, SET), value and mod (null when none).</summary>
public sealed record TimexMention(TextSpan Span, string Type, string Value, string? Mod = null);

/// <summary>
/// Counts behind the TempEval-3 Task A scores, summed over documents. The mod counts are ours (TempEval-3
/// scores no mod): over relaxed matches, the pairs whose gold has a mod, whose prediction has one, and whose
/// two mods are the same one.
/// </summary>
public sealed record TimexCounts(int Gold, int Predicted, int Strict, int Relaxed, int TypeRight, int ValueRight, int ModGold = 0, int ModPredicted = 0, int ModRight = 0)
{
    public static TimexCounts Zero { get; } = new(0, 0, 0, 0, 0, 0);

    public TimexCounts Add(TimexCounts o)
    {
        ArgumentNullException.ThrowIfNull(o);
        return new(Gold + o.Gold, Predicted + o.Predicted, Strict + o.Strict, Relaxed + o.Relaxed,
            TypeRight + o.TypeRight, ValueRight + o.ValueRight, ModGold + o.ModGold, ModPredicted + o.ModPredicted, ModRight + o.ModRight);
    }

    public PrecisionRecall StrictSpan => new(Ratio(Strict, Predicted), Ratio(Strict, Gold));

    public PrecisionRecall RelaxedSpan => new(Ratio(Relaxed, Predicted), Ratio(Relaxed, Gold));

    /// <summary>Over relaxed matches, as TempEval-3 reports attribute accuracy.</summary>
    public double TypeAccuracy => Ratio(TypeRight, Relaxed);

    public double ValueAccuracy => Ratio(ValueRight, Relaxed);

    /// <summary>Mods over relaxed matches: a predicted mod is right when the gold one is the same.</summary>
    public PrecisionRecall Mods => new(Ratio(ModRight, ModPredicted), Ratio(ModRight, ModGold));

    /// <summary>TempEval-3's attribute F1: relaxed span F1 times value accuracy.</summary>
    public double ValueF1 => RelaxedSpan.F1 * ValueAccuracy;

    // Unlike PrecisionRecall.Ratio, nothing predicted or nothing matched scores 0 here, so an empty
    // system output cannot look perfect.
    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}

/// <summary>
/// TempEval-3 Task A scoring of one document. Strict: identical boundaries. Relaxed: any overlap,
/// paired one to one, largest overlap first (ties: earlier prediction, then earlier gold), so one
/// long prediction over two gold expressions counts once. Type and value compare as exact strings
/// over the relaxed pairs.
/// </summary>
public static class TimexScoring
{
    public static TimexCounts Score(IReadOnlyList<TimexMention> predicted, IReadOnlyList<TimexMention> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var relaxed = RelaxedPairs(predicted, gold);
        int typeRight = 0, valueRight = 0, modGold = 0, modPredicted = 0, modRight = 0;
        foreach (var pair in relaxed)
        {
            var p = predicted[pair.Predicted];
            var g = gold[pair.Gold];
            typeRight += string.Equals(p.Type, g.Type, StringComparison.Ordinal) ? 1 : 0;
            valueRight += string.Equals(p.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
            modGold += g.Mod is null ? 0 : 1;
            modPredicted += p.Mod is null ? 0 : 1;
            modRight += p.Mod is not null && string.Equals(p.Mod, g.Mod, StringComparison.Ordinal) ? 1 : 0;
        }
        return new TimexCounts(gold.Count, predicted.Count, StrictMatches(predicted, gold), relaxed.Count, typeRight, valueRight, modGold, modPredicted, modRight);
    }

    /// <summary>Gold spans with an identical predicted span, each prediction used once.</summary>
    public static int StrictMatches(IReadOnlyList<TimexMention> predicted, IReadOnlyList<TimexMention> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var available = new Dictionary<TextSpan, int>();
        foreach (var p in predicted)
        {
            available[p.Span] = available.GetValueOrDefault(p.Span) + 1;
        }
        var matched = 0;
        foreach (var g in gold)
        {
            if (available.TryGetValue(g.Span, out var left) && left > 0)
            {
                available[g.Span] = left - 1;
                matched++;
            }
        }
        return matched;
    }

    /// <summary>One-to-one pairs of overlapping spans, largest overlap first, sorted by gold index.</summary>
    public static IReadOnlyList<SpanPair> RelaxedPairs(IReadOnlyList<TimexMention> predicted, IReadOnlyList<TimexMention> gold)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(gold);
        var candidates = new List<(int Overlap, int Predicted, int Gold)>();
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = SpanMatcher.Overlap(predicted[p].Span, gold[g].Span);
                if (overlap > 0)
                {
                    candidates.Add((overlap, p, g));
                }
            }
        }
        return SpanMatcher.PairGreedily(candidates, predicted.Count, gold.Count);
    }
}
