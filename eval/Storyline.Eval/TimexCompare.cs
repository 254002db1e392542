using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Storyline.Eval.Metrics;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Eval;

/// <summary>
/// Scores Storyline, dateparser and chrono-node on the same TimeML texts in one run (TempEval-3 Task A).
/// The other two run as child processes (eval/compare/timex/): they read the documents as JSON lines and
/// write their mentions with UTF-16 offsets and TIMEX3 values, plus the seconds spent in their own parse
/// calls. A tool that is not installed is reported and left out; the run goes on.
/// </summary>
public sealed class TimexCompare
{
    /// <summary>Leading prepositions the other tools keep in a span ("on Monday"); TimeML leaves them out.</summary>
    private static readonly string[] Prepositions = ["on ", "in ", "at ", "since ", "by ", "from ", "during ", "until ", "for ", "of "];

    public sealed record Tool(string Name, string Program, string Script, string Install);

    public static IReadOnlyList<Tool> Tools(string repoRoot) =>
    [
        new("dateparser", "/usr/bin/python3", Path.Combine(repoRoot, "eval/compare/timex/dateparser_tag.py"), "apt-get install python3-dateparser"),
        new("chrono-node", "node", Path.Combine(repoRoot, "eval/compare/timex/chrono_tag.js"), "npm install --prefix eval/compare/timex"),
    ];

    public int Run(string dataDir, string set, string repoRoot, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sets = TimexEval.Select(set);
        var tagger = new TimexTagger();
        var rows = new List<(string System, TimexSetResult Result)>();
        var notes = new List<string>();
        foreach (var s in sets)
        {
            var documents = TimexEval.LoadNamedSet(dataDir, s);
            rows.Add(("Storyline", TimexEval.Score(tagger, s, documents)));
            foreach (var tool in Tools(repoRoot))
            {
                var (result, problem) = RunTool(tool, s, documents);
                if (result is not null)
                {
                    rows.Add((tool.Name, result));
                }
                else if (!notes.Contains(problem!, StringComparer.Ordinal))
                {
                    notes.Add(problem!);
                }
            }
        }

        output.WriteLine("TempEval-3 Task A on the same texts; strict = exact span, relaxed = overlap, one to one; value F1 = relaxed F1 x value accuracy;");
        output.WriteLine("other tools: leading prepositions trimmed from their spans, values mapped to TIMEX3 by granularity (docs/timex.md); MB/s: parse calls only");
        output.WriteLine();
        output.WriteLine($"{"system / set",-26} {"gold",5} {"pred",5} {"sP",6} {"sR",6} {"sF1",6} {"rP",6} {"rR",6} {"rF1",6} {"type",6} {"value",6} {"valF1",6} {"MB/s",7}");
        foreach (var (system, r) in rows)
        {
            var c = r.Counts;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{system + ", " + r.Set,-26} {c.Gold,5} {c.Predicted,5} {c.StrictSpan.Precision,6:0.000} {c.StrictSpan.Recall,6:0.000} {c.StrictSpan.F1,6:0.000} {c.RelaxedSpan.Precision,6:0.000} {c.RelaxedSpan.Recall,6:0.000} {c.RelaxedSpan.F1,6:0.000} {c.TypeAccuracy,6:0.000} {c.ValueAccuracy,6:0.000} {c.ValueF1,6:0.000} {r.MegabytesPerSecond,7:0.000}"));
        }
        foreach (var note in notes)
        {
            output.WriteLine(note);
        }
        return 0;
    }

    private static (TimexSetResult? Result, string? Problem) RunTool(Tool tool, string set, IReadOnlyList<TimeMlDocument> documents)
    {
        if (!File.Exists(tool.Script))
        {
            return (null, $"{tool.Name}: left out, {tool.Script} not found");
        }

        var input = new StringBuilder();
        var bytes = 0L;
        foreach (var doc in documents)
        {
            var dct = (doc.CreationDate ?? new DateOnly(2000, 1, 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            input.Append(JsonSerializer.Serialize(new { id = doc.Id, dct, text = doc.Text })).Append('\n');
            bytes += Encoding.UTF8.GetByteCount(doc.Text);
        }

        var start = new ProcessStartInfo(tool.Program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(tool.Script);
        start.Environment["PYTHONWARNINGS"] = "ignore";
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException();
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return (null, $"{tool.Name}: left out, cannot start {tool.Program} ({tool.Install})");
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input.ToString());
            process.StandardInput.Close();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = stderr.Result.Trim().Split('\n').LastOrDefault() ?? "";
                return (null, $"{tool.Name}: left out, exit {process.ExitCode}: {message} ({tool.Install})");
            }

            var (mentions, seconds) = ReadOutput(stdout.Result);
            var totals = TimexCounts.Zero;
            foreach (var doc in documents)
            {
                var predicted = mentions.GetValueOrDefault(doc.Id) ?? [];
                totals = totals.Add(TimexScoring.Score(predicted.Select(m => Trim(doc.Text, m)).ToList(), doc.Gold));
            }
            return (new TimexSetResult(set, documents.Count, totals, seconds, bytes), null);
        }
    }

    /// <summary>Mentions by document id and the seconds the tool reports, from its JSON lines.</summary>
    public static (Dictionary<string, List<TimexMention>> Mentions, double Seconds) ReadOutput(string jsonLines)
    {
        ArgumentNullException.ThrowIfNull(jsonLines);
        var mentions = new Dictionary<string, List<TimexMention>>(StringComparer.Ordinal);
        var seconds = 0.0;
        foreach (var line in jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (root.TryGetProperty("seconds", out var s))
            {
                seconds = s.GetDouble();
                continue;
            }

            var list = new List<TimexMention>();
            foreach (var m in root.GetProperty("mentions").EnumerateArray())
            {
                var begin = m.GetProperty("start").GetInt32();
                var end = m.GetProperty("end").GetInt32();
                if (end > begin)
                {
                    list.Add(new TimexMention(TextSpan.FromBounds(begin, end), m.GetProperty("type").GetString() ?? "", m.GetProperty("value").GetString() ?? ""));
                }
            }
            mentions[root.GetProperty("id").GetString() ?? ""] = list;
        }
        return (mentions, seconds);
    }

    /// <summary>Drops a leading preposition from a span ("on Monday" -> "Monday"), as TimeML spans have none.</summary>
    public static TimexMention Trim(string text, TimexMention mention)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(mention);
        var span = mention.Span;
        if (span.End > text.Length)
        {
            return mention;
        }

        foreach (var p in Prepositions)
        {
            if (span.Length > p.Length && string.Compare(text, span.Start, p, 0, p.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return mention with { Span = TextSpan.FromBounds(span.Start + p.Length, span.End) };
            }
        }
        return mention;
    }
}
