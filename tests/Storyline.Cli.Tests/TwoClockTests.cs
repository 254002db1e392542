using System.Diagnostics;

namespace Storyline.Cli.Tests;

/// <summary>
/// The output depends on the text and its dates only, never on the day the program runs: the same input
/// is tagged (`storyline timex`) and analyzed (`storyline analyze`) in child processes whose clock is
/// moved years apart with libfaketime (Debian package `faketime`, which .ci/run installs), and the
/// outputs must be byte for byte the same. libfaketime answers every clock_gettime/time call of the
/// process, the .NET runtime's included, so any stage that read the clock would differ here.
/// </summary>
public sealed class TwoClockTests : IDisposable
{
    private static readonly string[] Clocks = ["2031-07-01 12:00:00", "2019-03-05 08:00:00"];

    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-clock-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string Article = """
        Roe and Vell agree to resume steel talks

        MARROW, 3 November 2025: President Jana Roe of Veldora spoke with Prime Minister Arno Vell of Kestria on Monday, officials said.
        The two leaders last met in August and will meet again next week, the ministry said on Tuesday.
        Third-quarter steel exports fell 12% from a year earlier, and talks that began two years ago resume in the coming days.
        """;

    private const string Undated = """
        Talks resume

        The ministers met on Thursday and will meet again next month. Tariffs rose last year and may fall soon.
        """;

    private static string Faketime =>
        new[] { "/usr/bin/faketime", "/usr/local/bin/faketime" }.FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("faketime is not installed: apt-get install faketime (.ci/run does it)");

    private static string CliDll => Path.Combine(AppContext.BaseDirectory, "Storyline.Cli.dll");

    private static string RunAt(string clock, params string[] args)
    {
        var start = new ProcessStartInfo(Faketime) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(clock);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }
        // Keep the runtime's timers on the real monotonic clock; the wall clock is what a stage could misuse.
        start.Environment["FAKETIME_DONT_FAKE_MONOTONIC"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(120_000), "the child process did not finish");
        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }

    [Fact]
    public void The_faked_clock_reaches_the_child_process()
    {
        Assert.Equal("2031-07-01", RunAt(Clocks[0], "date", "+%F").Trim());
        Assert.Equal("2019-03-05", RunAt(Clocks[1], "date", "+%F").Trim());
    }

    [Theory]
    [InlineData("2025-11-03")]
    [InlineData("2026-02-02")]
    public void Timex_gives_the_same_values_under_two_clocks(string dct)
    {
        var file = Path.Combine(_folder, "article.txt");
        File.WriteAllText(file, Article + Undated);
        string[] args = ["dotnet", CliDll, "timex", "--dct", dct, file];

        var first = RunAt(Clocks[0], args);
        var second = RunAt(Clocks[1], args);

        Assert.Contains("\"value\"", first, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Analyze_writes_the_same_reports_under_two_clocks()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "a.txt"), Article);
        File.WriteAllText(Path.Combine(input, "b.txt"), Undated);
        var outputs = new List<string>();
        foreach (var clock in Clocks)
        {
            var outDir = Path.Combine(_folder, "out-" + outputs.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            RunAt(clock, "dotnet", CliDll, "analyze", input, "--out", outDir);
            outputs.Add(outDir);
        }

        foreach (var report in new[] { "report.json", "report.md", "report.html" })
        {
            var first = File.ReadAllBytes(Path.Combine(outputs[0], report));
            Assert.NotEmpty(first);
            Assert.True(first.AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(outputs[1], report))), $"{report} differs between the two clocks");
        }
    }
}
