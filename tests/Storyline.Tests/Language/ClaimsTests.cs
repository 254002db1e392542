using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class ClaimsTests
{
    private static readonly ClaimExtractor Extractor = new();

    private static IReadOnlyList<NumericClaim> Extract(string text) => Extractor.Extract(text, QuotesTestText.Sentences(text));

    [Theory]
    [InlineData("Kestria slapped 50% tariffs on most Varesian imports in May.", "50%", 50, "percent", "tariffs on most Varesian imports")]
    [InlineData("The duties reach 40 percent on steel.", "40 percent", 40, "percent", "")]
    [InlineData("Exporters face tariffs of up to 50% on certain goods from June.", "up to 50%", 50, "percent", "tariffs on certain goods")]
    [InlineData("It includes a 25% levy linked to fuel purchases.", "25%", 25, "percent", "levy")]
    [InlineData("Rates rose by 25 per cent last year.", "25 per cent", 25, "percent", "rates")]
    [InlineData("Kestria raised tariffs to 35% overnight.", "35%", 35, "percent", "tariffs")]
    [InlineData("Kestria recorded a $45.8 billion goods trade deficit with Varesia in 2030.", "$45.8 billion", 45.8e9, "USD", "goods trade deficit with Varesia")]
    [InlineData("The firm raised US$3m from investors.", "US$3m", 3e6, "USD", "")]
    [InlineData("The port will cost €450 million to build.", "€450 million", 450e6, "EUR", "")]
    [InlineData("A £2bn rescue package for the mills was approved.", "£2bn", 2e9, "GBP", "rescue package for the mills")]
    [InlineData("The state set aside Rs 500 crore for roads.", "Rs 500 crore", 5e9, "INR", "")]
    [InlineData("The club paid 5 million dollars for the site.", "5 million dollars", 5e6, "USD", "")]
    public void Percentages_and_money_are_read_with_what_they_measure(string text, string phrase, double value, string unit, string about)
    {
        var claim = Assert.Single(Extract(text));
        Assert.Equal(phrase, claim.Text);
        Assert.Equal(phrase, claim.Span.Of(text));
        Assert.Equal(value, claim.Value, 6);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(about, claim.About);
    }

    [Theory]
    [InlineData("The leaders held at least eight calls that year.", "at least eight", 8, "calls", "calls")]
    [InlineData("Some 12,000 workers walked out.", "Some 12,000", 12000, "workers", "workers")]
    [InlineData("They made five phone calls before noon.", "five", 5, "calls", "phone calls")]
    [InlineData("The field yields 3 million barrels of crude oil per day.", "3 million", 3e6, "barrels", "barrels of crude oil")]
    [InlineData("The pact binds two countries for now.", "two", 2, "countries", "countries")]
    [InlineData("Nearly twenty-five people were hurt.", "Nearly twenty-five", 25, "people", "people")]
    [InlineData("The plant lost a million customers.", "a million", 1e6, "customers", "customers")]
    public void Counts_are_read_with_the_counted_noun(string text, string phrase, double value, string unit, string about)
    {
        var claim = Assert.Single(Extract(text));
        Assert.Equal(phrase, claim.Text);
        Assert.Equal(value, claim.Value, 6);
        Assert.Equal(unit, claim.Unit);
        Assert.Equal(about, claim.About);
    }

    [Theory]
    [InlineData("The talks began in 2029 and ended in 2030.")]
    [InlineData("The leaders spoke on December 11 and again on 14 March.")]
    [InlineData("The meeting started at 10:30 and ran late.")]
    [InlineData("It was the 21st round of talks.")]
    [InlineData("The G20 summit discussed COVID-19 recovery.")]
    [InlineData("Both made the list of Newsmakers of the Year 2031 on the cover.")]
    [InlineData("The envoy ended a two-day visit.")]
    [InlineData("The talks lasted two days and three hours.")]
    [InlineData("Kestria is one of the largest exporters.")]
    [InlineData("The dispute affected trade worth millions of dollars.")]
    [InlineData("Eight were detained.")]
    public void Years_dates_times_names_durations_and_vague_amounts_are_not_claims(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void The_claim_points_at_its_sentence()
    {
        const string text = "Talks resumed. Kestria imposed a 30% duty on cars.";
        var claim = Assert.Single(Extract(text));
        Assert.Equal("Kestria imposed a 30% duty on cars.", claim.Sentence.Of(text));
        Assert.Equal("duty on cars", claim.About);
    }

    [Fact]
    public void Several_claims_in_one_sentence_come_back_in_order()
    {
        const string text = "The duty combines a 25% reciprocal tariff plus an extra 25% secondary levy tied to fuel.";
        var claims = Extract(text);
        Assert.Equal(["reciprocal tariff", "secondary levy"], claims.Select(c => c.About));
        Assert.True(claims[0].Span.End <= claims[1].Span.Start);
    }

    [Theory]
    [InlineData("Tariffs of up to 50% on cars.", "up to")]
    [InlineData("At least eight calls were made.", "at least")]
    [InlineData("More than 300 workers joined.", "more than")]
    [InlineData("A 40% cut was agreed.", null)]
    public void The_qualifier_of_a_claim_is_exposed(string text, string? qualifier)
    {
        var claim = Assert.Single(Extract(text));
        Assert.Equal(qualifier, Extractor.Qualifier(claim));
    }
}
