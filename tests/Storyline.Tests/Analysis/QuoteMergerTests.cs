using FsCheck;
using FsCheck.Xunit;
using Storyline.Analysis.Quotes;

namespace Storyline.Tests.Analysis;

public sealed class QuoteMergerTests
{
    private static readonly string[] Vocabulary = ["we", "will", "keep", "working", "for", "a", "fair", "deal", "on", "steel", "and", "trade", "with", "our", "partners"];

    private static string[] Words(int seed, int count) => [.. Enumerable.Range(0, count).Select(i => Vocabulary[(seed + (i * 7)) % Vocabulary.Length])];

    [Property]
    public void A_quote_is_almost_the_same_as_itself(PositiveInt seed, PositiveInt length)
    {
        var words = Words(seed.Get, 6 + (length.Get % 30));
        Assert.True(QuoteMerger.AlmostSame(words, words));
    }

    [Property]
    public void One_word_more_in_a_long_quote_is_still_the_same_quote_unless_it_is_a_number(PositiveInt seed, PositiveInt at)
    {
        var words = Words(seed.Get, 20);
        var position = at.Get % words.Length;
        string[] withWord = [.. words[..position], "really", .. words[position..]];
        string[] withNumber = [.. words[..position], "45", .. words[position..]];
        Assert.True(QuoteMerger.AlmostSame(words, withWord));
        Assert.True(QuoteMerger.AlmostSame(withWord, words));
        Assert.False(QuoteMerger.AlmostSame(words, withNumber));
    }

    [Fact]
    public void Quotes_of_very_different_lengths_are_not_the_same()
    {
        Assert.False(QuoteMerger.AlmostSame(Words(1, 6), Words(1, 12)));
    }

    [Theory]
    [InlineData("we reviewed the progress in our ties", "had a warm talk with the minister we reviewed progress in our ties and agreed to meet", true)]
    [InlineData("continue to work together for peace and stability", "both will continue to work together for peace stability and prosperity", true)]
    [InlineData("cut the tariff to 15 percent next year", "they agreed to cut the tariff to 18 percent next year and more", false)]
    [InlineData("we reviewed the progress in our ties", "we talked about our ties and the weather and then reviewed the progress much later", false)]
    public void An_excerpt_worded_almost_as_in_a_longer_quote_is_part_of_it(string excerpt, string quote, bool expected)
    {
        Assert.Equal(expected, QuoteMerger.AlmostExcerpt(excerpt.Split(' '), quote.Split(' ')));
    }

    [Property]
    public void An_exact_excerpt_of_six_words_or_more_is_always_almost_an_excerpt(PositiveInt seed, PositiveInt at, PositiveInt length)
    {
        var quote = Words(seed.Get, 30);
        var size = 6 + (length.Get % 10);
        var start = at.Get % (quote.Length - size);
        Assert.True(QuoteMerger.AlmostExcerpt(quote[start..(start + size)], quote));
    }
}
