using Storyline.Language;
using Storyline.Language.Ner;
using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>The rules and the statistical tagger together: the tagger types only names the rules cannot.</summary>
public sealed class StatisticalTypingTests
{
    private static readonly EntityRecognizer WithTagger = new(LanguageData.Gazetteer, new NerTagger());

    private static EntityType TypeOf(EntityRecognizer recognizer, string text, string name)
    {
        var annotation = recognizer.Recognize(text, LanguageData.Splitter.Split(text));
        var mention = annotation.Mentions.First(m => m.Text == name);
        return annotation.Entities.Single(e => e.Key == mention.EntityKey).Type;
    }

    [Theory]
    [InlineData("The match between Dorvik and Selmar ended in a draw.", "Dorvik")]
    [InlineData("A spokesman for Talvik Energia declined to comment.", "Talvik Energia")]
    public void An_unknown_name_with_no_rule_cue_takes_the_taggers_type(string text, string name)
    {
        var tagged = new NerTagger().Recognize(text).Single(e => e.Text == name).Type;
        var expected = tagged == EntityType.Location ? EntityType.Gpe : tagged;
        Assert.NotEqual(EntityType.Misc, expected);

        Assert.Equal(EntityType.Misc, TypeOf(LanguageData.Recognizer, text, name));
        Assert.Equal(expected, TypeOf(WithTagger, text, name));
    }

    [Theory]
    [InlineData("Jane Roe said the talks would resume.", "Jane Roe", EntityType.Person)]
    [InlineData("Officials in Marrow Falls said the talks would resume.", "Marrow Falls", EntityType.Gpe)]
    [InlineData("Officials of the Harbour Workers Union said the talks would resume.", "Harbour Workers Union", EntityType.Organization)]
    public void A_rule_cue_still_decides_the_type(string text, string name, EntityType type)
    {
        Assert.Equal(type, TypeOf(WithTagger, text, name));
    }
}
