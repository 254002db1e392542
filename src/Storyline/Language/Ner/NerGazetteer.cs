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
    private const string ListFolder = "Language/Data/ner/gazetteers/";
    private const int MaxPhraseTokens = 8;

    /// <summary>At most this many NER-only lists (one bit each in a match mask).</summary>
    public const int MaxLists = 32;

    private readonly Dictionary<ulong, NerGazetteerKinds> _phrases = [];
    private readonly HashSet<ulong> _prefixes = [];

    // The NER-only lists (ner/gazetteers/*.txt, one kind per file): phrase hash -> bit mask of lists.
    private readonly Dictionary<ulong, uint> _listPhrases = [];
    private readonly HashSet<ulong> _listPrefixes = [];
    private readonly ulong[] _listKeys;

    public NerGazetteer()
        : this(EmbeddedLists())
    {
    }

    /// <summary>The shared gazetteers plus the given NER-only lists (name, lines), in order; the list's name keys its features.</summary>
    internal NerGazetteer(IReadOnlyList<(string Name, IEnumerable<string> Lines)> lists)
    {
        ArgumentNullException.ThrowIfNull(lists);
        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"At most {MaxLists} NER gazetteer lists.", nameof(lists));
        }

        _listKeys = new ulong[lists.Count];
        for (var k = 0; k < lists.Count; k++)
        {
            _listKeys[k] = NerHash.Text(lists[k].Name);
            foreach (var line in lists[k].Lines)
            {
                AddToList(line, 1u << k);
            }
        }

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

    /// <summary>How many NER-only lists there are.</summary>
    public int ListCount => _listKeys.Length;

    /// <summary>A stable key per NER-only list (the hash of its name), for feature keys that do not move when a list is added.</summary>
    public ulong ListKey(int index) => _listKeys[index];

    /// <summary>
    /// Matches the NER-only lists over one sentence's lower-cased token hashes: for each list separately,
    /// the longest phrase starting at a capitalized token, left to right without overlap within that list
    /// (a phrase may be in several lists, and lists may overlap each other). Per token, the lists whose
    /// match begins there and those whose match covers it further in, as bit masks. Matching is
    /// case-insensitive past the first letter, so all-caps headlines and tables match too.
    /// </summary>
    public void MatchLists(ReadOnlySpan<ulong> lowerHashes, ReadOnlySpan<bool> capitalized, Span<uint> begin, Span<uint> inside)
    {
        begin.Clear();
        inside.Clear();
        if (_listKeys.Length == 0)
        {
            return;
        }

        Span<int> coveredUntil = stackalloc int[MaxLists];
        Span<int> longest = stackalloc int[MaxLists];
        coveredUntil.Clear();
        for (var i = 0; i < lowerHashes.Length; i++)
        {
            if (!capitalized[i])
            {
                continue;
            }

            var any = 0u;
            var h = 0UL;
            var limit = Math.Min(MaxPhraseTokens, lowerHashes.Length - i);
            for (var k = 0; k < limit; k++)
            {
                h = NerHash.Mix(h, lowerHashes[i + k]);
                if (_listPhrases.TryGetValue(h, out var mask))
                {
                    // Later (longer) matches overwrite shorter ones list by list.
                    for (var m = mask; m != 0; m &= m - 1)
                    {
                        longest[System.Numerics.BitOperations.TrailingZeroCount(m)] = k + 1;
                    }

                    any |= mask;
                }

                if (!_listPrefixes.Contains(h))
                {
                    break;
                }
            }

            for (var m = any; m != 0; m &= m - 1)
            {
                var list = System.Numerics.BitOperations.TrailingZeroCount(m);
                if (coveredUntil[list] > i)
                {
                    continue;
                }

                var bit = 1u << list;
                var end = i + longest[list];
                begin[i] |= bit;
                for (var j = i + 1; j < end; j++)
                {
                    inside[j] |= bit;
                }

                coveredUntil[list] = end;
            }
        }
    }

    /// <summary>The embedded NER-only lists, in ordinal order of their file names.</summary>
    private static List<(string Name, IEnumerable<string> Lines)> EmbeddedLists() =>
        [.. EmbeddedData.Names()
            .Where(n => n.StartsWith(ListFolder, StringComparison.Ordinal) && n.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => (n[ListFolder.Length..^4], EmbeddedData.ReadLines(n)))];

    private void AddToList(string phrase, uint bit)
    {
        if (HashPhrase(phrase, _listPrefixes) is { } h)
        {
            _listPhrases[h] = _listPhrases.GetValueOrDefault(h) | bit;
        }
    }

    /// <summary>The hash of a phrase's lower-cased tokens, with the hash of every proper prefix added to <paramref name="prefixes"/>; null for an empty or too long phrase.</summary>
    private static ulong? HashPhrase(string phrase, HashSet<ulong> prefixes)
    {
        var tokens = SplitLikeConll(phrase);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return null;
        }

        var h = 0UL;
        for (var k = 0; k < tokens.Count; k++)
        {
            h = NerHash.Mix(h, NerHash.Lower(tokens[k]));
            if (k < tokens.Count - 1)
            {
                prefixes.Add(h);
            }
        }

        return h;
    }

    /// <summary>Whether the NER-only list <paramref name="list"/> (its file name without ".txt") holds the whole phrase given as tokens.</summary>
    public bool InList(string list, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var index = Array.IndexOf(_listKeys, NerHash.Text(list));
        return index >= 0 && PhraseKey(tokens) is { } h && _listPhrases.TryGetValue(h, out var bits) && (bits & (1u << index)) != 0;
    }

    /// <summary>The hash of a phrase's lower-cased tokens, as the tables are keyed; null for no tokens.</summary>
    private static ulong? PhraseKey(IEnumerable<string> tokens)
    {
        var h = 0UL;
        var any = false;
        foreach (var token in tokens)
        {
            h = NerHash.Mix(h, NerHash.Lower(token));
            any = true;
        }

        return any ? h : null;
    }

    /// <summary>The kinds of a whole phrase given as tokens ("New Delhi", "Indian").</summary>
    public NerGazetteerKinds Lookup(IEnumerable<string> tokens) =>
        PhraseKey(tokens) is { } h && _phrases.TryGetValue(h, out var kinds) ? kinds : NerGazetteerKinds.None;

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
        if (HashPhrase(phrase, _prefixes) is { } h)
        {
            _phrases[h] = _phrases.GetValueOrDefault(h) | kind;
        }
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
