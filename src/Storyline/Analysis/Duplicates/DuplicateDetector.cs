using System.Text;
using Storyline.Model;

namespace Storyline.Analysis.Duplicates;

public sealed class DuplicateDetectorOptions
{
    /// <summary>
    /// Content words per shingle. Reprints are edited word by word (a changed figure, a dropped
    /// clause), and every edit breaks each shingle that spans it, so short shingles keep a copy
    /// with a fifth of its words changed well above the threshold.
    /// </summary>
    public int ShingleWords { get; init; } = 2;

    public int Bands { get; init; } = 50;

    public int RowsPerBand { get; init; } = 3;

    /// <summary>Estimated Jaccard similarity of shingle sets at or above which two articles are copies.</summary>
    public double Threshold { get; init; } = 0.4;

    /// <summary>
    /// Texts with fewer content words than this are copies only when nearly identical: two short
    /// reports of one fact share most of their words without one being a reprint of the other.
    /// </summary>
    public int ShortTextWords { get; init; } = 50;

    public double ShortTextThreshold { get; init; } = 0.6;
}

/// <summary>
/// Which article reprints which, and how alike they are. A revision is the same page (same
/// canonical URL) seen again after an update: one article with two versions, not a second source.
/// </summary>
public sealed record DuplicateLink(string ArticleId, string OriginalId, double Similarity, bool IsRevision = false);

/// <summary>
/// A MinHash fingerprint of one text: one 16-bit slice of the minimum hash per hash function. Two
/// texts agree on a position with a probability equal to the Jaccard similarity of their shingle
/// sets (plus 1/65536 of chance agreement), so the fingerprint is all the comparison needs.
/// </summary>
public sealed record ReprintSignature(ushort[] Values, int ContentWords)
{
    public bool IsEmpty => Values.Length == 0;
}

/// <summary>
/// Finds reprints and lightly edited copies with MinHash signatures and LSH banding, so the work
/// grows with the number of articles, not with the number of pairs. Signing is pure per text;
/// grouping sorts one band at a time, so memory stays near the size of the signatures.
/// </summary>
public sealed class DuplicateDetector
{
    /// <summary>A crowded bucket is a shared phrase, not a copy: each member meets only the first few.</summary>
    private const int MaxBucketPeers = 8;

    private readonly DuplicateDetectorOptions _options;
    private readonly HashSet<ulong> _functionWords;
    private readonly ulong[] _multipliers;
    private readonly ulong[] _offsets;

    public DuplicateDetector(DuplicateDetectorOptions? options = null)
    {
        _options = options ?? new DuplicateDetectorOptions();
        if (_options.Bands < 1 || _options.RowsPerBand < 1 || _options.ShingleWords < 1)
        {
            throw new ArgumentException("bands, rows per band and shingle words must be at least 1", nameof(options));
        }
        _functionWords = [.. EmbeddedData.ReadLines("Analysis/Data/function_words.txt").Select(WordHash)];
        // One fixed family of hash functions a*x+b over well-mixed shingle hashes: the same for every
        // run, so fingerprints stay comparable across runs and stores.
        _multipliers = new ulong[HashCount];
        _offsets = new ulong[HashCount];
        var state = 0x5EED5EED5EED5EEDUL;
        for (var h = 0; h < HashCount; h++)
        {
            _multipliers[h] = Mix(state += 0x9E3779B97F4A7C15UL) | 1;
            _offsets[h] = Mix(state += 0x9E3779B97F4A7C15UL);
        }
    }

    private int HashCount => _options.Bands * _options.RowsPerBand;

