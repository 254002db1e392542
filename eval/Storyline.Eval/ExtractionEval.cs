using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Storyline.Eval.Metrics;
using Storyline.Ingest;

namespace Storyline.Eval;

/// <summary>One benchmark page: its id, the gzip file holding its HTML and the true article body.</summary>
public sealed record ExtractionPage(string Id, string Path, string TrueBody);

/// <summary>One extractor's bodies for the pages (in page order), with the seconds it spent and the HTML bytes it read.</summary>
public sealed record ExtractionRun(string System, IReadOnlyList<string> Bodies, double Seconds, long Bytes)
{
    public double PagesPerSecond => Seconds == 0 ? 0 : Bodies.Count / Seconds;

    public double MegabytesPerSecond => Seconds == 0 ? 0 : Bytes / 1e6 / Seconds;
}

/// <summary>
/// Article body extraction on the Scrapinghub article-extraction benchmark pages: each page goes through
/// the same <see cref="InputReader"/> and <see cref="ArticleCleaner"/> calls as <c>storyline extract FILE --json</c>,
/// and the body is scored with <see cref="ShingleScoring"/>.
/// </summary>
public sealed class ExtractionEval
{
    private const int WarmUpPages = 10;

    public static IReadOnlyList<ExtractionPage> LoadPages(string dataDir)
    {
        var truthPath = System.IO.Path.Combine(dataDir, "ground-truth.json");
        using var truth = JsonDocument.Parse(File.ReadAllText(truthPath));
        var pages = new List<ExtractionPage>();
        foreach (var entry in truth.RootElement.EnumerateObject())
        {
            var body = entry.Value.TryGetProperty("articleBody", out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
            var file = System.IO.Path.Combine(dataDir, "html", entry.Name + ".html.gz");
            if (File.Exists(file))
            {
                pages.Add(new ExtractionPage(entry.Name, file, body));
            }
        }

        pages.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        if (pages.Count == 0)
        {
            throw new InvalidDataException($"{dataDir}: no html/<id>.html.gz pages named in ground-truth.json");
        }

        return pages;
    }

    /// <summary>What <c>storyline extract FILE --json</c> prints as the body of the file's first article ("" when it is skipped).</summary>
    public static string ExtractBody(InputReader reader, ArticleCleaner cleaner, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(cleaner);
        foreach (var outcome in reader.Read([path]))
        {
            return outcome.Document is { } document ? cleaner.Clean(document).Body : string.Empty;
        }

        return string.Empty;
    }

    /// <summary>Uncompressed HTML bytes of the pages, the size MB/s is reported on.</summary>
    public static long HtmlBytes(IReadOnlyList<ExtractionPage> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        long total = 0;
        foreach (var page in pages)
        {
            using var gzip = new GZipStream(File.OpenRead(page.Path), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                total += read;
            }
        }

        return total;
    }

    public static ExtractionRun RunStoryline(IReadOnlyList<ExtractionPage> pages, long bytes)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var reader = new InputReader();
        var cleaner = new ArticleCleaner();
        foreach (var page in pages.Take(WarmUpPages))
        {
            ExtractBody(reader, cleaner, page.Path);
        }

        var bodies = new List<string>(pages.Count);
        var start = Stopwatch.GetTimestamp();
        foreach (var page in pages)
        {
            bodies.Add(ExtractBody(reader, cleaner, page.Path));
        }

        return new ExtractionRun("Storyline", bodies, Stopwatch.GetElapsedTime(start).TotalSeconds, bytes);
    }

    public int Run(string dataDir, int worst, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var pages = LoadPages(dataDir);
        var run = RunStoryline(pages, HtmlBytes(pages));
        Print([run], pages, output);
        PrintWorst(run, pages, worst, output);
        return 0;
    }

    public static void Print(IReadOnlyList<ExtractionRun> runs, IReadOnlyList<ExtractionPage> pages, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Article body extraction, {pages.Count} pages; word 4-gram shingles, P and R averaged over pages, F1 of the averages; one thread"));
        output.WriteLine();
        output.WriteLine($"{"system",-22} {"P",6} {"R",6} {"F1",6} {"exact",6} {"pages/s",9} {"MB/s",7}");
        foreach (var run in runs)
        {
            var counts = pages.Select((page, i) => ShingleScoring.Match(page.TrueBody, run.Bodies[i])).ToList();
            var score = ShingleScoring.Average(counts);
            var exact = pages.Select((page, i) => ShingleScoring.SameWords(page.TrueBody, run.Bodies[i]) ? 1.0 : 0.0).Average();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{run.System,-22} {score.Precision,6:0.000} {score.Recall,6:0.000} {score.F1,6:0.000} {exact,6:0.000} {run.PagesPerSecond,9:0.0} {run.MegabytesPerSecond,7:0.00}"));
        }
    }

    public static void PrintWorst(ExtractionRun run, IReadOnlyList<ExtractionPage> pages, int worst, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(pages);
        ArgumentNullException.ThrowIfNull(output);
        if (worst <= 0)
        {
            return;
        }

        output.WriteLine();
        output.WriteLine($"worst {worst} pages for {run.System} (by the page's own F1):");
        var scored = pages.Select((page, i) => (Page: page, Counts: ShingleScoring.Match(page.TrueBody, run.Bodies[i])))
            .Select(s => (s.Page, s.Counts, F1: new PrecisionRecall(s.Counts.Precision, s.Counts.Recall).F1))
            .OrderBy(s => s.F1)
            .ThenBy(s => s.Page.Id, StringComparer.Ordinal)
            .Take(worst);
        foreach (var (page, counts, f1) in scored)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {page.Id[..Math.Min(16, page.Id.Length)]}  P {counts.Precision:0.000}  R {counts.Recall:0.000}  F1 {f1:0.000}  {page.Path}"));
        }
    }
}
