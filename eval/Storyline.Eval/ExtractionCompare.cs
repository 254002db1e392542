using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Storyline.Eval;

/// <summary>
/// Runs Readability.js (node, <c>eval/compare/readability/readability.mjs</c>) and readability-lxml
/// (<c>/usr/bin/python3 eval/compare/readability/readability_lxml.py</c>) on the same pages as Storyline in
/// one run, and prints the three systems' scores and speed side by side. Each script times its own
/// extraction loop (reading the gzip file, parsing, extracting), not its start-up.
/// </summary>
public sealed class ExtractionCompare
{
    public int Run(string dataDir, string scriptDir, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var pages = ExtractionEval.LoadPages(dataDir);
        var bytes = ExtractionEval.HtmlBytes(pages);
        var runs = new List<ExtractionRun> { ExtractionEval.RunStoryline(pages, bytes) };
        var list = Path.Combine(Path.GetTempPath(), $"storyline-extraction-pages-{Environment.ProcessId}.txt");
        File.WriteAllLines(list, pages.Select(page => Path.GetFullPath(page.Path)));
        try
        {
            var nodeScript = Path.Combine(scriptDir, "readability.mjs");
            if (!Directory.Exists(Path.Combine(scriptDir, "node_modules", "@mozilla", "readability")) || !Directory.Exists(Path.Combine(scriptDir, "node_modules", "jsdom")))
            {
                errors.WriteLine($"Readability.js skipped: run 'npm install --prefix {scriptDir}' first (needs node and npm)");
            }
            else if (RunScript("Readability.js", "node", [nodeScript, list], pages, bytes, errors) is { } readability)
            {
                runs.Add(readability);
            }

            if (RunScript("readability-lxml", "/usr/bin/python3", [Path.Combine(scriptDir, "readability_lxml.py"), list], pages, bytes, errors) is { } lxml)
            {
                runs.Add(lxml);
            }
        }
        finally
        {
            File.Delete(list);
        }

        ExtractionEval.Print(runs, pages, output);
        var ours = runs[0].PagesPerSecond;
        foreach (var other in runs.Skip(1))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Storyline pages/s = {ours / Math.Max(other.PagesPerSecond, 1e-9):0.0} x {other.System}"));
        }

        return 0;
    }

    private static ExtractionRun? RunScript(string system, string program, IReadOnlyList<string> arguments, IReadOnlyList<ExtractionPage> pages, long bytes, TextWriter errors)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            errors.WriteLine($"{system} skipped: cannot start {program}: {e.Message}");
            return null;
        }

        if (process is null)
        {
            errors.WriteLine($"{system} skipped: cannot start {program}");
            return null;
        }

        using (process)
        {
            var stderr = process.StandardError.ReadToEndAsync();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            double? seconds = null;
            while (process.StandardOutput.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.TryGetProperty("seconds", out var s))
                {
                    seconds = s.GetDouble();
                }
                else
                {
                    texts[root.GetProperty("path").GetString() ?? string.Empty] = root.GetProperty("text").GetString() ?? string.Empty;
                }
            }

            process.WaitForExit();
            if (process.ExitCode != 0 || seconds is null)
            {
                var message = stderr.Result.Trim();
                errors.WriteLine($"{system} skipped: {program} exited with {process.ExitCode}: {message[..Math.Min(400, message.Length)]}");
                return null;
            }

            var bodies = pages.Select(page => texts.GetValueOrDefault(Path.GetFullPath(page.Path), string.Empty)).ToList();
            return new ExtractionRun(system, bodies, seconds.Value, bytes);
        }
    }
}
