using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class QuotesTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static IReadOnlyList<Quote> Extract(string text, string mentions = "", IReadOnlyList<EmbeddedPost>? posts = null)
    {
        var names = mentions.Length == 0
            ? []
            : mentions.Split('|').Select(m =>
            {
                var parts = m.Split(':');
                return (parts[0], Enum.Parse<EntityType>(parts[1]));
            }).ToArray();
        return Extractor.Extract(text, QuotesTestText.Sentences(text), QuotesTestText.Mentions(text, names), posts ?? []);
    }

    [Theory]
    [InlineData("“We will not back down,” Varga said on Tuesday.", "Varga:Person", "We will not back down", "Varga", QuoteKind.Direct)]
    [InlineData("\"We will respond in kind,\" Ortiz said.", "Ortiz:Person", "We will respond in kind", "Ortiz", QuoteKind.Direct)]
    [InlineData("“The talks were useful,” said Minister Lena Ortiz.", "Lena Ortiz:Person", "The talks were useful", "Lena Ortiz", QuoteKind.Direct)]
    [InlineData("“We are ready to sign,” the Kestrian premier said.", "", "We are ready to sign", "the Kestrian premier", QuoteKind.Direct)]
    [InlineData("Varga said in a post on X that “the talks went very well”.", "Varga:Person", "the talks went very well", "Varga", QuoteKind.Direct)]
    [InlineData("Varga told reporters that the border “will stay open for trade”.", "Varga:Person", "will stay open for trade", "Varga", QuoteKind.Direct)]
    [InlineData("In a short statement, Varga stated: “The border stays open.”", "Varga:Person", "The border stays open.", "Varga", QuoteKind.Colon)]
    [InlineData("On X, Lind shared: “Had a long and useful call with the premier.”", "Lind:Person", "Had a long and useful call with the premier.", "Lind", QuoteKind.Colon)]
    [InlineData("An official statement noted: “Both sides reviewed the progress made.”", "", "Both sides reviewed the progress made.", "An official statement", QuoteKind.Colon)]
    [InlineData("A Kestrian embassy spokesperson elaborated: “The envoy stressed our shared goals.”", "", "The envoy stressed our shared goals.", "A Kestrian embassy spokesperson", QuoteKind.Colon)]
    [InlineData("The Kestrian government noted: “Both leaders agreed to meet again.”", "Kestrian government:Organization", "Both leaders agreed to meet again.", "Kestrian government", QuoteKind.Colon)]
    [InlineData("The deal is “nearly done”, according to Finance Minister Ada Lind.", "Ada Lind:Person", "nearly done", "Ada Lind", QuoteKind.Direct)]
    [InlineData("Varga, in turn, has described the talks as “warm and frank,” stressing shared goals.", "Varga:Person", "warm and frank", "Varga", QuoteKind.Direct)]
    [InlineData("Ruiz has repeatedly referred to Varga as a “friend” in speeches.", "Ruiz:Person|Varga:Person", "friend", "Ruiz", QuoteKind.Direct)]
    [InlineData("A council spokesperson affirmed the mayor’s “deep respect” for the union.", "", "deep respect", "A council spokesperson", QuoteKind.Direct)]
    [InlineData("Lind confirmed the call in a short post, urging patience and promising “more news soon”.", "Lind:Person", "more news soon", "Lind", QuoteKind.Direct)]
    [InlineData("“We are not there yet,” Kestrian officials said.", "Kestrian:Norp", "We are not there yet", "Kestrian officials", QuoteKind.Direct)]
    [InlineData("“The ceasefire holds,” US Envoy to Kestria Tom Reyes said.", "US:Gpe|Kestria:Gpe|Tom Reyes:Person", "The ceasefire holds", "Tom Reyes", QuoteKind.Direct)]
    [InlineData("Premier Varga warned the council it would “pay a heavy price” for delay.", "Varga:Person", "pay a heavy price", "Varga", QuoteKind.Direct)]
    public void A_quote_and_its_speaker_are_found(string text, string mentions, string quote, string speaker, QuoteKind kind)
    {
        var found = Assert.Single(Extract(text, mentions));
        Assert.Equal(quote, found.Text);
        Assert.Equal(quote, found.Span.Of(text));
        Assert.Equal(speaker, found.Speaker);
        Assert.NotNull(found.SpeakerSpan);
        Assert.Equal(speaker, found.SpeakerSpan.Value.Of(text));
        Assert.Equal(kind, found.Kind);
    }

    [Fact]
    public void He_said_resolves_to_the_nearest_preceding_person()
    {
        const string text = "Ortiz met Varga in the capital on Monday. “We are ready to sign,” he said.";
        var quote = Assert.Single(Extract(text, "Ortiz:Person|Varga:Person"));
        Assert.Equal("Varga", quote.Speaker);
        Assert.Equal(text.IndexOf("Varga", StringComparison.Ordinal), quote.SpeakerSpan!.Value.Start);
    }

    [Fact]
    public void It_added_takes_the_organization_that_spoke_just_before()
    {
        const string text = "The leaders discussed “closer ties in energy and mining,” the Kestrian government said in a statement. They “stressed the value of open trade,” it added.";
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the Kestrian government", quotes[0].Speaker);
        Assert.Equal("the Kestrian government", quotes[1].Speaker);
        Assert.Equal(quotes[0].SpeakerSpan, quotes[1].SpeakerSpan);
    }

    [Fact]
    public void A_participle_clause_keeps_the_speaker_of_the_main_clause()
    {
        const string text = "“We reviewed the plan in detail,” the minister said in a post, adding that both sides would “keep talking”.";
        var quotes = Extract(text);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("the minister", q.Speaker));
        Assert.Equal("keep talking", quotes[1].Text);
    }

    [Fact]
    public void A_quote_over_several_sentences_is_one_quote()
    {
        const string text = "“We talked for an hour. We agreed on much. More talks will follow,” Varga said.";
        var quote = Assert.Single(Extract(text, "Varga:Person"));
        Assert.Equal("We talked for an hour. We agreed on much. More talks will follow", quote.Text);
        Assert.Equal("Varga", quote.Speaker);
    }

    [Fact]
    public void A_quote_standing_alone_takes_the_speaker_of_the_sentence_before()
    {
        const string text = "Varga told reporters after the vote that the result was clear. “This is a good day for the whole region.”";
        var quote = Assert.Single(Extract(text, "Varga:Person"), q => q.Kind != QuoteKind.Indirect);
        Assert.Equal("This is a good day for the whole region.", quote.Text);
        Assert.Equal("Varga", quote.Speaker);
    }

    [Fact]
    public void A_quote_continuing_after_an_attributed_one_keeps_its_speaker()
    {
        const string text = "“We will not rush,” Lind said. “The details matter more than the date.”";
        var quotes = Extract(text, "Lind:Person");
        Assert.Equal(2, quotes.Count);
        Assert.Equal("Lind", quotes[1].Speaker);
    }

    [Theory]
    [InlineData("The magazine put both leaders on its “Leaders of the Decade 2030” cover.")]
    [InlineData("The image, which carried the headline “The Builder & The Breaker,” had no caption.")]
    [InlineData("The so-called “reset” has stalled since spring.")]
    [InlineData("Observers called the plan, dubbed “Bridge”, too vague.")]
    [InlineData("With the union pushing for “fair and steady” wages, talks resumed.")]
    [InlineData("The ferry was called a “wreck” by its own crew.")]
    [InlineData("Markets rose on the news of India’s rally and the leaders’ talks.")]
    public void Titles_scare_quotes_and_unattributed_fragments_are_skipped(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void A_full_unattributed_statement_is_kept_without_a_speaker()
    {
        const string text = "The banner read “Workers of the port will not be moved” all week.";
        var quote = Assert.Single(Extract(text));
        Assert.Null(quote.Speaker);
        Assert.Null(quote.SpeakerSpan);
    }

    [Fact]
    public void An_unbalanced_mark_never_runs_past_the_paragraph()
    {
        const string text = "Varga said “we will see what comes\n“Nothing is settled yet,” Lind said.";
        var quote = Assert.Single(Extract(text, "Varga:Person|Lind:Person"));
        Assert.Equal("Nothing is settled yet", quote.Text);
        Assert.Equal("Lind", quote.Speaker);
    }

    [Fact]
    public void Single_marks_count_only_as_a_clear_quote()
    {
        const string text = "Varga said the deal was ‘nearly ready’ and the pact’s ‘core’ was agreed.";
        var quote = Assert.Single(Extract(text, "Varga:Person"));
        Assert.Equal("nearly ready", quote.Text);
        Assert.Equal("Varga", quote.Speaker);
    }

    [Fact]
    public void An_embedded_post_is_a_quote_and_replaces_its_copy_in_the_body()
    {
        const string body = "Reyes wrote: “Just spoke with the premier. Big news soon.”\n";
        const string postLine = "Just spoke with the premier. Big news soon. pic.example.com/abc";
        var text = body + postLine + "\n— Envoy Tom Reyes (@envoy) March 3, 2031";
        var postStart = text.IndexOf(postLine, StringComparison.Ordinal);
        var post = new EmbeddedPost(new TextSpan(postStart, postLine.Length), postLine, "Tom Reyes", "@envoy", new DateOnly(2031, 3, 3));

        var quote = Assert.Single(Extract(text, "Reyes:Person", [post]));
        Assert.Equal(QuoteKind.Post, quote.Kind);
        Assert.Equal(post.Span, quote.Span);
        Assert.Equal("Tom Reyes", quote.Speaker);
        Assert.Null(quote.SpeakerSpan);
    }

    [Fact]
    public void Quotes_come_back_sorted_by_position()
    {
        const string text = "“First we talk,” Varga said. Lind replied: “Then we sign.” “Then we build,” Ruiz added.";
        var quotes = Extract(text, "Varga:Person|Lind:Person|Ruiz:Person");
        Assert.Equal(["First we talk", "Then we sign.", "Then we build"], quotes.Select(q => q.Text));
        Assert.Equal(["Varga", "Lind", "Ruiz"], quotes.Select(q => q.Speaker));
    }
}
