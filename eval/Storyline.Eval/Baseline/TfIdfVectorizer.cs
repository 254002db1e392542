namespace Storyline.Eval.Baseline;

/// <summary>A sparse vector: term indices in ascending order with their weights.</summary>
public sealed record SparseVector(int[] Indices, double[] Weights)
{
    public double Dot(SparseVector other)
    {
        ArgumentNullException.ThrowIfNull(other);
        double sum = 0;
        int i = 0, j = 0;
        while (i < Indices.Length && j < other.Indices.Length)
        {
            var c = Indices[i].CompareTo(other.Indices[j]);
            if (c == 0)
            {
                sum += Weights[i++] * other.Weights[j++];
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }
        return sum;
    }
}

/// <summary>
/// TF-IDF as scikit-learn's TfidfVectorizer does it by default, so the baseline is the one the
/// published figure describes: lower-cased words of two or more letters or digits, raw counts,
/// smoothed idf ln((1 + n) / (1 + df)) + 1, rows scaled to unit length.
/// </summary>
public sealed class TfIdfVectorizer
{
    public IReadOnlyList<SparseVector> Vectorize(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<Dictionary<int, int>>(texts.Count);
        var documentFrequency = new List<int>();
        foreach (var text in texts)
        {
            var termCounts = new Dictionary<int, int>();
            foreach (var word in Words(text))
            {
                if (!vocabulary.TryGetValue(word, out var index))
                {
                    index = vocabulary.Count;
                    vocabulary[word] = index;
                    documentFrequency.Add(0);
                }
                if (!termCounts.TryGetValue(index, out var n))
                {
                    documentFrequency[index]++;
                }
                termCounts[index] = n + 1;
            }
            counts.Add(termCounts);
        }

        var vectors = new List<SparseVector>(texts.Count);
        foreach (var termCounts in counts)
        {
            var indices = termCounts.Keys.Order().ToArray();
            var weights = new double[indices.Length];
            double norm = 0;
            for (var k = 0; k < indices.Length; k++)
            {
                var idf = Math.Log((1.0 + texts.Count) / (1.0 + documentFrequency[indices[k]])) + 1;
                weights[k] = termCounts[indices[k]] * idf;
                norm += weights[k] * weights[k];
            }
            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                for (var k = 0; k < weights.Length; k++)
                {
                    weights[k] /= norm;
                }
            }
            vectors.Add(new SparseVector(indices, weights));
        }
        return vectors;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '_');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (i - start >= 2)
                {
                    yield return text[start..i].ToLowerInvariant();
                }
                start = -1;
            }
        }
    }
}