    /// <summary>
    /// Links each copy to its original: the earliest published copy, then the longest, then the first given.
    /// </summary>
    public IReadOnlyList<DuplicateLink> Find(IReadOnlyList<Article> articles)
    {
        var signatures = new ReprintSignature[articles.Count];
        Parallel.For(0, articles.Count, i => signatures[i] = Sign(articles[i].Body));
        var priority = Enumerable.Range(0, articles.Count)
            .OrderBy(i => articles[i].Published.Value ?? DateOnly.MaxValue)
            .ThenByDescending(i => articles[i].Body.Length)
            .ThenBy(i => i)
            .ToArray();
        var groups = Group(signatures, priority);

        // The same page seen twice is a revision whatever was edited; its first version stands for
        // it: the earliest published, then the first stored (later versions are read later).
        var firstVersion = new Dictionary<string, int>(StringComparer.Ordinal);
        var revisionOf = new int[articles.Count];
        Array.Fill(revisionOf, -1);
        foreach (var i in Enumerable.Range(0, articles.Count).OrderBy(i => articles[i].Published.Value ?? DateOnly.MaxValue).ThenBy(i => i))
        {
            if (PageKey(articles[i].Url) is not { } page)
            {
                continue;
            }
            if (firstVersion.TryGetValue(page, out var first))
            {
                revisionOf[i] = first;
            }
            else
            {
                firstVersion[page] = i;
            }
        }

        var links = new List<DuplicateLink>();
        for (var i = 0; i < articles.Count; i++)
        {
            if (revisionOf[i] >= 0)
            {
                var first = revisionOf[i];
                links.Add(new DuplicateLink(articles[i].Id, articles[first].Id, Math.Round(Estimate(signatures[i], signatures[first]), 3), IsRevision: true));
            }
            else if (groups[i] != i && (revisionOf[groups[i]] >= 0 ? revisionOf[groups[i]] : groups[i]) is var original && original != i)
            {
                // A copy of a page that was later revised points at the page's first version.
                links.Add(new DuplicateLink(articles[i].Id, articles[original].Id, Math.Round(Estimate(signatures[i], signatures[original]), 3)));
            }
        }
        return links;
    }

