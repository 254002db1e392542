using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>A capital stands for its government when it acts or owns; it is the city where one goes, stays or writes from.</summary>
public sealed class MetonymTests
{
    private static EntityAnnotation Recognize(string text, string? dateline = null) =>
        LanguageData.Recognizer.Recognize(text, LanguageData.Splitter.Split(text), dateline);

    private static EntityMention Mention(EntityAnnotation annotation, string text, int occurrence = 0)
    {
        var mention = annotation.Mentions.Where(m => m.Text == text).Skip(occurrence).FirstOrDefault();
        Assert.True(mention is not null, $"No mention '{text}'; found {string.Join(", ", annotation.Mentions.Select(m => m.Text))}");
        return mention;
    }

    [Theory]
    [InlineData("Washington said on Monday it would extend the duties.", "Washington", "gpe:united states")]
    [InlineData("New Delhi said the talks were constructive.", "New Delhi", "gpe:india")]
    [InlineData("Beijing has warned against any new curbs.", "Beijing", "gpe:china")]
    [InlineData("Analysts questioned Moscow's decision to cut supplies.", "Moscow", "gpe:russia")]
    [InlineData("Washington\u2019s imposition of tariffs hurt exporters.", "Washington", "gpe:united states")]
    [InlineData("The deal angered Moscow and unsettled Beijing.", "Beijing", "gpe:china")]
    [InlineData("Talks between Washington and Beijing stalled again.", "Beijing", "gpe:china")]
    [InlineData("Pressure from Washington has grown since March.", "Washington", "gpe:united states")]
    [InlineData("A letter to Beijing asked for restraint.", "Beijing", "gpe:china")]
    [InlineData("Officials said New Delhi rejected the offer.", "New Delhi", "gpe:india")]
    public void A_capital_that_acts_speaks_or_owns_is_its_government(string text, string capital, string key)
    {
        var mention = Mention(Recognize(text), capital);
        Assert.Equal(key, mention.EntityKey);
        Assert.Equal(EntityType.Gpe, mention.Type);
    }

    [Theory]
    [InlineData("The summit opened in Beijing on Monday.", "Beijing", "gpe:beijing")]
    [InlineData("Both leaders met in New Delhi last week.", "New Delhi", "gpe:new delhi")]
    [InlineData("The minister flew to Moscow on Sunday.", "Moscow", "gpe:moscow")]
    [InlineData("She ended a visit to Beijing last week.", "Beijing", "gpe:beijing")]
    [InlineData("The envoy returned from Washington on Friday.", "Washington", "gpe:washington")]
    [InlineData("Flights from Moscow were cancelled.", "Moscow", "gpe:moscow")]
    [InlineData("He will visit New Delhi next month.", "New Delhi", "gpe:new delhi")]
    [InlineData("Officials visiting Beijing said little.", "Beijing", "gpe:beijing")]
    [InlineData("Beijing-based analysts expect a deal.", "Beijing", "gpe:beijing")]
    [InlineData("Protests were held in Moscow and Beijing.", "Beijing", "gpe:beijing")]
    [InlineData("The delegation travelled from New Delhi to Washington.", "Washington", "gpe:washington")]
    public void A_capital_one_goes_to_stays_in_or_comes_from_is_the_city(string text, string capital, string key)
    {
        var annotation = Recognize(text);
        var mention = Mention(annotation, capital);
        Assert.Equal(key, mention.EntityKey);
        Assert.Equal(EntityType.Gpe, annotation.Entities.Single(e => e.Key == key).Type);
    }

    [Theory]
    [InlineData("BEIJING, March 3 (Wire) - Beijing said on Monday it would respond.", "BEIJING", "gpe:beijing", "gpe:china")]
    [InlineData("MOSCOW: Moscow's reply came late.", "MOSCOW", "gpe:moscow", "gpe:russia")]
    [InlineData("New Delhi, February 2 \u2014 New Delhi said the call went well.", "New Delhi", "gpe:new delhi", "gpe:india")]
    public void The_dateline_capital_is_the_city_and_the_same_word_acting_is_the_government(string text, string dateline, string cityKey, string countryKey)
    {
        var annotation = Recognize(text, dateline);
        Assert.Equal(cityKey, annotation.Mentions[0].EntityKey);
        var acting = annotation.Mentions.Skip(1).First(m => m.Text.Equals(annotation.Mentions[0].Text, StringComparison.OrdinalIgnoreCase) || m.Text == Gazetteer.TitleCase(annotation.Mentions[0].Text));
        Assert.Equal(countryKey, acting.EntityKey);
    }
}
