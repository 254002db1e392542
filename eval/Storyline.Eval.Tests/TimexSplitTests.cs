using FsCheck.Xunit;
using Storyline.Eval;

namespace Storyline.Eval.Tests;

public sealed class TimexSplitTests : IDisposable
{
    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "timex-split-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_dataDir))
        {
            Directory.Delete(_dataDir, recursive: true);
        }
    }

    // A tiny TimeML file written for these tests.
    private const string Tml = """
        <?xml version="1.0" ?>
        <TimeML><DOCID>X</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="2031-03-14" functionInDocument="CREATION_TIME">2031-03-14</TIMEX3></DCT>
        <TEXT>The port reopened on <TIMEX3 tid="t1" type="DATE" value="2031-03-10">Monday</TIMEX3>.</TEXT></TimeML>
        """;

    private void WriteSet(string folder, params string[] names)
    {
        Directory.CreateDirectory(Path.Combine(_dataDir, folder));
        foreach (var name in names)
        {
            File.WriteAllText(Path.Combine(_dataDir, folder, name), Tml);
        }
    }

    [Fact]
    public void The_halves_take_even_and_odd_indexes_of_the_ordinally_sorted_names()
    {
        var (dev, held) = TimexEval.SplitHalves(["c.tml", "a.tml", "B.tml", "d.tml", "b.tml"]);

        Assert.Equal(["B.tml", "b.tml", "d.tml"], dev);
        Assert.Equal(["a.tml", "c.tml"], held);
    }

    [Property]
    public bool The_halves_are_deterministic_disjoint_and_together_all_names(string[] raw)
    {
        var names = (raw ?? []).Where(n => n is not null).Distinct(StringComparer.Ordinal).ToList();
        var (dev, held) = TimexEval.SplitHalves(names);
        var (dev2, held2) = TimexEval.SplitHalves(Enumerable.Reverse(names));

        return dev.SequenceEqual(dev2) && held.SequenceEqual(held2)
            && !dev.Intersect(held, StringComparer.Ordinal).Any()
            && dev.Concat(held).Order(StringComparer.Ordinal).SequenceEqual(names.Order(StringComparer.Ordinal))
            && dev.Count - held.Count is 0 or 1;
    }

    [Fact]
    public void AQUAINT_dev_and_held_load_disjoint_halves_of_the_AQUAINT_folder()
    {
        WriteSet("AQUAINT", "e.tml", "a.tml", "d.tml", "c.tml", "b.tml", "notes.txt");

        var all = TimexEval.SetFiles(_dataDir, "AQUAINT").Select(Path.GetFileName);
        var dev = TimexEval.SetFiles(_dataDir, "AQUAINT-dev").Select(Path.GetFileName).ToList();
        var held = TimexEval.SetFiles(_dataDir, "AQUAINT-held").Select(Path.GetFileName).ToList();

        Assert.Equal(["a.tml", "b.tml", "c.tml", "d.tml", "e.tml"], all);
        Assert.Equal(["a.tml", "c.tml", "e.tml"], dev);
        Assert.Equal(["b.tml", "d.tml"], held);
        Assert.Equal(3, TimexEval.LoadNamedSet(_dataDir, "AQUAINT-dev").Count);
    }

    [Theory]
    [InlineData("both")]
    [InlineData("ALL")]
    public void Both_and_all_select_the_two_corpora_and_the_two_halves(string set) =>
        Assert.Equal(["TimeBank", "AQUAINT", "AQUAINT-dev", "AQUAINT-held"], TimexEval.Select(set));

    [Fact]
    public void An_unknown_set_is_a_format_error() =>
        Assert.Throws<FormatException>(() => TimexEval.Select("AQUAINT-test"));

    [Theory]
    [InlineData("AQUAINT")]
    [InlineData("aquaint-held")]
    [InlineData("both")]
    [InlineData("all")]
    public void Errors_are_refused_with_one_line_and_exit_code_2_on_held_out_sets(string set)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = new TimexEval().Run(_dataDir, set, output, errors: 5, errorOutput: error);

        Assert.Equal(2, code);
        Assert.Empty(output.ToString());
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("refused", line, StringComparison.Ordinal);
        Assert.Contains("AQUAINT", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TimeBank")]
    [InlineData("AQUAINT-dev")]
    public void Errors_are_listed_on_TimeBank_and_AQUAINT_dev(string set)
    {
        WriteSet("TimeBank", "t1.tml");
        WriteSet("AQUAINT", "a1.tml", "a2.tml");
        using var output = new StringWriter();

        var code = new TimexEval().Run(_dataDir, set, output, errors: 5, errorOutput: output);

        Assert.Equal(0, code);
        Assert.Contains("Storyline, " + set, output.ToString(), StringComparison.Ordinal);
    }
}
