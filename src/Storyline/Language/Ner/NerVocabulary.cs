namespace Storyline.Language.Ner;

/// <summary>
/// What both clusterers start from: the lower-cased corpus, word counts, and the words seen at
/// least MinCount times, most frequent first with ties in ordinal order (so the order never
/// depends on hashing), each with its index.
/// </summary>
internal sealed record NerVocabulary(List<string[]> Corpus, Dictionary<string, int> Counts, List<string> Words, Dictionary<string, int> Index)
{
    public static NerVocabulary Build(IEnumerable<IReadOnlyList<string>> sentences, int minCount)
    {
        var corpus = sentences.Select(s => s.Select(t => t.ToLowerInvariant()).ToArray()).ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var s in corpus)
        {
            foreach (var t in s)
            {
                counts[t] = counts.GetValueOrDefault(t) + 1;
            }
        }

        var words = counts.Where(p => p.Value >= minCount)
            .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => p.Key).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < words.Count; i++)
        {
            index[words[i]] = i;
        }

        return new NerVocabulary(corpus, counts, words, index);
    }
}
