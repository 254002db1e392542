using Storyline.Analysis;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Model;
using Storyline.Reports;

namespace Storyline.Pipeline;

/// <summary>How far a run has got: articles read so far, and how many there are once known.</summary>
public sealed record PipelineProgress(string Stage, int Done, int? Total);

/// <summary>What a run did: the story graph, the inputs it skipped and why, and what was new.</summary>
public sealed record PipelineResult(StoryGraph Graph, IReadOnlyList<IngestError> Errors, int ArticlesRead, int ArticlesAdded)
{
    /// <summary>Stored articles an older build had read, read again from their files and rewritten in the store.</summary>
    public int ArticlesRewritten { get; init; }

    /// <summary>
    /// Stored articles an older build had read from files this run read again into other articles (this
    /// build cleans their text differently, so the id changed): removed, so one file stays one article.
    /// </summary>
    public int ArticlesReplaced { get; init; }

    /// <summary>
    /// Stored articles an older build had read whose files were not among the inputs: annotated
    /// again from their stored text for this analysis (their stored dates and text stay as read then).
    /// </summary>
    public int ArticlesReannotated { get; init; }
}

public sealed class PipelineOptions
{
    /// <summary>Articles annotated and stored per transaction: a crash loses at most one batch of work, never stored data.</summary>
    public int BatchSize { get; init; } = 256;

    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Size limits, JSON Lines field mapping and standard input for reading the inputs.</summary>
    public InputReaderOptions Reader { get; init; } = new();
}

/// <summary>
/// The whole job in one place, stage by stage: read, clean, annotate (in parallel, per article),
/// store, analyze across articles, write the reports.
/// </summary>
public sealed class StorylinePipeline(PipelineOptions? options = null)
{
    /// <summary>
    /// Names the build that reads articles: the module version id of this assembly, which a
    /// deterministic build derives from its code and embedded data, so it changes exactly when
    /// reading could. Stored with every article, it tells a newer build what to read again.
    /// </summary>
    public static string ReaderStamp { get; } = typeof(StorylinePipeline).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    private readonly PipelineOptions _options = options ?? new PipelineOptions();
    private readonly InputReader _reader = new((options ?? new PipelineOptions()).Reader);
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleAnnotator _annotator = new();
    private readonly StoryAnalyzer _analyzer = new();

