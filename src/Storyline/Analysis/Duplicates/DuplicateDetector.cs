using System.Text;
using Storyline.Model;

namespace Storyline.Analysis.Duplicates;

public sealed class DuplicateDetectorOptions
{
    /// <summary>Words per shingle: five keeps unrelated articles on the same topic apart.</summary>
    public int ShingleWords { get; init; } = 5;

    public int Bands { get; init; } = 32;

    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated Jaccard similarity of shingle sets at or above which two articles are copies.</summary>
    public double Threshold { get; init; } = 0.5;
}

/// <summary>Which article reprints which, and how alike they are.</summary>
public sealed record DuplicateLink(string ArticleId, string OriginalId, double Similarity);

/// <summary>
/// Finds reprints and lightly edited copies with MinHash signatures and LSH banding, so the work
/// grows with the number of articles, not with the number of pairs.
/// </summary>
public sealed class DuplicateDetector(DuplicateDetectorOptions? options = null)
{
    private const int MaxBucketPeers = 8;

    private readonly DuplicateDetectorOptions _options = options ?? new DuplicateDetectorOptions();

    /// <summary>
    /// Links each copy to its original: the earliest published copy, then the longest, then the first given.
    /// </summary>
    public IReadOnlyList<DuplicateLink> Find(IReadOnlyList<Article> articles)
    {
        var hashCount = _options.Bands * _options.RowsPerBand;
        var signatures = new ulong[articles.Count][];
        for (var i = 0; i < articles.Count; i++)
        {
            signatures[i] = Signature(articles[i].Body, hashCount);
        }

        var candidates = new HashSet<(int, int)>();
        var buckets = new Dictionary<(int Band, ulong Key), List<int>>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (signatures[i].Length == 0)
            {
                continue;
            }
            for (var band = 0; band < _options.Bands; band++)
            {
                var key = 14695981039346656037UL;
                for (var r = 0; r < _options.RowsPerBand; r++)
                {
                    key = (key ^ signatures[i][(band * _options.RowsPerBand) + r]) * 1099511628211UL;
                }
                if (!buckets.TryGetValue((band, key), out var members))
                {
                    buckets[(band, key)] = members = [];
                }
                // A crowded bucket is a shared phrase, not a copy: comparing with its first few members
                // keeps the work linear, and true copies still meet through their other bands.
                foreach (var other in members)
                {
                    candidates.Add((other, i));
                }
                if (members.Count < MaxBucketPeers)
                {
                    members.Add(i);
                }
            }
        }

        // Union the confirmed pairs, then point every member of a group at the group's original.
        var sets = new UnionFind(articles.Count);
        var best = new Dictionary<int, double>();
        foreach (var (a, b) in candidates.OrderBy(p => p.Item1).ThenBy(p => p.Item2))
        {
            var similarity = Estimate(signatures[a], signatures[b]);
            if (similarity < _options.Threshold)
            {
                continue;
            }
            sets.Union(a, b);
            best[a] = Math.Max(best.GetValueOrDefault(a), similarity);
            best[b] = Math.Max(best.GetValueOrDefault(b), similarity);
        }

        var links = new List<DuplicateLink>();
        foreach (var group in Enumerable.Range(0, articles.Count).GroupBy(i => sets.Find(i)).Where(g => g.Count() > 1))
        {
            var original = group
                .OrderBy(i => articles[i].Published.Value ?? DateOnly.MaxValue)
                .ThenByDescending(i => articles[i].Body.Length)
                .ThenBy(i => i)
                .First();
            foreach (var member in group.Where(i => i != original).Order())
            {
                links.Add(new DuplicateLink(articles[member].Id, articles[original].Id, Math.Round(Estimate(signatures[member], signatures[original]), 3)));
            }
        }
        return links;
    }

    /// <summary>Estimated Jaccard similarity of two bodies' shingle sets (0 to 1).</summary>
    public double Similarity(string first, string second)
    {
        var count = _options.Bands * _options.RowsPerBand;
        return Estimate(Signature(first, count), Signature(second, count));
    }

    private ulong[] Signature(string text, int count)
    {
        var words = Words(text);
        if (words.Count == 0)
        {
            return [];
        }
        var signature = new ulong[count];
        Array.Fill(signature, ulong.MaxValue);
        var width = Math.Min(_options.ShingleWords, words.Count);
        for (var start = 0; start + width <= words.Count; start++)
        {
            var shingle = 14695981039346656037UL;
            for (var k = 0; k < width; k++)
            {
                shingle = (shingle ^ words[start + k]) * 1099511628211UL;
            }
            for (var h = 0; h < count; h++)
            {
                var value = Mix(shingle + ((ulong)h * 0x9E3779B97F4A7C15UL));
                if (value < signature[h])
                {
                    signature[h] = value;
                }
            }
        }
        return signature;
    }

    private static double Estimate(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / a.Length;
    }

    /// <summary>Lowercase letter-and-digit words, hashed, so punctuation and spacing edits do not matter.</summary>
    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        var hash = 14695981039346656037UL;
        var inWord = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune))
            {
                hash = (hash ^ (ulong)Rune.ToLowerInvariant(rune).Value) * 1099511628211UL;
                inWord = true;
            }
            else if (inWord)
            {
                words.Add(hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            words.Add(hash);
        }
        return words;
    }

    private static ulong Mix(ulong x)
    {
        // SplitMix64 finalizer: a cheap, well-spread family of hash functions indexed by h.
        x ^= x >> 30;
        x *= 0xBF58476D1CE4E5B9UL;
        x ^= x >> 27;
        x *= 0x94D049BB133111EBUL;
        x ^= x >> 31;
        return x;
    }
}
