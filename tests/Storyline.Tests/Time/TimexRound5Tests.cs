using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>
/// Rules added in the fifth round of TempEval-3 fixes. Sentences are invented; the DCT is
/// Tuesday 2025-11-04 (fourth quarter) unless a test says otherwise.
/// </summary>
public sealed class TimexRound5Tests
{
    private const string Dct = "2025-11-04";

    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;

    private static IReadOnlyList<TimeExpression> Tag(string text, string dct = Dct) => TimexTestKit.Tag(text, dct);

    private static TimeExpression Find(string text, string expression, string dct = Dct) => TimexTestKit.Find(text, expression, dct);

    [Theory]
    [InlineData("Orvex posted third-quarter profit of $9 million. The storm will lead to a fourth-quarter charge. Sales in the latest quarter rose.", "the latest quarter", "2025-Q3")]
    [InlineData("Orvex posted third-quarter profit of $9 million. The storm will lead to a fourth-quarter charge. Profit was $7 million a year ago.", "a year ago", "2024-Q3")]
    [InlineData("Orvex expects to post a third-quarter loss. A year earlier it earned $3 million.", "A year earlier", "2024-Q3")]
    [InlineData("Orvex reported a fourth-quarter loss. Sales in the latest period fell.", "the latest period", "2025-Q4")]
    public void A_quarter_still_running_named_in_a_forecast_is_not_the_quarter_reported(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The bonus would be paid on a still unspecified date in January.", "January", "2026-01")]
    [InlineData("The refund will reach holders on the revised date of Feb. 20.", "Feb. 20", "2026-02-20")]
    [InlineData("The vote will follow an expanded debate in February.", "February", "2026-02")]
    public void An_ed_word_after_a_determiner_is_an_adjective_and_no_past_cue(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Traders will buy as soon as the market opens.")]
    [InlineData("The envoy left soon after the talks collapsed.")]
    [InlineData("The guards fled soon before the storm hit.")]
    public void Soon_in_a_conjunction_is_no_time(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Text.Contains("soon", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void As_soon_as_possible_is_one_future_reference()
    {
        var t = Find("The board wants the sale closed as soon as possible.", "as soon as possible");
        Assert.Equal("FUTURE_REF", t.Value);
    }

    [Fact]
    public void Soon_on_its_own_is_still_a_future_reference() =>
        Assert.Equal("FUTURE_REF", Find("The ministry will soon publish the figures.", "soon").Value);

    [Theory]
    [InlineData("Demand stayed weak well into the summer.", "the summer", "2025-SU")]
    [InlineData("Orders recovered from the lows of the early summer.", "the early summer", "2025-SU")]
    [InlineData("Prices fell to that level in the winter of 2019.", "the winter of 2019", "2019-WI")]
    public void A_season_keeps_its_article(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The island buys about three-quarters of its grain abroad.")]
    [InlineData("Nearly two-thirds of the voters stayed home.")]
    public void A_hyphenated_fraction_is_no_stretch_of_time(string text) =>
        Assert.Empty(Tag(text));

    [Theory]
    [InlineData("The mill will be sold over the next year or so.", "the next year or so", "2026")]
    [InlineData("Repairs should take two weeks or so.", "two weeks or so", "P2W")]
    [InlineData("The envoy arrived a week or so ago.", "a week or so ago", "2025-W44")]
    public void Or_so_after_an_amount_is_in_the_span(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Exports slowed in the second half of 2024.", "the second half of 2024", "2024-H2")]
    [InlineData("Growth returned in the last half of 2023.", "the last half of 2023", "2023-H2")]
    [InlineData("The plant will open in the first half of next year.", "the first half of next year", "2026-H1")]
    [InlineData("Wages stalled in the second half of the 1990s.", "the 1990s", "199")]
    public void A_half_of_a_year_is_in_the_value(string text, string expression, string value)
    {
        var found = Tag(text);
        Assert.Contains(found, t => t.Text.EndsWith(expression, StringComparison.Ordinal) && t.Value == value);
    }

    [Theory]
    [InlineData("The index lagged for eight trading days.", "eight trading days", "P8D")]
    [InlineData("Refunds are paid within five business days.", "five business days", "P5D")]
    [InlineData("The permit takes ten working days.", "ten working days", "P10D")]
    public void Trading_business_and_working_days_are_counted_days(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The pilgrims walk to the shrine each July.", "each July", "XXXX-07")]
    [InlineData("Floods close the pass every spring.", "every spring", "XXXX-SP")]
    public void Every_month_or_season_is_a_set(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Set, t.Type);
    }

    [Theory]
    [InlineData("Orvex earned $9 million in the third quarter, up from $7 million a year earlier.", "a year earlier", "2024-Q3")]
    [InlineData("Orvex earned $9 million in the third quarter. For the nine months, it earned $30 million, up from $22 million a year earlier.", "a year earlier", "2024")]
    [InlineData("Orvex earned $9 million in the third quarter. In the first nine months, sales rose from the year-earlier level.", "year-earlier", "2024")]
    public void After_a_stretch_of_months_a_year_earlier_is_the_year_before(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The fighting may go on well into the future.", "the future")]
    [InlineData("Farmers are anxious about the future.", "the future")]
    [InlineData("The council saved money for the future.", "the future")]
    public void The_future_after_into_about_or_for_is_a_future_reference(string text, string expression) =>
        Assert.Equal("FUTURE_REF", Find(text, expression).Value);

    [Fact]
    public void The_future_of_something_is_no_time() =>
        Assert.Empty(Tag("The talks were about the future of the port."));

    [Theory]
    [InlineData("Shares in Ostrava were up 3% at mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-11-03TAF")]
    [InlineData("By mid afternoon, the police had cleared the square.", "mid afternoon", "2025-11-04TAF")]
    [InlineData("The ferry left on Sunday. By mid-morning it had docked.", "mid-morning", "2025-11-02TMO")]
    public void Mid_with_a_part_of_day_is_a_time_on_the_day_in_question(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }

    [Theory]
    [InlineData("The senator, speaking on the \"This Week\" programme, urged calm.")]
    [InlineData("Her novel \"Next Year\" sold well in Varnia.")]
    public void A_capitalized_unit_after_a_capitalized_determiner_is_a_title(string text) =>
        Assert.Empty(Tag(text));

    [Fact]
    public void This_week_at_the_start_of_a_sentence_is_still_a_date() =>
        Assert.Equal("2025-W45", Find("This week, the council met twice.", "This week").Value);

    [Theory]
    [InlineData("Orvex lost $2 million in the third quarter, against a profit in the corresponding period last year.", "the corresponding period last year", "2024-Q3")]
    [InlineData("Orvex lost $2 million in the third quarter. Exports for last year's quarter were higher.", "last year's quarter", "2024-Q3")]
    [InlineData("Orvex lost $2 million in the third quarter. For the quarter a year ago, it earned $1 million.", "the quarter a year ago", "2024-Q3")]
    [InlineData("Orvex lost $2 million in the third quarter, after a profit in the same period a year earlier.", "the same period a year earlier", "2024-Q3")]
    public void The_same_period_a_year_before_is_one_quarter_expression(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("In March, the board received an offer. The following month, it put the firm up for sale.", "The following month", "2025-04")]
    [InlineData("The port opened in 2019. The following year, traffic doubled.", "The following year", "2020")]
    [InlineData("The strike began on March 3, 2024. The following week, talks resumed.", "The following week", "2024-W10")]
    public void The_following_unit_counts_from_the_last_date_of_that_granularity(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Dealers placed heavy orders for December contracts.", "2025-11-04", "December", "2025-12")]
    [InlineData("The ministry confirmed that the levy starts in January.", "2025-12-18", "January", "2026-01")]
    [InlineData("Exports fell sharply in October.", "2025-11-04", "October", "2025-10")]
    public void The_month_after_the_reference_month_is_the_coming_one_whatever_the_tense(string text, string dct, string expression, string value) =>
        Assert.Equal(value, Find(text, expression, dct).Value);

    [Theory]
    [InlineData("The index closed at 410 on Friday, down 3% from the previous Friday.", "the previous Friday", "2025-10-24")]
    [InlineData("The ferry sank on Oct. 8, 2025. Divers reached it the following Monday.", "the following Monday", "2025-10-13")]
    public void The_previous_or_following_weekday_counts_from_the_last_day_named(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Deliveries will resume within two to three weeks.", "two to three weeks", "P3W")]
    [InlineData("More purchases are planned during the next 12 to 18 months.", "the next 12 to 18 months", "P18M")]
    [InlineData("The repairs take one or two days.", "one or two days", "P2D")]
    public void A_range_of_amounts_is_one_stretch(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Later yesterday, the ministry denied the report.", "Later yesterday", "2025-11-03")]
    [InlineData("The court will rule later tomorrow.", "later tomorrow", "2025-11-05")]
    public void Earlier_or_later_before_yesterday_or_tomorrow_is_in_the_span(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("More recently, the group has turned to farming.", "More recently")]
    [InlineData("The firm, most recently a shipping agent, moved to Tarsk.", "most recently")]
    public void More_or_most_recently_is_one_past_reference(string text, string expression) =>
        Assert.Equal("PAST_REF", Find(text, expression).Value);

    [Theory]
    [InlineData("Two bidders extended their offers for the mill Friday.", "Friday", "2025-10-31")]
    [InlineData("The ministry extended the consultation to Nov. 28.", "Nov. 28", "2025-11-28")]
    [InlineData("The lender extended the credit line through Jan. 30.", "Jan. 30", "2026-01-30")]
    public void Extended_points_ahead_only_to_the_date_it_extends_to(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Exports reached $2 billion in 2019, a record for that year.", "that year", "2019")]
    [InlineData("The dam failed in March 2021. Rainfall that month was the heaviest on record.", "that month", "2021-03")]
    public void That_year_or_month_is_the_last_one_named(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);
}
