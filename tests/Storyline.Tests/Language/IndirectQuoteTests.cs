using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>Indirect speech: the reported clause without quote marks, and who reported it.</summary>
public sealed class IndirectQuoteTests
{
    private static readonly QuoteExtractor Extractor = new();

    private static readonly string[] Pieces =
    [
        "Roe", " said", " says", " told reporters", " added", " warned", " that", " according to", " the minister",
        " he", " she", " the talks", " would resume", " next week", " on Monday", ", ", ". ", "? ", "“", "”", "\"",
        " in a statement", " was", " not", " and", " of", " the plan", " will fail", "\n", " it", " Kestria",
    ];

    private static IReadOnlyList<Quote> Extract(string text, params (string Name, EntityType Type)[] names) =>
        Extractor.Extract(text, QuotesTestText.Sentences(text), QuotesTestText.Mentions(text, names), []);

    private static Quote Indirect(string text, params (string Name, EntityType Type)[] names) =>
        Assert.Single(Extract(text, names), q => q.Kind == QuoteKind.Indirect);

    public static Arbitrary<string> ReportLikeText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Theory]
    [InlineData("Mira Okafor said the harbour talks would resume next week.", "the harbour talks would resume next week", "Mira Okafor")]
    [InlineData("Mira Okafor said that the harbour talks would resume next week.", "the harbour talks would resume next week", "Mira Okafor")]
    [InlineData("Mira Okafor said on Monday the harbour talks would resume next week.", "the harbour talks would resume next week", "Mira Okafor")]
    [InlineData("Mira Okafor said in a statement that the harbour talks would resume.", "the harbour talks would resume", "Mira Okafor")]
    [InlineData("The harbour talks will resume next week, Mira Okafor said.", "The harbour talks will resume next week", "Mira Okafor")]
    [InlineData("The harbour talks will resume next week, said Mira Okafor.", "The harbour talks will resume next week", "Mira Okafor")]
    [InlineData("According to Mira Okafor, the harbour talks will resume next week.", "the harbour talks will resume next week", "Mira Okafor")]
    [InlineData("The harbour talks will resume next week, according to Mira Okafor.", "The harbour talks will resume next week", "Mira Okafor")]
    [InlineData("Mira Okafor told reporters that the harbour talks would resume.", "the harbour talks would resume", "Mira Okafor")]
    [InlineData("Mira Okafor told the Daily Lantern the harbour talks would resume.", "the harbour talks would resume", "Mira Okafor")]
    [InlineData("Mira Okafor warned that the harbour talks could collapse.", "the harbour talks could collapse", "Mira Okafor")]
    [InlineData("Mira Okafor, a port official who has led the talks since spring, said the harbour would reopen.", "the harbour would reopen", "Mira Okafor")]
    public void A_reported_clause_and_its_speaker_are_found(string text, string clause, string speaker)
    {
        var quote = Indirect(text, ("Mira Okafor", EntityType.Person));
        Assert.Equal(clause, quote.Text);
        Assert.Equal(clause, quote.Span.Of(text));
        Assert.Equal(speaker, quote.Speaker);
        Assert.Equal(speaker, quote.SpeakerSpan!.Value.Of(text));
    }

    [Fact]
    public void A_description_speaks_when_no_name_does()
    {
        var quote = Indirect("The port authority said the new cranes would arrive in March.");
        Assert.Equal("The port authority", quote.Speaker);
        Assert.Equal("the new cranes would arrive in March", quote.Text);
    }

    [Fact]
    public void A_pronoun_speaker_resolves_to_the_person_before_it()
    {
        const string text = "Tomas Vel arrived in the capital on Sunday. He said the strike would end soon.";
        var quote = Indirect(text, ("Tomas Vel", EntityType.Person));
        Assert.Equal("Tomas Vel", quote.Speaker);
        Assert.Equal(text.IndexOf("Tomas Vel", StringComparison.Ordinal), quote.SpeakerSpan!.Value.Start);
        Assert.Equal("the strike would end soon", quote.Text);
    }

    [Fact]
    public void A_verb_that_takes_an_object_reports_only_before_that()
    {
        Assert.DoesNotContain(Extract("Okafor confirmed the date of the next harbour meeting.", ("Okafor", EntityType.Person)), q => q.Kind == QuoteKind.Indirect);
        Assert.Equal("the date would not change", Indirect("Okafor confirmed that the date would not change.", ("Okafor", EntityType.Person)).Text);
    }

    [Fact]
    public void Adding_that_keeps_the_speaker_of_the_main_clause()
    {
        const string text = "Okafor said the cranes were late, adding that the harbour would still open in May.";
        var quotes = Extract(text, ("Okafor", EntityType.Person));
        Assert.Equal(2, quotes.Count);
        Assert.Equal("the cranes were late", quotes[0].Text);
        Assert.Equal("the harbour would still open in May", quotes[1].Text);
        Assert.All(quotes, q => Assert.Equal("Okafor", q.Speaker));
        Assert.All(quotes, q => Assert.Equal(QuoteKind.Indirect, q.Kind));
    }

    [Theory]
    [InlineData("Okafor said on Monday.")]
    [InlineData("Did Okafor say the harbour talks would resume next week?")]
    [InlineData("Okafor said “the harbour talks would resume next week.”")]
    [InlineData("Okafor did not say whether the harbour talks would resume.")]
    [InlineData("Okafor said so.")]
    [InlineData("Okafor said something about the weather at the harbour.")]
    [InlineData("Okafor said of the new harbour master that he was a careful man.")]
    [InlineData("The debt is higher than Okafor says it is in every report.")]
    [InlineData("READ MORE: Okafor says harbour talks will resume next week")]
    [InlineData("Okafor said at the opening of a grain depot outside the port city, in his first remarks since the vote.")]
    [InlineData("The meeting, which Okafor said lasted about an hour, ended without a deal.")]
    [InlineData("Neither Okafor nor his deputy said whether the harbour talks had covered the tariff.")]
    [InlineData("Okafor rejected claims that the harbour mills were passing off foreign steel.")]
    public void No_indirect_quote_is_found(string text)
    {
        Assert.DoesNotContain(Extract(text, ("Okafor", EntityType.Person)), q => q.Kind == QuoteKind.Indirect);
    }

    [Fact]
    public void A_clause_in_quote_marks_stays_a_direct_quote()
    {
        const string text = "Okafor said the harbour was “almost ready for the first ships” after the storm.";
        var quote = Assert.Single(Extract(text, ("Okafor", EntityType.Person)));
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("almost ready for the first ships", quote.Text);
    }

    [Fact]
    public void A_reported_clause_stops_before_a_long_quote_that_follows_a_comma()
    {
        const string text = "Okafor said the cranes were late, “but the work on the harbour will finish in May.”";
        var quotes = Extract(text, ("Okafor", EntityType.Person));
        Assert.Equal(2, quotes.Count);
        Assert.Equal(QuoteKind.Indirect, quotes[0].Kind);
        Assert.Equal("the cranes were late", quotes[0].Text);
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(IndirectQuoteTests)])]
    public void Quotes_on_report_like_text_stay_inside_the_text_in_order_and_apart(string text)
    {
        var quotes = Extract(text, ("Roe", EntityType.Person));
        var previousEnd = 0;
        foreach (var quote in quotes)
        {
            Assert.InRange(quote.Span.Start, previousEnd, text.Length);
            Assert.True(quote.Span.Length > 0 && quote.Span.End <= text.Length);
            Assert.Equal(quote.Text, quote.Span.Of(text));
            Assert.DoesNotContain('\n', quote.Text);
            if (quote.Kind == QuoteKind.Indirect)
            {
                // Never inside quote marks: no direct quote overlaps it, and it does not open with a mark.
                Assert.DoesNotContain(quotes, q => q.Kind != QuoteKind.Indirect && q.Span.Overlaps(quote.Span));
                Assert.False(quote.Text[0] is '“' or '"');
                Assert.NotNull(quote.SpeakerSpan);
            }

            previousEnd = quote.Span.End;
        }
    }

    [Property(MaxTest = 300)]
    public void Random_text_never_fails(string? raw)
    {
        var text = raw ?? string.Empty;
        foreach (var quote in Extract(text, ("Roe", EntityType.Person)))
        {
            Assert.True(quote.Span.Start >= 0 && quote.Span.End <= text.Length);
        }
    }
}
