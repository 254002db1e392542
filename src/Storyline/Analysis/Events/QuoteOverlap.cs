using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>How much two articles quote the same words: the share of word pairs of their quotes they have in common.</summary>
internal sealed class QuoteOverlap
{
    private readonly Dictionary<string, HashSet<string>> _trigrams = new(StringComparer.Ordinal);

    public QuoteOverlap(IEnumerable<AnnotatedArticle> articles)
    {
        foreach (var article in articles)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            // Quoted words only: reported speech is each writer's own paraphrase.
            foreach (var quote in article.Quotes.Where(q => q.Kind != QuoteKind.Indirect))
            {
                var words = TextKey.Of(quote.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (var i = 0; i + 2 <= words.Length; i++)
                {
                    set.Add($"{words[i]} {words[i + 1]}");
                }
            }
            _trigrams[article.Article.Id] = set;
        }
    }

    public double Similarity(string firstId, string secondId)
    {
        if (!_trigrams.TryGetValue(firstId, out var a) || !_trigrams.TryGetValue(secondId, out var b) || a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }
}
