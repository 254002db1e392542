using System.Diagnostics;
using System.Globalization;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Benchmarks;

/// <summary>
/// End-to-end throughput: writes N generated articles to a temporary folder, runs the whole
/// pipeline (read, clean, annotate, store in SQLite, analyze, write reports) and prints
/// articles/s, MB/s and peak memory.
/// </summary>
internal static class ThroughputRunner
{
    /// <summary>Single-thread rates of the per-article stages that have speed bars of their own.</summary>
    private static void StageRates(List<Storyline.Model.Article> articles)
    {
        var inv = CultureInfo.InvariantCulture;
        var splitter = new Storyline.Language.SentenceSplitter();
        var tokenizer = new Storyline.Language.Tokenizer();
        var recognizer = new Storyline.Language.EntityRecognizer(new Storyline.Language.Gazetteer());
        var tagger = new Storyline.Time.TimexTagger();
        var sentences = articles.Select(a => splitter.Split(a.Body)).ToList();
        var tokens = articles.Select((a, i) => sentences[i].Sum(s => tokenizer.Tokenize(a.Body, s.Span).Count)).Sum();
        var bytes = articles.Sum(a => (long)System.Text.Encoding.UTF8.GetByteCount(a.Body));
        for (var i = 0; i < Math.Min(50, articles.Count); i++)
        {
            recognizer.Recognize(articles[i].Body, sentences[i]);
            tagger.Tag(articles[i].Body, articles[i].Published.Value);
        }
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < articles.Count; i++)
        {
            recognizer.Recognize(articles[i].Body, sentences[i]);
        }
        var entitySeconds = watch.Elapsed.TotalSeconds;
        watch.Restart();
        foreach (var article in articles)
        {
            tagger.Tag(article.Body, article.Published.Value);
        }
        var timexSeconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(inv, $"entity recognition, one thread: {tokens / entitySeconds:0} tokens/s"));
        Console.WriteLine(string.Create(inv, $"time expressions, one thread: {bytes / 1048576.0 / timexSeconds:0.00} MB/s of text (UTF-8)"));
        HtmlExtraction(articles);
    }

    /// <summary>
    /// HTML body extraction (parse, block scoring, metadata, cleaning), one thread: over the article-extraction
    /// dev pages when they are on this machine, else over pages generated from the corpus bodies.
    /// </summary>
    private static void HtmlExtraction(IReadOnlyList<Storyline.Model.Article> articles)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        const string DevPages = "/work/shared/eval/article-extraction/html";
        List<string> pages;
        string what;
        if (Directory.Exists(DevPages))
        {
            pages = Directory.GetFiles(DevPages, "*.html.gz").Order(StringComparer.Ordinal).Select(file =>
            {
                using var gzip = new System.IO.Compression.GZipStream(File.OpenRead(file), System.IO.Compression.CompressionMode.Decompress);
                using var reader = new StreamReader(gzip, System.Text.Encoding.UTF8);
                return reader.ReadToEnd();
            }).ToList();
            what = "article-extraction dev pages";
        }
        else
        {
            pages = articles.Take(500).Select(a =>
                "<html><head><title>" + System.Net.WebUtility.HtmlEncode(a.Headline) + "</title></head><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav><article><h1>"
                + System.Net.WebUtility.HtmlEncode(a.Headline) + "</h1>"
                + string.Concat(a.Paragraphs.Select(p => "<p>" + System.Net.WebUtility.HtmlEncode(p.Of(a.Body)) + "</p>"))
                + "</article><aside class=\"related\"><ul><li><a href=\"/a\">Another story</a></li></ul></aside><footer>Copyright</footer></body></html>").ToList();
            what = "generated pages";
        }

        var cleaner = new Storyline.Ingest.ArticleCleaner();
        var documents = pages.Select((html, i) => new Storyline.Model.SourceDocument($"page{i}.html", Storyline.Model.DocumentFormat.Html, html, Storyline.Model.DocumentHints.None)).ToList();
        foreach (var document in documents.Take(10))
        {
            cleaner.Clean(document);
        }

        var bytes = pages.Sum(html => (long)System.Text.Encoding.UTF8.GetByteCount(html));
        var watch = Stopwatch.StartNew();
        foreach (var document in documents)
        {
            cleaner.Clean(document);
        }

        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(inv, $"HTML extraction, one thread ({pages.Count} {what}): {pages.Count / seconds:0} pages/s, {bytes / 1048576.0 / seconds:0.00} MB/s of HTML"));
    }

    public static int Run(int articles, int seed)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"storyline-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            long bytes = 0;
            foreach (var (name, text) in new CorpusGenerator(seed).Generate(articles))
            {
                var path = Path.Combine(folder, name);
                File.WriteAllText(path, text);
                bytes += new FileInfo(path).Length;
            }
            var dbPath = Path.Combine(folder, "bench.db");
            var stopwatch = Stopwatch.StartNew();
            PipelineResult result;
            using (var store = SqliteStoryStore.Open(dbPath))
            {
                result = new StorylinePipeline().Run([folder], store);
            }
            var ingestAndAnalyze = stopwatch.Elapsed;
            StorylinePipeline.WriteReports(result.Graph, Path.Combine(folder, "report"));
            var total = stopwatch.Elapsed;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            var inv = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(inv, $"articles: {result.ArticlesRead} ({bytes / 1048576.0:0.0} MB) on {Environment.ProcessorCount} cores"));
            Console.WriteLine(string.Create(inv, $"events: {result.Graph.Events.Count}, stories: {result.Graph.Stories.Count}, entities: {result.Graph.Entities.Count}"));
            Console.WriteLine(string.Create(inv, $"pipeline (read, annotate, store, analyze): {ingestAndAnalyze.TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(inv, $"with reports: {total.TotalSeconds:0.00} s"));
            Console.WriteLine(string.Create(inv, $"throughput: {result.ArticlesRead / total.TotalSeconds:0} articles/s, {bytes / 1048576.0 / total.TotalSeconds:0.00} MB/s"));
            Console.WriteLine(string.Create(inv, $"peak memory: {peak / 1048576.0:0} MB"));
            StageRates(result.Graph.Articles.Select(a => a.Article).ToList());
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
