namespace Storyline.Language.Ner;

/// <summary>A word and its cluster: a path of '0'/'1' from the root of a binary tree, as Brown clusters are written.</summary>
public sealed record NerWordCluster(string Word, string Path, int Count);

/// <summary>Settings of <see cref="NerClusterer"/>; the defaults built the shipped clusters (docs/ner.md).</summary>
public sealed class NerClustererOptions
{
    /// <summary>Words seen fewer times than this get no cluster (their contexts are too few to place them).</summary>
    public int MinCount { get; init; } = 2;

    /// <summary>How many of the most frequent words serve as context dimensions, on each side.</summary>
    public int ContextWords { get; init; } = 1000;

    /// <summary>The longest path: the tree stops splitting at this depth.</summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Brown clustering's window: how many clusters are active while words enter.</summary>
    public int Window { get; init; } = 128;

    /// <summary>Spherical 2-means iterations per split.</summary>
    public int Iterations { get; init; } = 12;
}

/// <summary>
/// Distributional word clusters from unlabelled text, hierarchical so that path prefixes give
/// coarser and finer classes as Brown clusters do: each word (lower-cased) is a vector of positive
/// pointwise mutual information with the frequent words seen one and two tokens to its left and
/// right; the vocabulary is split in two by spherical 2-means, recursively, and a word's path is the
/// sequence of sides it fell on. Cheaper than Brown's agglomerative search (seconds, not hours) and
/// deterministic: a fixed vocabulary order, deterministic seeds, sequential arithmetic.
/// </summary>
public sealed class NerClusterer(NerClustererOptions? options = null)
{
    private readonly NerClustererOptions _options = options ?? new NerClustererOptions();

    public IReadOnlyList<NerWordCluster> Cluster(IEnumerable<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var (corpus, counts, vocabulary, index) = NerVocabulary.Build(sentences, _options.MinCount);
        if (vocabulary.Count == 0)
        {
            return [];
        }

        var k = Math.Min(_options.ContextWords, vocabulary.Count);
        var vectors = Vectors(corpus, index, vocabulary.Count, k, counts);
        var paths = new string[vocabulary.Count];
        var dimensions = 4 * (k + 1);
        Split([.. Enumerable.Range(0, vocabulary.Count)], string.Empty, vectors, dimensions, paths);
        return [.. vocabulary.Select((w, i) => new NerWordCluster(w, paths[i], counts[w]))];
    }

