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
    [InlineData("The fishing talks launched in June have stalled.", "talks", StartBound.Within, "2025-06", "fishing")]
    [InlineData("The steel negotiations the two governments initiated in March have stalled.", "talks", StartBound.Within, "2025-03", "steel")]
    [InlineData("Prosecutors launched an investigation weeks after the vote in October.", "investigation", StartBound.After, "2025-10", "")]
    [InlineData("Negotiators from both capitals have been working on a fishing accord since March.", "talks", StartBound.Within, "2025-03", "fishing")]
    [InlineData("The two governments have been negotiating a fishing accord since March.", "talks", StartBound.Within, "2025-03", "fishing")]
    [InlineData("Negotiators have met roughly monthly since April, officials said.", "talks", StartBound.Within, "2025-04", "")]
    [InlineData("Fishing talks have been held regularly since June.", "talks", StartBound.Within, "2025-06", "fishing")]
    [InlineData("Trade talks were launched at the February summit in Dravik.", "talks", StartBound.Within, "2025-02", "trade")]
    [InlineData("The fishing talks have dragged on for months.", "talks", StartBound.Before, "2025-10", "fishing")]
    [InlineData("The fishing talks have run for years.", "talks", StartBound.Before, "2023", "fishing")]
    [InlineData("The fishing talks have run for more than a year.", "talks", StartBound.Before, "2024", "fishing")]
    public void A_sentence_that_dates_a_start_gives_the_process_the_bound_and_the_time(string sentence, string kind, StartBound bound, string value, string topic)
    {
        var found = Assert.Single(Extract(sentence));
        Assert.Equal((kind, bound, value), (found.Kind, found.Bound, found.Time!.Value));
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
        Assert.Equal("Thursday", start.Time!.Text);
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
    [Theory]
    [InlineData("The fishing talks, which have run for eight months, stalled on Tuesday.", StartBound.Around, "2025-04", "eight months")]
    [InlineData("Negotiations have dragged on for more than a year.", StartBound.Before, "2024", "more than a year")]
    [InlineData("The talks have now been underway for nearly five months.", StartBound.After, "2025-07", "nearly five months")]
    [InlineData("The dock strike has lasted for three weeks.", StartBound.Around, "2025-W47", "three weeks")]
    [InlineData("The dock strike, now in its third week, has closed the port.", StartBound.Around, "2025-W48", "third week")]
    [InlineData("Kestria is now two years into the war.", StartBound.Around, "2023", "two years")]
    [InlineData("The ceasefire has held for eight weeks.", StartBound.Around, "2025-W42", "eight weeks")]
    public void How_long_a_process_has_run_dates_its_start_back_from_the_article_day(string sentence, StartBound bound, string value, string text)
    {
        var found = Assert.Single(Extract(sentence));
        Assert.Equal((bound, value, text), (found.Bound, found.Time!.Value, found.Time.Text));
        Assert.Equal(text, sentence.Substring(found.Time.Span.Start, found.Time.Span.Length));
        Assert.Equal(DateOnly.Parse("2025-12-10", CultureInfo.InvariantCulture), found.Time.Anchor);
    }

    [Theory]
    [InlineData("After eight months of trade talks, Veldora and Kestria signed a pact on Tuesday.", "2025-04", "trade")]
    [InlineData("After eight months of negotiations, the two sides remain far apart.", "2025-04", "")]
    public void Months_of_talks_count_back_from_the_day_told_or_in_the_present_from_the_article_day(string sentence, string value, string topic)
    {
        var start = Assert.Single(Extract(sentence));
        Assert.Equal(("talks", StartBound.Around, value), (start.Kind, start.Bound, start.Time!.Value));
        if (topic.Length > 0)
        {
            Assert.Contains(topic, start.Topics);
        }
    }

    [Theory]
    [InlineData("After eight months of talks, the two sides signed a pact.")]
    [InlineData("The shooting on Saturday sparked five days of protests across Kestria.")]
    [InlineData("The talks had run for eight months when the minister resigned.")]
    [InlineData("The talks will have run for eight months by June.")]
    [InlineData("Two years into the war, the army changed its commander.")]
    [InlineData("The strike was in its third week when the port closed.")]
    public void A_count_from_a_past_or_future_day_or_with_no_number_gives_no_start(string sentence) =>
        Assert.Empty(Extract(sentence));

    [Fact]
    public void How_long_a_process_has_run_is_not_read_without_the_article_day()
    {
        const string Body = "The fishing talks, which have run for eight months, stalled.";
        var article = new Article("a", "a.txt", "h", null, null, null, PublicationDate.Unknown, Body, [new TextSpan(0, Body.Length)], []);
        Assert.Empty(Annotator.Annotate(article).Starts);
    }
    [Fact]
    public void Counts_told_through_another_occurrence_are_read_without_the_article_day()
    {
        const string Body = "Trade talks had run for a year when dockworkers in Dravik went on strike. After eight months of talks, Veldora and Kestria signed a pact.";
        var article = new Article("a", "a.txt", "h", null, null, null, PublicationDate.Unknown, Body, [new TextSpan(0, Body.Length)], []);
        var starts = Annotator.Annotate(article).Starts;
        Assert.Equal(["went on strike", "signed"], starts.Select(s => s.Anchor!.Value.Of(Body)));
        Assert.Equal(["P1Y", "P8M"], starts.Select(s => s.Elapsed!.Value));
    }

    [Fact]
    public void A_topic_word_heading_the_sentence_names_a_process_counted_back()
    {
        var start = Assert.Single(Extract("Peace talks between Veldora and Kestria have been going on for six months."));
        Assert.Equal(("2025-06", StartBound.Around), (start.Time!.Value, start.Bound));
        Assert.Contains("peace", start.Topics);
    }

    [Theory]
    [InlineData("Veldora and Kestria launched trade talks at the summit in Dravik.", "summit", StartBound.Within)]
    [InlineData("Veldora began trade talks with Kestria after the dock strike in Dravik.", "strike", StartBound.After)]
    public void A_start_with_no_time_told_through_another_occurrence_is_anchored_to_its_trigger(string sentence, string trigger, StartBound bound)
    {
        var found = Assert.Single(Extract(sentence));
        Assert.Null(found.Time);
        Assert.Equal(bound, found.Bound);
        Assert.Equal(trigger, found.Anchor!.Value.Of(sentence));
    }

    [Fact]
    public void A_start_with_no_time_and_no_occurrence_to_tell_it_by_is_not_a_start()
    {
        Assert.Empty(Extract("Veldora and Kestria launched trade talks at the harbour in Dravik."));
    }

    [Fact]
    public void Time_spent_before_an_undated_occurrence_told_in_the_past_is_anchored_to_it()
    {
        const string Sentence = "After eight months of trade talks, Veldora and Kestria signed a fishing accord in Dravik.";
        var found = Assert.Single(Extract(Sentence));
        Assert.Equal((StartBound.Around, (TimeExpression?)null, "P8M"), (found.Bound, found.Time, found.Elapsed!.Value));
        Assert.StartsWith("signed", found.Anchor!.Value.Of(Sentence), StringComparison.Ordinal);
    }

    [Fact]
    public void Time_a_process_had_run_when_another_occurrence_came_is_anchored_to_it()
    {
        const string Sentence = "Trade talks had run for a year when dockworkers in Dravik went on strike.";
        var found = Assert.Single(Extract(Sentence));
        Assert.Equal((StartBound.Around, (TimeExpression?)null, "P1Y"), (found.Bound, found.Time, found.Elapsed!.Value));
        Assert.Equal("went on strike", found.Anchor!.Value.Of(Sentence));
    }
}
