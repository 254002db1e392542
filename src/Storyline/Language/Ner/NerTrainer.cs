namespace Storyline.Language.Ner;

/// <summary>Training settings; the defaults are the ones the shipped model was trained with (docs/ner.md).</summary>
public sealed class NerTrainerOptions
{
    public int Epochs { get; init; } = 15;

    /// <summary>Seeds the order documents are visited in each epoch: same data and seed, same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features whose averaged weights are all smaller than this (in absolute value) are left out of the model.</summary>
    public float Prune { get; init; } = 0.01f;

    /// <summary>
    /// How many perceptrons are trained, each visiting the documents in its own order (seeds Seed,
    /// Seed+1...); the model is their mean. Averaging over orders removes much of the run-to-run noise.
    /// </summary>
    public int Runs { get; init; } = 3;

    /// <summary>
    /// The share of training documents (chosen by a fixed hash of their index, the same in every run)
    /// that are trained without the <see cref="DropoutLists"/>, so that spelling and context features
    /// keep their weight for names the lists lack (a demonym of a new or fictional country).
    /// </summary>
    public double ListDropout { get; init; } = 0.5;

    /// <summary>The NER-only lists (file names without ".txt") that list dropout leaves out; empty: all of them.</summary>
    public IReadOnlyList<string> DropoutLists { get; init; } = ["demonyms", "religions_languages"];
}

/// <summary>
/// Trains the tagger's averaged perceptron on labelled CoNLL documents, decoding greedily with the
/// model's own previous labels (as the tagger will) and updating on every wrong token. Single-threaded
/// and deterministic: integer updates, documents shuffled by a seeded generator.
/// </summary>
public sealed class NerTrainer
{
    private const int Labels = NerLabels.Count;

    private readonly NerTrainerOptions _options;
    private readonly NerGazetteer _gazetteer;
    private readonly NerFeatures _features;

    public NerTrainer(NerTrainerOptions? options = null)
        : this(options ?? new NerTrainerOptions(), new NerGazetteer())
    {
    }

    internal NerTrainer(NerTrainerOptions options, NerGazetteer gazetteer)
    {
        _options = options;
        _gazetteer = gazetteer;
        _features = new NerFeatures(gazetteer);
    }

    /// <summary>The lists a training document is featurized with: all, or (list dropout) all but the dropped ones.</summary>
    private uint ListsFor(int document)
    {
        if (_options.ListDropout <= 0 || NerHash.Mix(0xD409, (ulong)document) % 1000 >= (ulong)(_options.ListDropout * 1000))
        {
            return uint.MaxValue;
        }

        var dropped = 0u;
        for (var k = 0; k < _gazetteer.ListCount; k++)
        {
            if (_options.DropoutLists.Count == 0 || _options.DropoutLists.Any(n => NerHash.Text(n) == _gazetteer.ListKey(k)))
            {
                dropped |= 1u << k;
            }
        }

        return ~dropped;
    }

    /// <summary>
    /// Trains <see cref="NerTrainerOptions.Runs"/> perceptrons for <see cref="NerTrainerOptions.Epochs"/>
    /// epochs each, side by side, and returns their mean, pruned. <paramref name="afterEpoch"/>, when given,
    /// sees the model as it stands after each epoch (for choosing the number of epochs on held-out data;
    /// it cannot change the training).
    /// </summary>
    public NerModel Train(IReadOnlyList<ConllDocument> documents, Action<int, NerModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = documents
            .Select((d, i) => (Features: _features.Extract(d.Sentences.Select(s => s.Tokens).ToList(), lists: ListsFor(i)), Gold: d.Sentences.SelectMany(s => s.Tags).Select(NerLabels.Parse).ToArray()))
            .ToList();
        var runs = Enumerable.Range(0, Math.Max(1, _options.Runs))
            .Select(r => (Perceptron: new Perceptron(), Order: Enumerable.Range(0, prepared.Count).ToArray(), Random: new Random(_options.Seed + r)))
            .ToList();
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            foreach (var (perceptron, order, random) in runs)
            {
                random.Shuffle(order);
                foreach (var d in order)
                {
                    perceptron.TrainDocument(prepared[d].Features, prepared[d].Gold);
                }
            }

            if (afterEpoch is not null && epoch < _options.Epochs)
            {
                afterEpoch(epoch, Average(runs.Select(r => r.Perceptron).ToList()));
            }
        }

