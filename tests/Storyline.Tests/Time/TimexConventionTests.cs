using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>
/// TimeML extent and value conventions, one table per error class the TempEval-3 scorer showed.
/// Sentences are invented; the DCT is Tuesday 2025-11-04 (fourth quarter) unless a test says otherwise.
/// </summary>
public sealed class TimexConventionTests
{
    private const string Dct = "2025-11-04";

    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;

    private static IReadOnlyList<TimeExpression> Tag(string text, string dct = Dct) => TimexTestKit.Tag(text, dct);

    private static TimeExpression Find(string text, string expression, string dct = Dct) => TimexTestKit.Find(text, expression, dct);

    [Theory]
    [InlineData("The job figures for January extended a run of gains.", "2026-02-06", "January", "2026-01")]
    [InlineData("The second instalment is payable in January.", "2025-11-04", "January", "2026-01")]
    [InlineData("Shipments for October show a steady rise.", "2026-01-08", "October", "2025-10")]
    [InlineData("The index closed near the record it set on Aug. 6.", "2026-02-06", "Aug. 6", "2025-08-06")]
    public void A_deadline_word_after_a_date_and_a_present_verb_leave_the_nearest_year(string text, string dct, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, dct).Value);
    }

    [Theory]
    [InlineData("In November 2024, on Nov. 3, the first round failed.", "2025-12-12", "Nov. 3", "2024-11-03")]
    [InlineData("The truce followed the August 1988 cease-fire. Iran condemned the invasion on Aug. 2.", "1990-08-15", "Aug. 2", "1990-08-02")]
    public void A_bare_day_takes_the_year_of_its_month_named_in_the_same_sentence_only(string text, string dct, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, dct).Value);
    }

    [Theory]
    [InlineData("On Dec. 1 the talks opened. In November 2024 the first round failed. Two weeks later, talks resumed.", "Two weeks later", "2024-11")]
    [InlineData("On Dec. 1 the talks opened. In 2019 the pact was signed. Two months later it was ratified.", "Two months later", "2019")]
    [InlineData("On Nov. 3, 2024, the first round failed, and all of November 2024 was lost. Two days later, talks resumed.", "Two days later", "2024-11-05")]
    [InlineData("On Dec. 1 the talks opened. In November 2024 the first round failed. A year earlier, talks had begun.", "A year earlier", "2024")]
    [InlineData("Talks resumed on Dec. 1. Officials hope to finish next year. Two days later, a draft emerged.", "Two days later", "2025-12-03")]
    public void Later_counts_from_the_last_time_named_no_finer_than_it(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("This month's round starts on the 15th.", "the 15th", "2025-12-15")]
    [InlineData("The vote took place on the 3rd, officials said.", "the 3rd", "2025-12-03")]
    [InlineData("The talks were held on the 28th.", "the 28th", "2025-11-28")]
    [InlineData("The next round opens on the 5th.", "the 5th", "2026-01-05")]
    [InlineData("The talks were held on the 8th and the 9th.", "the 9th", "2025-12-09")]
    public void A_day_of_the_month_alone_is_in_the_reference_month_or_the_one_its_tense_points_to(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("The church dates from the 15th century.")]
    [InlineData("He crashed on the 3rd lap.")]
    [InlineData("It was the 15th time he had tried.")]
    public void An_ordinal_before_a_noun_is_no_day_of_the_month(string text)
    {
        Assert.DoesNotContain(Tag(text, "2025-12-12"), t => t.Value.StartsWith("2025-12", StringComparison.Ordinal) || t.Value.StartsWith("2025-11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The truce, agreed late on Wednesday, began at 6am local time on Thursday.", "6am", "2025-12-11T06:00")]
    [InlineData("The truce was agreed on Wednesday at 6am, before talks on Thursday.", "6am", "2025-12-10T06:00")]
    public void A_clock_time_takes_the_day_on_names_right_after_it_over_an_equally_near_one_before(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("The coming weekend will be busy.", "2025-12-12", "2025-W50-WE")]
    [InlineData("This coming weekend, talks resume.", "2025-12-08", "2025-W50-WE")]
    [InlineData("The coming weekend will be busy.", "2025-12-13", "2025-W51-WE")]
    [InlineData("The coming week is key.", "2025-12-12", "2025-W51")]
    public void The_coming_weekend_told_on_a_weekday_is_this_weeks(string text, string dct, string value)
    {
        Assert.Equal(value, Assert.Single(Tag(text, dct)).Value);
    }

    [Theory]
    [InlineData("Officials said on Monday that the leaders would meet on Tuesday.", "Tuesday", "2025-12-16")]
    [InlineData("On Monday, officials said the leaders will meet on Tuesday.", "Tuesday", "2025-12-16")]
    [InlineData("Officials said on Monday that the leaders would meet on Friday.", "Friday", "2025-12-19")]
    [InlineData("The leaders will meet on Tuesday, officials said.", "Tuesday", "2025-12-23")]
    [InlineData("On Monday the ferry sank; the leaders will meet on Tuesday.", "Tuesday", "2025-12-23")]
    public void A_weekday_ahead_in_what_was_said_on_a_day_counts_from_that_day(string text, string expression, string value)
    {
        // Told on Wednesday 2025-12-17.
        Assert.Equal(value, Find(text, expression, "2025-12-17").Value);
    }

    [Theory]
    [InlineData("The ten-day visit begins on Sunday.", "Sunday", "2025-12-14")]
    [InlineData("The fair opens Monday in Dunmere.", "Monday", "2025-12-15")]
    [InlineData("The fair opened Monday in Dunmere.", "Monday", "2025-12-08")]
    public void A_scheduled_start_in_the_present_simple_is_ahead(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("The minister is visiting Dunmere on Saturday.", "Saturday", "2025-12-13")]
    [InlineData("The two sides are meeting again Monday.", "Monday", "2025-12-15")]
    [InlineData("The minister visited Dunmere on Saturday.", "Saturday", "2025-12-06")]
    [InlineData("Orvex is continuing to seek a buyer under a June agreement.", "June", "2025-06")]
    public void A_progressive_is_or_are_arranges_a_weekday_ahead_and_nothing_else(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("The festival runs from 5 to 9 March.", "5", "2026-03-05", "9 March", "2026-03-09")]
    [InlineData("Talks were held between 17 and 19 November.", "17", "2025-11-17", "19 November", "2025-11-19")]
    [InlineData("The fair ran 5-9 March.", "5", "2025-03-05", "9 March", "2025-03-09")]
    [InlineData("The vote ran from 28 to 30 March 2024.", "28", "2024-03-28", "30 March 2024", "2024-03-30")]
    public void The_first_day_of_a_range_of_days_is_in_the_month_the_range_ends_in(string text, string first, string firstValue, string last, string lastValue)
    {
        var times = Tag(text, "2025-12-12");
        Assert.Equal([(first, firstValue), (last, lastValue)], times.Select(t => (t.Text, t.Value)));
    }

    [Theory]
    [InlineData("The summit ran Dec. 8-9 in Brussels.", "Dec. 8", "2025-12-08", "9", "2025-12-09")]
    [InlineData("The fair lasts from Dec. 8 through 10.", "Dec. 8", "2025-12-08", "10", "2025-12-10")]
    [InlineData("The fair ran Dec. 8 to 10, 2024.", "Dec. 8", "2024-12-08", "10, 2024", "2024-12-10")]
    [InlineData("Prices fell between March 3 and 5, 2024.", "March 3", "2024-03-03", "5, 2024", "2024-03-05")]
    [InlineData("The vote is on April 24 or 25.", "April 24", "2026-04-24", "25", "2026-04-25")]
    [InlineData("They met from 5 till 9 March.", "5", "2025-03-05", "9 March", "2025-03-09")]
    public void A_bare_closing_day_takes_the_month_and_year_of_its_range(string text, string first, string firstValue, string last, string lastValue)
    {
        var times = Tag(text, "2025-12-12");
        Assert.Equal([(first, firstValue), (last, lastValue)], times.Select(t => (t.Text, t.Value)));
    }

    [Theory]
    [InlineData("Emissions will halve by the end of the decade.", "the end of the decade", "DATE", "202")]
    [InlineData("Emissions will halve by the end of this decade.", "the end of this decade", "DATE", "202")]
    [InlineData("Prices rose sharply last decade.", "last decade", "DATE", "201")]
    [InlineData("Prices will rise next decade.", "next decade", "DATE", "203")]
    [InlineData("Talks were held last fortnight.", "last fortnight", "DURATION", "P2W")]
    [InlineData("Elections are due in the first week of January.", "the first week of January", "DATE", "2027-W01")]
    [InlineData("The law passed in the last week of March.", "the last week of March", "DATE", "2026-W13")]
    [InlineData("Turnout fell in the second week of March 2025.", "the second week of March 2025", "DATE", "2025-W11")]
    public void Decades_fortnights_and_weeks_of_a_month_are_read(string text, string expression, string type, string value)
    {
        var found = Find(text, expression, "2026-11-20");
        Assert.Equal((type, value), (found.Type.ToString().ToUpperInvariant(), found.Value));
    }

    [Theory]
    [InlineData("They met on Dec. 11 last year.", "Dec. 11 last year", "2024-12-11")]
    [InlineData("They will meet on Dec. 11 next year.", "Dec. 11 next year", "2026-12-11")]
    [InlineData("Growth will slow in the third quarter of next year.", "the third quarter of next year", "2026-Q3")]
    [InlineData("Profit rose in the second quarter of last year.", "the second quarter of last year", "2024-Q2")]
    [InlineData("Shipments resume the week of Dec. 8.", "the week of Dec. 8", "2025-W50")]
    [InlineData("Sales fell in the week of March 6, 2024.", "the week of March 6, 2024", "2024-W10")]
    public void A_day_or_quarter_of_a_year_named_relatively_and_the_week_of_a_day_are_one_expression(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression, "2025-12-12").Value);
    }

    [Theory]
    [InlineData("On Dec. 3, the minister arrived. The previous evening, aides had left.", "The previous evening", "2025-12-02TEV")]
    [InlineData("The minister arrived on Monday. The next morning, she left.", "The next morning", "2025-12-09TMO")]
    [InlineData("The minister arrived on Monday. The following night, she left.", "The following night", "2025-12-09TNI")]
    public void A_part_of_the_day_before_or_after_the_last_day_named_is_a_time_of_that_day(string text, string expression, string value)
    {
        var found = Find(text, expression, "2025-12-12");
        Assert.Equal((TimexType.Time, value), (found.Type, found.Value));
    }

    [Theory]
    [InlineData("The decade of reform ended.")]
    [InlineData("Over the decade, prices doubled.")]
    [InlineData("The first week of the campaign went badly.")]
    public void A_decade_or_week_with_no_date_to_hold_it_is_no_date(string text)
    {
        Assert.Empty(Tag(text, "2026-11-20"));
    }

    [Theory]
    [InlineData("Sales rose on Dec. 8 to 10 percent.")]
    [InlineData("On Dec. 8, 3 to 5 people were hurt.")]
    public void A_number_after_a_day_that_counts_something_else_is_no_day(string text)
    {
        Assert.Equal(["Dec. 8"], Tag(text, "2025-12-12").Select(t => t.Text));
    }

    [Theory]
    [InlineData("Scores rose from 5 to 9 in March.")]
    [InlineData("The count fell from 9 to 5 March units.")]
    public void Numbers_that_open_no_range_of_days_are_no_days(string text)
    {
        Assert.DoesNotContain(Tag(text, "2025-12-12"), t => t.Text is "5" or "9");
    }

    [Theory]
    [InlineData("The war passed 1,000 days on Tuesday.", "1,000 days", "P1000D")]
    [InlineData("The pact is meant to last 1,000 years.", "1,000 years", "P1000Y")]
    [InlineData("On May 5, 2025, 300 days later, it ended.", "300 days later", "2026-03-01")]
    public void Digits_grouped_by_commas_are_one_amount(string text, string expression, string value)
    {
        Assert.Equal(value, Find(text, expression).Value);
    }

    [Fact]
    public void A_decimal_amount_is_no_grouped_amount()
    {
        Assert.DoesNotContain(Tag("It took 1,000.5 days."), t => t.Text.Contains("1,000", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Revenue for FY26 beat estimates.", "FY26", "2026")]
    [InlineData("The plan runs through FY 2027.", "FY 2027", "2027")]
    [InlineData("Margins fell in Q3 FY26.", "Q3 FY26", "2026-Q3")]
    [InlineData("Guidance for H1 2026 was raised.", "H1 2026", "2026-H1")]
    [InlineData("The H2 FY25 outlook is weak.", "H2 FY25", "2025-H2")]
    public void Earnings_shorthand_names_a_fiscal_year_its_quarters_and_halves(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal((TimexType.Date, value), (t.Type, t.Value));
        Assert.True(TimexRange.TryParse(t.Value, out _));
    }

    [Theory]
    [InlineData("FYI, the H1N1 flu spread and the FYE memo came out.")]
    [InlineData("Route H1 2 km north was closed.")]
    public void Words_that_only_look_like_earnings_shorthand_are_no_time(string text)
    {
        Assert.Empty(Tag(text));
    }

    [Theory]
    [InlineData("Orvex posted third-quarter profit of $12 million.", "third-quarter", "2025-Q3")]
    [InlineData("Profit rose in the third quarter.", "the third quarter", "2025-Q3")]
    [InlineData("Sales for the fiscal first quarter fell.", "the fiscal first quarter", "2025-Q1")]
    [InlineData("The plant shut in the 2023 second quarter.", "the 2023 second quarter", "2023-Q2")]
    [InlineData("Analysts expect gains in next year's first quarter.", "next year's first quarter", "2026-Q1")]
    [InlineData("Costs rose in the third quarter of 2024.", "the third quarter of 2024", "2024-Q3")]
    [InlineData("Demand should recover in the current quarter.", "the current quarter", "2025-Q4")]
    public void Quarters_keep_their_determiner_and_qualifiers_in_the_span(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Date, t.Type);
    }

    [Theory]
    [InlineData("Second-quarter sales fell. Margins in the quarter were thin.", "the quarter", "2025-Q2")]
    [InlineData("Second-quarter sales fell. Net income in the latest quarter was $4 million.", "the latest quarter", "2025-Q2")]
    [InlineData("Second-quarter sales fell. Margins were wider in the year-earlier quarter.", "the year-earlier quarter", "2024-Q2")]
    [InlineData("Second-quarter sales fell from the year-ago period.", "the year-ago period", "2024-Q2")]
    [InlineData("Margins in the latest period were thin.", "the latest period", "2025-Q3")]
    public void The_quarter_a_text_is_about_is_the_last_one_named(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Orvex earned $9 million in the second quarter, up from $7 million a year earlier.", "a year earlier", "2024-Q2")]
    [InlineData("Second-quarter revenue was $3 billion, against $2.5 billion a year ago.", "a year ago", "2024-Q2")]
    [InlineData("Third-quarter year-earlier results included a gain.", "year-earlier", "2024-Q3")]
    [InlineData("The mayor was elected a year ago.", "a year ago", "2024")]
    public void A_year_ago_after_a_quarter_is_that_quarter_a_year_before(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The rebels seized the town about two years ago.", "about two years ago", "2023")]
    [InlineData("The strike lasted nearly four years.", "nearly four years", "P4Y")]
    [InlineData("Talks went on for more than four hours.", "more than four hours", "PT4H")]
    [InlineData("Tenants get at least 30 days of notice.", "at least 30 days", "P30D")]
    [InlineData("The ferry left at around 7:15 p.m.", "around 7:15 p.m.", "2025-11-04T19:15")]
    public void Approximations_of_an_amount_are_part_of_the_span(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Sales in the nine months rose 4%.", "the nine months", "P9M")]
    [InlineData("Profit for the first nine months was flat.", "the first nine months", "P9M")]
    public void A_stretch_of_time_keeps_its_determiner(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Duration, t.Type);
    }

    [Theory]
    [InlineData("The levy cut the quarter-point rate.")]
    [InlineData("A quarter of the workers left.")]
    [InlineData("The quarter of the city near the port flooded.")]
    public void Quarter_as_a_fraction_or_a_place_is_not_a_time(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Text.Contains("quarter", StringComparison.Ordinal));

    [Theory]
    [InlineData("The board approved it earlier this month.", "earlier this month", "2025-11")]
    [InlineData("Results are due later this year.", "later this year", "2025")]
    [InlineData("The envoy left earlier today.", "earlier today", "2025-11-04")]
    [InlineData("The minister spoke later Monday.", "later Monday", "2025-11-03")]
    [InlineData("The vote is expected later this afternoon.", "later this afternoon", "2025-11-04TAF")]
    [InlineData("Revenue for fiscal 2024 rose 5%.", "fiscal 2024", "2024")]
    [InlineData("Orvex's third-quarter loss widened.", "third-quarter", "2025-Q3")]
    [InlineData("The firm blamed its fourth quarter on storms.", "fourth quarter", "2025-Q4")]
    public void Earlier_and_later_before_a_near_day_are_inside_and_fiscal_inside_the_span(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Orvex expects revenue to grow in the year.", "the year", "2025", TimexType.Date)]
    [InlineData("Orvex forecast higher profit for the full year.", "the full year", "2025", TimexType.Date)]
    [InlineData("Sales for the fiscal year were flat.", "the fiscal year", "2025", TimexType.Date)]
    [InlineData("Orvex earned $4 million in the year ended June 30.", "the year", "P1Y", TimexType.Duration)]
    [InlineData("For the week, the index fell 2%.", "the week", "2025-W45", TimexType.Date)]
    [InlineData("Talks continued over the weekend.", "the weekend", "2025-W44-WE", TimexType.Date)]
    [InlineData("Traders will square positions ahead of the weekend.", "the weekend", "2025-W45-WE", TimexType.Date)]
    public void The_year_the_week_and_the_weekend_are_the_reference_dates(string text, string expression, string value, TimexType type)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(type, t.Type);
    }

    [Theory]
    [InlineData("Orvex hopes to win the year-ago contract back.")]
    [InlineData("The year of the flood is remembered.")]
    public void The_year_before_a_hyphen_or_of_is_not_tagged_alone(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Text == "the year");

    [Theory]
    [InlineData("Prices peaked in the early 1980s.", "the early 1980s", "198")]
    [InlineData("The port grew through the 1990s.", "the 1990s", "199")]
    [InlineData("Growth will pick up by the mid-2030s.", "the mid-2030s", "203")]
    [InlineData("It was a hit in the '70s.", "the '70s", "197")]
    public void A_decade_keeps_its_article_and_has_a_three_digit_value(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Orvex signed a 30-day contract.", "30-day")]
    [InlineData("The 30-day deadline passes soon.", "30-day")]
    [InlineData("The two day visit ended.", "two day")]
    [InlineData("In the nine months, sales rose.", "the nine months")]
    public void The_article_of_an_adjectival_duration_stays_outside(string text, string expression) =>
        Assert.Contains(Tag(text), t => t.Text == expression);

    [Theory]
    [InlineData("Polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "2025-10-29T22:00")]
    [InlineData("The offer lapsed at noon Saturday, aides said.", "noon Saturday", "2025-11-01T12:00")]
    [InlineData("Bids are due by 5 p.m. EST, Nov. 6.", "5 p.m. EST, Nov. 6", "2025-11-06T17:00")]
    [InlineData("The talks broke up at midnight yesterday.", "midnight yesterday", "2025-11-03T24:00")]
    public void A_clock_time_and_its_day_are_one_time(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }

    [Theory]
    [InlineData("The mine reopened in June last year.", "June last year", "2024-06")]
    [InlineData("The ferry resumed in January this year.", "January this year", "2025-01")]
    [InlineData("The plant opens in March next year.", "March next year", "2026-03")]
    public void A_month_with_a_relative_year_is_one_date(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("It happened in nineteen ninety-six, he said.", "nineteen ninety-six", "1996")]
    [InlineData("The storm of January nineteen ninety-seven was the worst.", "January nineteen ninety-seven", "1997-01")]
    [InlineData("They set goals for the year two thousand.", "the year two thousand", "2000")]
    [InlineData("The pact dates from eighteen seventy-one.", "eighteen seventy-one", "1871")]
    public void Years_said_in_words_are_dates(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The ruins are more than two thousand years old.")]
    [InlineData("Nineteen people were hurt.")]
    public void Counts_in_words_are_not_years(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Type == TimexType.Date);

    [Theory]
    [InlineData("Orvex has set Nov. 20 as the deadline for bids.", "Nov. 20", "2025-11-20")]
    [InlineData("The ministry said it received the report on Oct. 28.", "Oct. 28", "2025-10-28")]
    [InlineData("The ministry said it received the report on Nov. 28.", "Nov. 28", "2025-11-28")]
    [InlineData("The ministry said the crop failed on Jan. 28.", "Jan. 28", "2025-01-28")]
    public void A_day_and_month_within_weeks_of_the_reference_is_placed_by_distance(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("Prices have climbed in recent weeks.", "recent weeks", "PXW", TimexType.Duration)]
    [InlineData("Lenders have grown wary in recent months.", "recent months", "PXM", TimexType.Duration)]
    [InlineData("Membership grew over the past year.", "the past year", "2024", TimexType.Date)]
    [InlineData("Wages lost ground in the last decade.", "the last decade", "201", TimexType.Date)]
    [InlineData("Output fell over the past two quarters.", "the past two quarters", "P2Q", TimexType.Duration)]
    [InlineData("The fund pays out every quarter.", "every quarter", "P1Q", TimexType.Set)]
    public void Recent_and_past_stretches_follow_TimeML(string text, string expression, string value, TimexType type)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(type, t.Type);
    }

    [Theory]
    [InlineData("The offer had been due to expire Friday.", "Friday", "2025-10-31")]
    [InlineData("The offer was due to expire Friday.", "Friday", "2025-10-31")]
    [InlineData("The offer is due to expire Friday.", "Friday", "2025-11-07")]
    [InlineData("The ferry is back in service Monday.", "Monday", "2025-11-03")]
    public void The_governing_verb_decides_a_deadline_weekday(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The board raised the quarterly dividend.")]
    [InlineData("The agency publishes a daily tally of arrivals.")]
    public void A_frequency_adjective_before_a_noun_is_not_a_set(string text) =>
        Assert.DoesNotContain(Tag(text), t => t.Type == TimexType.Set);

    [Theory]
    [InlineData("Interest is paid quarterly.", "quarterly", "P3M")]
    [InlineData("The index is revised annually, officials said.", "annually", "P1Y")]
    public void A_frequency_adverb_is_a_set(string text, string expression, string value)
    {
        var t = Find(text, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Set, t.Type);
    }

    [Theory]
    [InlineData("Growth should continue into 2026.", "2026")]
    [InlineData("Earnings will rise in both 2026 and 2027.", "2026")]
    [InlineData("He cut his 2026 forecast.", "2026")]
    public void A_bare_year_after_a_date_preposition_or_possessive_is_a_date(string text, string expression) =>
        Assert.Equal(expression, Find(text, expression).Value);

    [Theory]
    [InlineData("The dividend is payable Dec. 1 to holders of record.", "Dec. 1", "2025-12-01")]
    [InlineData("The offer, set to expire Nov. 20, was raised.", "Nov. 20", "2025-11-20")]
    [InlineData("The new rules are effective Jan. 15.", "Jan. 15", "2026-01-15")]
    [InlineData("The board meets in January.", "January", "2026-01")]
    [InlineData("Shares fell sharply in August.", "August", "2025-08")]
    public void Deadlines_point_ahead_and_without_a_tense_the_nearest_date_wins(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);
}
