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
        NerRates(articles);
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
