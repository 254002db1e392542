using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class TimexLexiconTests
{
    private static readonly TimexLexicon Lexicon = new();

    [Fact]
    public void Every_month_and_weekday_has_a_name()
    {
        Assert.Equal(Enumerable.Range(1, 12), Lexicon.Months.Keys.Select(k => Get(Lexicon.Months, k).Month).Distinct().Order());
        Assert.Equal(Enumerable.Range(1, 7), Lexicon.Weekdays.Keys.Select(k => Get(Lexicon.Weekdays, k)).Order());
    }

    [Theory]
    [InlineData("may", true)]
    [InlineData("march", true)]
    [InlineData("august", false)]
    public void Month_names_that_are_also_common_words_need_a_context(string name, bool needsContext)
    {
        Assert.Equal(needsContext, Get(Lexicon.Months, name).NeedsContext);
    }

    [Theory]
    [InlineData("will", "Future")]
    [InlineData("expected", "Future")]
    [InlineData("said", "Past")]
    [InlineData("since", "Past")]
    [InlineData("united", "None")]
    public void Tense_cues_are_read_from_the_word_list(string word, string tense)
    {
        Assert.Equal(tense, Get(Lexicon.TenseCues, word).ToString());
    }

    [Fact]
    public void Units_seasons_and_deictic_words_are_loaded()
    {
        Assert.Equal(TimeUnit.Year, Get(Lexicon.Units, "decades").Unit);
        Assert.Equal(10, Get(Lexicon.Units, "decades").Multiplier);
        Assert.Equal("FA", Get(Lexicon.Seasons, "autumn").Code);
        Assert.Contains(Get(Lexicon.Deictic, "yesterday"), e => e.Kind == DeicticKind.Day && e.Offset == -1);
        Assert.Contains(Get(Lexicon.Deictic, "the"), e => e.Context.Length == 1 && e.Words.SequenceEqual(["the", "past"]));
        Assert.Equal(-1, Get(Lexicon.Relative, "last").Offset);
        Assert.Equal("P1W", Get(Lexicon.Sets, "weekly").Value);
    }

    private static T Get<T>(WordTable<T> table, string key)
    {
        Assert.True(table.TryGet(key, out var value), key);
        return value;
    }

    [Theory]
    [InlineData("to", RangeJoin.Range)]
    [InlineData("Through", RangeJoin.Range)]
    [InlineData("till", RangeJoin.Range)]
    [InlineData("\u2013", RangeJoin.Range)]
    [InlineData("and", RangeJoin.Pair)]
    [InlineData("or", RangeJoin.Alternative)]
    [InlineData("of", RangeJoin.None)]
    public void Range_joiners_are_read_from_the_word_list(string word, RangeJoin join)
    {
        Assert.Equal(join, new RangeJoiners().Of(word));
    }
}
