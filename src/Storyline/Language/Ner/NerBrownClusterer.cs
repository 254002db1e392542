namespace Storyline.Language.Ner;

/// <summary>
/// Brown clustering (Brown et al. 1992) as Liang (2005) runs it: words (lower-cased, seen at least
/// <see cref="NerClustererOptions.MinCount"/> times) enter in order of frequency into a window of
/// <see cref="NerClustererOptions.Window"/> clusters; after each entry the two clusters whose merge
/// loses the least average mutual information between adjacent clusters are merged; at the end the
/// window is merged down to one. A word's path is its way down the tree of merges. Merge losses are
/// kept for every pair and updated in constant time per pair after each entry or merge, so a step
/// costs O(C²). Deterministic: ties go to the lowest pair of slots.
/// </summary>
public sealed class NerBrownClusterer(NerClustererOptions? options = null)
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

        var bigrams = new Dictionary<long, int>();
        long total = 0;
        foreach (var s in corpus)
        {
            for (var i = 0; i + 1 < s.Length; i++)
            {
                if (index.TryGetValue(s[i], out var a) && index.TryGetValue(s[i + 1], out var b))
                {
                    var key = ((long)a * vocabulary.Count) + b;
                    bigrams[key] = bigrams.GetValueOrDefault(key) + 1;
                    total++;
                }
            }
        }

        var right = new List<(int Word, int Count)>[vocabulary.Count];
        var left = new List<(int Word, int Count)>[vocabulary.Count];
        for (var w = 0; w < vocabulary.Count; w++)
        {
            right[w] = [];
            left[w] = [];
        }

        foreach (var (key, n) in bigrams.OrderBy(p => p.Key))
        {
            var a = (int)(key / vocabulary.Count);
            var b = (int)(key % vocabulary.Count);
            right[a].Add((b, n));
            left[b].Add((a, n));
        }

        var unigrams = vocabulary.Select(w => (double)counts[w]).ToArray();
        var paths = new Window(Math.Max(2, _options.Window), Math.Max(1, total), unigrams.Sum(), right, left, unigrams).Run();
        return [.. vocabulary.Select((w, i) => new NerWordCluster(w, paths[i], counts[w]))];
    }

    /// <summary>The binary tree of the final merges: leaves are the window's last clusters, each merge a new node over two.</summary>
    private sealed class Tree(int words)
    {
        private readonly List<(int Left, int Right)> _inner = [];

        public int Merge(int a, int b)
        {
            _inner.Add((a, b));
            return words + _inner.Count - 1;
        }

        public string[] Paths()
        {
            var paths = new string[words];
            if (_inner.Count == 0)
            {
                Array.Fill(paths, "0");
                return paths;
            }

            var stack = new Stack<(int Node, string Path)>();
            stack.Push((words + _inner.Count - 1, string.Empty));
            while (stack.Count > 0)
            {
                var (node, path) = stack.Pop();
                if (node < words)
                {
                    paths[node] = path.Length == 0 ? "0" : path;
                    continue;
                }

                var (l, r) = _inner[node - words];
                stack.Push((r, path + "1"));
                stack.Push((l, path + "0"));
            }

            return paths;
        }
    }

    /// <summary>The active clusters (slots), their adjacency counts, and the merge loss of every pair.</summary>
    private sealed class Window
    {
        private readonly int _size;
        private readonly double _n;
        private readonly double _unigramTotal;
        private readonly List<(int Word, int Count)>[] _right;
        private readonly List<(int Word, int Count)>[] _left;
        private readonly double[] _unigrams;
        private Tree? _tree;
        private readonly int[] _slotOf;
        private readonly List<int>[] _members;
        private readonly int[] _node;
        private readonly bool[] _used;
        private readonly double[] _count;
        private readonly double[,] _p;
        private readonly double[,] _q;
        private readonly double[] _s;
        private readonly double[,] _loss;

        public Window(int size, long bigrams, double unigramTotal, List<(int Word, int Count)>[] right, List<(int Word, int Count)>[] left, double[] unigrams)
        {
            _size = size + 1;
            _n = bigrams;
            _unigramTotal = unigramTotal;
            _right = right;
            _left = left;
            _unigrams = unigrams;
            _slotOf = new int[unigrams.Length];
            Array.Fill(_slotOf, -1);
            _members = new List<int>[_size];
            _node = new int[_size];
            _used = new bool[_size];
            _count = new double[_size];
            _p = new double[_size, _size];
            _q = new double[_size, _size];
            _s = new double[_size];
            _loss = new double[_size, _size];
        }

        /// <summary>
        /// Every word's path: words that end in one of the window's last clusters share that cluster's
        /// path in the tree of the final merges (as Liang's wcluster writes them).
        /// </summary>
        public string[] Run()
        {
            for (var w = 0; w < _unigrams.Length; w++)
            {
                Add(w);
                if (Active() == _size)
                {
                    MergeBest();
                }
            }

            var finalSlot = (int[])_slotOf.Clone();
            _tree = new Tree(_size);
            for (var x = 0; x < _size; x++)
            {
                _node[x] = x;
            }

            while (Active() > 1)
            {
                MergeBest();
            }

            var leaves = _tree.Paths();
            return [.. finalSlot.Select(slot => leaves[slot])];
        }

        private int Active() => _used.Count(u => u);

        /// <summary>q(x, y): the pair's share of the mutual information, from adjacency count and unigram counts.</summary>
        private double Q(double pxy, double cx, double cy) =>
            pxy <= 0 ? 0 : pxy / _n * Math.Log(pxy / _n / (cx / _unigramTotal * (cy / _unigramTotal)));

        private void Add(int word)
        {
            var n = Array.IndexOf(_used, false);
            _used[n] = true;
            _members[n] = [word];
            _slotOf[word] = n;
            _count[n] = _unigrams[word];
            for (var x = 0; x < _size; x++)
            {
                _p[n, x] = 0;
                _p[x, n] = 0;
            }

            foreach (var (v, c) in _right[word])
            {
                if (_slotOf[v] >= 0)
                {
                    _p[n, _slotOf[v]] += c;
                }
            }

            foreach (var (v, c) in _left[word])
            {
                if (_slotOf[v] >= 0 && v != word)
                {
                    _p[_slotOf[v], n] += c;
                }
            }

            RefreshQ(n);

            // Every old pair gains the terms with the new cluster.
            for (var i = 0; i < _size; i++)
            {
                if (!_used[i] || i == n)
                {
                    continue;
                }

                for (var j = i + 1; j < _size; j++)
                {
                    if (!_used[j] || j == n)
                    {
                        continue;
                    }

                    var ci = _count[i] + _count[j];
                    _loss[i, j] += _q[i, n] + _q[n, i] + _q[j, n] + _q[n, j]
                        - Q(_p[i, n] + _p[j, n], ci, _count[n]) - Q(_p[n, i] + _p[n, j], _count[n], ci);
                }
            }

            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != n)
                {
                    _s[x] += _q[x, n] + _q[n, x];
                }
            }

            _s[n] = Own(n);
            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != n)
                {
                    SetLoss(x, n, FullLoss(x, n));
                }
            }
        }

        private void MergeBest()
        {
            var best = double.MaxValue;
            int a = -1, b = -1;
            for (var i = 0; i < _size; i++)
            {
                if (!_used[i])
                {
                    continue;
                }

                for (var j = i + 1; j < _size; j++)
                {
                    if (_used[j] && _loss[i, j] < best)
                    {
                        best = _loss[i, j];
                        a = i;
                        b = j;
                    }
                }
            }

            // Pairs apart from a and b: the terms with a and b become terms with the merged cluster.
            var merged = new double[_size];
            var mergedIn = new double[_size];
            for (var x = 0; x < _size; x++)
            {
                merged[x] = _p[a, x] + _p[b, x];
                mergedIn[x] = _p[x, a] + _p[x, b];
            }

            var cab = _count[a] + _count[b];
            var selfAb = _p[a, a] + _p[a, b] + _p[b, a] + _p[b, b];
            var qOut = new double[_size];
            var qIn = new double[_size];
            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != a && x != b)
                {
                    qOut[x] = Q(merged[x], cab, _count[x]);
                    qIn[x] = Q(mergedIn[x], _count[x], cab);
                }
            }

            for (var i = 0; i < _size; i++)
            {
                if (!_used[i] || i == a || i == b)
                {
                    continue;
                }

                for (var j = i + 1; j < _size; j++)
                {
                    if (!_used[j] || j == a || j == b)
                    {
                        continue;
                    }

                    var cij = _count[i] + _count[j];
                    var ds = qOut[i] + qIn[i] + qOut[j] + qIn[j]
                        - _q[i, a] - _q[a, i] - _q[i, b] - _q[b, i]
                        - _q[j, a] - _q[a, j] - _q[j, b] - _q[b, j];
                    var dSum = Q(_p[i, a] + _p[i, b] + _p[j, a] + _p[j, b], cij, cab)
                        + Q(_p[a, i] + _p[b, i] + _p[a, j] + _p[b, j], cab, cij)
                        - Q(_p[i, a] + _p[j, a], cij, _count[a]) - Q(_p[a, i] + _p[a, j], _count[a], cij)
                        - Q(_p[i, b] + _p[j, b], cij, _count[b]) - Q(_p[b, i] + _p[b, j], _count[b], cij);
                    _loss[i, j] += ds - dSum;
                }
            }

            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != a && x != b)
                {
                    _s[x] += qOut[x] + qIn[x] - _q[x, a] - _q[a, x] - _q[x, b] - _q[b, x];
                }
            }

            // The merged cluster takes slot a; slot b is freed for the next word.
            for (var x = 0; x < _size; x++)
            {
                _p[a, x] = merged[x];
                _p[x, a] = mergedIn[x];
                _p[b, x] = 0;
                _p[x, b] = 0;
            }

            _p[a, a] = selfAb;
            _p[a, b] = 0;
            _p[b, a] = 0;
            _count[a] = cab;
            _count[b] = 0;
            _used[b] = false;
            foreach (var w in _members[b])
            {
                _slotOf[w] = a;
            }

            _members[a].AddRange(_members[b]);
            _members[b] = [];
            if (_tree is not null)
            {
                _node[a] = _tree.Merge(_node[a], _node[b]);
            }
            RefreshQ(a);
            _s[a] = Own(a);
            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != a)
                {
                    SetLoss(x, a, FullLoss(x, a));
                }
            }
        }

        private void RefreshQ(int c)
        {
            for (var x = 0; x < _size; x++)
            {
                _q[c, x] = _used[x] ? Q(_p[c, x], _count[c], _count[x]) : 0;
                _q[x, c] = _used[x] ? Q(_p[x, c], _count[x], _count[c]) : 0;
            }
        }

        /// <summary>s(c): every term of the objective that involves cluster c.</summary>
        private double Own(int c)
        {
            var sum = -_q[c, c];
            for (var x = 0; x < _size; x++)
            {
                if (_used[x])
                {
                    sum += _q[c, x] + _q[x, c];
                }
            }

            return sum;
        }

        /// <summary>The mutual information lost by merging i and j, from scratch: O(C).</summary>
        private double FullLoss(int i, int j)
        {
            var cij = _count[i] + _count[j];
            var after = Q(_p[i, i] + _p[i, j] + _p[j, i] + _p[j, j], cij, cij);
            for (var x = 0; x < _size; x++)
            {
                if (_used[x] && x != i && x != j)
                {
                    after += Q(_p[i, x] + _p[j, x], cij, _count[x]) + Q(_p[x, i] + _p[x, j], _count[x], cij);
                }
            }

            return _s[i] + _s[j] - _q[i, j] - _q[j, i] - after;
        }

        private void SetLoss(int x, int y, double value)
        {
            if (x < y)
            {
                _loss[x, y] = value;
            }
            else
            {
                _loss[y, x] = value;
            }
        }
    }
}
