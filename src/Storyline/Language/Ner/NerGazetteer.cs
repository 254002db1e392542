using Storyline.Model;

namespace Storyline.Language.Ner;

/// <summary>What a gazetteer phrase is, as bits: a phrase can be several things ("Georgia" is not, but "Luxembourg" is a country and a capital).</summary>
[Flags]
internal enum NerGazetteerKinds
{
    None = 0,
    Country = 1,
    City = 2,
    Region = 4,
    Location = 8,
    Demonym = 16,
    Organization = 32,
    GivenName = 64,
    Title = 128,
}

/// <summary>
/// The shared gazetteers (countries.tsv, cities.tsv, organizations.tsv, first_names.txt, titles.tsv)
/// as lower-cased token phrases keyed by hash, for the tagger's gazetteer features and for the finer
/// types (GPE, NORP) of its output. Read once; immutable and safe to share.
/// </summary>
internal sealed class NerGazetteer
{
    private const string DataFolder = "Language/Data/";
    private const int MaxPhraseTokens = 8;

    private readonly Dictionary<ulong, NerGazetteerKinds> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];

    public NerGazetteer()
    {
        foreach (var line in EmbeddedData.ReadLines(DataFolder + "countries.tsv"))
        {
            var columns = line.Split('\t');
            Add(columns[0], NerGazetteerKinds.Country);
            AddList(columns, 1, NerGazetteerKinds.Country);
            AddList(columns, 2, NerGazetteerKinds.Demonym);
            AddList(columns, 3, NerGazetteerKinds.City);
        }

        foreach (var line in EmbeddedData.ReadLines(DataFolder + "cities.tsv"))
        {
            var columns = line.Split('\t');
            var kind = (columns.Length > 3 ? columns[3].Trim() : "city") switch
            {
                "location" => NerGazetteerKinds.Location,
                "region" => NerGazetteerKinds.Region,
                _ => NerGazetteerKinds.City,
            };
            Add(columns[0], kind);
            AddList(columns, 2, kind);
        }

        foreach (var line in EmbeddedData.ReadLines(DataFolder + "organizations.tsv"))
        {
            var columns = line.Split('\t');
            Add(columns[0], NerGazetteerKinds.Organization);
            AddList(columns, 1, NerGazetteerKinds.Organization);
        }

        foreach (var line in EmbeddedData.ReadLines(DataFolder + "first_names.txt"))
        {
            Add(line, NerGazetteerKinds.GivenName);
        }

        foreach (var line in EmbeddedData.ReadLines(DataFolder + "titles.tsv"))
        {
            Add(line.Split('\t')[0], NerGazetteerKinds.Title);
        }
    }

    /// <summary>
    /// Marks the longest gazetteer phrase starting at each token, left to right, over the lower-cased
    /// token hashes of one sentence. A phrase counts only if its first token starts with a capital, so
    /// "us" and "turkey" in running text are not the country.
    /// </summary>
    public void Match(ReadOnlySpan<ulong> lowerHashes, ReadOnlySpan<bool> capitalized, Span<NerGazetteerKinds> kinds, Span<bool> begins)
    {
        kinds.Clear();
        begins.Clear();
        var i = 0;
        while (i < lowerHashes.Length)
        {
            var found = NerGazetteerKinds.None;
            var length = capitalized[i] ? Longest(lowerHashes[i..], out found) : 0;
            if (length == 0)
            {
                i++;
                continue;
            }

            begins[i] = true;
            for (var j = i; j < i + length; j++)
            {
                kinds[j] = found;
            }

            i += length;
        }
    }

    /// <summary>The kinds of a whole phrase given as tokens ("New Delhi", "Indian").</summary>
    public NerGazetteerKinds Lookup(IEnumerable<string> tokens)
    {
        var h = 0UL;
        var any = false;
        foreach (var token in tokens)
        {
            h = NerHash.Mix(h, NerHash.Lower(token));
            any = true;
        }

        return any && _phrases.TryGetValue(h, out var kinds) ? kinds : NerGazetteerKinds.None;
    }

    private int Longest(ReadOnlySpan<ulong> lowerHashes, out NerGazetteerKinds kinds)
    {
        kinds = NerGazetteerKinds.None;
        var best = 0;
        var h = 0UL;
        for (var k = 0; k < Math.Min(MaxPhraseTokens, lowerHashes.Length); k++)
        {
            h = NerHash.Mix(h, lowerHashes[k]);
            if (_phrases.TryGetValue(h, out var found))
            {
                best = k + 1;
                kinds = found;
            }

            if (!_prefixes.Contains(h))
            {
                break;
            }
        }

        return best;
    }

    private void AddList(string[] columns, int index, NerGazetteerKinds kind)
    {
        if (index >= columns.Length)
        {
            return;
        }

        foreach (var item in columns[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Add(item, kind);
        }
    }

    private void Add(string phrase, NerGazetteerKinds kind)
    {
        var tokens = SplitLikeConll(phrase);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return;
        }

        var h = 0UL;
        for (var k = 0; k < tokens.Count; k++)
        {
            h = NerHash.Mix(h, NerHash.Lower(tokens[k]));
            if (k < tokens.Count - 1)
            {
                _prefixes.Add(h);
            }
        }

        _phrases[h] = _phrases.GetValueOrDefault(h) | kind;
    }

    /// <summary>Splits a phrase the way CoNLL tokenizes: on spaces, with a possessive "'s" a token of its own.</summary>
    internal static List<string> SplitLikeConll(string phrase)
    {
        var tokens = new List<string>();
        foreach (var part in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var p = part.Replace('\u2019', '\'');
            if (p.Length > 2 && p.EndsWith("'s", StringComparison.Ordinal))
            {
                tokens.Add(p[..^2]);
                tokens.Add("'s");
            }
            else
            {
                tokens.Add(p);
            }
        }

        return tokens;
    }
}
