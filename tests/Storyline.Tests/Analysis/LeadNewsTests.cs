using Storyline.Analysis;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

/// <summary>Every lead is also its article's untyped news; the analysis keeps that news only where no event of a known kind reports the lead.</summary>
public sealed class LeadNewsTests
{
    private static AnnotatedArticle Article(string id, string published, string body) => AnnotatedText.Of(id, published, body, "h " + id);

    [Fact]
    public void Articles_whose_leads_a_call_event_reports_form_no_news_event_of_the_same_call()
    {
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", "2025-11-04", "President Jana Roe held a telephone conversation with Prime Minister Arno Vell on Monday about the harbour toll."),
            Article("a2", "2025-11-04", "President Jana Roe and Prime Minister Arno Vell spoke by telephone on Monday about the harbour toll."),
        ]);

        Assert.Contains(graph.Events, e => e.Mode == "phone call" && e.ArticleIds.Count == 2);
        Assert.DoesNotContain(graph.Events, e => e.Mode == "news");
    }

    [Fact]
    public void A_lead_whose_typed_event_stands_alone_still_joins_the_news_of_its_other_reports()
    {
        // The first lead names a "meeting" the second does not; the meeting has one report and no day, so it is no event,
        // and the two leads are one occurrence told in like words.
        var graph = new StoryAnalyzer().Analyze([
            Article("a1", "2025-11-04", "Dock owners in Saltreach held a meeting as the pirate ship Gull was seized by the navy off the Marrow coast with 23 crew."),
            Article("a2", "2025-11-05", "The navy seized the pirate ship Gull off the Marrow coast and arrested its 23 crew, dock owners in Saltreach said."),
        ]);

        var news = Assert.Single(graph.Events, e => e.Mode == "news");
        Assert.Equal(["a1", "a2"], news.ArticleIds);
    }
}
