using Storyline.Eval;
using Storyline.Eval.Metrics;
using Storyline.Model;

namespace Storyline.Eval.Tests;

public class TimexErrorsAndCompareTests
{
    // Written for this test.
    private const string Text = "The port reopened on Monday after two weeks, and cranes ran every day.";

    private static TimexMention At(string surface, string type, string value)
    {
        var start = Text.IndexOf(surface, StringComparison.Ordinal);
        return new TimexMention(new TextSpan(start, surface.Length), type, value);
    }

    [Fact]
    public void Errors_name_missed_spurious_boundary_and_wrong_value_mentions()
    {
        var doc = new TimeMlDocument("T1", new DateOnly(2031, 3, 14), Text,
            [At("Monday", "DATE", "2031-03-10"), At("two weeks", "DURATION", "P2W"), At("every day", "SET", "P1D")]);
        List<TimexMention> predicted = [At("on Monday", "DATE", "2031-03-17"), At("two weeks", "DURATION", "P2W"), At("cranes", "DATE", "X")];

        var errors = TimexEval.Errors(doc, predicted);

        Assert.Contains(errors, e => e.Kind == TimexEval.ErrorKind.Boundary && e.GoldText == "Monday" && e.PredictedText == "on Monday");
        Assert.Contains(errors, e => e.Kind == TimexEval.ErrorKind.WrongValue && e.GoldText == "Monday");
        Assert.Contains(errors, e => e.Kind == TimexEval.ErrorKind.Missed && e.GoldText == "every day");
        Assert.Contains(errors, e => e.Kind == TimexEval.ErrorKind.Spurious && e.PredictedText == "cranes");
        Assert.DoesNotContain(errors, e => e.GoldText == "two weeks");
        Assert.All(errors, e => Assert.Contains("[", e.Context, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("on Monday", "Monday")]
    [InlineData("every day", "every day")]
    public void Compare_trims_a_leading_preposition_from_other_tools_spans(string surface, string expected)
    {
        var trimmed = TimexCompare.Trim(Text, At(surface, "DATE", "X"));

        Assert.Equal(expected, Text.Substring(trimmed.Span.Start, trimmed.Span.Length));
    }

    [Fact]
    public void Compare_reads_mentions_and_seconds_from_json_lines()
    {
        const string Output = """
            {"id": "T1", "mentions": [{"start": 21, "end": 27, "type": "DATE", "value": "2031-03-10"}]}
            {"id": "T2", "mentions": []}
            {"seconds": 0.25}
            """;

        var (mentions, seconds) = TimexCompare.ReadOutput(Output);

        Assert.Equal(0.25, seconds);
        Assert.Equal(new TimexMention(new TextSpan(21, 6), "DATE", "2031-03-10"), Assert.Single(mentions["T1"]));
        Assert.Empty(mentions["T2"]);
    }
}
