using Storyline.Model;

namespace Storyline.Eval.Tests;

public class QuotesEvalTests
{
    private const string Text = "Minister Dana Okoro spoke.\n\u201CWe will rebuild the bridge,\u201D Okoro said.\nResidents say the bridge is unsafe.";

    private static GoldArticle Gold() => new("doc1", "Outlet", Text,
    [
        new GoldQuote("\u201CWe will rebuild the bridge,\u201D", [27, 56], "Okoro", "Dana Okoro"),
        new GoldQuote("the bridge is unsafe", [Text.IndexOf("the bridge is", StringComparison.Ordinal), Text.Length - 1], "Residents", "Residents"),
        new GoldQuote("lost text", null, "someone", "Someone"),
    ]);

    private static AnnotatedArticle Annotated(Article article, IReadOnlyList<Quote> quotes)
    {
        var full = new TextSpan(9, 10);   // "Dana Okoro"
        var shortName = new TextSpan(Text.IndexOf("Okoro said", StringComparison.Ordinal), 5);
        var mentions = new List<EntityMention>
        {
            new(full, "Dana Okoro", EntityType.Person, "person:dana okoro"),
            new(shortName, "Okoro", EntityType.Person, "person:dana okoro"),
        };
        var entities = new List<ArticleEntity> { new("person:dana okoro", "Dana Okoro", EntityType.Person, ["Okoro"], [full, shortName]) };
        return new AnnotatedArticle(article, [], mentions, entities, [], quotes, [], [], []);
    }

    [Fact]
    public void The_article_is_the_raw_text_with_one_paragraph_per_line()
    {
        var article = QuotesEval.ToArticle(Gold());
        Assert.Same(Text, article.Body);
        Assert.Equal(3, article.Paragraphs.Count);
        Assert.Equal("Minister Dana Okoro spoke.", article.Paragraphs[0].Of(Text));
    }

    [Theory]
    [InlineData("\u201CWe will,\u201D", true)]
    [InlineData("\"We will,\"", true)]
    [InlineData(" \u201CWe will", true)]
    [InlineData("the bridge is unsafe", false)]
    public void A_gold_quote_is_direct_when_it_starts_with_a_quote_mark(string quote, bool expected) =>
        Assert.Equal(expected, QuotesEval.IsDirect(new GoldQuote(quote, null, null, null)));

    [Fact]
    public void The_speaker_is_the_entity_name_behind_the_speaker_mention()
    {
        var span = new TextSpan(Text.IndexOf("Okoro said", StringComparison.Ordinal), 5);
        var quote = new Quote(TextSpan.FromBounds(28, 55), "We will rebuild the bridge", QuoteKind.Direct, "Okoro", span);
        var annotated = Annotated(QuotesEval.ToArticle(Gold()), [quote]);
        Assert.Equal("Dana Okoro", QuotesEval.SpeakerName(quote, annotated));
        Assert.Equal("she", QuotesEval.SpeakerName(quote with { Speaker = "she", SpeakerSpan = null }, annotated));
    }

    [Fact]
    public void Counts_hold_matches_direct_matches_and_right_speakers()
    {
        var span = new TextSpan(Text.IndexOf("Okoro said", StringComparison.Ordinal), 5);
        var quotes = new List<Quote>
        {
            new(TextSpan.FromBounds(28, 55), "We will rebuild the bridge", QuoteKind.Direct, "Okoro", span),
            new(new TextSpan(0, 8), "Minister", QuoteKind.Direct, null, null),
        };
        var counts = QuotesEval.Score(Gold(), Annotated(QuotesEval.ToArticle(Gold()), quotes));
        Assert.Equal(new QuoteCounts(2, 3, 1, 1, 1, 1, 1), counts);
        Assert.Equal(0.5, counts.Precision);
        Assert.Equal(1.0 / 3, counts.All.Recall, 1e-12);
        Assert.Equal(1, counts.RecallDirect);
        Assert.Equal(1, counts.SpeakerAccuracy);
    }
}
