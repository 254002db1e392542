using System.Globalization;
using Storyline.Analysis;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

/// <summary>An event dated after every report of it has not happened yet: the report says it is scheduled.</summary>
public sealed class ScheduledEventTests
{
    private static readonly ArticleAnnotator Annotator = new();

    private static StoryGraph Analyze(string body, string published = "2025-12-10")
    {
        var article = new Article("a1", "a1.txt", "h", null, null, null,
            new PublicationDate(DateOnly.Parse(published, CultureInfo.InvariantCulture), DateBasis.Dateline),
            body, [new TextSpan(0, body.Length)], []);
        return new StoryAnalyzer().Analyze([Annotator.Annotate(article)]);
    }

    [Fact]
    public void A_summit_dated_after_its_report_is_scheduled_on_the_timeline()
    {
        var graph = Analyze("President Jana Roe of Veldora and Prime Minister Arno Vell of Kestria will hold a summit in Dravik on December 15, officials said.");

        var summit = Assert.Single(graph.Events, e => e.Mode == "meeting");
        Assert.True(summit.IsScheduled);
        Assert.EndsWith("(scheduled)", Assert.Single(graph.Timeline, t => t.EventId == summit.Id).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_summit_dated_before_its_report_happened()
    {
        var graph = Analyze("President Jana Roe of Veldora and Prime Minister Arno Vell of Kestria held a summit in Dravik on December 8, officials said.");

        Assert.False(Assert.Single(graph.Events, e => e.Mode == "meeting").IsScheduled);
    }

    [Fact]
    public void A_summit_announced_for_the_day_of_its_report_is_scheduled()
    {
        var graph = Analyze("President Jana Roe of Veldora will hold a summit with Prime Minister Arno Vell of Kestria in Dravik on Wednesday.", "2025-12-10");

        var summit = Assert.Single(graph.Events, e => e.Mode == "meeting");
        Assert.Equal("2025-12-10", summit.Date!.Value);
        Assert.True(summit.IsScheduled);
    }
}
