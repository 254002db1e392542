namespace Storyline.Language.Ner;

/// <summary>Training settings; the defaults are the ones the shipped model was trained with (docs/ner.md).</summary>
public sealed class NerTrainerOptions
{
    public int Epochs { get; init; } = 15;

    /// <summary>Seeds the order documents are visited in each epoch: same data and seed, same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features whose averaged weights are all smaller than this (in absolute value) are left out of the model.</summary>
    public float Prune { get; init; } = 0.01f;
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
    private readonly Dictionary<ulong, int> _rows = [];
    private int[] _weights = new int[Labels * 1024];
    private long[] _totals = new long[Labels * 1024];
    private long _step = 1;

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

    /// <summary>
    /// Trains for <see cref="NerTrainerOptions.Epochs"/> epochs and returns the averaged, pruned model.
    /// <paramref name="afterEpoch"/>, when given, sees the model as it stands after each epoch (for
    /// choosing the number of epochs on held-out data; it cannot change the training).
    /// </summary>
    public NerModel Train(IReadOnlyList<ConllDocument> documents, Action<int, NerModel>? afterEpoch = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var prepared = documents
            .Select(d => (Features: _features.Extract(d.Sentences.Select(s => s.Tokens).ToList()), Gold: d.Sentences.SelectMany(s => s.Tags).Select(NerLabels.Parse).ToArray()))
            .ToList();
        var order = Enumerable.Range(0, prepared.Count).ToArray();
        var random = new Random(_options.Seed);
        for (var epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var d in order)
            {
                TrainDocument(prepared[d].Features, prepared[d].Gold);
            }

            if (afterEpoch is not null && epoch < _options.Epochs)
            {
                afterEpoch(epoch, Average());
            }
        }

        var model = Average();
        afterEpoch?.Invoke(_options.Epochs, model);
        return model;
    }

    /// <summary>A tagger over a model this trainer made, sharing its gazetteer.</summary>
    public NerTagger Tagger(NerModel model) => new(model, _gazetteer);

    private void TrainDocument(DocumentFeatures doc, int[] gold)
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

    private NerModel Average()
    {
        var keys = new List<ulong>();
        var weights = new List<float>();
        Span<float> row = stackalloc float[Labels];
        foreach (var (key, at) in _rows.OrderBy(p => p.Key))
        {
            var keep = false;
            for (var j = 0; j < Labels; j++)
            {
                row[j] = (float)(_weights[at + j] - ((double)_totals[at + j] / _step));
                keep |= Math.Abs(row[j]) >= _options.Prune;
            }

            if (keep)
            {
                keys.Add(key);
                foreach (var w in row)
                {
                    weights.Add(w);
                }
            }
        }

        return new NerModel([.. keys], [.. weights], NerFeatures.FeatureVersion);
    }
}
