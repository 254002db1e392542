using Storyline.Model;

namespace Storyline.Eval.Tests;

public class ClusteringEvalTests
{
    private static StoryEvent Event(string id, bool background, params string[] mentionArticles) =>
        new(id, id, "CONSULT", "meeting", null, [], mentionArticles.Distinct().ToList(), background, [],
            mentionArticles.Select((a, i) => new Citation(a, i * 10, i * 10 + 5)).ToList());

    [Fact]
    public void An_article_goes_to_the_event_with_most_mentions_citing_it()
    {
        var predicted = ClusteringEval.PredictedEvents([Event("e1", false, "a", "b"), Event("e2", false, "a", "a", "c")]);
        Assert.Equal("e2", predicted["a"]);
        Assert.Equal("e1", predicted["b"]);
        Assert.Equal("e2", predicted["c"]);
    }

    [Fact]
    public void Background_events_do_not_claim_articles_and_ties_go_to_the_first_event()
    {
        var predicted = ClusteringEval.PredictedEvents([Event("bg", true, "a", "a", "a", "z"), Event("e1", false, "a"), Event("e2", false, "a")]);
        Assert.Equal("e1", predicted["a"]);
        Assert.False(predicted.ContainsKey("z"));
    }
}