    public PipelineResult Run(IReadOnlyList<string> paths, IStoryStore store, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var errors = new List<IngestError>();
        var read = 0;
        var added = 0;
        var rewritten = 0;
        var pathsRead = new HashSet<string>(StringComparer.Ordinal);
        var idsRead = new HashSet<string>(StringComparer.Ordinal);
        var batch = new List<Article>(_options.BatchSize);
        foreach (var outcome in _reader.Read(paths))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (outcome.Error is { } error)
            {
                errors.Add(error);
                continue;
            }
            if (outcome.Document is not { } document)
            {
                continue;
            }
            Article article;
            try
            {
                article = _cleaner.Clean(document);
            }
            // Text is untrusted: whatever a page does to the cleaner, it costs that page, not the batch.
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                errors.Add(new IngestError(document.Origin, $"could not be cleaned: {ex.Message}"));
                continue;
            }
            if (article.Body.Length == 0)
            {
                errors.Add(new IngestError(document.Origin, "no article text left after removing markup and boilerplate"));
                continue;
            }
            read++;
            pathsRead.Add(article.SourcePath);
            idsRead.Add(article.Id);
            batch.Add(article);
            if (batch.Count >= _options.BatchSize)
            {
                (var batchAdded, var batchRewritten) = Store(batch, store, errors, cancellationToken);
                added += batchAdded;
                rewritten += batchRewritten;
                progress?.Report(new PipelineProgress("annotate", read, null));
            }
        }
        (var lastAdded, var lastRewritten) = Store(batch, store, errors, cancellationToken);
        added += lastAdded;
        rewritten += lastRewritten;
        progress?.Report(new PipelineProgress("annotate", read, read));

        // One query for what an older build stored serves both steps: the superseded readings go, the rest is read again.
        var stale = store.ArticlesNotReadBy(ReaderStamp).ToHashSet(StringComparer.Ordinal);
        var replaced = RemoveSuperseded(store, stale, pathsRead, idsRead);
        var (articles, reannotated) = LoadCurrent(store, stale, progress, cancellationToken);
        progress?.Report(new PipelineProgress("analyze", 0, 1));
        var graph = Analyze(articles);
        store.ReplaceReprints(graph.Articles
            .Where(r => r.DuplicateOf is not null)
            .Select(r => new ReprintLink(r.Article.Id, r.DuplicateOf!, r.DuplicateSimilarity ?? 0, r.IsRevision))
            .ToList());
        progress?.Report(new PipelineProgress("analyze", 1, 1));
        return new PipelineResult(graph, errors, read, added) { ArticlesRewritten = rewritten, ArticlesReplaced = replaced, ArticlesReannotated = reannotated };
    }

    /// <summary>
    /// Removes what an older build read from files this run read again into other articles. Such a file's
    /// text is now cleaned differently (a date line cut, a boilerplate line kept), so its article has a new
    /// id; keeping the old reading too would show one report twice, linked as a reprint of itself.
    /// An article with a path this run did not read stays.
    /// </summary>
    private static int RemoveSuperseded(IStoryStore store, HashSet<string> stale, HashSet<string> pathsRead, HashSet<string> idsRead)
    {
        var superseded = stale
            .Where(id => !idsRead.Contains(id) && store.SourcesOf(id) is { Count: > 0 } paths && paths.All(pathsRead.Contains))
            .ToList();
        stale.ExceptWith(superseded);
        return superseded.Count == 0 ? 0 : store.RemoveArticles(superseded);
    }

    /// <summary>
    /// Every stored article as this build annotates it: those an older build stored are annotated
    /// again from their stored text, in memory, so an analysis never mixes two builds' readings.
    /// Returns how many were annotated again.
    /// </summary>
    public (IReadOnlyList<AnnotatedArticle> Articles, int Reannotated) LoadCurrent(IStoryStore store, IProgress<PipelineProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        return LoadCurrent(store, store.ArticlesNotReadBy(ReaderStamp).ToHashSet(StringComparer.Ordinal), progress, cancellationToken);
    }

    private (IReadOnlyList<AnnotatedArticle> Articles, int Reannotated) LoadCurrent(IStoryStore store, HashSet<string> stale, IProgress<PipelineProgress>? progress, CancellationToken cancellationToken)
    {
        var articles = store.LoadArticles();
        if (stale.Count == 0)
        {
            return (articles, 0);
        }
        progress?.Report(new PipelineProgress("re-annotate", 0, stale.Count));
        var current = articles
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _options.MaxDegreeOfParallelism))
            .WithCancellation(cancellationToken)
            .Select(a => stale.Contains(a.Article.Id) && TryAnnotate(a.Article) is { Error: null } again ? again.Annotated : a)
            .ToList();
        progress?.Report(new PipelineProgress("re-annotate", stale.Count, stale.Count));
        return (current, stale.Count);
    }

    /// <summary>
    /// Analyzes the corpus. Articles with no date of their own are dated by the event they join, then
    /// read again against that date so their "on Thursday" resolves, and the corpus is analyzed once more.
    /// </summary>
    public StoryGraph Analyze(IReadOnlyList<AnnotatedArticle> articles)
    {
        var graph = _analyzer.Analyze(articles);
        var inherited = graph.Articles
            .Where(r => r.Article.Published.Basis == DateBasis.EventCluster)
            .ToDictionary(r => r.Article.Id, r => r.Article, StringComparer.Ordinal);
        if (inherited.Count == 0)
        {
            return graph;
        }
        var reread = articles
            .Select(a => inherited.TryGetValue(a.Article.Id, out var dated) && TryAnnotate(dated) is { Error: null } reread ? reread.Annotated : a)
            .ToList();
        return _analyzer.Analyze(reread);
    }

    public static void WriteReports(StoryGraph graph, string directory)
    {
        Directory.CreateDirectory(directory);
        using (var json = File.Create(Path.Combine(directory, "report.json")))
        {
            new JsonReportWriter().Write(graph, json);
        }
        File.WriteAllText(Path.Combine(directory, "report.html"), new HtmlReportWriter().Render(graph));
        File.WriteAllText(Path.Combine(directory, "report.md"), new MarkdownReportWriter().Render(graph));
    }

    private (int Added, int Rewritten) Store(List<Article> batch, IStoryStore store, List<IngestError> errors, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return (0, 0);
        }
        // Articles this build stored before are not annotated again, only their new paths recorded;
        // those an older build stored are read again and rewritten.
        var readers = batch.Select(a => store.ReaderOf(a.Id)).ToList();
        var known = readers.Select(r => string.Equals(r, ReaderStamp, StringComparison.Ordinal)).ToList();
        var annotated = batch
            .Select((article, index) => (Article: article, Known: known[index]))
            .AsParallel()
            .AsOrdered()
            .WithDegreeOfParallelism(Math.Max(1, _options.MaxDegreeOfParallelism))
            .WithCancellation(cancellationToken)
            .Select(x => x.Known ? (Annotated: Skeleton(x.Article), Error: (string?)null) : TryAnnotate(x.Article))
            .ToList();
        foreach (var failed in annotated.Where(a => a.Error is not null))
        {
            errors.Add(new IngestError(failed.Annotated.Article.SourcePath, $"could not be annotated: {failed.Error}"));
        }
        var rewritten = annotated
            .Select((a, index) => (a.Error, a.Annotated.Article.Id, Reader: readers[index]))
            .Where(x => x.Error is null && x.Reader is not null && !string.Equals(x.Reader, ReaderStamp, StringComparison.Ordinal))
            .Select(x => x.Id)
            .Distinct(StringComparer.Ordinal)
            .Count();
        batch.Clear();
        return (store.AddArticles(annotated.Where(a => a.Error is null).Select(a => a.Annotated).ToList(), ReaderStamp), rewritten);
    }

    private (AnnotatedArticle Annotated, string? Error) TryAnnotate(Article article)
    {
        try
        {
            return (_annotator.Annotate(article), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return (Skeleton(article), $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static AnnotatedArticle Skeleton(Article article) => new(article, [], [], [], [], [], [], [], []);
}
