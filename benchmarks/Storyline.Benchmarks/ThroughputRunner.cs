using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
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
        NerRates(articles);
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

    /// <summary>
    /// WARC ingest alone: N generated articles as HTML pages in a .warc.gz (one gzip member per record,
    /// with request records between, as Common Crawl writes it), then read, decoded and cleaned as a stream.
    /// Prints articles/s, MB/s of WARC and HTML, and peak memory (which should not grow with N).
    /// </summary>
    public static int RunWarc(int articles, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var path = Path.Combine(Path.GetTempPath(), $"storyline-bench-{Environment.ProcessId}.warc.gz");
        try
        {
            long htmlBytes = 0;
            using (var file = File.Create(path))
            {
                var index = 0;
                foreach (var (name, text) in new CorpusGenerator(seed).Generate(articles))
                {
                    var paragraphs = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
                    var html = new StringBuilder();
                    html.Append(inv, $"<!doctype html><html><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(paragraphs[0])}</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav><article><h1>{WebUtility.HtmlEncode(paragraphs[0])}</h1>");
                    foreach (var paragraph in paragraphs.Skip(1))
                    {
                        html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
                    }
                    html.Append("</article><footer>© Example News</footer></body></html>");
                    var page = Encoding.UTF8.GetBytes(html.ToString());
                    htmlBytes += page.Length;
                    var uri = $"https://news{index % 8}.example/{name}";
                    WriteRecord(file, "request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET /{name} HTTP/1.1\r\nHost: news.example\r\n\r\n"));
                    WriteRecord(file, "response", uri, "application/http; msgtype=response", [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {page.Length}\r\n\r\n"), .. page]);
                    index++;
                }
            }
            var warcBytes = new FileInfo(path).Length;
            var cleaner = new Storyline.Ingest.ArticleCleaner();
            var reader = new Storyline.Ingest.InputReader();
            var read = 0;
            var errors = 0;
            long bodyChars = 0;
            var stopwatch = Stopwatch.StartNew();
            foreach (var outcome in reader.Read([path]))
            {
                if (outcome.Document is { } document)
                {
                    read++;
                    bodyChars += cleaner.Clean(document).Body.Length;
                }
                else
                {
                    errors++;
                }
            }
            var seconds = stopwatch.Elapsed.TotalSeconds;
            var peak = Process.GetCurrentProcess().PeakWorkingSet64;
            Console.WriteLine(string.Create(inv, $"WARC ingest: {read} articles ({errors} errors) from {warcBytes / 1048576.0:0.0} MB of .warc.gz ({htmlBytes / 1048576.0:0.0} MB of HTML), {bodyChars / 1048576.0:0.0} M body chars, one thread"));
            Console.WriteLine(string.Create(inv, $"WARC ingest (read, gunzip, parse, decode, extract, clean): {seconds:0.00} s, {read / seconds:0} articles/s, {htmlBytes / 1048576.0 / seconds:0.00} MB/s of HTML"));
            Console.WriteLine(string.Create(inv, $"peak memory: {peak / 1048576.0:0} MB"));
            return 0;
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>One WARC record as its own gzip member.</summary>
    private static void WriteRecord(Stream output, string type, string uri, string contentType, byte[] block)
    {
        using var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        gzip.Write(Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Date: 2025-11-05T06:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"));
        gzip.Write(block);
        gzip.Write("\r\n\r\n"u8);
    }

    /// <summary>The statistical NER tagger: model load time, and tokens/s of tagging alone (tokenized input, one thread).</summary>
    private static void NerRates(List<Storyline.Model.Article> articles)
    {
        var inv = CultureInfo.InvariantCulture;
        var watch = Stopwatch.StartNew();
        var model = Storyline.Language.Ner.NerModel.LoadEmbedded();
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var ner = new Storyline.Language.Ner.NerTagger(model);
        var splitter = new Storyline.Language.SentenceSplitter();
        var tokenizer = new Storyline.Language.Tokenizer();
        var documents = articles
            .Select(a => (IReadOnlyList<IReadOnlyList<string>>)splitter.Split(a.Body)
                .Select(s => (IReadOnlyList<string>)tokenizer.Tokenize(a.Body, s.Span).Select(t => a.Body.Substring(t.Span.Start, t.Span.Length)).ToArray())
                .ToList())
            .ToList();
        var tokens = documents.Sum(d => d.Sum(s => s.Count));
        foreach (var d in documents)
        {
            ner.TagDocument(d);
        }
        watch.Restart();
        foreach (var d in documents)
        {
            ner.TagDocument(d);
        }
        var seconds = watch.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(inv, $"NER tagging, one thread: {tokens / seconds:0} tokens/s (bar 200000); model load {loadSeconds * 1000:0} ms, {model.FeatureCount} features"));
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
