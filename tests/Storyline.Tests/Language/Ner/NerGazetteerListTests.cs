using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Language.Ner;
using Storyline.Model;

namespace Storyline.Tests.Language.Ner;

public class NerGazetteerListTests
{
    private static readonly NerGazetteer Shipped = new();

    private static NerGazetteer Fictional() => new(
    [
        ("clubs", ["Corvin United", "Corvin", "Velmar Rovers", "Bank of Velmar", "Ostra Athletic"]),
        ("cities", ["Corvin", "Velmar", "Port Ostra"]),
    ]);

    private static (uint[] Begin, uint[] Inside) Match(NerGazetteer gazetteer, string sentence)
    {
        var tokens = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lower = tokens.Select(t => NerHash.Lower(t)).ToArray();
        var capitalized = tokens.Select(t => char.IsUpper(t[0])).ToArray();
        var begin = new uint[tokens.Length];
        var inside = new uint[tokens.Length];
        gazetteer.MatchLists(lower, capitalized, begin, inside);
        return (begin, inside);
    }

    [Fact]
    public void A_multi_word_club_name_gets_begin_on_its_first_token_and_inside_on_the_rest()
    {
        var (begin, inside) = Match(Fictional(), "Bank of Velmar beat Corvin United on Sunday");

        const uint Clubs = 1;
        Assert.Equal([Clubs, 0, 0, 0, Clubs, 0, 0, 0], begin.Select(b => b & Clubs));
        Assert.Equal([0, Clubs, Clubs, 0, 0, Clubs, 0, 0], inside.Select(b => b & Clubs));
    }

    [Fact]
    public void Each_list_takes_its_own_longest_match_so_a_club_and_a_city_can_share_a_word()
    {
        var (begin, inside) = Match(Fictional(), "Corvin United won in Corvin");

        Assert.Equal(0b11u, begin[0]);           // "Corvin United" (clubs) and "Corvin" (cities) both start here
        Assert.Equal(0b01u, inside[1]);          // only the club name goes on
        Assert.Equal(0b11u, begin[4]);           // the town alone is in both lists
    }

    [Fact]
    public void All_caps_headline_words_match_like_title_case()
    {
        var (begin, inside) = Match(Fictional(), "OSTRA ATHLETIC SIGN STRIKER FROM PORT OSTRA");

        Assert.Equal(1u, begin[0]);
        Assert.Equal(1u, inside[1]);
        Assert.Equal(2u, begin[5]);
        Assert.Equal(2u, inside[6]);
    }

    [Fact]
    public void A_phrase_starting_with_a_lower_case_word_does_not_match()
    {
        var (begin, inside) = Match(Fictional(), "the velmar rovers fans");

        Assert.All(begin, b => Assert.Equal(0u, b));
        Assert.All(inside, b => Assert.Equal(0u, b));
    }

    [Fact]
    public void The_shipped_lists_are_embedded_and_keyed_by_file_name()
    {
        var names = EmbeddedData.Names().Where(n => n.StartsWith("Language/Data/ner/gazetteers/", StringComparison.Ordinal)).ToList();

        Assert.True(names.Count >= 10);
        Assert.Equal(names.Count, Shipped.ListCount);
        var total = names.Sum(n => EmbeddedData.ReadLines(n).Count());
        Assert.True(total > 10_000, $"only {total} names");
    }

    [Fact]
    public void The_shipped_club_list_matches_a_club_in_a_results_table_in_capitals()
    {
        var clubs = Enumerable.Range(0, Shipped.ListCount).Single(k => Shipped.ListKey(k) == NerHash.Text("football_clubs"));
        var bit = 1u << clubs;

        var (begin, inside) = Match(Shipped, "MANCHESTER UNITED 2 Leeds United 0");

        Assert.NotEqual(0u, begin[0] & bit);
        Assert.NotEqual(0u, inside[1] & bit);
        Assert.NotEqual(0u, begin[3] & bit);
        Assert.NotEqual(0u, inside[4] & bit);
    }

    [Fact]
    public void Training_without_lists_leaves_out_only_the_list_features()
    {
        var features = new NerFeatures(Fictional(), new NerClusters([]));
        IReadOnlyList<IReadOnlyList<string>> doc = [["Corvin", "United", "beat", "Velmar", "Rovers"]];

        var with = features.Extract(doc);
        var without = features.Extract(doc, lists: 0);

        Assert.True(with.Static.Length > without.Static.Length);
        Assert.Subset(with.Static.ToHashSet(), without.Static.ToHashSet());
    }

    [Theory]
    [InlineData("The Marlovian government rejected the plan on Tuesday .", 1)]
    [InlineData("Police said three Sorvian fishermen were detained .", 3)]
    [InlineData("The Ulvish foreign minister flew home .", 1)]
    public void A_demonym_no_list_holds_is_still_tagged_misc(string sentence, int at)
    {
        // Trained with list dropout on the demonym lists, the tagger still reads "-ian"/"-ish" words by their spelling.
        Assert.Equal("B-MISC", NerData.Tags(sentence)[at]);
    }

    [Property(MaxTest = 200)]
    public Property Every_inside_mark_continues_a_match_of_the_same_list_begun_just_before()
    {
        var words = Gen.Elements("Corvin", "United", "Velmar", "Rovers", "Bank", "of", "Port", "Ostra", "Athletic", "the", "CORVIN", "UNITED");
        var sentences = Gen.ListOf(words).Select(w => string.Join(' ', w)).Where(s => s.Length > 0);
        return Prop.ForAll(sentences.ToArbitrary(), sentence =>
        {
            var (begin, inside) = Match(Fictional(), sentence);
            for (var i = 0; i < begin.Length; i++)
            {
                if ((inside[i] & ~(i > 0 ? begin[i - 1] | inside[i - 1] : 0u)) != 0)
                {
                    return false;
                }
            }

            return true;
        });
    }
}
