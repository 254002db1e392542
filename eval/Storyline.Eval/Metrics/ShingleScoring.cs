using System.Globalization;
using System.Text;

namespace Storyline.Eval.Metrics;

/// <summary>One page's true-positive, false-positive and false-negative shingle shares (summing to 1, or all 0 when both texts are empty).</summary>
public readonly record struct ShingleCounts(double TruePositive, double FalsePositive, double FalseNegative)
{
    /// <summary>The page has a prediction to score precision on.</summary>
    public bool HasPrediction => TruePositive + FalsePositive > 0;

    /// <summary>The page has a truth to score recall on.</summary>
    public bool HasTruth => TruePositive + FalseNegative > 0;

    public double Precision => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalsePositive == 0 ? 0 : TruePositive / (TruePositive + FalsePositive);

    public double Recall => FalsePositive == 0 && FalseNegative == 0 ? 1 : TruePositive == 0 && FalseNegative == 0 ? 0 : TruePositive / (TruePositive + FalseNegative);
}

/// <summary>
/// The article-extraction benchmark's body metric: each text becomes a multiset of word 4-gram shingles
/// (a word is a run of Unicode letters, numbers or '_', case kept; a text of fewer than four words is one
/// shingle of all its words); per page the matched, extra and missing shingle counts are divided by their
/// sum so long pages weigh no more than short ones; precision is averaged over pages with a prediction,
/// recall over pages with a truth, and F1 comes from the two averages.
/// </summary>
public static class ShingleScoring
{
    public const int ShingleWords = 4;

    /// <summary>The words of a text: maximal runs of letters (L*), numbers (N*) and underscores, as Python's <c>\w+</c> finds them.</summary>
    public static List<string> Tokenize(string? text)
    {
        var words = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return words;
        }

        var start = -1;
        var i = 0;
        while (i < text.Length)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            var isWord = status == System.Buffers.OperationStatus.Done && IsWordRune(rune);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }

            i += Math.Max(1, consumed);
        }

        if (start >= 0)
        {
            words.Add(text[start..]);
        }

        return words;
    }

    private static bool IsWordRune(Rune rune)
    {
        if (rune.Value == '_')
        {
            return true;
        }

        return Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Shingle multiset: key is the words joined by a separator no word can contain.</summary>
    public static Dictionary<string, int> Shingles(string? text, int n = ShingleWords)
    {
        var words = Tokenize(text).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var last = Math.Max(1, words.Length - n + 1);
        for (var i = 0; i < last && i < words.Length; i++)
        {
            var key = string.Join(' ', words, i, Math.Min(n, words.Length - i));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>One page's shingle counts, normalized to shares of their sum.</summary>
    public static ShingleCounts Match(string? truth, string? prediction)
    {
        var trueShingles = Shingles(truth);
        var predicted = Shingles(prediction);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, trueCount) in trueShingles)
        {
            var predCount = predicted.GetValueOrDefault(key);
            tp += Math.Min(trueCount, predCount);
            fn += Math.Max(0, trueCount - predCount);
        }

        foreach (var (key, predCount) in predicted)
        {
            fp += Math.Max(0, predCount - trueShingles.GetValueOrDefault(key));
        }

        var sum = tp + fp + fn;
        return sum > 0 ? new ShingleCounts(tp / sum, fp / sum, fn / sum) : new ShingleCounts(0, 0, 0);
    }

    /// <summary>Precision averaged over pages with a prediction, recall over pages with a truth (0 where no page counts).</summary>
    public static PrecisionRecall Average(IReadOnlyList<ShingleCounts> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var scored = pages.Where(p => p.HasPrediction).Select(p => p.Precision).ToList();
        var recalled = pages.Where(p => p.HasTruth).Select(p => p.Recall).ToList();
        return new PrecisionRecall(scored.Count == 0 ? 0 : scored.Average(), recalled.Count == 0 ? 0 : recalled.Average());
    }

    /// <summary>The benchmark's "accuracy": the two texts have the same word sequence.</summary>
    public static bool SameWords(string? truth, string? prediction) => Tokenize(truth).SequenceEqual(Tokenize(prediction), StringComparer.Ordinal);
}
