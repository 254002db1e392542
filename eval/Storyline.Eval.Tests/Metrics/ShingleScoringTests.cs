using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval.Metrics;

namespace Storyline.Eval.Tests.Metrics;

public class ShingleScoringTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Words_are_runs_of_letters_digits_and_underscores_with_case_kept()
    {
        Assert.Equal(["The", "mayor", "s", "plan_B", "cost", "4", "5m", "in", "Zürich", "東京"], ShingleScoring.Tokenize("The mayor's plan_B cost $4.5m — in Zürich, 東京!"));
    }

    [Fact]
    public void A_text_of_fewer_than_four_words_is_one_shingle_of_all_its_words()
    {
        var shingles = ShingleScoring.Shingles("Talks resumed today");
        Assert.Equal(new Dictionary<string, int> { ["Talks resumed today"] = 1 }, shingles);
        Assert.Empty(ShingleScoring.Shingles("  ... "));
    }

    [Fact]
    public void Repeated_shingles_are_counted_as_a_multiset()
    {
        var shingles = ShingleScoring.Shingles("a b c d a b c d");
        Assert.Equal(2, shingles["a b c d"]);
        Assert.Equal(5, shingles.Values.Sum());
    }

    [Fact]
    public void Counts_are_normalized_by_their_sum_per_page()
    {
        // truth: 3 shingles; prediction: its first 5 words + 2 extra words, 4 shingles -> 2 matched, 2 extra, 1 missing.
        var counts = ShingleScoring.Match("w1 w2 w3 w4 w5 w6", "w1 w2 w3 w4 w5 x y");
        Assert.Equal(2.0 / 5, counts.TruePositive, Tolerance);
        Assert.Equal(2.0 / 5, counts.FalsePositive, Tolerance);
        Assert.Equal(1.0 / 5, counts.FalseNegative, Tolerance);
        Assert.Equal(0.5, counts.Precision, Tolerance);
        Assert.Equal(2.0 / 3, counts.Recall, Tolerance);
    }

    [Fact]
    public void Case_differences_do_not_match()
    {
        Assert.Equal(0, ShingleScoring.Match("One two three four", "one two three four").TruePositive, Tolerance);
    }

    [Fact]
    public void An_empty_prediction_counts_for_recall_only_and_an_empty_truth_for_precision_only()
    {
        var perfect = ShingleScoring.Match("a b c d e", "a b c d e");
        var emptyPrediction = ShingleScoring.Match("a b c d e", "");
        var emptyTruth = ShingleScoring.Match("", "a b c d e");
        var bothEmpty = ShingleScoring.Match("", "");
        var score = ShingleScoring.Average([perfect, emptyPrediction, emptyTruth, bothEmpty]);
        Assert.Equal((1.0 + 0.0) / 2, score.Precision, Tolerance);
        Assert.Equal((1.0 + 0.0) / 2, score.Recall, Tolerance);
        Assert.False(bothEmpty.HasPrediction || bothEmpty.HasTruth);
    }

    [Fact]
    public void F1_comes_from_the_averaged_precision_and_recall()
    {
        var score = ShingleScoring.Average([ShingleScoring.Match("a b c d e", "a b c d e x y z"), ShingleScoring.Match("a b c d e f g h", "a b c d e")]);
        var p = (2.0 / 5 + 1) / 2;
        var r = (1 + 2.0 / 5) / 2;
        Assert.Equal(p, score.Precision, Tolerance);
        Assert.Equal(r, score.Recall, Tolerance);
        Assert.Equal(2 * p * r / (p + r), score.F1, Tolerance);
    }

    [Fact]
    public void Exactness_compares_word_sequences_not_spacing_or_punctuation()
    {
        Assert.True(ShingleScoring.SameWords("Rain fell.\nThen it stopped!", "Rain fell — then it stopped".Replace("then", "Then", StringComparison.Ordinal)));
        Assert.False(ShingleScoring.SameWords("Rain fell", "Rain fell hard"));
    }

    [Property]
    public bool Scores_stay_between_zero_and_one_and_a_text_matches_itself(string truth, string prediction)
    {
        var counts = ShingleScoring.Match(truth, prediction);
        var self = ShingleScoring.Match(truth, truth);
        var inRange = counts.Precision is >= 0 and <= 1 && counts.Recall is >= 0 and <= 1;
        var sums = !counts.HasPrediction && !counts.HasTruth || Math.Abs(counts.TruePositive + counts.FalsePositive + counts.FalseNegative - 1) < 1e-9;
        return (inRange && sums && (!self.HasTruth || self.Precision == 1 && self.Recall == 1));
    }
}
