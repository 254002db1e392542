using Storyline.Language.Ner;

namespace Storyline.Tests.Language.Ner;

public class NerTrainerTests
{
    private const string Corpus = """
        -DOCSTART- O

        Jane B-PER
        Roe I-PER
        visited O
        Veldora B-LOC
        . O

        The O
        Trade B-ORG
        Council I-ORG
        met O
        in O
        Lisbon B-LOC
        . O

        -DOCSTART- O

        Arjun B-PER
        Mehta I-PER
        joined O
        the O
        Trade B-ORG
        Council I-ORG
        . O

        Veldoran B-MISC
        officials O
        said O
        Roe B-PER
        left O
        . O
        """;

    private static IReadOnlyList<ConllDocument> Documents() => ConllReader.Read(new StringReader(Corpus));

    private static byte[] Bytes(NerModel model)
    {
        using var stream = new MemoryStream();
        model.Save(stream);
        return stream.ToArray();
    }

    [Fact]
    public void The_reader_splits_documents_at_docstart_and_sentences_at_blank_lines()
    {
        var documents = Documents();

        Assert.Equal(2, documents.Count);
        Assert.Equal(2, documents[0].Sentences.Count);
        Assert.Equal(["Jane", "Roe", "visited", "Veldora", "."], documents[0].Sentences[0].Tokens);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], documents[0].Sentences[0].Tags);
    }

    [Fact]
    public void Training_twice_with_the_same_data_and_seed_gives_byte_identical_models()
    {
        var options = new NerTrainerOptions { Epochs = 5, Seed = 7, Prune = 0 };

        var first = Bytes(new NerTrainer(options).Train(Documents()));
        var second = Bytes(new NerTrainer(options).Train(Documents()));

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_tiny_model_learns_its_training_sentences()
    {
        var trainer = new NerTrainer(new NerTrainerOptions { Epochs = 10, Prune = 0 });
        var model = trainer.Train(Documents());
        var tagger = trainer.Tagger(model);

        var tags = tagger.TagDocument([["Jane", "Roe", "visited", "Veldora", "."]]);

        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "O"], tags[0]);
    }

    [Fact]
    public void The_callback_sees_every_epoch_in_order()
    {
        var seen = new List<int>();

        new NerTrainer(new NerTrainerOptions { Epochs = 3 }).Train(Documents(), (epoch, _) => seen.Add(epoch));

        Assert.Equal([1, 2, 3], seen);
    }

    [Theory]
    [InlineData("O", "I-PER", false)]
    [InlineData("B-PER", "I-PER", true)]
    [InlineData("I-PER", "I-PER", true)]
    [InlineData("B-ORG", "I-PER", false)]
    [InlineData("O", "B-LOC", true)]
    [InlineData("I-MISC", "O", true)]
    public void An_inside_tag_may_only_continue_an_entity_of_its_own_type(string previous, string tag, bool allowed) =>
        Assert.Equal(allowed, NerLabels.IsAllowed(NerLabels.Parse(previous), NerLabels.Parse(tag)));

    [Fact]
    public void Shapes_collapse_runs_of_the_same_character_class()
    {
        Assert.Equal(NerFeatures.Shapes("Xyz").Short, NerFeatures.Shapes("Abcdef").Short);
        Assert.NotEqual(NerFeatures.Shapes("Xyz").Full, NerFeatures.Shapes("Abcdef").Full);
        Assert.NotEqual(NerFeatures.Shapes("USA").Short, NerFeatures.Shapes("Usa").Short);
        Assert.Equal(NerFeatures.Shapes("1996").Short, NerFeatures.Shapes("20").Short);
    }

    [Fact]
    public void Gazetteer_phrases_match_longest_first_and_only_when_capitalized()
    {
        var gazetteer = new NerGazetteer();

        Assert.True(gazetteer.Lookup(["New", "Delhi"]).HasFlag(NerGazetteerKinds.City));
        Assert.True(gazetteer.Lookup(["Indian"]).HasFlag(NerGazetteerKinds.Demonym));
        Assert.True(gazetteer.Lookup(["France"]).HasFlag(NerGazetteerKinds.Country));
        string[] words = ["in", "new", "New", "Delhi", "today"];
        var hashes = words.Select(w => NerHash.Lower(w)).ToArray();
        var capitalized = words.Select(w => char.IsUpper(w[0])).ToArray();
        var kinds = new NerGazetteerKinds[words.Length];
        var begins = new bool[words.Length];

        gazetteer.Match(hashes, capitalized, kinds, begins);

        Assert.Equal(NerGazetteerKinds.None, kinds[1]);
        Assert.True(kinds[2].HasFlag(NerGazetteerKinds.City) && kinds[3].HasFlag(NerGazetteerKinds.City));
        Assert.Equal([false, false, true, false, false], begins);
    }
}
