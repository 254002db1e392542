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
}