    /// <summary>
    /// A URL reduced to what names the page: scheme and "www." dropped, host lower case, no
    /// fragment, no tracking parameters, no trailing slash. Null for no URL or a site's front page,
    /// which names no one article.
    /// </summary>
    public static string? PageKey(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }
        var path = uri.AbsolutePath.TrimEnd('/');
        if (path.Length == 0)
        {
            return null;
        }
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal))
        {
            host = host[4..];
        }
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal));
        return query.Length == 0 ? host + path : host + path + "?" + query;
    }

    /// <summary>
    /// The original of every signature (itself when it is one). Pairs meet when they share all rows
    /// of some band and are copies when their estimated similarity reaches the threshold. Originals
    /// are chosen in <paramref name="priority"/> order (index order when null): each unclaimed text
    /// becomes an original and claims its unclaimed copies, so every copy is like its own original,
    /// and a chain of small edits never joins two different articles.
    /// </summary>
    public int[] Group(IReadOnlyList<ReprintSignature> signatures, IReadOnlyList<int>? priority = null)
    {
        var count = signatures.Count;
        if (priority is not null && priority.Count != count)
        {
            throw new ArgumentException("the priority order must list every signature once", nameof(priority));
        }
        var keys = new ulong[count];
        var order = new int[count];
        var candidates = new List<long>();
        for (var band = 0; band < _options.Bands; band++)
        {
            var used = 0;
            for (var i = 0; i < count; i++)
            {
                if (!signatures[i].IsEmpty)
                {
                    keys[used] = BandKey(signatures[i].Values, band);
                    order[used] = i;
                    used++;
                }
            }
            Array.Sort(keys, order, 0, used);
            var start = 0;
            while (start < used)
            {
                var end = start + 1;
                while (end < used && keys[end] == keys[start])
                {
                    end++;
                }
                if (end - start > 1)
                {
                    // Sorting by key leaves members in no particular order; index order keeps the pairs stable.
                    Array.Sort(order, start, end - start);
                    for (var m = start + 1; m < end; m++)
                    {
                        for (var p = start; p < Math.Min(m, start + MaxBucketPeers); p++)
                        {
                            candidates.Add(((long)order[p] << 32) | (uint)order[m]);
                        }
                    }
                }
                start = end;
            }
        }

        candidates.Sort();
        var edges = new List<long>();
        var previous = -1L;
        foreach (var pair in candidates)
        {
            if (pair == previous)
            {
                continue;
            }
            previous = pair;
            var a = (int)(pair >> 32);
            var b = (int)(pair & 0xFFFFFFFF);
            if (AreCopies(signatures[a], signatures[b]))
            {
                edges.Add(pair);
                edges.Add(((long)b << 32) | (uint)a);
            }
        }
        edges.Sort();

        var original = new int[count];
        Array.Fill(original, -1);
        foreach (var i in priority ?? Enumerable.Range(0, count).ToArray())
        {
            if (original[i] >= 0)
            {
                continue;
            }
            original[i] = i;
            var first = edges.BinarySearch((long)i << 32);
            for (var e = first < 0 ? ~first : first; e < edges.Count && (int)(edges[e] >> 32) == i; e++)
            {
                var copy = (int)(edges[e] & 0xFFFFFFFF);
                if (original[copy] < 0)
                {
                    original[copy] = i;
                }
            }
        }
        return original;
    }

    /// <summary>Whether two fingerprints belong to copies of one text.</summary>
    public bool AreCopies(ReprintSignature a, ReprintSignature b)
    {
        var threshold = Math.Min(a.ContentWords, b.ContentWords) < _options.ShortTextWords ? _options.ShortTextThreshold : _options.Threshold;
        return Estimate(a, b) >= threshold;
    }

    /// <summary>Estimated Jaccard similarity of two bodies' shingle sets (0 to 1).</summary>
    public double Similarity(string first, string second) => Estimate(Sign(first), Sign(second));

    /// <summary>The fingerprint of one text; empty when the text has no content words.</summary>
    public ReprintSignature Sign(string text)
    {
        var words = ContentWords(text);
        if (words.Count == 0)
        {
            return new ReprintSignature([], 0);
        }
        var count = HashCount;
        Span<ulong> minimum = count <= 512 ? stackalloc ulong[count] : new ulong[count];
        minimum.Fill(ulong.MaxValue);
        var width = Math.Min(_options.ShingleWords, words.Count);
        for (var start = 0; start + width <= words.Count; start++)
        {
            var shingle = 14695981039346656037UL;
            for (var k = 0; k < width; k++)
            {
                shingle = (shingle ^ words[start + k]) * 1099511628211UL;
            }
            var mixed = Mix(shingle);
            for (var h = 0; h < count; h++)
            {
                var value = (mixed * _multipliers[h]) + _offsets[h];
                if (value < minimum[h])
                {
                    minimum[h] = value;
                }
            }
        }
        var values = new ushort[count];
        for (var h = 0; h < count; h++)
        {
            values[h] = (ushort)(minimum[h] >> 48);
        }
        return new ReprintSignature(values, words.Count);
    }

    public static double Estimate(ReprintSignature a, ReprintSignature b)
    {
        if (a.IsEmpty || b.IsEmpty || a.Values.Length != b.Values.Length)
        {
            return 0;
        }
        var same = 0;
        for (var i = 0; i < a.Values.Length; i++)
        {
            if (a.Values[i] == b.Values[i])
            {
                same++;
            }
        }
        return (double)same / a.Values.Length;
    }

    private ulong BandKey(ushort[] values, int band)
    {
        var key = 14695981039346656037UL ^ (ulong)band;
        var offset = band * _options.RowsPerBand;
        for (var r = 0; r < _options.RowsPerBand; r++)
        {
            key = Mix(key ^ values[offset + r]);
        }
        return key;
    }

    /// <summary>Lowercase letter-and-digit words, hashed, minus function words, so spacing, punctuation and "the" do not matter.</summary>
    private List<ulong> ContentWords(string text)
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
                AddContentWord(words, hash);
                hash = 14695981039346656037UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            AddContentWord(words, hash);
        }
        return words;
    }

    private void AddContentWord(List<ulong> words, ulong hash)
    {
        if (!_functionWords.Contains(hash))
        {
            words.Add(hash);
        }
    }

    private static ulong WordHash(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var rune in word.EnumerateRunes())
        {
            hash = (hash ^ (ulong)Rune.ToLowerInvariant(rune).Value) * 1099511628211UL;
        }
        return hash;
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
