using Storyline.Language.Ner;

namespace Storyline.Tests.Language.Ner;

public sealed class NerHarmonizeTests
{
    private static int[] Labels(params string[] tags) => tags.Select(NerLabels.Parse).ToArray();

    private static string[] Tags(int[] labels) => labels.Select(l => NerLabels.Names[l]).ToArray();

    [Fact]
    public void A_name_tagged_with_several_types_in_one_document_takes_the_type_most_of_its_mentions_have()
    {
        string[][] sentences = [["Orvane", "Steel", "rose"], ["Orvane", "Steel", "fell"], ["Shares", "of", "Orvane", "Steel"]];
        var labels = Labels("B-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O", "O", "O", "B-ORG", "I-ORG");

        NerTagger.Harmonize(sentences, labels);

        Assert.Equal(["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "I-ORG"], Tags(labels));
    }

    [Fact]
    public void A_tie_between_types_is_left_as_tagged()
    {
        string[][] sentences = [["Marrow", "won"], ["Marrow", "said"]];
        var labels = Labels("B-LOC", "O", "B-ORG", "O");

        NerTagger.Harmonize(sentences, labels);

        Assert.Equal(["B-LOC", "O", "B-ORG", "O"], Tags(labels));
    }

    [Fact]
    public void A_name_straight_after_a_name_of_the_same_type_joins_it()
    {
        var labels = Labels("O", "B-LOC", "B-LOC", "O", "B-ORG", "I-ORG", "B-ORG", "B-PER", "B-LOC");

        NerTagger.JoinAdjacent(labels, [0, labels.Length]);

        Assert.Equal(["O", "B-LOC", "I-LOC", "O", "B-ORG", "I-ORG", "I-ORG", "B-PER", "B-LOC"], Tags(labels));
    }

    [Fact]
    public void Names_in_two_sentences_are_never_joined()
    {
        var labels = Labels("O", "B-LOC", "B-LOC", "O");

        NerTagger.JoinAdjacent(labels, [0, 2, 4]);

        Assert.Equal(["O", "B-LOC", "B-LOC", "O"], Tags(labels));
    }
}
