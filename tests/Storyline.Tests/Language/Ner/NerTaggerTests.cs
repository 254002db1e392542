using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Language.Ner;
using Storyline.Model;

namespace Storyline.Tests.Language.Ner;

/// <summary>The shipped model is read once for all tests (it is immutable).</summary>
internal static class NerData
{
    public static NerModel Model { get; } = NerModel.LoadEmbedded();

    public static NerTagger Tagger { get; } = new(Model);

    public static string[] Words(string sentence) => sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<string> Tags(params string[] sentence) => Tagger.TagDocument([.. sentence.Select(s => (IReadOnlyList<string>)Words(s))])[0];
}

public class NerTaggerTests
{
    [Fact]
    public void A_person_an_organization_and_a_place_in_one_sentence_get_their_types()
    {
        var tags = NerData.Tags("Foreign Minister Jane Roe told the European Commission in Brussels on Tuesday that talks would resume .");

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O"], tags);
    }

    [Fact]
    public void A_nationality_is_tagged_misc()
    {
        var tags = NerData.Tags("The German government rejected the plan .");

        Assert.Equal("B-MISC", tags[1]);
    }

    [Fact]
    public void Plain_text_entities_carry_offsets_into_the_text_and_finer_types()
    {
        var text = "Officials in Paris said on Monday that Indian exporters met Jane Roe.";

        var entities = NerData.Tagger.Recognize(text);

        Assert.Contains(entities, e => e.Text == "Paris" && e.Type == EntityType.Gpe && e.ConllType == "LOC" && e.Span == new TextSpan(13, 5));
        Assert.Contains(entities, e => e.Text == "Indian" && e.Type == EntityType.Norp);
        Assert.Contains(entities, e => e.Text == "Jane Roe" && e.Type == EntityType.Person);
        Assert.All(entities, e => Assert.Equal(e.Text, text.Substring(e.Span.Start, e.Span.Length)));
    }

    [Fact]
    public void A_possessive_is_split_off_so_the_name_alone_is_the_entity()
    {
        var entities = NerData.Tagger.Recognize("Officials said Germany's exports rose.");

        Assert.Contains(entities, e => e.Text == "Germany" && e.Type == EntityType.Gpe);
    }

    [Fact]
    public void Conll_lines_get_one_more_column_and_docstart_and_blank_lines_pass_through()
    {
        var input = "-DOCSTART- -X- -X- O\n\nJane NNP B-NP B-PER\nRoe NNP I-NP I-PER\nspoke VBD B-VP O\n\nRain NN B-NP O\n";
        using var output = new StringWriter();

        NerData.Tagger.TagConll(new StringReader(input), output);

        var lines = output.ToString().Split('\n');
        Assert.Equal("-DOCSTART- -X- -X- O", lines[0].TrimEnd('\r'));
        Assert.Equal("", lines[1].TrimEnd('\r'));
        Assert.Equal("Jane NNP B-NP B-PER B-PER", lines[2].TrimEnd('\r'));
        Assert.Equal("Roe NNP I-NP I-PER I-PER", lines[3].TrimEnd('\r'));
        Assert.Equal("spoke VBD B-VP O O", lines[4].TrimEnd('\r'));
        Assert.Equal("", lines[5].TrimEnd('\r'));
        Assert.StartsWith("Rain NN B-NP O ", lines[6], StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_model_loads_in_under_a_second_and_saves_back_to_the_same_predictions()
    {
        var watch = Stopwatch.StartNew();
        var model = NerModel.LoadEmbedded();
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"load took {watch.Elapsed}");

        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var reloaded = new NerTagger(NerModel.Load(stream));
        var document = new[] { "Jane Roe of the Trade Council visited Veldora on Friday .", "ROE SAYS TALKS WITH VELDORA WILL GO ON", "Roe said the talks went well ." }
            .Select(s => (IReadOnlyList<string>)NerData.Words(s)).ToList();

        Assert.Equal(NerData.Tagger.TagDocument(document), reloaded.TagDocument(document));
        Assert.Equal(model.FeatureCount, NerModel.Load(new MemoryStream(stream.ToArray())).FeatureCount);
    }

    [Property(MaxTest = 200)]
    public Property Any_token_sequence_gets_a_valid_iob2_sequence_of_the_same_length()
    {
        var token = Gen.Elements("Jane", "Roe", "the", "THE", "Veldora", "said", ".", ",", "1996", "U.S.", "New", "York", "-", "Inc", "'s", "", "x", "ÉTÉ", "Ministry");
        var sentence = Gen.ArrayOf(token);
        return Prop.ForAll(Gen.ArrayOf(sentence).ToArbitrary(), sentences =>
        {
            var tags = NerData.Tagger.TagDocument([.. sentences.Select(s => (IReadOnlyList<string>)s)]);
            var previous = "O";
            var valid = tags.Count == sentences.Length;
            for (var s = 0; valid && s < sentences.Length; s++)
            {
                valid &= tags[s].Count == sentences[s].Length;
                previous = "O";
                foreach (var tag in tags[s])
                {
                    valid &= NerLabels.Names.Contains(tag);
                    valid &= !tag.StartsWith("I-", StringComparison.Ordinal) || (previous.Length > 2 && previous[2..] == tag[2..]);
                    previous = tag;
                }
            }

            return valid;
        });
    }

    [Property(Arbitrary = [typeof(NewsTextArbitrary)], MaxTest = 200)]
    public bool Plain_text_entity_spans_lie_inside_the_text_in_order_without_overlap(NewsText text)
    {
        var entities = NerData.Tagger.Recognize(text.Value);
        var end = 0;
        foreach (var e in entities)
        {
            if (e.Span.Start < end || e.Span.Length <= 0 || e.Span.End > text.Value.Length || e.Text != text.Value.Substring(e.Span.Start, e.Span.Length))
            {
                return false;
            }

            end = e.Span.End;
        }

        return true;
    }
}
