using FsCheck;
using FsCheck.Xunit;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>
/// Conventions adopted in the seventh round, where a leading rule-based tagger and the TIMEX3
/// guidelines agree and Storyline differed. Sentences are invented; the DCT is Wednesday
/// 2025-12-10 unless a test says otherwise.
/// </summary>
public sealed class TimexConventionRound7Tests
{
    private const string Dct = "2025-12-10";

    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;

    private static IReadOnlyList<TimeExpression> Tag(string text, string dct = Dct) => TimexTestKit.Tag(text, dct);

    private static TimeExpression Find(string text, string expression, string dct = Dct) => TimexTestKit.Find(text, expression, dct);

    [Theory]
    [InlineData("The bakery in Tarvo closes on Mondays.", "Mondays", "XXXX-WXX-1")]
    [InlineData("The Orlen ferry runs Sundays and holidays.", "Sundays", "XXXX-WXX-7")]
    [InlineData("The quiz show airs Tuesday nights on Channel Five.", "Tuesday nights", "XXXX-WXX-2TNI")]
    [InlineData("Fishermen in Kestria sail out Saturday mornings.", "Saturday mornings", "XXXX-WXX-6TMO")]
    [InlineData("The Belmora council meets every Monday afternoon.", "every Monday afternoon", "XXXX-WXX-1TAF")]
    [InlineData("Every Friday evening, the choir rehearses.", "Every Friday evening", "XXXX-WXX-5TEV")]
    public void A_weekday_of_every_week_is_a_set_with_its_part_of_day(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(TimexType.Set, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void A_single_weekday_with_a_singular_part_of_day_is_still_that_day() =>
        Assert.Equal("2025-12-08TNI", Find("The envoy left Dravik on Monday night.", "Monday night").Value);

    [Theory]
    [InlineData("Traders in Orvale were calm this past week.", "this past week", "2025-W49")]
    [InlineData("Crowds filled Orlen Square this past weekend.", "this past weekend", "2025-W49-WE")]
    [InlineData("The Kestrian rebels struck this past Sunday.", "this past Sunday", "2025-12-07")]
    [InlineData("Rain was scarce in Belmora this past spring.", "this past spring", "2025-SP")]
    [InlineData("Voters in Tarvo go to the polls this coming Sunday.", "this coming Sunday", "2025-12-14")]
    [InlineData("The rally is planned for the coming week.", "the coming week", "2025-W51")]
    [InlineData("Growth in Pelland should pick up in the coming year.", "the coming year", "2026")]
    public void This_past_and_this_coming_and_the_coming_count_from_the_reference_date(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Fact]
    public void The_coming_weeks_stay_a_future_reference() =>
        Assert.Equal("FUTURE_REF", Find("The envoy will return in the coming weeks.", "the coming weeks").Value);

    [Theory]
    [InlineData("Growth in Orvale is forecast for the spring of next year.", "the spring of next year", "2026-SP")]
    [InlineData("Rents in Dravik rose in the summer of last year.", "the summer of last year", "2024-SU")]
    [InlineData("In the fall of last year, the Tarvo mayor resigned.", "the fall of last year", "2024-FA")]
    [InlineData("The envoy will arrive in March of next year.", "March of next year", "2026-03")]
    public void A_season_or_month_of_a_relative_year_is_one_date_in_that_year(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Equal(value, t.Value);
    }

    [Theory]
    [InlineData("The last mill in Tarvo closed a decade ago.", "a decade ago", "201")]
    [InlineData("The border war with Pelland ended two decades ago.", "two decades ago", "200")]
    [InlineData("The Kestrian port reopened five years ago.", "five years ago", "2020")]
    public void Units_ago_keep_the_granularity_of_their_unit_decades_included(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    private static readonly (string Word, string Code)[] Parts = [("morning", "MO"), ("afternoon", "AF"), ("evening", "EV"), ("night", "NI")];

    [Property]
    public void Every_weekday_with_any_part_of_day_and_its_plural_are_the_same_set(PositiveInt day, PositiveInt part)
    {
        var d = (day.Get - 1) % 7;
        var (word, code) = Parts[(part.Get - 1) % Parts.Length];
        var value = $"XXXX-WXX-{d + 1}T{code}";
        Assert.Equal(value, Find($"The Orvale choir sings every {Days[d]} {word}.", $"every {Days[d]} {word}").Value);
        var plural = Find($"The Orvale choir sings {Days[d]} {word}s.", $"{Days[d]} {word}s");
        Assert.Equal(TimexType.Set, plural.Type);
        Assert.Equal(value, plural.Value);
    }
}
