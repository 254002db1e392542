using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval.Metrics;

namespace Storyline.Eval.Tests.Metrics;

public class BCubedTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void A_clustering_identical_to_gold_scores_one_on_both()
    {
        var score = BCubed.Score(["x", "x", "y", "z", "z"], ["a", "a", "b", "c", "c"]);
        Assert.Equal(1, score.Precision, Tolerance);
        Assert.Equal(1, score.Recall, Tolerance);
        Assert.Equal(1, score.F1, Tolerance);
    }

    [Fact]
    public void All_singletons_have_precision_one_and_recall_the_mean_inverse_gold_size()
    {
        var score = BCubed.Score(["1", "2", "3"], ["a", "a", "b"]);
        Assert.Equal(1, score.Precision, Tolerance);
        Assert.Equal((0.5 + 0.5 + 1) / 3, score.Recall, Tolerance);
    }

    [Fact]
    public void One_cluster_for_everything_has_recall_one_and_precision_from_gold_sizes()
    {
        var score = BCubed.Score(["all", "all", "all"], ["a", "a", "b"]);
        Assert.Equal(1, score.Recall, Tolerance);
        Assert.Equal((2.0 / 3 + 2.0 / 3 + 1.0 / 3) / 3, score.Precision, Tolerance);
    }

    [Fact]
    public void A_mixed_clustering_is_scored_item_by_item()
    {
        // Item precisions 1/2, 1/2, 1, 1, 1; recalls 1/2, 1/3, 2/3, 2/3, 1/2 ... worked out by hand below.
        string[] predicted = ["p", "p", "q", "q", "r"];
        string[] gold = ["a", "b", "b", "b", "a"];
        // precision: item0 {a} in p{a,b} = 1/2, item1 1/2, item2 q{b,b} = 1, item3 1, item4 r{a} = 1
        // recall: item0 a{0,4} shares p with itself only = 1/2, item1 b{1,2,3} = 1/3, item2 2/3, item3 2/3, item4 1/2
        var score = BCubed.Score(predicted, gold);
        Assert.Equal((0.5 + 0.5 + 1 + 1 + 1) / 5, score.Precision, Tolerance);
        Assert.Equal((0.5 + 1.0 / 3 + 2.0 / 3 + 2.0 / 3 + 0.5) / 5, score.Recall, Tolerance);
    }

    [Fact]
    public void Clusterings_of_different_lengths_are_rejected() =>
        Assert.Throws<ArgumentException>(() => BCubed.Score(["a"], ["a", "b"]));

    [Fact]
    public void The_f1_of_zero_precision_and_recall_is_zero() => Assert.Equal(0, new PrecisionRecall(0, 0).F1);

    [Property]
    public void Precision_and_recall_lie_between_zero_and_one_and_are_both_one_only_for_the_same_partition(NonEmptyArray<(byte Predicted, byte Gold)> items)
    {
        // Few distinct labels so that clusters overlap often.
        var predicted = items.Get.Select(i => (i.Predicted % 4).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var gold = items.Get.Select(i => "g" + (i.Gold % 3).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var score = BCubed.Score(predicted, gold);

        Assert.InRange(score.Precision, 0, 1);
        Assert.InRange(score.Recall, 0, 1);
        var perfect = Math.Abs(score.Precision - 1) < Tolerance && Math.Abs(score.Recall - 1) < Tolerance;
        Assert.Equal(SamePartition(predicted, gold), perfect);
    }

    [Property]
    public void Swapping_prediction_and_gold_swaps_precision_and_recall(NonEmptyArray<(byte Predicted, byte Gold)> items)
    {
        var predicted = items.Get.Select(i => (i.Predicted % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var gold = items.Get.Select(i => (i.Gold % 5).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var forward = BCubed.Score(predicted, gold);
        var backward = BCubed.Score(gold, predicted);
        Assert.Equal(forward.Precision, backward.Recall, Tolerance);
        Assert.Equal(forward.Recall, backward.Precision, Tolerance);
    }

    /// <summary>Same partition when each label is renamed to the position of its first item.</summary>
    private static bool SamePartition(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        Canonical(a).SequenceEqual(Canonical(b));

    private static List<int> Canonical(IReadOnlyList<string> labels)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        return labels.Select((label, i) => first.TryAdd(label, i) ? i : first[label]).ToList();
    }
}
