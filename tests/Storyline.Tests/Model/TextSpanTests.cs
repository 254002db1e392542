using Storyline.Model;

namespace Storyline.Tests.Model;

public sealed class TextSpanTests
{
    [Fact]
    public void A_span_reads_back_the_characters_it_covers()
    {
        var span = TextSpan.FromBounds(4, 9);
        Assert.Equal("quick", span.Of("The quick fox"));
        Assert.Equal(9, span.End);
    }

    [Theory]
    [InlineData(0, 5, 4, 2, true)]
    [InlineData(0, 5, 5, 2, false)]
    [InlineData(3, 2, 0, 4, true)]
    public void Overlap_is_strict_at_the_boundaries(int s1, int l1, int s2, int l2, bool expected)
    {
        Assert.Equal(expected, new TextSpan(s1, l1).Overlaps(new TextSpan(s2, l2)));
        Assert.Equal(expected, new TextSpan(s2, l2).Overlaps(new TextSpan(s1, l1)));
    }
}
