using System.Text;

namespace Storyline.Analysis.Events;

/// <summary>TF-IDF vectors of article bodies, for telling which event an undated report belongs to.</summary>
internal sealed class TermVectors
{
    // Sparse vectors as term ids in ascending order with their weights: a cosine is one merge pass.
    private readonly Dictionary<string, (int[] Terms, double[] Weights)> _vectors = new(StringComparer.Ordinal);

    /// <summary>Per term id, whether two or more documents use it.</summary>
    private readonly List<bool> _shared = [];

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
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (id, terms) in counts)
        {
            var entries = new List<(int Term, double Weight)>(terms.Count);
            var norm = 0.0;
            foreach (var (term, count) in terms)
            {
                if (!ids.TryGetValue(term, out var termId))
                {
                    ids[term] = termId = ids.Count;
                    _shared.Add(documentFrequency[term] > 1);
                }
                var weight = (1 + Math.Log(count)) * Math.Log(1 + ((double)n / documentFrequency[term]));
                entries.Add((termId, weight));
                norm += weight * weight;
            }
            norm = Math.Sqrt(norm);
            entries.Sort((x, y) => x.Term.CompareTo(y.Term));
            _vectors[id] = (entries.Select(e => e.Term).ToArray(), entries.Select(e => norm > 0 ? e.Weight / norm : 0).ToArray());
        }
    }

    /// <summary>
    /// The ids of an article's heaviest terms that some other article also uses: keys under which articles
    /// on the same subject meet (a word no other article has can introduce it to nobody).
    /// </summary>
    public IEnumerable<int> TopTerms(string id, int count) =>
        _vectors.TryGetValue(id, out var v)
            ? v.Terms.Select((term, i) => (term, weight: v.Weights[i])).Where(x => _shared[x.term]).OrderByDescending(x => x.weight).ThenBy(x => x.term).Take(count).Select(x => x.term)
            : [];

    public double Cosine(string firstId, string secondId)
    {
        if (!_vectors.TryGetValue(firstId, out var a) || !_vectors.TryGetValue(secondId, out var b))
        {
            return 0;
        }
        var dot = 0.0;
        int i = 0, j = 0;
        while (i < a.Terms.Length && j < b.Terms.Length)
        {
            var compare = a.Terms[i].CompareTo(b.Terms[j]);
            if (compare == 0)
            {
                dot += a.Weights[i++] * b.Weights[j++];
            }
            else if (compare < 0)
            {
                i++;
            }
            else
            {
                j++;
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
