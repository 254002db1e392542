namespace Storyline.Eval.Metrics;

/// <summary>A precision and recall pair with their harmonic mean.</summary>
public sealed record PrecisionRecall(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Ratio with an empty denominator read as "nothing to get wrong".</summary>
    public static double Ratio(int numerator, int denominator) => denominator == 0 ? 1 : (double)numerator / denominator;
}
