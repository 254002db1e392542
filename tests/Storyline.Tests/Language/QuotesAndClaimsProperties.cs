using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>Invariants on random text, some of it built from the pieces quotes and numbers are made of.</summary>
public sealed class QuotesAndClaimsProperties
{
    private static readonly QuoteExtractor Quotes = new();
    private static readonly ClaimExtractor Claims = new();

    private static readonly string[] Pieces =
    [
        "“", "”", "\"", "‘", "’", " ", " ", " ", ", ", ". ", ":", "\n", "said", "he", "Varga", "the premier",
        "told reporters", "according to", "added", "stated:", "We", "will", "talk", "50", "%", "percent", "$", "US$",
        "3m", "€", "£", "2bn", "Rs", "crore", "45.8", "billion", "million", "12,000", "workers", "eight", "calls",
        "up to", "at least", "2025", "December", "11", "-", "two-day", "G20", "of", "tariffs", "on", "goods", "a",
    ];

    public static Arbitrary<string> NewsLikeText() =>
        Gen.Elements(Pieces).ArrayOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 300)]
    public void Quotes_never_fail_and_stay_inside_the_text_sorted_and_apart(string? raw)
    {
        CheckQuotes(raw ?? string.Empty);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(QuotesAndClaimsProperties)])]
    public void Quotes_on_news_like_text_stay_inside_sorted_apart_and_free_of_marks(string text)
    {
        CheckQuotes(text);
    }

    [Property(MaxTest = 300)]
    public void Claims_never_fail_and_stay_inside_the_text_sorted_and_apart(string? raw)
    {
        CheckClaims(raw ?? string.Empty);
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(QuotesAndClaimsProperties)])]
    public void Claims_on_news_like_text_are_finite_and_percentages_show_their_number(string text)
    {
        CheckClaims(text);
    }

    private static void CheckQuotes(string text)
    {
        var sentences = QuotesTestText.Sentences(text);
        var mentions = QuotesTestText.Mentions(text, ("Varga", EntityType.Person));
        var quotes = Quotes.Extract(text, sentences, mentions, []);
        var previousEnd = 0;
        foreach (var quote in quotes)
        {
            Assert.InRange(quote.Span.Start, previousEnd, text.Length);
            Assert.True(quote.Span.Length > 0 && quote.Span.End <= text.Length);
            var inside = quote.Span.Of(text);
            Assert.Equal(inside, quote.Text);
            Assert.False(char.IsWhiteSpace(inside[0]) || char.IsWhiteSpace(inside[^1]));
            Assert.DoesNotContain('\n', inside);
            Assert.False(inside[0] is '“' or '"' || inside[^1] is '”' or '"', inside);
            if (quote.SpeakerSpan is { } speaker)
            {
                Assert.True(speaker.Start >= 0 && speaker.End <= text.Length);
                Assert.Equal(quote.Speaker, speaker.Of(text));
            }

            previousEnd = quote.Span.End;
        }
    }

    private static void CheckClaims(string text)
    {
        var claims = Claims.Extract(text, QuotesTestText.Sentences(text));
        var previousEnd = 0;
        foreach (var claim in claims)
        {
            Assert.InRange(claim.Span.Start, previousEnd, text.Length);
            Assert.True(claim.Span.Length > 0 && claim.Span.End <= text.Length);
            Assert.Equal(claim.Text, claim.Span.Of(text));
            Assert.True(double.IsFinite(claim.Value));
            Assert.True(claim.Sentence.Start >= 0 && claim.Sentence.End <= text.Length && claim.Sentence.Contains(claim.Span));
            Assert.True(claim.About.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);
            if (claim.Unit == "percent" && claim.Text.Any(char.IsAsciiDigit))
            {
                var digits = claim.Text.Replace(",", string.Empty, StringComparison.Ordinal);
                Assert.Contains(claim.Value.ToString(CultureInfo.InvariantCulture), digits, StringComparison.Ordinal);
            }

            previousEnd = claim.Span.End;
        }
    }
}
