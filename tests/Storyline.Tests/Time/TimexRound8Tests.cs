using Storyline.Model;

namespace Storyline.Tests.Time;

/// <summary>
/// Rules of the eighth round, drawn from the errors on the development half of AQUAINT (docs/timex.md,
/// round 8). Sentences are invented; the DCT is Wednesday 2025-12-10 unless a test says otherwise.
/// </summary>
public sealed class TimexRound8Tests
{
    private const string Dct = "2025-12-10";

    private static TimeExpression Find(string text, string expression, string dct = Dct) => TimexTestKit.Find(text, expression, dct);

    [Theory]
    [InlineData("The ferry sank on June 3, 2024. Earlier that day, the harbour master had closed the port.", "Earlier that day", "2024-06-03")]
    [InlineData("Mirela Vask moved to Kestria in March 2019 and opened a bakery later that year.", "later that year", "2019")]
    public void Earlier_or_later_before_that_day_or_that_year_is_part_of_the_expression(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The envoy, who said little, could reach Dravik as early as Monday.", "Monday", "2025-12-15")]
    [InlineData("The strikers said they would go back as soon as Friday.", "Friday", "2025-12-12")]
    [InlineData("The minister said the bridge could open as early as September.", "September", "2026-09")]
    public void A_date_after_as_early_as_or_as_soon_as_lies_ahead(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Until Monday, the Kestrian police had not named a suspect.", "Monday", "2025-12-08")]
    [InlineData("It was not until Tuesday that the port of Orlen reopened.", "Tuesday", "2025-12-09")]
    [InlineData("The port of Orlen will stay closed until Friday.", "Friday", "2025-12-12")]
    public void Until_points_ahead_only_without_a_past_perfect_or_a_not_before_it(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Fact]
    public void A_second_day_after_a_month_and_day_takes_that_month()
    {
        const string Text = "The Nordic ministers will meet in Tarvo on June 14 and 15.";
        Assert.Equal("2026-06-14", Find(Text, "June 14").Value);
        Assert.Equal("2026-06-15", Find(Text, "15").Value);
    }

    [Fact]
    public void A_number_after_a_day_and_before_a_noun_is_no_day() =>
        Assert.DoesNotContain(TimexTestKit.Tag("The storm of June 14 and 15 others hit the coast.", Dct), t => t.Text == "15");

    [Theory]
    [InlineData("Lawyers for the Vask family looked for a way around Monday's ruling.", "Monday", "2025-12-08")]
    [InlineData("The senator wrote a pamphlet about last year's vote in Orlen.", "last year", "2024")]
    [InlineData("The ferry sank about two years ago.", "about two years ago", "2023")]
    public void An_approximator_before_a_possessive_date_is_left_out(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The union called a day-long strike at the Orlen docks.", "day-long", "P1D")]
    [InlineData("After a week-long visit, the envoy flew home.", "week-long", "P1W")]
    [InlineData("An hour-long debate closed the session.", "hour-long", "PT1H")]
    public void A_one_unit_long_adjective_is_a_duration(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The Tarvo markets will stay open through Christmas week.", "Christmas week", "2025-12-10", "2025-W52")]
    [InlineData("Pilgrims filled the old town of Orlen as Easter week began.", "Easter week", "2026-03-30", "2026-W14")]
    public void A_holiday_week_is_the_calendar_week_of_the_holiday(string text, string expression, string dct, string value) =>
        Assert.Equal(value, Find(text, expression, dct).Value);

}