    /// <summary>Per word, sorted sparse PPMI vectors (L2-normalized) over four blocks: contexts at -2, -1, +1, +2.</summary>
    private static (int[] Index, float[] Value)[] Vectors(List<string[]> corpus, Dictionary<string, int> index, int words, int k, Dictionary<string, int> counts)
    {
        // Context id: the word's rank when among the k most frequent, else k (every other word and the sentence boundary).
        var cooc = new Dictionary<int, int>[words];
        var contextTotals = new long[4 * (k + 1)];
        long total = 0;
        for (var w = 0; w < words; w++)
        {
            cooc[w] = [];
        }

        ReadOnlySpan<int> offsets = [-2, -1, 1, 2];
        foreach (var s in corpus)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out var w))
                {
                    continue;
                }

                for (var b = 0; b < 4; b++)
                {
                    var j = i + offsets[b];
                    var c = k;
                    if (j >= 0 && j < s.Length && index.TryGetValue(s[j], out var r) && r < k)
                    {
                        c = r;
                    }

                    var dim = (b * (k + 1)) + c;
                    cooc[w][dim] = cooc[w].GetValueOrDefault(dim) + 1;
                    contextTotals[dim]++;
                }

                total++;
            }
        }

        var vectors = new (int[] Index, float[] Value)[words];
        var wordTotals = new long[words];
        foreach (var (word, w) in index)
        {
            wordTotals[w] = counts[word];
        }

        for (var w = 0; w < words; w++)
        {
            var dims = new List<int>();
            var values = new List<float>();
            foreach (var (dim, n) in cooc[w].OrderBy(p => p.Key))
            {
                // Four blocks per occurrence: the context's share within its block is contextTotals[dim] / total.
                var pmi = Math.Log((double)n * total / ((double)wordTotals[w] * contextTotals[dim]));
                if (pmi > 0)
                {
                    dims.Add(dim);
                    values.Add((float)pmi);
                }
            }

            var norm = 0.0;
            foreach (var v in values)
            {
                norm += (double)v * v;
            }

            var scale = norm > 0 ? (float)(1 / Math.Sqrt(norm)) : 0f;
            vectors[w] = ([.. dims], [.. values.Select(v => v * scale)]);
        }

        return vectors;
    }

    private void Split(int[] members, string path, (int[] Index, float[] Value)[] vectors, int dimensions, string[] paths)
    {
        if (members.Length < 2 || path.Length >= _options.MaxDepth)
        {
            foreach (var m in members)
            {
                paths[m] = path.Length == 0 ? "0" : path;
            }

            return;
        }

        // First split: the sign of each member's projection on the principal direction of the members
        // (power iteration from a fixed-seed vector; Boley's divisive partitioning), then 2-means refines it.
        var mean = new float[dimensions];
        foreach (var m in members)
        {
            var x = vectors[m];
            for (var j = 0; j < x.Index.Length; j++)
            {
                mean[x.Index[j]] += x.Value[j] / members.Length;
            }
        }

        var random = new Random(members.Length);
        var direction = new float[dimensions];
        for (var j = 0; j < dimensions; j++)
        {
            direction[j] = (float)(random.NextDouble() - 0.5);
        }

        var projection = new float[members.Length];
        for (var round = 0; round < 8; round++)
        {
            Normalize(direction);
            var offset = Dot(mean, direction);
            for (var i = 0; i < members.Length; i++)
            {
                projection[i] = Dot(vectors[members[i]], direction) - offset;
            }

            Array.Clear(direction);
            var sum = 0f;
            for (var i = 0; i < members.Length; i++)
            {
                var x = vectors[members[i]];
                for (var j = 0; j < x.Index.Length; j++)
                {
                    direction[x.Index[j]] += x.Value[j] * projection[i];
                }

                sum += projection[i];
            }

            for (var j = 0; j < dimensions; j++)
            {
                direction[j] -= mean[j] * sum;
            }
        }

        var left = new float[dimensions];
        var right = new float[dimensions];
        var side = new bool[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            side[i] = projection[i] > 0;
        }

        for (var iteration = 0; iteration < _options.Iterations; iteration++)
        {
            Array.Clear(left);
            Array.Clear(right);
            for (var i = 0; i < members.Length; i++)
            {
                var target = side[i] ? right : left;
                var v = vectors[members[i]];
                for (var j = 0; j < v.Index.Length; j++)
                {
                    target[v.Index[j]] += v.Value[j];
                }
            }

            Normalize(left);
            Normalize(right);
            var changed = false;
            for (var i = 0; i < members.Length; i++)
            {
                var v = vectors[members[i]];
                var goesRight = Dot(v, right) > Dot(v, left);
                changed |= goesRight != side[i];
                side[i] = goesRight;
            }

            if (!changed)
            {
                break;
            }
        }

        var ones = side.Count(x => x);
        if (ones == 0 || ones == members.Length)
        {
            // Indistinguishable members (say, all without contexts): split them by frequency order instead.
            for (var i = 0; i < side.Length; i++)
            {
                side[i] = i >= side.Length / 2;
            }
        }

        // Members keep their frequency order on each side, so the next seeds are again the most frequent.
        Split([.. members.Where((_, i) => !side[i])], path + "0", vectors, dimensions, paths);
        Split([.. members.Where((_, i) => side[i])], path + "1", vectors, dimensions, paths);
    }

    private static void Normalize(float[] centroid)
    {
        var norm = 0.0;
        foreach (var x in centroid)
        {
            norm += (double)x * x;
        }

        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < centroid.Length; i++)
            {
                centroid[i] *= scale;
            }
        }
    }

    private static float Dot(float[] a, float[] b)
    {
        var sum = 0f;
        for (var j = 0; j < a.Length; j++)
        {
            sum += a[j] * b[j];
        }

        return sum;
    }

    private static float Dot((int[] Index, float[] Value) v, float[] centroid)
    {
        var sum = 0f;
        for (var j = 0; j < v.Index.Length; j++)
        {
            sum += v.Value[j] * centroid[v.Index[j]];
        }

        return sum;
    }
}
