using System.Text;

namespace Storyline.Analysis.Events;

/// <summary>TF-IDF vectors of article bodies, for telling which event an undated report belongs to.</summary>
internal sealed class TermVectors
{
    private readonly Dictionary<string, Dictionary<string, double>> _vectors = new(StringComparer.Ordinal);

    public TermVectors(IEnumerable<(string Id, string Text)> documents)
    {
        var counts = new List<(string Id, Dictionary<string, int> Terms)>();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, text) in documents)
        {
            var terms = Terms(text);
            counts.Add((id, terms));
            foreach (var term in terms.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }
        var n = counts.Count;
        foreach (var (id, terms) in counts)
        {
            var vector = new Dictionary<string, double>(StringComparer.Ordinal);
            var norm = 0.0;
            foreach (var (term, count) in terms)
            {
                var weight = (1 + Math.Log(count)) * Math.Log(1 + ((double)n / documentFrequency[term]));
                vector[term] = weight;
                norm += weight * weight;
            }
            norm = Math.Sqrt(norm);
            if (norm > 0)
            {
                foreach (var term in vector.Keys.ToList())
                {
                    vector[term] /= norm;
                }
            }
            _vectors[id] = vector;
        }
    }

    public double Cosine(string firstId, string secondId)
    {
        if (!_vectors.TryGetValue(firstId, out var a) || !_vectors.TryGetValue(secondId, out var b))
        {
            return 0;
        }
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }
        var dot = 0.0;
        foreach (var (term, weight) in a)
        {
            if (b.TryGetValue(term, out var other))
            {
                dot += weight * other;
            }
        }
        return dot;
    }

    private static Dictionary<string, int> Terms(string text)
    {
        var terms = new Dictionary<string, int>(StringComparer.Ordinal);
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(char.ToLowerInvariant(c));
                continue;
            }
            Flush(word, terms);
        }
        Flush(word, terms);
        return terms;
    }

    private static void Flush(StringBuilder word, Dictionary<string, int> terms)
    {
        // Words of four letters or more carry the content; shorter ones are mostly function words.
        if (word.Length >= 4)
        {
            var w = word.ToString();
            terms[w] = terms.GetValueOrDefault(w) + 1;
        }
        word.Clear();
    }
}
