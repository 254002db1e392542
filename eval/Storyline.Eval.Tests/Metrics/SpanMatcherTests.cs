using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval.Metrics;
using Storyline.Model;

namespace Storyline.Eval.Tests.Metrics;

public class SpanMatcherTests
{
    [Theory]
    [InlineData(10, 20, 10, 20, true)]   // identical
    [InlineData(10, 20, 11, 19, true)]   // gold with quote marks around the predicted words
    [InlineData(0, 10, 5, 100, true)]    // overlap 5 is exactly half of the shorter (10)
    [InlineData(0, 10, 6, 100, false)]   // overlap 4 is less than half of 10
    [InlineData(0, 10, 10, 20, false)]   // touching is not overlapping
    [InlineData(0, 10, 30, 40, false)]   // disjoint
    [InlineData(0, 100, 40, 45, true)]   // a short span inside a long one
    public void Spans_match_when_they_overlap_by_at_least_half_of_the_shorter(int aStart, int aEnd, int bStart, int bEnd, bool expected)
    {
        var a = TextSpan.FromBounds(aStart, aEnd);
        var b = TextSpan.FromBounds(bStart, bEnd);
        Assert.Equal(expected, SpanMatcher.Matches(a, b));
        Assert.Equal(expected, SpanMatcher.Matches(b, a));
    }

    [Fact]
    public void One_prediction_over_two_gold_quotes_is_paired_with_the_larger_overlap_only()
    {
        var pairs = SpanMatcher.Match(
            [TextSpan.FromBounds(0, 30)],
            [TextSpan.FromBounds(0, 10), TextSpan.FromBounds(12, 30)]);
        Assert.Equal([new SpanPair(0, 1)], pairs);
    }

    [Fact]
    public void A_gold_quote_without_a_span_never_matches()
    {
        var pairs = SpanMatcher.Match([TextSpan.FromBounds(0, 30)], [null, TextSpan.FromBounds(100, 120)]);
        Assert.Empty(pairs);
    }

    [Fact]
    public void Each_prediction_finds_its_own_gold_quote()
    {
        var pairs = SpanMatcher.Match(
            [TextSpan.FromBounds(51, 79), TextSpan.FromBounds(1, 20)],
            [TextSpan.FromBounds(0, 21), TextSpan.FromBounds(50, 80), TextSpan.FromBounds(200, 220)]);
        Assert.Equal([new SpanPair(1, 0), new SpanPair(0, 1)], pairs);
    }

    [Property]
    public void Pairs_are_one_to_one_and_every_pair_matches((byte Start, byte Length)[] predicted, (byte Start, byte Length)[] gold)
    {
        var p = predicted.Select(s => new TextSpan(s.Start, s.Length % 40)).ToList();
        var g = gold.Select(s => (TextSpan?)new TextSpan(s.Start, s.Length % 40)).ToList();
        var pairs = SpanMatcher.Match(p, g);

        Assert.Equal(pairs.Count, pairs.Select(x => x.Predicted).Distinct().Count());
        Assert.Equal(pairs.Count, pairs.Select(x => x.Gold).Distinct().Count());
        Assert.All(pairs, x => Assert.True(SpanMatcher.Matches(p[x.Predicted], g[x.Gold]!.Value)));
    }
}
