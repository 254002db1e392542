namespace Storyline.Model;

/// <summary>
/// A stored link from a copy to its original, as the last analysis found it: <c>IsRevision</c> when
/// the copy is a later version of the same page, otherwise a reprint. Kept in the store so a corpus
/// can be queried for its copies without re-running the analysis.
/// </summary>
public sealed record ReprintLink(string ArticleId, string OriginalId, double Similarity, bool IsRevision);
