using System.IO.Compression;
using System.Numerics;
using Storyline.Model;

namespace Storyline.Language.Ner;

/// <summary>
/// The averaged-perceptron weights: one row of <see cref="NerLabels.Count"/> weights per hashed
/// feature, in an open-addressing table. Read-only once built, safe to share between threads.
/// On disk: gzip of a small header, the sorted feature keys, then the weights as half floats.
/// </summary>
public sealed class NerModel
{
    /// <summary>Where the shipped model lives, relative to src/Storyline.</summary>
    public const string EmbeddedPath = "Language/Data/ner/model.bin.gz";

    private const int Magic = 0x524E4C53; // "SLNR"
    private const int Labels = NerLabels.Count;

    private readonly ulong[] _slots;
    private readonly int[] _rows;
    private readonly float[] _weights;
    private readonly ulong[] _keys;
    private readonly int _mask;

    /// <summary>Builds a model from keys (nonzero, distinct) and their weight rows, row i at weights[i*9..].</summary>
    internal NerModel(ulong[] keys, float[] weights, int featureVersion)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(weights);
        if (weights.Length != keys.Length * Labels)
        {
            throw new InvalidDataException("NER model weights do not match its features.");
        }

        _keys = keys;
        _weights = weights;
        FeatureVersion = featureVersion;
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, keys.Length * 2));
        _slots = new ulong[capacity];
        _rows = new int[capacity];
        _mask = capacity - 1;
        for (var i = 0; i < keys.Length; i++)
        {
            var slot = (int)(keys[i] >> 7) & _mask;
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slots[slot] = keys[i];
            _rows[slot] = i * Labels;
        }
    }

    public int FeatureCount => _keys.Length;

    /// <summary>The feature templates the model was trained with; must equal <see cref="NerFeatures.FeatureVersion"/>.</summary>
    public int FeatureVersion { get; }

    /// <summary>Adds the weights of a feature to the label scores; unknown features add nothing.</summary>
    internal void AddTo(ulong key, Span<float> scores)
    {
        var slot = (int)(key >> 7) & _mask;
        while (true)
        {
            var k = _slots[slot];
            if (k == key)
            {
                var row = _weights.AsSpan(_rows[slot], Labels);
                for (var j = 0; j < Labels; j++)
                {
                    scores[j] += row[j];
                }

                return;
            }

            if (k == 0)
            {
                return;
            }

            slot = (slot + 1) & _mask;
        }
    }

    /// <summary>The shipped model, read from the assembly's embedded data.</summary>
    public static NerModel LoadEmbedded()
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(EmbeddedPath)
            ?? throw new InvalidOperationException($"The NER model '{EmbeddedPath}' is not embedded; train it with 'Storyline.Eval ner-train'.");
        return Load(stream);
    }

    public static NerModel Load(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("Not a Storyline NER model.");
        }

        var version = reader.ReadInt32();
        if (reader.ReadInt32() != Labels)
        {
            throw new InvalidDataException("The NER model has a different label set.");
        }

        var count = reader.ReadInt32();
        var keys = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = reader.ReadUInt64();
        }

        var weights = new float[count * Labels];
        for (var j = 0; j < Labels; j++)
        {
            for (var i = 0; i < count; i++)
            {
                weights[(i * Labels) + j] = (float)reader.ReadHalf();
            }
        }

        return new NerModel(keys, weights, version);
    }

    /// <summary>Writes the model; the same model always gives the same bytes (keys sorted, no timestamps).</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var order = Enumerable.Range(0, _keys.Length).OrderBy(i => _keys[i]).ToArray();
        using var gzip = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var writer = new BinaryWriter(buffered);
        writer.Write(Magic);
        writer.Write(FeatureVersion);
        writer.Write(Labels);
        writer.Write(order.Length);
        foreach (var i in order)
        {
            writer.Write(_keys[i]);
        }

        // Column by column (all O weights, then all B-PER...) compresses better than row by row.
        for (var j = 0; j < Labels; j++)
        {
            foreach (var i in order)
            {
                writer.Write((Half)_weights[(i * Labels) + j]);
            }
        }
    }

    public void Save(string path)
    {
        using var stream = File.Create(path);
        Save(stream);
    }
}
