using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>
/// The direction cues of <c>Time/Data/direction-cues.tsv</c>: the rows are loaded with their roles, and
/// each one decides the value of an invented sentence. The DCT is Wednesday 2025-12-10 unless a test says otherwise.
/// </summary>
public sealed class TimexDirectionCueTests
{
    private const string Dct = "2025-12-10";

    private static readonly TimexLexicon Lexicon = new();

    private static TimeExpression Find(string text, string expression, string dct = Dct) => TimexTestKit.Find(text, expression, dct);

    [Fact]
    public void Multi_word_cues_are_rows_split_into_their_words()
    {
        Assert.Contains(Lexicon.EarliestPhrases, p => p.SequenceEqual(["as", "soon", "as"]));
        Assert.Contains(Lexicon.EarliestPhrases, p => p.SequenceEqual(["as", "early", "as"]));
        Assert.Contains(Lexicon.LookbackPhrases, p => p.SequenceEqual(["not", "until"]));
        Assert.Contains(Lexicon.LookbackPhrases, p => p.SequenceEqual(["not", "till"]));
    }

    [Theory]
    [InlineData("until", "upto")]
    [InlineData("TILL", "upto")]
    [InlineData("had", "perfect")]
    [InlineData("to", "target")]
    [InlineData("through", "target")]
    [InlineData("still", "adverb")]
    public void Single_word_cues_are_loaded_under_their_role(string word, string role)
    {
        var tables = new Dictionary<string, WordTable<bool>>(StringComparer.Ordinal)
        {
            ["upto"] = Lexicon.UpToCues,
            ["perfect"] = Lexicon.PastPerfectMarkers,
            ["target"] = Lexicon.DeadlineTargets,
            ["adverb"] = Lexicon.AdjectiveAdverbs,
        };
        foreach (var (name, table) in tables)
        {
            Assert.Equal(name == role, table.Contains(word));
        }
    }

    [Fact]
    public void Suffix_rows_are_suffixes_not_words()
    {
        Assert.Equal(["ed"], Lexicon.DoneSuffixes);
        Assert.Equal(["ly"], Lexicon.AdverbSuffixes);
        Assert.False(Lexicon.AdjectiveAdverbs.Contains("*ly"));
        Assert.False(Lexicon.AdjectiveAdverbs.Contains("ly"));
    }

    [Theory]
    [InlineData("The ministry may reply as soon as Tuesday.", "Tuesday", "2025-12-09")]
    [InlineData("The Varnen council could vote as early as Thursday.", "Thursday", "2025-12-11")]
    public void An_earliest_phrase_puts_the_day_after_it_ahead(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression, "2025-12-08").Value);

    [Fact]
    public void Without_an_earliest_phrase_the_same_weekday_is_the_one_just_past() =>
        Assert.Equal("2025-12-02", Find("The ministry may reply Tuesday.", "Tuesday", "2025-12-08").Value);

    [Theory]
    [InlineData("Not until Thursday did the ferry company of Orlen answer the letter.", "Thursday", "2025-12-04")]
    [InlineData("The ferry company answered, but not till Monday.", "Monday", "2025-12-08")]
    public void Not_until_reads_back(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Until Thursday, the mayor of Dolvik had refused to comment.", "Thursday", "2025-12-04")]
    [InlineData("Till Sunday, nobody in Varnen had seen the letter.", "Sunday", "2025-12-07")]
    public void Until_before_a_past_perfect_reads_back(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Fact]
    public void Until_without_a_past_perfect_points_ahead() =>
        Assert.Equal("2025-12-11", Find("The Dolvik bridge stays shut until Thursday.", "Thursday").Value);

    [Theory]
    [InlineData("The Orlen board extended its offer Friday.", "2025-12-05")]
    [InlineData("The Orlen board extended its offer to Friday.", "2025-12-12")]
    [InlineData("The Orlen board extended its offer through Friday.", "2025-12-12")]
    public void A_past_form_deadline_verb_dates_the_act_unless_a_target_word_names_the_term(string text, string value) =>
        Assert.Equal(value, Find(text, "Friday").Value);

    [Theory]
    [InlineData("The Dravik council will hold a still unscheduled vote on Friday.")]
    [InlineData("The Dravik council will hold a newly announced vote on Friday.")]
    public void An_ed_word_after_a_determiner_and_an_adverb_is_no_past_cue(string text) =>
        Assert.Equal("2025-12-12", Find(text, "Friday").Value);
}
