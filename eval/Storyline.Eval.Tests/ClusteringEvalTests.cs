using Storyline.Model;

namespace Storyline.Eval.Tests;

public class ClusteringEvalTests
{
    private static StoryEvent Event(string id, bool background, params (string Article, int Start)[] mentions) =>
        new(id, id, "CONSULT", "meeting", null, [], mentions.Select(m => m.Article).Distinct().ToList(), background, [],
            mentions.Select(m => new Citation(m.Article, m.Start, m.Start + 5)).ToList());

    [Fact]
    public void An_article_goes_to_the_event_its_lead_reports_however_often_others_are_mentioned()
    {
        var predicted = ClusteringEval.PredictedEvents([Event("e1", false, ("a", 0), ("b", 40)), Event("e2", false, ("a", 20), ("a", 60), ("a", 90), ("c", 0))]);
        Assert.Equal("e1", predicted["a"]);
        Assert.Equal("e1", predicted["b"]);
        Assert.Equal("e2", predicted["c"]);
    }

    [Fact]
    public void Background_events_do_not_claim_articles_and_ties_go_to_the_first_event()
    {
        var predicted = ClusteringEval.PredictedEvents([Event("bg", true, ("a", 0), ("z", 0)), Event("e1", false, ("a", 30)), Event("e2", false, ("a", 30))]);
        Assert.Equal("e1", predicted["a"]);
        Assert.False(predicted.ContainsKey("z"));
    }
}
