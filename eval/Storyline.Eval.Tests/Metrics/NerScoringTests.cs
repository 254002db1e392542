using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Eval.Metrics;

namespace Storyline.Eval.Tests.Metrics;

public class NerScoringTests
{
    private static string[] T(string tags) => tags.Split(' ');

    [Fact]
    public void Chunks_follow_iob2_begin_and_inside_tags()
    {
        Assert.Equal(
            [new NerChunk(0, 2, "PER"), new NerChunk(3, 4, "LOC"), new NerChunk(4, 5, "LOC")],
            NerScoring.Chunks(T("B-PER I-PER O B-LOC B-LOC")));
    }

    [Fact]
    public void An_inside_tag_after_o_or_another_type_opens_a_chunk_as_in_conlleval()
    {
        Assert.Equal(
            [new NerChunk(1, 3, "ORG"), new NerChunk(3, 4, "MISC")],
            NerScoring.Chunks(T("O I-ORG I-ORG I-MISC")));
    }

    [Fact]
    public void An_entity_counts_only_with_its_type_and_both_boundaries_right()
    {
        IReadOnlyList<IReadOnlyList<string>> gold = [T("B-PER I-PER O B-ORG O B-LOC")];
        IReadOnlyList<IReadOnlyList<string>> predicted = [T("B-PER O O B-LOC O B-LOC")];

        var counts = NerScoring.Score(gold, predicted);

        Assert.Equal(new NerTypeCounts(3, 3, 1), counts.Overall);
        Assert.Equal(new NerTypeCounts(1, 2, 1), counts.ByType["LOC"]);
        Assert.Equal(new NerTypeCounts(1, 0, 0), counts.ByType["ORG"]);
        Assert.Equal(0.0, counts.ByType["ORG"].Precision);
        Assert.Equal(4, counts.TokensRight);
        Assert.Equal(1.0 / 3, counts.Overall.F1, 6);
    }

    [Fact]
    public void A_sentence_end_closes_a_chunk()
    {
        IReadOnlyList<IReadOnlyList<string>> gold = [T("O B-PER"), T("I-PER O")];

        var counts = NerScoring.Score(gold, gold);

        Assert.Equal(2, counts.Overall.Gold);
        Assert.Equal(1.0, counts.Overall.F1);
    }

    [Fact]
    public void Sentences_of_different_lengths_are_refused() =>
        Assert.Throws<ArgumentException>(() => NerScoring.Score([T("O O")], [T("O")]));

    [Property(MaxTest = 200)]
    public Property Scoring_a_tagging_against_itself_is_perfect_and_chunks_lie_inside_the_sentence()
    {
        var tag = Gen.Elements("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "I-LOC", "B-MISC");
        return Prop.ForAll(Gen.ArrayOf(tag).ToArbitrary(), tags =>
        {
            var chunks = NerScoring.Chunks(tags);
            var counts = NerScoring.Score([tags], [tags]);
            return chunks.All(c => c.Start >= 0 && c.End <= tags.Length && c.Start < c.End)
                && counts.Overall.Correct == counts.Overall.Gold
                && counts.Overall.Gold == chunks.Count
                && (chunks.Count == 0 || counts.Overall.F1 == 1.0);
        });
    }
}
