using Storyline.Language.Ner;
using Storyline.Model;

namespace Storyline.Tests.Language.Ner;

public sealed class NerFineTypeTests
{
    [Theory]
    [InlineData("LOC", "Marrow Agreement", EntityType.Law)]
    [InlineData("ORG", "Marrow Trade Agreement", EntityType.Organization)]
    [InlineData("MISC", "Clean Harbours Act", EntityType.Law)]
    [InlineData("MISC", "Kestrian Constitution", EntityType.Law)]
    [InlineData("MISC", "Olympics", EntityType.Event)]
    [InlineData("ORG", "Veldora Summit", EntityType.Event)]
    [InlineData("MISC", "Second Harbour War", EntityType.Event)]
    [InlineData("MISC", "Northern Trade Forum", EntityType.Organization)]
    [InlineData("MISC", "Hindus", EntityType.Norp)]
    [InlineData("MISC", "Indians", EntityType.Norp)]
    [InlineData("MISC", "Kestrian", EntityType.Misc)]
    [InlineData("ORG", "Marrow Steel Union", EntityType.Organization)]
    [InlineData("LOC", "Paris", EntityType.Gpe)]
    [InlineData("LOC", "Danube", EntityType.Location)]
    [InlineData("PER", "Act Roe", EntityType.Person)]
    [InlineData("MISC", "Forum", EntityType.Misc)]
    [InlineData("MISC", "Airbus A320", EntityType.Product)]
    [InlineData("ORG", "Airbus", EntityType.Organization)]
    public void A_name_gets_a_finer_type_from_its_words_and_its_CoNLL_type(string conll, string name, EntityType expected)
    {
        Assert.Equal(expected, NerData.Tagger.FineType(conll, name.Split(' ')));
    }

    [Fact]
    public void Rules_apply_in_file_order_and_only_to_their_CoNLL_types()
    {
        var types = new NerFineTypes(["Accord\tLAW\tlast\tMISC", "Accord\tEVENT\tany\tMISC|ORG"]);

        Assert.Equal(EntityType.Law, types.TypeOf("MISC", ["Marrow", "Accord"]));
        Assert.Equal(EntityType.Event, types.TypeOf("ORG", ["Marrow", "Accord"]));
        Assert.Null(types.TypeOf("LOC", ["Marrow", "Accord"]));
        Assert.Null(types.TypeOf("MISC", ["Accord"]));
    }

    [Theory]
    [InlineData("Accord\tLAW\tlast")]
    [InlineData("Accord\tTREATY\tlast\tMISC")]
    [InlineData("Accord\tLAW\tfirst\tMISC")]
    public void A_malformed_row_is_refused(string row)
    {
        Assert.Throws<InvalidDataException>(() => new NerFineTypes([row]));
    }
}
