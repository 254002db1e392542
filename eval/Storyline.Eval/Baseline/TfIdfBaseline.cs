namespace Storyline.Eval.Baseline;

/// <summary>
/// The reference clustering: TF-IDF vectors, cosine distance, average link. The dendrogram is built
/// once and cut at any number of similarity thresholds.
/// </summary>
public sealed class TfIdfBaseline
{
    private readonly TfIdfVectorizer _vectorizer = new();
    private readonly AverageLinkClustering _clustering = new();

    /// <summary>Returns a function from a minimum average cosine similarity to one label per text.</summary>
    public Func<double, IReadOnlyList<int>> Build(IReadOnlyList<string> texts)
    {
        var vectors = _vectorizer.Vectorize(texts);
        var n = vectors.Count;
        var distance = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                distance[i, j] = distance[j, i] = 1 - vectors[i].Dot(vectors[j]);
            }
        }
        var merges = _clustering.Dendrogram(distance);
        return similarity => _clustering.Cut(n, merges, 1 - similarity);
    }
}
