using FsCheck;
using FsCheck.Xunit;
using Storyline.Eval;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Eval.Tests;

/// <summary>What <see cref="TimeMlWriter"/> writes, the TempEval reader reads back: the same text and the same expressions.</summary>
public class TimeMlWriterRoundTripTests
{
    private static readonly TimexTagger Tagger = new();

    [Fact]
    public void Text_and_expressions_come_back_with_their_offsets_types_values_and_mods()
    {
        const string text = "Talks began on Thursday <b>&</b>\r\nin early March and lasted about two weeks.";
        var dct = new DateOnly(2025, 12, 12);
        var times = Tagger.Tag(text, dct);

        var read = TimeMlReader.Read("doc", TimeMlWriter.Write("doc", text, dct, times));

        Assert.Equal(text, read.Text);
        Assert.Equal(dct, read.CreationDate);
        Assert.Equal(
            times.Select(t => (t.Span, t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod)),
            read.Gold.Select(g => (g.Span, g.Type, g.Value, g.Mod)));
        Assert.Contains(read.Gold, g => g.Mod == "START");
    }

    [Fact]
    public void A_character_xml_cannot_hold_becomes_one_replacement_character()
    {
        const string text = "Bad\u0001byte and a lone \uD83D surrogate on Thursday.";
        var times = Tagger.Tag(text, new DateOnly(2025, 12, 12));

        var read = TimeMlReader.Read("doc", TimeMlWriter.Write("doc", text, new DateOnly(2025, 12, 12), times));

        Assert.Equal("Bad\uFFFDbyte and a lone \uFFFD surrogate on Thursday.", read.Text);
        Assert.Equal("Thursday", Assert.Single(read.Gold).Span.Of(read.Text));
    }

    [Fact]
    public void A_text_with_no_date_of_its_own_has_no_DCT()
    {
        var written = TimeMlWriter.Write("doc", "They met on Thursday.", null, Tagger.Tag("They met on Thursday.", null));

        var read = TimeMlReader.Read("doc", written);
        Assert.DoesNotContain("<DCT>", written, StringComparison.Ordinal);
        Assert.Null(read.CreationDate);
        Assert.Equal("Thursday", Assert.Single(read.Gold).Span.Of(read.Text));
    }

    [Property(MaxTest = 200)]
    public bool Any_text_round_trips_to_the_same_spans(NonNull<string> input)
    {
        var text = input.Get;
        var times = Tagger.Tag(text, new DateOnly(2025, 12, 12));
        var read = TimeMlReader.Read("doc", TimeMlWriter.Write("doc", text, new DateOnly(2025, 12, 12), times));
        return read.Text.Length == text.Length && read.Gold.Select(g => g.Span).SequenceEqual(times.Select(t => t.Span));
    }
}
