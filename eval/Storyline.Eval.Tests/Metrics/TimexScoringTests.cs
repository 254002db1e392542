using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval.Metrics;
using Storyline.Model;

namespace Storyline.Eval.Tests.Metrics;

public class TimexScoringTests
{
    private static TimexMention M(int start, int end, string type = "DATE", string value = "2031-04-02") =>
        new(TextSpan.FromBounds(start, end), type, value);

    [Fact]
    public void An_exact_match_with_the_same_type_and_value_scores_one_everywhere()
    {
        var counts = TimexScoring.Score([M(5, 12)], [M(5, 12)]);

        Assert.Equal(new TimexCounts(1, 1, 1, 1, 1, 1), counts);
        Assert.Equal(1.0, counts.StrictSpan.F1);
        Assert.Equal(1.0, counts.RelaxedSpan.F1);
        Assert.Equal(1.0, counts.ValueF1);
    }

    [Fact]
    public void Mods_are_counted_over_relaxed_matches_and_right_only_when_the_same()
    {
        TimexMention With(int start, int end, string? mod) => new(TextSpan.FromBounds(start, end), "DURATION", "P2W", mod);
        var predicted = new[] { With(0, 10, "APPROX"), With(20, 30, "START"), With(40, 50, null), With(60, 70, "END") };
        var gold = new[] { With(0, 10, "APPROX"), With(20, 30, "END"), With(40, 50, "MID"), With(80, 90, "END") };

        var counts = TimexScoring.Score(predicted, gold);

        Assert.Equal((3, 2, 1), (counts.ModGold, counts.ModPredicted, counts.ModRight));
        Assert.Equal(0.5, counts.Mods.Precision);
        Assert.Equal(1 / 3.0, counts.Mods.Recall, 6);
    }

    [Theory]
    [InlineData(4, 12)]   // starts one early
    [InlineData(6, 12)]   // starts one late
    [InlineData(5, 11)]   // ends one early
    [InlineData(5, 13)]   // ends one late
    public void An_off_by_one_boundary_counts_for_relaxed_but_not_strict(int start, int end)
    {
        var counts = TimexScoring.Score([M(start, end)], [M(5, 12)]);

        Assert.Equal(0, counts.Strict);
        Assert.Equal(1, counts.Relaxed);
        Assert.Equal(0.0, counts.StrictSpan.F1);
        Assert.Equal(1.0, counts.RelaxedSpan.F1);
    }

    [Fact]
    public void Touching_spans_do_not_overlap()
    {
        var counts = TimexScoring.Score([M(0, 5)], [M(5, 12)]);

        Assert.Equal(0, counts.Relaxed);
    }

    [Fact]
    public void One_long_prediction_over_two_gold_expressions_matches_only_the_larger_overlap()
    {
        // "last Tuesday morning" predicted as one; gold has "last Tuesday" (0-12) and "morning" (13-20).
        var predicted = new[] { M(0, 20) };
        var gold = new[] { M(0, 12), M(13, 20, "TIME", "2031-03-25TMO") };

        var pairs = TimexScoring.RelaxedPairs(predicted, gold);
        var counts = TimexScoring.Score(predicted, gold);

        Assert.Equal([new SpanPair(0, 0)], pairs);
        Assert.Equal(1, counts.Relaxed);
        Assert.Equal(1.0, counts.RelaxedSpan.Precision);
        Assert.Equal(0.5, counts.RelaxedSpan.Recall);
    }

    [Fact]
    public void Two_predictions_inside_one_gold_expression_match_it_once()
    {
        var counts = TimexScoring.Score([M(0, 4), M(5, 12)], [M(0, 12)]);

        Assert.Equal(1, counts.Relaxed);
        Assert.Equal(0.5, counts.RelaxedSpan.Precision);
        Assert.Equal(1.0, counts.RelaxedSpan.Recall);
    }

    [Fact]
    public void A_strict_match_is_used_once_even_when_a_span_is_predicted_twice()
    {
        Assert.Equal(1, TimexScoring.StrictMatches([M(3, 9), M(3, 9)], [M(3, 9)]));
        Assert.Equal(2, TimexScoring.StrictMatches([M(3, 9), M(3, 9)], [M(3, 9), M(3, 9)]));
    }

    [Fact]
    public void Type_and_value_accuracy_are_over_relaxed_matches_and_value_F1_is_their_product_with_relaxed_F1()
    {
        var predicted = new[]
        {
            M(0, 10, "DATE", "2031-04-02"),       // right type, right value
            M(20, 28, "DATE", "P1W"),             // off by one; wrong type, right value
            M(40, 45, "DATE", "2031-04"),         // right type, wrong value
            M(60, 70, "DATE", "2031"),            // no gold there
        };
        var gold = new[]
        {
            M(0, 10, "DATE", "2031-04-02"),
            M(20, 29, "DURATION", "P1W"),
            M(40, 45, "DATE", "2031-05"),
            M(80, 90, "SET", "P1D"),              // missed
        };

        var counts = TimexScoring.Score(predicted, gold);

        Assert.Equal(new TimexCounts(4, 4, 2, 3, 2, 2), counts);
        Assert.Equal(0.5, counts.StrictSpan.F1);
        Assert.Equal(0.75, counts.RelaxedSpan.F1);
        Assert.Equal(2.0 / 3, counts.TypeAccuracy, 12);
        Assert.Equal(2.0 / 3, counts.ValueAccuracy, 12);
        Assert.Equal(0.5, counts.ValueF1, 12);
    }

    [Fact]
    public void Values_compare_as_exact_strings()
    {
        var counts = TimexScoring.Score([M(0, 5, "DATE", "2031-4-2")], [M(0, 5, "DATE", "2031-04-02")]);

        Assert.Equal(0, counts.ValueRight);
        Assert.Equal(0.0, counts.ValueF1);
    }

    [Fact]
    public void Nothing_predicted_scores_zero_not_one()
    {
        var counts = TimexScoring.Score([], [M(0, 5)]);

        Assert.Equal(0.0, counts.StrictSpan.Precision);
        Assert.Equal(0.0, counts.RelaxedSpan.F1);
        Assert.Equal(0.0, counts.ValueF1);
    }

    [Property]
    public bool Strict_never_exceeds_relaxed_and_relaxed_never_exceeds_either_count(NonNegativeInt[] starts, PositiveInt[] lengths, bool[] isGold)
    {
        var mentions = starts.Zip(lengths, (s, l) => M(s.Get % 200, (s.Get % 200) + 1 + (l.Get % 20))).ToList();
        var predicted = mentions.Where((_, i) => i < isGold.Length && !isGold[i]).ToList();
        var gold = mentions.Where((_, i) => i >= isGold.Length || isGold[i]).ToList();

        var counts = TimexScoring.Score(predicted, gold);

        return counts.Strict <= counts.Relaxed
            && counts.Relaxed <= Math.Min(predicted.Count, gold.Count)
            && counts.ValueRight <= counts.Relaxed
            && counts.TypeRight <= counts.Relaxed;
    }
}