        var model = Average(runs.Select(r => r.Perceptron).ToList());
        afterEpoch?.Invoke(_options.Epochs, model);
        return model;
    }

    /// <summary>A tagger over a model this trainer made, sharing its gazetteer.</summary>
    public NerTagger Tagger(NerModel model) => new(model, _gazetteer);

    /// <summary>The mean of the runs' averaged weights (a feature a run never updated counts 0 there), pruned.</summary>
    private NerModel Average(List<Perceptron> runs)
    {
        var sums = new Dictionary<ulong, float[]>();
        foreach (var run in runs)
        {
            run.AddAverage(sums, 1f / runs.Count);
        }

        var keys = new List<ulong>();
        var weights = new List<float>();
        foreach (var (key, row) in sums.OrderBy(p => p.Key))
        {
            if (row.Any(w => Math.Abs(w) >= _options.Prune))
            {
                keys.Add(key);
                weights.AddRange(row);
            }
        }

        return new NerModel([.. keys], [.. weights], NerFeatures.FeatureVersion);
    }

    /// <summary>One averaged perceptron's integer weights and update history.</summary>
    private sealed class Perceptron
    {
        private readonly Dictionary<ulong, int> _rows = [];
        private int[] _weights = new int[Labels * 1024];
        private long[] _totals = new long[Labels * 1024];
        private long _step = 1;

        public void TrainDocument(DocumentFeatures doc, int[] gold)
        {
            var history = new Dictionary<ulong, int>();
            Span<int> scores = stackalloc int[Labels];
            Span<ulong> dynamic = stackalloc ulong[NerFeatures.MaxDynamic];
            for (var s = 0; s < doc.SentenceStarts.Length - 1; s++)
            {
                var previous = NerLabels.Start;
                var beforePrevious = NerLabels.Start;
                for (var g = doc.SentenceStarts[s]; g < doc.SentenceStarts[s + 1]; g++)
                {
                    var statics = doc.Static.AsSpan(doc.Offsets[g], doc.Offsets[g + 1] - doc.Offsets[g]);
                    var count = NerFeatures.AddDynamic(doc, g, previous, beforePrevious, history, doc.SentenceAllCaps[s], dynamic);
                    scores.Clear();
                    Score(statics, scores);
                    Score(dynamic[..count], scores);
                    var best = 0;
                    for (var j = 1; j < Labels; j++)
                    {
                        if (scores[j] > scores[best] && NerLabels.IsAllowed(previous, j))
                        {
                            best = j;
                        }
                    }

                    if (best != gold[g])
                    {
                        Update(statics, gold[g], best);
                        Update(dynamic[..count], gold[g], best);
                    }

                    _step++;
                    NerFeatures.Remember(doc, g, best, history);
                    beforePrevious = previous;
                    previous = best;
                }
            }
        }

        private void Score(ReadOnlySpan<ulong> keys, Span<int> scores)
        {
            foreach (var key in keys)
            {
                if (_rows.TryGetValue(key, out var row))
                {
                    var w = _weights.AsSpan(row, Labels);
                    for (var j = 0; j < Labels; j++)
                    {
                        scores[j] += w[j];
                    }
                }
            }
        }

        private void Update(ReadOnlySpan<ulong> keys, int truth, int guess)
        {
            foreach (var key in keys)
            {
                if (!_rows.TryGetValue(key, out var row))
                {
                    row = _rows.Count * Labels;
                    _rows.Add(key, row);
                    if (row + Labels > _weights.Length)
                    {
                        Array.Resize(ref _weights, _weights.Length * 2);
                        Array.Resize(ref _totals, _totals.Length * 2);
                    }
                }

                // Averaging trick: w_avg = w - totals / steps, where totals gathers step * change.
                _weights[row + truth]++;
                _totals[row + truth] += _step;
                _weights[row + guess]--;
                _totals[row + guess] -= _step;
            }
        }

        /// <summary>Adds this run's averaged weights, times <paramref name="share"/>, in key order (so sums are deterministic).</summary>
        public void AddAverage(Dictionary<ulong, float[]> sums, float share)
        {
            foreach (var (key, at) in _rows.OrderBy(p => p.Key))
            {
                if (!sums.TryGetValue(key, out var row))
                {
                    sums[key] = row = new float[Labels];
                }

                for (var j = 0; j < Labels; j++)
                {
                    row[j] += (float)(_weights[at + j] - ((double)_totals[at + j] / _step)) * share;
                }
            }
        }
    }
}
