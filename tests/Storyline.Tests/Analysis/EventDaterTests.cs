using Storyline.Analysis.Events;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class EventDaterTests
{
    private static EventMention Mention(int start, string text, string value, double confidence = 0.9) =>
        new(new TextSpan(0, 80), new TextSpan(0, 4), "CONSULT", "phone call", [],
            new TimeExpression(new TextSpan(start, text.Length), text, TimexType.Date, value, new DateOnly(2025, 12, 5), confidence), null, false);

    private static EventReport Report(string article, params EventMention[] mentions) =>
        new(article, "CONSULT", "phone call", false, [], mentions);

    [Fact]
    public void The_date_cites_the_words_that_give_it_and_not_those_that_only_contain_it()
    {
        var cluster = new EventCluster("CONSULT", "phone call", false, [
            Report("a1", Mention(10, "Thursday", "2025-12-04"), Mention(40, "this year", "2025")),
            Report("a2", Mention(12, "Thursday", "2025-12-04"), Mention(50, "last week", "2025-W49"))]);

        var date = new EventDater().Date(cluster)!;

        Assert.Equal("2025-12-04", date.Value);
        Assert.Equal([("a1", 10), ("a2", 12)], date.Citations.Select(c => (c.ArticleId, c.Start)));
    }

    [Fact]
    public void A_source_giving_another_day_is_a_disagreement_naming_that_day_and_its_articles()
    {
        var cluster = new EventCluster("CONSULT", "phone call", false, [
            Report("a1", Mention(10, "Thursday", "2025-12-04")),
            Report("a2", Mention(12, "Thursday", "2025-12-04")),
            Report("a3", Mention(14, "Wednesday", "2025-12-03")),
            Report("a4", Mention(16, "Wednesday", "2025-12-03"), Mention(30, "Thursday", "2025-12-04"))]);

        var date = new EventDater().Date(cluster)!;

        Assert.Equal("2025-12-04", date.Value);
        var other = Assert.Single(date.Disagreements);
        Assert.Equal("2025-12-03", other.Value);
        Assert.Equal(["a3"], other.ArticleIds);
        Assert.Equal("2025-12-03 (a3)", other.ToString());
    }

    [Fact]
    public void A_month_date_cites_the_months_and_not_the_year()
    {
        var cluster = new EventCluster("CONSULT", "phone call", false, [
            Report("a1", Mention(5, "in November", "2025-11")),
            Report("a2", Mention(7, "in November", "2025-11")),
            Report("a3", Mention(9, "this year", "2025", 0.5))]);

        var date = new EventDater().Date(cluster)!;

        Assert.Equal("2025-11", date.Value);
        Assert.Equal(["a1", "a2"], date.Citations.Select(c => c.ArticleId));
    }

    private static EventMention Lasting(EventMention mention, string duration) =>
        mention with { Duration = new TimeExpression(new TextSpan(0, 7), "two-day", TimexType.Duration, duration, null, 0.9) };

    [Fact]
    public void A_day_dated_event_lasts_as_most_of_its_reports_say()
    {
        var cluster = new EventCluster("CONSULT", "phone call", false, [
            Report("a1", Lasting(Mention(10, "Monday", "2026-01-12"), "P2D")),
            Report("a2", Lasting(Mention(12, "Monday", "2026-01-12"), "P2D")),
            Report("a3", Lasting(Mention(14, "Monday", "2026-01-12"), "P3D"))]);

        var date = new EventDater().Date(cluster)!;

        Assert.Equal(("P2D", 2, new DateOnly(2026, 1, 13)), (date.Duration, date.Days, date.LastDay));
    }

    [Fact]
    public void An_event_dated_only_to_the_month_has_no_duration()
    {
        var cluster = new EventCluster("CONSULT", "phone call", false, [Report("a1", Lasting(Mention(10, "in January", "2026-01"), "P2D"))]);
        var date = new EventDater().Date(cluster)!;
        Assert.Null(date.Duration);
        Assert.Null(date.LastDay);
    }

    [Theory]
    [InlineData("P2D", 2)]
    [InlineData("P1W", 7)]
    [InlineData("P18M", null)]
    [InlineData("PXD", null)]
    [InlineData("", null)]
    public void A_duration_of_days_or_weeks_counts_its_days(string duration, int? days) =>
        Assert.Equal(days, new EventDate("2026-01-12", 0.9, [], [], duration).Days);
}
