using Storyline.Model;

namespace Storyline.Pipeline;

/// <summary>
/// Where annotated articles live between runs. Article identity is the content hash
/// (<see cref="Article.Id"/>), so adding the same article twice is a no-op: re-running a batch,
/// or resuming one that crashed, neither loses nor doubles anything.
/// Implementations: SQLite (embedded default) and PostgreSQL (many writers, large corpora).
/// </summary>
public interface IStoryStore : IDisposable
{
    /// <summary>
    /// Adds the articles not yet stored and rewrites those stored under a reader stamp other than
    /// <paramref name="reader"/> (fields and annotations; insertion order and paths stay), in one
    /// transaction; returns how many were new. An article stored under the same stamp is left as it
    /// is, only its path is recorded. The stamp names the build that read the article (see
    /// <see cref="StorylinePipeline.ReaderStamp"/>); callers that read no text pass none.
    /// </summary>
    int AddArticles(IReadOnlyList<AnnotatedArticle> articles, string reader = "");

    bool ContainsArticle(string articleId);

    /// <summary>The reader stamp an article was stored under; null when it is not stored.</summary>
    string? ReaderOf(string articleId);

    /// <summary>Ids of the stored articles whose reader stamp is not <paramref name="reader"/>, in insertion order.</summary>
    IReadOnlyList<string> ArticlesNotReadBy(string reader);

    int ArticleCount { get; }

    /// <summary>Every stored article in the order it was first added.</summary>
    IReadOnlyList<AnnotatedArticle> LoadArticles();

    /// <summary>Other source paths seen for an article already stored (the same text in several files).</summary>
    IReadOnlyList<string> SourcesOf(string articleId);

    /// <summary>
    /// Replaces the stored reprint and revision links with those of the latest analysis, in one
    /// transaction. Links naming an article the store does not hold are refused whole.
    /// </summary>
    void ReplaceReprints(IReadOnlyList<ReprintLink> links);

    /// <summary>
    /// Removes articles with their annotations, paths and reprint links, in one transaction; ids not
    /// stored are passed over. Returns how many were removed.
    /// </summary>
    int RemoveArticles(IReadOnlyList<string> articleIds);

    /// <summary>The stored links, ordered by copy id.</summary>
    IReadOnlyList<ReprintLink> LoadReprints();
}
