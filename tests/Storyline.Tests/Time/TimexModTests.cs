namespace Storyline.Tests.Time;

/// <summary>TIMEX3 mod: what a modifier or an approximation says of the date or amount, kept out of its value.</summary>
public sealed class TimexModTests
{
    private const string Dct = "2026-11-20";

    [Theory]
    [InlineData("Prices rose in early March.", "early March", "2026-03", "START")]
    [InlineData("The plant opens in late 2027.", "late 2027", "2027", "END")]
    [InlineData("Sales peaked in mid-2025.", "mid-2025", "2025", "MID")]
    [InlineData("Emissions will halve by the end of the decade.", "the end of the decade", "202", "END")]
    [InlineData("Earlier this week, talks failed.", "Earlier this week", "2026-W47", "START")]
    [InlineData("The fund will close later this month.", "later this month", "2026-11", "END")]
    [InlineData("Shares fell by mid-afternoon yesterday.", "mid-afternoon yesterday", "2026-11-19TAF", "MID")]
    [InlineData("Talks lasted about two weeks.", "about two weeks", "P2W", "APPROX")]
    [InlineData("Talks lasted nearly two weeks.", "nearly two weeks", "P2W", "APPROX")]
    [InlineData("Talks lasted almost two weeks.", "almost two weeks", "P2W", "LESS_THAN")]
    [InlineData("Talks lasted at least 30 days.", "at least 30 days", "P30D", "EQUAL_OR_MORE")]
    [InlineData("Talks lasted more than a year.", "more than a year", "P1Y", "MORE_THAN")]
    [InlineData("It will not change for a couple of years.", "a couple of years", "P2Y", "APPROX")]
    [InlineData("The plant will close over the next year or so.", "the next year or so", "2027", "APPROX")]
    public void A_modifier_or_an_approximation_is_the_mod_and_stays_out_of_the_value(string text, string expression, string value, string mod)
    {
        var found = TimexTestKit.Find(text, expression, Dct);
        Assert.Equal((value, mod), (found.Value, found.Mod));
    }

    [Theory]
    [InlineData("He left more than two years ago.", "more than two years ago", "BEFORE")]
    [InlineData("He left less than a year ago.", "less than a year ago", "AFTER")]
    [InlineData("He left at least two years ago.", "at least two years ago", "ON_OR_BEFORE")]
    [InlineData("He left about two years ago.", "about two years ago", "APPROX")]
    public void A_point_counted_back_by_a_bounded_amount_takes_the_mirrored_bound(string text, string expression, string mod)
    {
        Assert.Equal(mod, TimexTestKit.Find(text, expression, Dct).Mod);
    }

    [Theory]
    [InlineData("They met on Thursday.", "Thursday")]
    [InlineData("In the first half of 2025, sales doubled.", "the first half of 2025")]
    [InlineData("Talks lasted two weeks.", "two weeks")]
    public void A_plain_expression_or_a_half_year_has_no_mod(string text, string expression)
    {
        Assert.Null(TimexTestKit.Find(text, expression, Dct).Mod);
    }
}
