using FsCheck;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class TokenizerTests
{
    private static string Tokens(string text) =>
        string.Join("|", new Tokenizer().Tokenize(text, new TextSpan(0, text.Length)).Select(t => t.Span.Of(text)));

    [Theory]
    [InlineData("a long-delayed deal", "a|long-delayed|deal")]
    [InlineData("Veldora's exports don't grow", "Veldora's|exports|don't|grow")]
    [InlineData("Veldora\u2019s steel", "Veldora\u2019s|steel")]
    [InlineData("U.S.-India ties", "U.S.|-|India|ties")]
    [InlineData("India-U.S. ties", "India|-|U.S.|ties")]
    [InlineData("a $45.8 billion deficit", "a|$|45.8|billion|deficit")]
    [InlineData("12,000 jobs, up 50%", "12,000|jobs|,|up|50|%")]
    [InlineData("\u20AC3.5bn on the 25th.", "\u20AC|3.5bn|on|the|25th|.")]
    [InlineData("\u201CStay tuned\u2026\u201D", "\u201C|Stay|tuned|\u2026|\u201D")]
    [InlineData("e.g. Xi'an", "e.g.|Xi'an")]
    public void Words_numbers_punctuation_and_symbols_are_separate_tokens(string text, string expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokens_have_the_kind_of_what_they_cover()
    {
        const string text = "Roe: $12,000 (50%)";
        var kinds = new Tokenizer().Tokenize(text, new TextSpan(0, text.Length)).Select(t => t.Kind);
        Assert.Equal(
            [TokenKind.Word, TokenKind.Punctuation, TokenKind.Symbol, TokenKind.Number, TokenKind.Punctuation, TokenKind.Number, TokenKind.Symbol, TokenKind.Punctuation],
            kinds);
    }

    [Fact]
    public void Only_the_requested_range_is_tokenized()
    {
        const string text = "One two three four";
        var tokens = new Tokenizer().Tokenize(text, TextSpan.FromBounds(4, 13));
        Assert.Equal(["two", "three"], tokens.Select(t => t.Span.Of(text)));
    }

    [Property(Arbitrary = [typeof(NewsTextArbitrary)])]
    public bool Tokens_lie_inside_the_range_in_order_and_cover_no_whitespace(NewsText input, int a, int b)
    {
        var text = input.Value;
        var start = text.Length == 0 ? 0 : Math.Abs(a % (text.Length + 1));
        var end = text.Length == 0 ? 0 : start + Math.Abs(b % (text.Length - start + 1));
        var previousEnd = start;
        foreach (var token in new Tokenizer().Tokenize(text, TextSpan.FromBounds(start, end)))
        {
            if (token.Span.Start < previousEnd || token.Span.Length <= 0 || token.Span.End > end)
            {
                return false;
            }

            if (token.Span.Of(text).Any(char.IsWhiteSpace))
            {
                return false;
            }

            previousEnd = token.Span.End;
        }

        return true;
    }

    [Property]
    public bool Arbitrary_strings_tokenize_inside_the_text(string? text)
    {
        var value = text ?? "";
        return new Tokenizer().Tokenize(value, new TextSpan(0, value.Length)).All(t => t.Span.Start >= 0 && t.Span.End <= value.Length && t.Span.Length > 0);
    }
}
