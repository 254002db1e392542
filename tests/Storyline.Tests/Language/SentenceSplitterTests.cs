using FsCheck;
using FsCheck.Xunit;
using Storyline.Language;

namespace Storyline.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static string[] Split(string text) => [.. new SentenceSplitter().Split(text).Select(s => s.Span.Of(text))];

    [Theory]
    [InlineData("Mr. Roe met Dr. Lint in the U.S. capital. They spoke briefly.", "Mr. Roe met Dr. Lint in the U.S. capital.|They spoke briefly.")]
    [InlineData("J. R. Smith arrived late. He left early.", "J. R. Smith arrived late.|He left early.")]
    [InlineData("The deficit reached $45.8 billion. Officials disputed it.", "The deficit reached $45.8 billion.|Officials disputed it.")]
    [InlineData("Gen. Roe and Sen. Lint met Gov. Kade at St. Mark's church.", "Gen. Roe and Sen. Lint met Gov. Kade at St. Mark's church.")]
    [InlineData("Talks resumed in Jan. 2026 in Marrow.", "Talks resumed in Jan. 2026 in Marrow.")]
    [InlineData("The No. 2 official, e.g. the envoy, spoke vs. the minister, i.e. Roe.", "The No. 2 official, e.g. the envoy, spoke vs. the minister, i.e. Roe.")]
    [InlineData("The exporter is Veldora Steel Inc. The firm denied it.", "The exporter is Veldora Steel Inc.|The firm denied it.")]
    [InlineData("Veldora Steel Inc. said it would appeal.", "Veldora Steel Inc. said it would appeal.")]
    [InlineData("Production moved to the U.S. The plant closed.", "Production moved to the U.S.|The plant closed.")]
    [InlineData("U.S. President Jane Roe spoke. U.K. officials listened.", "U.S. President Jane Roe spoke.|U.K. officials listened.")]
    [InlineData("The envoy flew to Washington, D.C. on Friday.", "The envoy flew to Washington, D.C. on Friday.")]
    public void Abbreviations_initials_and_decimals_do_not_end_a_sentence(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Theory]
    [InlineData("She said: \"We want stability.\" The talks ended.", "She said: \"We want stability.\"|The talks ended.")]
    [InlineData("\u201CWe want stability.\u201D The talks ended.", "\u201CWe want stability.\u201D|The talks ended.")]
    [InlineData("It was called \u201Cwarm\u201D. Roe agreed.", "It was called \u201Cwarm\u201D.|Roe agreed.")]
    [InlineData("(The talks ended.) Then more followed.", "(The talks ended.)|Then more followed.")]
    [InlineData("Is it over? Yes! It is.", "Is it over?|Yes!|It is.")]
    [InlineData("\"Why now?\" he asked.", "\"Why now?\" he asked.")]
    [InlineData("They waited... The call never came.", "They waited...|The call never came.")]
    [InlineData("They waited\u2026 and waited.", "They waited\u2026 and waited.")]
    [InlineData("Stay tuned\u2026", "Stay tuned\u2026")]
    public void Closing_quotes_and_brackets_belong_to_the_sentence_they_end(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Split(text));

    [Fact]
    public void Sentences_never_cross_a_paragraph_and_carry_its_index()
    {
        const string text = "First paragraph here\n\n  Second one. Third sentence.  \nLast";
        var sentences = new SentenceSplitter().Split(text);
        Assert.Equal(["First paragraph here", "Second one.", "Third sentence.", "Last"], sentences.Select(s => s.Span.Of(text)));
        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Property(Arbitrary = [typeof(NewsTextArbitrary)])]
    public bool Spans_are_ordered_trimmed_and_cover_every_visible_character(NewsText input)
    {
        var text = input.Value;
        var sentences = new SentenceSplitter().Split(text);
        var covered = new bool[text.Length];
        var previousEnd = 0;
        foreach (var sentence in sentences)
        {
            var span = sentence.Span;
            if (span.Start < previousEnd || span.Length <= 0 || span.End > text.Length)
            {
                return false;
            }

            if (char.IsWhiteSpace(text[span.Start]) || char.IsWhiteSpace(text[span.End - 1]) || span.Of(text).Contains('\n', StringComparison.Ordinal))
            {
                return false;
            }

            for (var k = span.Start; k < span.End; k++)
            {
                covered[k] = true;
            }

            previousEnd = span.End;
        }

        for (var k = 0; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]) && !covered[k])
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public bool Arbitrary_strings_split_without_error(string? text)
    {
        var value = text ?? "";
        return new SentenceSplitter().Split(value).All(s => s.Span.Start >= 0 && s.Span.End <= value.Length);
    }
}
