using Storyline.Analysis.Timeline;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class TimelineBuilderTests
{
    private static StoryEvent Event(string id, string date, bool background, string article, string[] actors, string mode = "tariff", string type = "COERCE", bool ends = false) =>
        new(id, $"{id} title", type, mode, new EventDate(date, 0.9, [new Citation(article, 10, 19)], []), actors, [article], background, [], [], ends);

    private static readonly TimelineBuilder Builder = new();

    [Fact]
    public void A_background_month_folds_into_the_one_dated_event_of_its_kind_and_actors_within_it()
    {
        var timeline = Builder.Build([
            Event("news", "2025-09-15", false, "a1", ["kestria", "veldora"]),
            Event("bg", "2025-09", true, "a2", ["kestria"])]);

        var row = Assert.Single(timeline);
        Assert.Equal(("2025-09-15", "news"), (row.Date, row.EventId));
        Assert.Equal(["a1", "a2"], row.Citations.Select(c => c.ArticleId));
    }

    [Theory]
    [InlineData("2025-10-15", "kestria", "tariff")]
    [InlineData("2025-09-15", "dunmere", "tariff")]
    [InlineData("2025-09-15", "kestria", "sanction")]
    public void A_background_mention_of_another_month_actor_or_kind_keeps_its_row(string newsDate, string newsActor, string newsMode)
    {
        var timeline = Builder.Build([
            Event("news", newsDate, false, "a1", [newsActor], newsMode),
            Event("bg", "2025-09", true, "a2", ["kestria"])]);

        Assert.Equal(2, timeline.Count);
        Assert.Contains(timeline, t => t.EventId == "bg" && t.Text == "bg title (background)");
    }

    [Fact]
    public void A_background_month_with_two_dated_events_in_it_could_be_either_and_keeps_its_row()
    {
        var timeline = Builder.Build([
            Event("first", "2025-09-03", false, "a1", ["kestria"]),
            Event("second", "2025-09-24", false, "a3", ["kestria"]),
            Event("bg", "2025-09", true, "a2", ["kestria"])]);

        Assert.Equal(["bg", "first", "second"], timeline.Select(t => t.EventId));
    }

    [Fact]
    public void Two_background_mentions_of_one_month_become_one_row_and_a_wider_one_folds_into_it()
    {
        var timeline = Builder.Build([
            Event("bg-month-a", "2025-09", true, "a1", ["kestria"]),
            Event("bg-month-b", "2025-09", true, "a2", ["kestria", "veldora"]),
            Event("bg-year", "2025", true, "a3", ["veldora"])]);

        var row = Assert.Single(timeline);
        Assert.Equal("2025-09", row.Date);
        Assert.Equal(["a1", "a2", "a3"], row.Citations.Select(c => c.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void News_events_never_fold_even_on_the_same_day()
    {
        var timeline = Builder.Build([
            Event("one", "2025-09-15", false, "a1", ["kestria"]),
            Event("two", "2025-09-15", false, "a2", ["kestria"])]);

        Assert.Equal(2, timeline.Count);
    }

    [Fact]
    public void Entries_that_are_not_events_stand_in_calendar_order_with_the_events()
    {
        var start = new TimelineEntry("2025-03", "Trade talks begin (background)", null, [new Citation("a9", 0, 5)]);
        var timeline = Builder.Build([Event("news", "2025-09-15", false, "a1", ["kestria"])], [start]);

        Assert.Equal([null, "news"], timeline.Select(t => t.EventId));
    }
    [Fact]
    public void The_end_of_a_strike_says_how_long_it_lasted_since_its_start()
    {
        var timeline = Builder.Build([
            Event("start", "2025-10-06", false, "a1", ["union", "port"], "strike", "PROTEST"),
            Event("end", "2025-10-24", false, "a2", ["union"], "strike", "PROTEST", ends: true)]);

        Assert.Equal(["start title", "end title (19 days, since 2025-10-06)"], timeline.Select(t => t.Text));
    }

    [Theory]
    [InlineData("2025-10-06", "miners")]
    [InlineData("2025-10", "union")]
    [InlineData("2025-10-25", "union")]
    public void An_end_with_no_start_of_its_actors_dated_to_an_earlier_day_says_nothing_more(string startDate, string startActor)
    {
        var timeline = Builder.Build([
            Event("start", startDate, false, "a1", [startActor], "strike", "PROTEST"),
            Event("end", "2025-10-24", false, "a2", ["union"], "strike", "PROTEST", ends: true)]);

        Assert.Contains(timeline, t => t.Text == "end title");
    }
}
