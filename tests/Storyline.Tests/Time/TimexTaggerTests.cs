using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class TimexTaggerTests
{
    // A Friday and a Monday.
    private const string Friday = "2025-12-12";
    private const string Monday = "2026-02-02";

    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;

    private static TimeExpression Find(string text, string? dct, string expression)
    {
        var found = Tagger.Tag(text, dct is null ? null : DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture));
        var match = found.FirstOrDefault(t => t.Text == expression);
        Assert.True(match is not null, $"'{expression}' not found; got: {string.Join(" | ", found.Select(t => $"{t.Text}={t.Value}"))}");
        return match;
    }

    [Theory]
    [InlineData("The ministers met on December 11, 2025, in the capital.", "December 11, 2025", "2025-12-11")]
    [InlineData("The accord was signed on 11 December 2025 after long talks.", "11 December 2025", "2025-12-11")]
    [InlineData("RIVERTON, 05 November 2025: The council confirmed the plan.", "05 November 2025", "2025-11-05")]
    [InlineData("The talks opened on Dec 11, 2025 in the capital.", "Dec 11, 2025", "2025-12-11")]
    [InlineData("The talks opened on Dec. 11, 2025 in the capital.", "Dec. 11, 2025", "2025-12-11")]
    [InlineData("The report is dated 2025-12-11 and runs to forty pages.", "2025-12-11", "2025-12-11")]
    [InlineData("Monday, February 2, 2026 was a busy day.", "Monday, February 2, 2026", "2026-02-02")]
    [InlineData("The 5th of November 2025 was chosen.", "5th of November 2025", "2025-11-05")]
    [InlineData("Output fell in December 2025 across the region.", "December 2025", "2025-12")]
    [InlineData("Prices rose sharply in 2024 across the region.", "2024", "2024")]
    [InlineData("The levy has been in place since 2019.", "2019", "2019")]
    [InlineData("The country wants net zero by 2030.", "2030", "2030")]
    [InlineData("Analysts expect a recovery by mid-2026.", "mid-2026", "2026")]
    [InlineData("2024's harvest was the best on record, officials said in 2024.", "2024", "2024")]
    [InlineData("The law dates from the 1990s.", "the 1990s", "199")]
    [InlineData("The two sides aim for an initial phase by fall 2025.", "fall 2025", "2025-FA")]
    [InlineData("Growth slowed in the third quarter of 2025.", "the third quarter of 2025", "2025-Q3")]
    [InlineData("Sales were flat from 2019 to 2021.", "2021", "2021")]
    [InlineData("The 2024 election changed the parliament.", "2024", "2024")]
    [InlineData("In the first half of 2025, imports fell.", "the first half of 2025", "2025-H1")]
    [InlineData("He served two terms in the 1980s and early 1990s.", "early 1990s", "199")]
    [InlineData("For 2024, the group earned a record profit.", "2024", "2024")]
    [InlineData("Its 2023 annual results were restated.", "2023", "2023")]
    [InlineData("The temple is a relic of the 11th century.", "the 11th century", "10")]
    [InlineData("It is a 20th-century building.", "20th-century", "19")]
    [InlineData("Hate crimes fell through the nineties.", "the nineties", "199")]
    [InlineData("The order was the first since the nineteenth century.", "the nineteenth century", "18")]
    public void Absolute_dates_need_no_anchor(string text, string expression, string value)
    {
        var t = Find(text, Friday, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Date, t.Type);
        Assert.Null(t.Anchor);
    }

    [Fact]
    public void An_explicit_full_date_has_full_confidence()
    {
        Assert.Equal(1.0, Find("It was signed on December 11, 2025.", null, "December 11, 2025").Confidence);
    }

    [Theory]
    [InlineData("The plant employs 2025 workers.")]
    [InlineData("Shares rose 2025 points, or 3%.")]
    [InlineData("Prices may rise again, and the march was peaceful.")]
    [InlineData("The 45-year-old minister said little.")]
    [InlineData("A fall in exports worried the markets.")]
    [InlineData("He appeared on the cover of Business Today’s latest issue.")]
    [InlineData("He is 2,025 km away. Section 2025 applies.")]
    [InlineData("Section 2025 of the code, Flight 1990 and Resolution 1441 were cited.")]
    [InlineData("The army sent 2000 troops and 1500 tanks.")]
    [InlineData("The crowd waited through the early hours of the night.")]
    public void Numbers_and_words_that_are_not_times_are_left_alone(string text)
    {
        Assert.Empty(Tagger.Tag(text, DateOnly.Parse(Friday, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("Tariffs were imposed in August over the dispute.", Friday, "August", "2025-08")]
    [InlineData("Tariffs will be reviewed in August.", Friday, "August", "2026-08")]
    [InlineData("The committee plans to meet in March.", Friday, "March", "2026-03")]
    [InlineData("The minister said on Wednesday that elections would be held in April.", Friday, "April", "2026-04")]
    [InlineData("Formal talks have been underway since March.", Friday, "March", "2025-03")]
    [InlineData("Delegates attended the February summit.", Friday, "February", "2025-02")]
    [InlineData("Delegates recalled the December summit.", Monday, "December", "2025-12")]
    [InlineData("The levy rose last August.", Friday, "last August", "2025-08")]
    [InlineData("The vote is due next March.", Friday, "next March", "2026-03")]
    [InlineData("The deal was reached in early August.", Friday, "early August", "2025-08")]
    [InlineData("The bank announced the plan Oct. 21 after a review.", Friday, "Oct. 21", "2025-10-21")]
    [InlineData("In March, the board brought in a new chief executive.", Friday, "March", "2025-03")]
    [InlineData("The envoy arrived on Dec. 8 for talks.", Friday, "Dec. 8", "2025-12-08")]
    [InlineData("The envoy will return on Jan. 8 for talks.", Friday, "Jan. 8", "2026-01-08")]
    [InlineData("The new rules will start this spring.", Friday, "this spring", "2025-SP")]
    [InlineData("Trade fell last summer.", Friday, "last summer", "2025-SU")]
    [InlineData("A deal is expected early next year.", Friday, "early next year", "2026")]
    public void Months_and_seasons_without_a_year_follow_the_tense(string text, string dct, string expression, string value)
    {
        var t = Find(text, dct, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(DateOnly.Parse(dct, System.Globalization.CultureInfo.InvariantCulture), t.Anchor);
        Assert.True(t.Confidence < 1.0);
    }

    [Theory]
    [InlineData("The leaders spoke on Thursday.", Friday, "Thursday", "2025-12-11")]
    [InlineData("The president held a call with the premier on Monday, officials said.", Monday, "Monday", "2026-02-02")]
    [InlineData("The two sides will meet on Tuesday.", Friday, "Tuesday", "2025-12-16")]
    [InlineData("The minister is expected to visit on Friday.", Friday, "Friday", "2025-12-12")]
    [InlineData("No summary had been released by late Monday evening.", Monday, "late Monday evening", "2026-02-02TEV")]
    [InlineData("The envoy left last Thursday.", Friday, "last Thursday", "2025-12-11")]
    [InlineData("The envoy arrives next Friday.", Friday, "next Friday", "2025-12-19")]
    [InlineData("Talks resumed Monday.", Friday, "Monday", "2025-12-08")]
    [InlineData("The envoy will travel to the region on Sunday, aides said on Friday.", Friday, "Sunday", "2025-12-14")]
    [InlineData("Officials said on Tuesday that the talks would resume on Monday.", Friday, "Monday", "2025-12-15")]
    [InlineData("Tariffs will be reviewed on Wednesday.", Friday, "Wednesday", "2025-12-17")]
    [InlineData("The peace talks are set to resume Monday in the capital.", Friday, "Monday", "2025-12-15")]
    [InlineData("The stock is to resume trading Tuesday.", Friday, "Tuesday", "2025-12-16")]
    public void Weekdays_resolve_to_the_nearest_day_in_the_direction_of_the_tense(string text, string dct, string expression, string value)
    {
        var t = Find(text, dct, expression);
        Assert.Equal(value, t.Value);
        Assert.True(t.Confidence >= 0.85, $"confidence {t.Confidence}");
    }

    [Fact]
    public void Thursday_in_a_dateline_article_resolves_to_the_previous_Thursday()
    {
        var t = Find("CAPITAL CITY: The premier discussed trade with the president on Thursday.", Friday, "Thursday");
        Assert.Equal("2025-12-11", t.Value);
        Assert.Equal(new DateOnly(2025, 12, 12), t.Anchor);
        Assert.Equal(0.9, t.Confidence);
    }

    [Theory]
    [InlineData("The agency confirmed today that talks continue.", "today", "2025-12-12")]
    [InlineData("The figures came out yesterday.", "yesterday", "2025-12-11")]
    [InlineData("The figures come out tomorrow.", "tomorrow", "2025-12-13")]
    [InlineData("The vote takes place tonight.", "tonight", "2025-12-12TNI")]
    [InlineData("The minister spoke this morning.", "this morning", "2025-12-12TMO")]
    [InlineData("Fighting broke out last night.", "last night", "2025-12-11TNI")]
    [InlineData("Talks are now in their final stage.", "now", "PRESENT_REF")]
    [InlineData("The bloc is currently weighing options.", "currently", "PRESENT_REF")]
    [InlineData("The envoy recently met the minister.", "recently", "PAST_REF")]
    [InlineData("Prices have climbed in recent years.", "recent years", "PAST_REF")]
    [InlineData("A decision is due in the coming days.", "the coming days", "FUTURE_REF")]
    [InlineData("A decision is due soon.", "soon", "FUTURE_REF")]
    [InlineData("The economy should slow in coming months.", "coming months", "FUTURE_REF")]
    [InlineData("Margins will stay thin in the near term.", "the near term", "FUTURE_REF")]
    [InlineData("The ministers met this week.", "this week", "2025-W50")]
    [InlineData("The ministers met last week.", "last week", "2025-W49")]
    [InlineData("The ministers meet next week.", "next week", "2025-W51")]
    [InlineData("The ministers meet this weekend.", "this weekend", "2025-W50-WE")]
    [InlineData("Output fell this month.", "this month", "2025-12")]
    [InlineData("They first spoke earlier this month.", "earlier this month", "2025-12")]
    [InlineData("Output fell last month.", "last month", "2025-11")]
    [InlineData("Output rose this year.", "this year", "2025")]
    [InlineData("Output rose last year.", "last year", "2024")]
    [InlineData("She took up the post earlier this year.", "earlier this year", "2025")]
    [InlineData("The envoy arrived two days ago.", "two days ago", "2025-12-10")]
    [InlineData("The levy began a year ago.", "a year ago", "2024")]
    [InlineData("The levy began three weeks ago.", "three weeks ago", "2025-W47")]
    [InlineData("The levy began 400 days ago.", "400 days ago", "2024-11-07")]
    [InlineData("Growth slowed in the first quarter.", "the first quarter", "2025-Q1")]
    [InlineData("The merger should close by year-end.", "year-end", "2025")]
    [InlineData("The index has risen 12% since year-end.", "year-end", "2024")]
    [InlineData("Rules should be in place by year's end.", "year's end", "2025")]
    [InlineData("Sales should rise in the current fiscal year.", "the current fiscal year", "2025")]
    [InlineData("Sales reached $6 billion in the latest fiscal year.", "the latest fiscal year", "2024")]
    [InlineData("The unit posted a year-earlier loss of $2 million.", "year-earlier", "2024")]
    public void Deictic_expressions_count_from_the_document_date(string text, string expression, string value)
    {
        var t = Find(text, Friday, expression);
        Assert.Equal(value, t.Value);
    }

    [Fact]
    public void The_end_of_a_range_follows_its_start()
    {
        // Read alone, "Nov. 14" would be this November's (a month before the reference date).
        var found = Tagger.Tag("Nominations will run from Oct. 16 to Nov. 14.", new DateOnly(2025, 12, 15));
        Assert.Equal(["2026-10-16", "2026-11-14"], found.Select(t => t.Value).ToArray());
    }

    [Fact]
    public void Later_counts_from_the_last_day_named_in_the_text()
    {
        var t = Find("The strike began on March 3, 2025. It ended three weeks later, and talks resumed the next day.", Friday, "three weeks later");
        Assert.Equal("2025-W13", t.Value);
        Assert.Equal(new DateOnly(2025, 3, 3), t.Anchor);
        var next = Find("The strike began on March 3, 2025. Talks resumed the next day.", Friday, "the next day");
        Assert.Equal("2025-03-04", next.Value);
    }

    [Theory]
    [InlineData("The envoy concluded his two-day visit.", "two-day", "P2D")]
    [InlineData("The bloc has negotiated for three years.", "three years", "P3Y")]
    [InlineData("The review will take six months.", "six months", "P6M")]
    [InlineData("The talks have dragged on for months.", "months", "PXM")]
    [InlineData("Ties have frayed over several months.", "several months", "PXM")]
    [InlineData("The dispute has lasted two decades.", "two decades", "P20Y")]
    [InlineData("The dispute has simmered for decades.", "decades", "PXDE")]
    [InlineData("A 24-hour ceasefire began.", "24-hour", "PT24H")]
    [InlineData("Prices doubled in the past two weeks.", "the past two weeks", "P2W")]
    [InlineData("The plan covers twenty-five years.", "twenty-five years", "P25Y")]
    [InlineData("Refugees lived in the camps for 2 1/2 years.", "2 1/2 years", "P2Y6M")]
    [InlineData("The vote lasted a minute and a half.", "a minute and a half", "PT1M30S")]
    [InlineData("Talks ran for two and a half days.", "two and a half days", "P2DT12H")]
    [InlineData("The gloom will last for a couple of years.", "a couple of years", "P2Y")]
    [InlineData("The loan may run for an additional year.", "an additional year", "P1Y")]
    [InlineData("The fleet may stay for at least 20 more years.", "at least 20 more years", "P20Y")]
    [InlineData("The crown has ruled for almost a hundred years.", "almost a hundred years", "P100Y")]
    [InlineData("It rained over the last twenty four hours.", "the last twenty four hours", "PT24H")]
    public void Durations_are_tagged_with_their_length(string text, string expression, string value)
    {
        var t = Find(text, Friday, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Duration, t.Type);
        Assert.Null(t.Anchor);
    }

    [Theory]
    [InlineData("The two leaders speak every week.", "every week", "P1W")]
    [InlineData("The figures are published weekly.", "weekly", "P1W")]
    [InlineData("The report is revised annually.", "annually", "P1Y")]
    [InlineData("The fee rises each year.", "each year", "P1Y")]
    [InlineData("The panel meets twice a month.", "twice a month", "P1M")]
    [InlineData("The council meets every two years.", "every two years", "P2Y")]
    [InlineData("The deal is worth $5 billion a year.", "a year", "P1Y")]
    [InlineData("The council meets every Monday.", "every Monday", "XXXX-WXX-1")]
    public void Recurring_times_are_sets(string text, string expression, string value)
    {
        var t = Find(text, Friday, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Set, t.Type);
    }

    [Theory]
    [InlineData("The ministers met on December 11, 2025 at 10 a.m. in the capital.", "10 a.m.", "2025-12-11T10:00")]
    [InlineData("The vote opens at 9:30 pm today.", "9:30 pm today", "2025-12-12T21:30")]
    [InlineData("The statement came at noon on Thursday.", "noon", "2025-12-11T12:00")]
    [InlineData("The session resumed at 14:00 after a break.", "14:00", "2025-12-12T14:00")]
    public void Clock_times_take_the_day_they_are_said_with(string text, string expression, string value)
    {
        var t = Find(text, Friday, expression);
        Assert.Equal(value, t.Value);
        Assert.Equal(TimexType.Time, t.Type);
    }

    [Fact]
    public void Without_a_document_date_relative_expressions_anchor_on_an_earlier_full_date()
    {
        var found = Tagger.Tag("On December 11, 2025, the minister said talks held on Thursday went well.", null);
        var thursday = Assert.Single(found, t => t.Text == "Thursday");
        Assert.Equal("2025-12-11", thursday.Value);
        Assert.Equal(new DateOnly(2025, 12, 11), thursday.Anchor);
        Assert.True(thursday.Confidence < 0.9);
    }

    [Theory]
    [InlineData("Tariffs were imposed in August.", "August", "XXXX-08")]
    [InlineData("The leaders spoke on Thursday.", "Thursday", "XXXX-WXX-4")]
    [InlineData("The leaders spoke last week.", "last week", "XXXX-WXX")]
    [InlineData("The figures came out yesterday.", "yesterday", "XXXX-XX-XX")]
    [InlineData("The envoy arrived on Dec. 8.", "Dec. 8", "XXXX-12-08")]
    public void Without_any_anchor_values_stay_underspecified(string text, string expression, string value)
    {
        var t = Find(text, null, expression);
        Assert.Equal(value, t.Value);
        Assert.Null(t.Anchor);
        Assert.True(t.Confidence <= 0.3);
    }

    [Fact]
    public void Spans_point_into_the_text_as_given()
    {
        const string text = "  \u201CWe met on Monday,\u201D she said.\n\nLater, on Dec. 8, 2025, talks resumed.";
        foreach (var t in Tagger.Tag(text, new DateOnly(2025, 12, 12)))
        {
            Assert.Equal(t.Text, t.Span.Of(text));
        }

        Assert.Equal(["Monday", "Dec. 8, 2025"], Tagger.Tag(text, new DateOnly(2025, 12, 12)).Select(t => t.Text));
    }

    [Fact]
    public void Tagging_keeps_no_state_between_calls()
    {
        const string text = "The envoy arrived on Thursday and will leave in August. The talks began three days ago and ended two days later.";
        var dct = new DateOnly(2025, 12, 12);
        var first = Tagger.Tag(text, dct);
        Tagger.Tag("On March 3, 2024, the strike began. It ended a week later.", null);
        Tagger.Tag("Nothing here at all.", new DateOnly(1999, 1, 1));
        Tagger.Tag(text, null);
        var second = Tagger.Tag(text, dct);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Options_can_leave_out_durations_and_sets()
    {
        var tagger = new TimexTagger(new TimexOptions { IncludeDurations = false, IncludeSets = false });
        var found = tagger.Tag("The two-day visit ended on Thursday; the leaders speak weekly.", new DateOnly(2025, 12, 12));
        Assert.Equal(["Thursday"], found.Select(t => t.Text));
    }
}
