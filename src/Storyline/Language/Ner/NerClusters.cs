using Storyline.Model;

namespace Storyline.Language.Ner;

/// <summary>
/// The word clusters the tagger reads (built by <see cref="NerClusterer"/>, `Storyline.Eval ner-clusters`):
/// per lower-cased word, the hashes of its path's prefixes at <see cref="PrefixLengths"/>. Read-only after
/// construction.
/// </summary>
internal sealed class NerClusters
{
    /// <summary>Path prefix lengths: coarse classes to nearly single words (a shorter path gives its whole self).</summary>
    public static readonly int[] PrefixLengths = [4, 6, 10, 14];

    public const string EmbeddedPath = "Language/Data/ner/clusters.tsv";

    private readonly Dictionary<ulong, int> _rows = [];
    private readonly List<ulong> _prefixes = [];

    /// <summary>From `word TAB path` lines; lines without a tab (the '#' header) are skipped, and a word may itself be '#'.</summary>
    public NerClusters(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var word = NerHash.Lower(line.AsSpan(0, tab));
            var paths = line[(tab + 1)..].Trim().Split('\t');
            if (Width == 0)
            {
                Width = paths.Length * PrefixLengths.Length;
            }

            if (paths.Length * PrefixLengths.Length != Width || !_rows.TryAdd(word, _prefixes.Count))
            {
                continue;
            }

            for (var column = 0; column < paths.Length; column++)
            {
                var path = paths[column];
                foreach (var length in PrefixLengths)
                {
                    // "-": this clustering left the word out (too rare for it); that is a feature of its own.
                    _prefixes.Add(NerHash.Mix((ulong)((column * 100) + length), path == "-" ? 0x2D : NerHash.Text(path.AsSpan(0, Math.Min(length, path.Length)))));
                }
            }
        }
    }

    public static NerClusters LoadEmbedded() => new(EmbeddedData.ReadText(EmbeddedPath).Split('\n'));

    public int Count => _rows.Count;

    /// <summary>Prefixes per word: <see cref="PrefixLengths"/> for each clustering (path column) in the file.</summary>
    public int Width { get; private set; }

    /// <summary>The row of a lower-cased word hash (for <see cref="Prefix"/>), or -1 when the word has no cluster.</summary>
    public int Row(ulong lowerHash) => _rows.TryGetValue(lowerHash, out var row) ? row : -1;

    /// <summary>The hash of prefix number <paramref name="k"/> (of <see cref="PrefixLengths"/>) of a row's path.</summary>
    public ulong Prefix(int row, int k) => _prefixes[row + k];
}
