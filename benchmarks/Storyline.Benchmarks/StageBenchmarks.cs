using BenchmarkDotNet.Attributes;
using Storyline.Analysis;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Benchmarks;

/// <summary>Per-stage costs on generated articles: cleaning, annotation, and cross-article analysis.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleAnnotator _annotator = new();
    private readonly StoryAnalyzer _analyzer = new();
    private SourceDocument[] _documents = [];
    private Article[] _articles = [];
    private AnnotatedArticle[] _annotated = [];

    [Params(100, 1000)]
    public int Articles { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _documents = new CorpusGenerator(7).Generate(Articles)
            .Select(f => new SourceDocument(f.Name, DocumentFormat.PlainText, f.Text, DocumentHints.None))
            .ToArray();
        _articles = _documents.Select(_cleaner.Clean).ToArray();
        _annotated = _articles.Select(_annotator.Annotate).ToArray();
    }

    [Benchmark]
    public int Clean() => _documents.Sum(d => _cleaner.Clean(d).Body.Length);

    [Benchmark]
    public int Annotate() => _articles.Sum(a => _annotator.Annotate(a).Sentences.Count);

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_annotated).Events.Count;
}
