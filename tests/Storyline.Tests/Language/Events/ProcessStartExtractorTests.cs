using System.Globalization;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language.Events;

public sealed class ProcessStartExtractorTests
{
    private static readonly ArticleAnnotator Annotator = new();

    private static IReadOnlyList<ProcessStart> Extract(string body, string published = "2025-12-10")
    {
        var article = new Article("a", "a.txt", "h", null, null, null,
            new PublicationDate(DateOnly.Parse(published, CultureInfo.InvariantCulture), DateBasis.Dateline),
            body, [new TextSpan(0, body.Length)], []);
        return Annotator.Annotate(article).Starts;
    }

    [Theory]
    [InlineData("Formal talks on the fishing accord have been underway since March.", "talks", StartBound.Within, "2025-03", "fishing")]
    [InlineData("Kestria was among the first to begin trade talks after Veldora raised its steel duties in April.", "talks", StartBound.After, "2025-04", "trade")]
    [InlineData("The negotiations began in May, officials said.", "talks", StartBound.Within, "2025-05", "")]
    [InlineData("Dockworkers went on strike on Monday.", "strike", StartBound.Within, "2025-12-08", "")]
    [InlineData("Kestria opened peace talks before the June summit.", "talks", StartBound.Before, "2025-06", "peace")]
    [InlineData("In March, the two governments started formal trade negotiations.", "talks", StartBound.Within, "2025-03", "trade")]
    [InlineData("The fishing negotiations the two governments opened this year have stalled.", "talks", StartBound.Within, "2025", "fishing")]
    [InlineData("The negotiations the dock unions opened this year have stalled.", "talks", StartBound.Within, "2025", "")]
    [InlineData("Prosecutors launched an investigation weeks after the vote in October.", "investigation", StartBound.After, "2025-10", "")]
    [InlineData("Negotiators from both capitals have been working on a fishing accord since March.", "talks", StartBound.Within, "2025-03", "fishing")]
    [InlineData("The two governments have been negotiating a fishing accord since March.", "talks", StartBound.Within, "2025-03", "fishing")]
    [InlineData("Negotiators have met roughly monthly since April, officials said.", "talks", StartBound.Within, "2025-04", "")]
    [InlineData("Fishing talks have been held regularly since June.", "talks", StartBound.Within, "2025-06", "fishing")]
    public void A_sentence_that_dates_a_start_gives_the_process_the_bound_and_the_time(string sentence, string kind, StartBound bound, string value, string topic)
    {
        var found = Assert.Single(Extract(sentence));
        Assert.Equal((kind, bound, value), (found.Kind, found.Bound, found.Time.Value));
        if (topic.Length > 0)
        {
            Assert.Contains(topic, found.Topics);
        }
        else
        {
            Assert.Empty(found.Topics);
        }
    }

    [Theory]
    [InlineData("The two sides will begin talks in March.")]
    [InlineData("Kestria has not started negotiations since the vote in May.")]
    [InlineData("Officials hope to open talks after the election in June.")]
    [InlineData("The talks were productive, officials said on Monday.")]
    [InlineData("Talks began, and the strike ended on Tuesday; workers returned in June.")]
    [InlineData("The trade talks began with a dinner for the delegations.")]
    [InlineData("The strike has cost the port millions since Monday.")]
    [InlineData("The union intends to launch a campaign next month.")]
    [InlineData("The union launches its campaign next month.")]
    [InlineData("Negotiators have said little since March.")]
    [InlineData("Negotiators will have met twice since March by then.")]
    public void Plans_undated_starts_and_dates_of_something_else_give_no_start(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void A_date_heading_the_sentence_like_a_dateline_does_not_date_the_start()
    {
        var start = Assert.Single(Extract("FRIDAY, MAY 9, 2025, 10:40 AM Two men went on trial Thursday for the robbery."));
        Assert.Equal("Thursday", start.Time.Text);
        Assert.Empty(Extract("FRIDAY, MAY 9, 2025, 10:40 AM Two men went on trial for the robbery."));
    }

    [Fact]
    public void Only_the_people_and_places_of_the_sentence_are_its_actors()
    {
        var start = Assert.Single(Extract("Veldora and Kestria began trade talks in March. Jana Roe led them."));
        Assert.Equal(2, start.ActorKeys.Count);
        Assert.All(start.ActorKeys, k => Assert.StartsWith("gpe:", k, StringComparison.Ordinal));
    }

    [Fact]
    public void The_process_span_points_at_its_noun_in_the_text()
    {
        const string Body = "Dockworkers said the strike began on Monday.";
        var start = Assert.Single(Extract(Body));
        Assert.Equal("strike", Body.Substring(start.Process.Start, start.Process.Length));
        Assert.Equal(new TextSpan(0, Body.Length), start.Sentence);
    }
}
