using Storyline.Analysis;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

/// <summary>Start dates of a process compared across the articles of one story, from text to contradiction.</summary>
public sealed class ProcessStartComparerTests
{
    private const string CallLead = "President Jana Roe of Veldora held a telephone conversation with Prime Minister Arno Vell of Kestria on Monday. ";

    private static AnnotatedArticle Article(string id, string body) => AnnotatedText.Of(id, "2025-12-10", body);

    private static IReadOnlyList<Contradiction> Contradictions(params string[] bodies) =>
        new StoryAnalyzer().Analyze(bodies.Select((b, i) => Article("a" + (i + 1), b)).ToList()).Contradictions;

    [Fact]
    public void Talks_underway_since_March_and_talks_begun_after_April_are_a_contradiction()
    {
        var found = Assert.Single(Contradictions(
            CallLead + "Formal talks on the trade pact have been underway since March.",
            CallLead + "Veldora began trade talks with Kestria after tariffs rose in April."));

        Assert.Equal("start of trade talks", found.Topic);
        Assert.Contains("in 2025-03 (a1)", found.Description, StringComparison.Ordinal);
        Assert.Contains("after 2025-04 (a2)", found.Description, StringComparison.Ordinal);
        Assert.Equal(["a1", "a2"], found.Citations.Select(c => c.ArticleId));
    }

    [Theory]
    [InlineData("Formal talks on the trade pact have been underway since March.", "Veldora began trade talks with Kestria in March.")]
    [InlineData("Veldora began trade talks with Kestria after tariffs rose in April.", "The trade negotiations opened in May.")]
    [InlineData("Peace talks have been underway since March.", "Veldora began trade talks with Kestria in May.")]
    [InlineData("Formal talks on the trade pact have been underway since March.", "A dock strike began in May.")]
    public void Starts_that_leave_room_for_each_other_or_tell_of_other_processes_are_not(string first, string second) =>
        Assert.Empty(Contradictions(CallLead + first, CallLead + second));

