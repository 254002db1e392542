using System.Text.Json;
using Storyline.Cli;

namespace Storyline.Cli.Tests;

/// <summary>
/// Invented articles with the shape of real coverage checked by hand on ../shared/seeds: a call known
/// only from a body-text date and "on Thursday", an undated report of it sharing its quotes, a later call
/// announced by an envoy's post, an undated report that only says "recently" and repeats the post,
/// and a dated statement. Three occurrences, and each undated report joins the right one. Two of them
/// disagree on when the trade talks began, one only once it has inherited its date.
/// </summary>
public sealed class SeedShapedCorpusTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-seedshape-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string DecemberCall = """
        Prime Minister Arno Vell held a productive phone call with President Jana Roe, focusing on trade and energy, amid talks on a delayed trade agreement.
        Latest update: On December 11, 2025, Trade Minister Ola Brin said talks with Veldora were progressing well.
        Northwire reports: Prime Minister Arno Vell discussed trade and bilateral ties with President Jana Roe on Thursday, as officials continue negotiations.
        Vell said he “had a very warm and engaging conversation with President Roe” as a trade delegation ended its visit.
        “We reviewed the progress in our bilateral relations and discussed regional developments,” the Kestrian premier said in a post.
        Kestria was among the first countries to begin trade talks after Veldora raised steel duties on most partners in April.
        """;

    private const string DecemberUndated = """
        Vell and Roe Converse Amid Trade Impasse

        DUNMERE: Prime Minister Arno Vell engaged in a telephone conversation with President Jana Roe on Thursday, shortly after a summit with the Tervanian leader.
        Described as “warm and engaging,” the call focused on bilateral progress. Formal talks on the trade pact have been underway since March.
        On X, Vell shared: “We reviewed the progress in our bilateral relations and discussed regional developments.”
        """;

    private const string FebruaryCall = """
        BY Meridian Bureau
        Marrow, February 2, 2026 — President Jana Roe held a telephone conversation with Prime Minister Arno Vell on Monday, according to Ambassador Tomas Reyk.
        In a post, Ambassador Reyk stated: “President Roe just spoke with Prime Minister Vell. Stay tuned for more news…”
        Neither side released a readout of the call by late Monday evening.
        """;

    private const string FebruaryUndated = """
        President Jana Roe recently held a conversation with Prime Minister Arno Vell, according to Ambassador Tomas Reyk, who urged observers to “stay tuned for more news”.
        Ambassador Tomas Reyk has played an active role in reviving contacts and praised the rapport between Roe and Vell.
        """;

    private string Analyze()
    {
        var input = Path.Combine(_folder, "in");
        Directory.CreateDirectory(input);
        File.WriteAllText(Path.Combine(input, "1.txt"), DecemberCall);
        File.WriteAllText(Path.Combine(input, "2.txt"), DecemberUndated);
        File.WriteAllText(Path.Combine(input, "3.txt"), FebruaryCall);
        File.WriteAllText(Path.Combine(input, "4.txt"), FebruaryUndated);
        var outDir = Path.Combine(_folder, "out");
        Assert.Equal(0, StorylineCommand.Run(["analyze", input, "--out", outDir], new StringWriter(), new StringWriter()));
        return outDir;
    }

    [Fact]
    public void Talks_underway_since_March_in_an_undated_report_contradict_talks_begun_after_April()
    {
        var outDir = Analyze();

        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
        var start = Assert.Single(doc.RootElement.GetProperty("contradictions").EnumerateArray(), c => c.GetProperty("topic").GetString() == "start of trade talks");
        Assert.Contains("in 2025-03", start.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains("after 2025-04", start.GetProperty("description").GetString(), StringComparison.Ordinal);
        var markdown = File.ReadAllText(Path.Combine(outDir, "report.md"));
        Assert.Matches(@"Sources differ on when trade talks began: in 2025-03 \(S\d\) vs after 2025-04 \(S\d\)", markdown);
        Assert.Contains("| 2025-03 | Trade talks begin (background; sources disagree) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_undated_report_joins_its_own_call_and_inherits_its_date()
    {
        var outDir = Analyze();

        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
        var files = doc.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => a.GetProperty("id").GetString()!, a => Path.GetFileName(a.GetProperty("source_path").GetString()!));
        var calls = doc.RootElement.GetProperty("events").EnumerateArray()
            .Where(e => e.GetProperty("mode").GetString() == "phone call" && !e.GetProperty("background").GetBoolean())
            .ToDictionary(
                e => e.GetProperty("date").GetProperty("value").GetString()!,
                e => e.GetProperty("article_ids").EnumerateArray().Select(id => files[id.GetString()!]).Order().ToArray());
        Assert.Equal(["1.txt", "2.txt"], calls["2025-12-11"]);
        Assert.Equal(["3.txt", "4.txt"], calls["2026-02-02"]);
        var undated = doc.RootElement.GetProperty("articles").EnumerateArray().Single(a => files[a.GetProperty("id").GetString()!] == "2.txt");
        Assert.Equal("event_cluster", undated.GetProperty("published").GetProperty("basis").GetString());
        Assert.Equal("2025-12-11", undated.GetProperty("published").GetProperty("earliest").GetString());
        Assert.Equal("body_text", doc.RootElement.GetProperty("articles").EnumerateArray().Single(a => files[a.GetProperty("id").GetString()!] == "1.txt").GetProperty("published").GetProperty("basis").GetString());
    }
}