    [Fact]
    public void A_dated_start_goes_on_the_timeline_and_says_when_sources_disagree()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "Formal talks on the trade pact have been underway since March."),
            Article("a2", CallLead + "Veldora began trade talks with Kestria after tariffs rose in April.")]);

        var entry = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-03", "Trade talks begin (background; sources disagree)"), (entry.Date, entry.Text));
        Assert.Equal(["a1"], entry.Citations.Select(c => c.ArticleId));
        Assert.True(graph.Timeline.ToList().IndexOf(entry) < graph.Timeline.ToList().FindIndex(t => t.Date == "2025-12-08"));
    }

    [Fact]
    public void A_start_bounded_only_by_after_stands_at_its_bound_marked_after()
    {
        var graph = new StoryAnalyzer().Analyze([Article("a1", CallLead + "Veldora began trade talks with Kestria after tariffs rose in April.")]);
        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal("2025-04", start.Date);
        Assert.Equal("Trade talks begin (after 2025-04; background)", start.Text);
    }

    [Fact]
    public void Of_two_after_bounds_the_later_one_places_the_start()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "Veldora began trade talks with Kestria after tariffs rose in April."),
            Article("a2", "The harbour of Dunmere was quiet as ministers of Kestria and Veldora gathered. Fishing quotas and steel levies "
                + "dominate the agenda, and port workers fear for their jobs. Veldora began trade talks with Kestria after the June summit, an aide recalled."),
        ]);
        Assert.Equal("2025-06", Assert.Single(graph.Timeline, t => t.EventId is null).Date);
    }

    [Fact]
    public void A_start_after_an_undated_mention_of_the_articles_one_call_counts_from_that_call()
    {
        var graph = new StoryAnalyzer().Analyze([Article("a1", CallLead + "Veldora and Kestria began trade talks after the phone call, an aide said.")]);
        var call = Assert.Single(graph.Events, e => e.Mode == "phone call");
        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(call.Date!.Value, start.Date);
        // Monday 2025-12-08, told on 2025-12-10: the talks may have begun this week, so they are news, not background.
        Assert.Equal("Trade talks begin (after 2025-12-08)", start.Text);
    }

    [Fact]
    public void A_start_bounded_only_by_before_stands_at_the_earliest_such_bound_marked_before()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "Veldora opened trade talks with Kestria before the June summit."),
            Article("a2", CallLead + "Trade talks between Veldora and Kestria have dragged on for months."),
        ]);
        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-06", "Trade talks begin (before 2025-06; background)"), (start.Date, start.Text));
        Assert.Empty(graph.Contradictions);
    }

    [Fact]
    public void One_article_giving_two_starts_does_not_contradict_itself()
    {
        Assert.Empty(Contradictions(
            CallLead + "Formal talks on the trade pact have been underway since March. Veldora began trade talks with Kestria in May.",
            CallLead + "The two leaders discussed the harbour."));
    }

    [Fact]
    public void A_reprint_repeats_its_original_and_is_not_a_second_voice()
    {
        var original = CallLead + "Formal talks on the trade pact have been underway since March. The leaders discussed the harbour and fishing rights at length.";
        Assert.Empty(Contradictions(original, original + " "));
    }
    [Fact]
    public void Talks_begun_in_March_and_talks_that_have_run_for_three_months_are_a_contradiction()
    {
        var found = Assert.Single(Contradictions(
            CallLead + "Veldora began trade talks with Kestria in March.",
            CallLead + "The trade talks, which have run for three months, stalled."));

        Assert.Contains("in 2025-03 (a1)", found.Description, StringComparison.Ordinal);
        Assert.Contains("around 2025-09 (a2)", found.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Veldora began trade talks with Kestria in March.", "The trade talks, which have run for eight months, stalled.")]
    [InlineData("Veldora began trade talks with Kestria in March.", "The trade talks, which have run for nine months, stalled.")]
    [InlineData("Veldora began trade talks with Kestria in March.", "Trade negotiations have dragged on for more than six months.")]
    public void A_start_counted_back_in_round_numbers_leaves_room_for_a_month_either_side(string first, string second) =>
        Assert.Empty(Contradictions(CallLead + first, CallLead + second));

    [Fact]
    public void A_start_only_counted_back_goes_on_the_timeline_as_approximate()
    {
        var graph = new StoryAnalyzer().Analyze([Article("a1", CallLead + "The trade talks, which have run for eight months, stalled.")]);
        var entry = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-04", "Trade talks begin (background; approximate)"), (entry.Date, entry.Text));
    }

    [Fact]
    public void A_start_dated_outright_wins_over_one_counted_back()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "The trade talks, which have run for nine months, stalled."),
            Article("a2", CallLead + "Veldora began trade talks with Kestria in April.")]);
        var entry = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-04", "Trade talks begin (background)"), (entry.Date, entry.Text));
        Assert.Equal(["a1", "a2"], entry.Citations.Select(c => c.ArticleId).Order(StringComparer.Ordinal));
    }
    private const string Column = "Analysis by Mira Solt. The harbour economy of Veldora has long leaned on its neighbour. ";

    [Fact]
    public void An_article_in_no_story_is_compared_when_it_names_the_same_actors()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "Formal talks on the trade pact between Veldora and Kestria have been underway since March."),
            Article("a2", Column + "Veldora began trade talks with Kestria after tariffs rose in April.")]);

        Assert.DoesNotContain(graph.Stories, s => s.ArticleIds.Contains("a2"));
        var found = Assert.Single(graph.Contradictions);
        Assert.Equal(["a1", "a2"], found.Citations.Select(c => c.ArticleId));
    }

    [Fact]
    public void An_article_in_no_story_naming_nobody_is_not_compared()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", CallLead + "Formal talks on the trade pact between Veldora and Kestria have been underway since March."),
            Article("a2", Column + "The trade talks began after tariffs rose in April.")]);

        Assert.DoesNotContain(graph.Stories, s => s.ArticleIds.Contains("a2"));
        Assert.Empty(graph.Contradictions);
    }

    [Fact]
    public void A_dated_start_in_an_article_in_no_story_goes_on_the_timeline()
    {
        var graph = new StoryAnalyzer().Analyze([Article("a1", Column + "Formal trade talks between Veldora and Kestria have been underway since March.")]);

        Assert.Empty(graph.Stories);
        var entry = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-03", "Trade talks begin (background)"), (entry.Date, entry.Text));
    }

    [Fact]
    public void A_start_told_through_another_occurrence_takes_that_events_date_and_cites_its_words()
    {
        const string Summit = "President Jana Roe of Veldora and Prime Minister Arno Vell of Kestria held a summit in Dravik on February 12. ";
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", Summit + "Roe and Vell launched trade talks at the summit in Dravik, officials said."),
            Article("a2", CallLead + "President Jana Roe and Prime Minister Arno Vell discussed tariffs.")]);

        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-02-12", "Trade talks begin (background)"), (start.Date, start.Text));
        var citation = Assert.Single(start.Citations);
        Assert.Equal("summit", graph.Articles.Single(r => r.Article.Id == "a1").Article.Body[citation.Start..citation.End]);
    }

    [Fact]
    public void Starts_told_through_occurrences_on_different_days_are_a_contradiction()
    {
        var found = Assert.Single(Contradictions(
            "President Jana Roe of Veldora and Prime Minister Arno Vell of Kestria held a summit in Dravik on February 12. Veldora and Kestria launched trade talks at the summit in Dravik.",
            "Formal talks on the trade pact between Veldora and Kestria have been underway since May."));

        Assert.Contains("in 2025-02-12 (a1)", found.Description, StringComparison.Ordinal);
        Assert.Contains("in 2025-05 (a2)", found.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Time_spent_before_an_occurrence_dated_by_another_source_counts_back_from_its_day()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", "Veldora and Kestria signed a fishing accord in Dravik on Tuesday, officials said."),
            Article("a2", "After eight months of trade talks, Veldora and Kestria signed a fishing accord in Dravik.")]);

        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2025-04", "Trade talks begin (background; approximate)"), (start.Date, start.Text));
        var citation = Assert.Single(start.Citations);
        Assert.Equal(("a2", "eight months"), (citation.ArticleId, graph.Articles.Single(r => r.Article.Id == "a2").Article.Body[citation.Start..citation.End]));
    }

    [Fact]
    public void Time_a_process_had_run_when_a_dated_occurrence_came_counts_back_from_its_day()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", "Dockworkers at the container port in Dravik went on strike on Monday over wages, the port authority said."),
            Article("a2", "Trade talks had run for a year when dockworkers at the container port in Dravik went on strike over wages, the port authority said.")]);

        var start = Assert.Single(graph.Timeline, t => t.EventId is null);
        Assert.Equal(("2024", "Trade talks begin (background; approximate)"), (start.Date, start.Text));
    }
}
