namespace Storyline.Language.Ner;

/// <summary>
/// The features of every token of one document that do not depend on predicted labels, flattened:
/// token g's feature keys are <c>Static[Offsets[g]..Offsets[g+1]]</c>. Sentence s covers tokens
/// <c>SentenceStarts[s]..SentenceStarts[s+1]</c>.
/// </summary>
internal sealed class DocumentFeatures
{
    public required ulong[] Static { get; init; }

    public required int[] Offsets { get; init; }

    public required int[] SentenceStarts { get; init; }

    /// <summary>Lower-cased token hash: the key of the document's label history.</summary>
    public required ulong[] Lower { get; init; }

    public required ulong[] ShortShape { get; init; }

    /// <summary>Whether the token starts with a capital letter: only such tokens read and write the label history.</summary>
    public required bool[] Capitalized { get; init; }

    /// <summary>Per sentence: every word in capitals, as in a headline.</summary>
    public required bool[] SentenceAllCaps { get; init; }

    public int TokenCount => Lower.Length;
}

/// <summary>
/// Token features for the perceptron, hashed: word, lower case, shape, affixes, casing, position,
/// all-caps sentences (headlines), neighbours within two tokens, gazetteer phrases, word-cluster path prefixes,
/// the neighbours of a capitalized word's other occurrences in the document, runs of capitalized words, how the word is
/// written elsewhere in the document, and (in <see cref="AddDynamic"/>) the previous two labels and
/// how the same word was labelled earlier in the document (Ratinov and Roth 2009).
/// </summary>
internal sealed class NerFeatures
{
    /// <summary>The most label-dependent features <see cref="AddDynamic"/> adds for one token.</summary>
    public const int MaxDynamic = 12;

    // Template ids: any distinct numbers; changing one changes every key, so a model records FeatureVersion.
    public const int FeatureVersion = 6;
    private const ulong Bias = 101, Word = 102, LowerT = 103, Shape = 104, Short = 105, Prefix = 106, Suffix = 107, Length = 108;
    private const ulong First = 110, Last = 111, CapsLower = 112, CapsShort = 113;
    private const ulong Prev1 = 120, Prev2 = 121, Next1 = 122, Next2 = 123, PrevShape = 124, NextShape = 125;
    private const ulong BigramLeft = 126, BigramRight = 127, ShapeTrigram = 128, PrevWordShape = 129, NextWordShape = 130;
    private const ulong Gaz = 140, GazPrev = 141, GazNext = 142, GazShort = 143;
    private const ulong DocLower = 150, DocCapital = 151, DocAllCapsCapital = 152;
    private const ulong Label1 = 160, Label2 = 161, LabelWord = 162, LabelShape = 163, History = 164, HistoryMask = 165, HistoryAllCaps = 166;
    private const ulong Common = 170, PrevWordExact = 171, NextWordExact = 172, Around = 173, PrevSuffix = 174, NextSuffix = 175;
    private const ulong LabelPrevWord = 176;
    private const ulong Cluster = 180, AggregatePrev = 190, AggregateNext = 191, Run = 192, RunShape = 193, RunFirst = 194, RunLast = 195, RunLastPosition = 196, RunLastCluster = 197;
    private const ulong ListBegin = 200, ListInside = 201, ListPrev = 202, ListNext = 203;
    private const ulong Boundary = 0x5EED;

    private readonly NerGazetteer _gazetteer;
    private readonly NerClusters _clusters;
    private readonly HashSet<ulong> _commonWords = [.. Storyline.Model.EmbeddedData.ReadLines("Language/Data/common_words.txt").Select(w => NerHash.Lower(w))];

    public NerFeatures(NerGazetteer gazetteer)
        : this(gazetteer, NerClusters.LoadEmbedded())
    {
    }

    public NerFeatures(NerGazetteer gazetteer, NerClusters clusters)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
    }

    /// <param name="sentences">The document's tokens, sentence by sentence.</param>
    /// <param name="lists">The NER-only gazetteer lists to use, one bit each (training with list dropout leaves some out).</param>
    public DocumentFeatures Extract(IReadOnlyList<IReadOnlyList<string>> sentences, uint lists = uint.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var total = 0;
        foreach (var s in sentences)
        {
            total += s.Count;
        }

        var lower = new ulong[total];
        var word = new ulong[total];
        var shape = new ulong[total];
        var shortShape = new ulong[total];
        var capitalized = new bool[total];
        var allCapsToken = new bool[total];
        var cluster = new int[total];
        var sentenceStarts = new int[sentences.Count + 1];
        var g = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            sentenceStarts[s] = g;
            foreach (var token in sentences[s])
            {
                word[g] = NerHash.Text(token);
                lower[g] = NerHash.Lower(token);
                (shape[g], shortShape[g]) = Shapes(token);
                capitalized[g] = token.Length > 0 && char.IsUpper(token[0]);
                allCapsToken[g] = Gazetteer.IsAllCaps(token);
                cluster[g] = _clusters.Row(lower[g]);
                g++;
            }
        }

        sentenceStarts[sentences.Count] = g;

        // How each word is written across the document: a capitalized word also seen in lower case is
        // likely a common word at a sentence start; a headline word seen in title case is likely a name.
        var seenLower = new HashSet<ulong>();
        var seenTitle = new HashSet<ulong>();
        var sentenceAllCaps = new bool[sentences.Count];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = sentenceStarts[s];
            sentenceAllCaps[s] = IsAllCapsSentence(sentences[s]);
            for (var i = 0; i < sentences[s].Count; i++)
            {
                var t = sentences[s][i];
                if (t.Length > 0 && char.IsLower(t[0]))
                {
                    seenLower.Add(lower[start + i]);
                }
                else if (i > 0 && capitalized[start + i] && !allCapsToken[start + i] && !sentenceAllCaps[s])
                {
                    seenTitle.Add(lower[start + i]);
                }
            }
        }

        // Context aggregation (Ratinov and Roth 2009): a capitalized word's neighbours at its other
        // occurrences in the document, so that one clear mention ("Mr. X") informs the others.
        var occurrences = new Dictionary<ulong, List<int>>();
        var leftOf = new ulong[total];
        var rightOf = new ulong[total];
        for (var s = 0; s < sentences.Count; s++)
        {
            for (var at = sentenceStarts[s]; at < sentenceStarts[s + 1]; at++)
            {
                leftOf[at] = at > sentenceStarts[s] ? lower[at - 1] : Boundary;
                rightOf[at] = at < sentenceStarts[s + 1] - 1 ? lower[at + 1] : Boundary;
                if (capitalized[at])
                {
                    if (!occurrences.TryGetValue(lower[at], out var list))
                    {
                        occurrences[lower[at]] = list = [];
                    }

                    list.Add(at);
                }
            }
        }

        var features = new List<ulong>(total * 40);
        var offsets = new int[total + 1];
        var runs = new (int Position, int Length)[64];
        var kinds = new NerGazetteerKinds[64];
        var begins = new bool[64];
        var listBegin = new uint[64];
        var listInside = new uint[64];
        for (var s = 0; s < sentences.Count; s++)
        {
            var start = sentenceStarts[s];
            var n = sentences[s].Count;
            if (kinds.Length < n)
            {
                kinds = new NerGazetteerKinds[n * 2];
                begins = new bool[n * 2];
                listBegin = new uint[n * 2];
                listInside = new uint[n * 2];
            }

            _gazetteer.Match(lower.AsSpan(start, n), capitalized.AsSpan(start, n), kinds.AsSpan(0, n), begins.AsSpan(0, n));
            _gazetteer.MatchLists(lower.AsSpan(start, n), capitalized.AsSpan(start, n), listBegin.AsSpan(0, n), listInside.AsSpan(0, n));
            if (lists != uint.MaxValue)
            {
                for (var i = 0; i < n; i++)
                {
                    listBegin[i] &= lists;
                    listInside[i] &= lists;
                }
            }

            if (runs.Length < n)
            {
                runs = new (int, int)[n * 2];
            }

            NameRuns(sentences[s], capitalized.AsSpan(start, n), runs);
            for (var i = 0; i < n; i++)
            {
                var at = start + i;
                offsets[at] = features.Count;
                var token = sentences[s][i];
                var sh = shortShape[at];
                Add(features, Bias, 0);
                Add(features, Word, word[at]);
                Add(features, LowerT, lower[at]);
                Add(features, Shape, shape[at]);
                Add(features, Short, sh);
                Add(features, Length, (ulong)Math.Min(token.Length, 10));
                for (var k = 1; k <= 4 && k <= token.Length; k++)
                {
                    Add(features, Prefix, NerHash.Mix((ulong)k, NerHash.Lower(token.AsSpan(0, k))));
                    Add(features, Suffix, NerHash.Mix((ulong)k, NerHash.Lower(token.AsSpan(token.Length - k))));
                }

                if (i == 0)
                {
                    Add(features, First, sh);
                }

                if (i == n - 1)
                {
                    Add(features, Last, sh);
                }

                if (sentenceAllCaps[s])
                {
                    Add(features, CapsLower, lower[at]);
                    Add(features, CapsShort, sh);
                }

                var l1 = i > 0 ? lower[at - 1] : Boundary;
                var l2 = i > 1 ? lower[at - 2] : Boundary;
                var r1 = i < n - 1 ? lower[at + 1] : Boundary;
                var r2 = i < n - 2 ? lower[at + 2] : Boundary;
                var s1 = i > 0 ? shortShape[at - 1] : Boundary;
                var t1 = i < n - 1 ? shortShape[at + 1] : Boundary;
                Add(features, Prev1, l1);
                Add(features, Prev2, l2);
                Add(features, Next1, r1);
                Add(features, Next2, r2);
                Add(features, PrevShape, s1);
                Add(features, NextShape, t1);
                Add(features, BigramLeft, NerHash.Mix(l1, lower[at]));
                Add(features, BigramRight, NerHash.Mix(lower[at], r1));
                Add(features, ShapeTrigram, NerHash.Mix(s1, sh, t1));
                Add(features, PrevWordShape, NerHash.Mix(l1, sh));
                Add(features, NextWordShape, NerHash.Mix(sh, r1));

                Add(features, PrevWordExact, i > 0 ? word[at - 1] : Boundary);
                Add(features, NextWordExact, i < n - 1 ? word[at + 1] : Boundary);
                Add(features, Around, NerHash.Mix(l1, r1));
                if (i > 0)
                {
                    var p = sentences[s][i - 1];
                    Add(features, PrevSuffix, NerHash.Lower(p.AsSpan(Math.Max(0, p.Length - 3))));
                }

                if (i < n - 1)
                {
                    var q = sentences[s][i + 1];
                    Add(features, NextSuffix, NerHash.Lower(q.AsSpan(Math.Max(0, q.Length - 3))));
                }

                AddClusters(features, Cluster, cluster[at]);
                if (runs[i].Length > 0 && !sentenceAllCaps[s])
                {
                    var run = NerHash.Mix((ulong)runs[i].Position, (ulong)Math.Min(runs[i].Length, 5));
                    Add(features, Run, run);
                    Add(features, RunShape, NerHash.Mix(run, sh));
                    if (runs[i].Length > 1)
                    {
                        // The run's first and last words ("... Holdings Inc", "Bank of ...") speak for all its tokens.
                        var first = i;
                        while (runs[first].Position > 1)
                        {
                            first--;
                        }

                        Add(features, RunFirst, lower[start + first]);
                        var last = start + first + runs[i].Length - 1;
                        Add(features, RunLast, lower[last]);
                        Add(features, RunLastPosition, NerHash.Mix((ulong)runs[i].Position, lower[last]));
                        Add(features, RunLastCluster, cluster[last] >= 0 ? _clusters.Prefix(cluster[last], 1) : Boundary);
                    }
                }

                if (capitalized[at] && occurrences.TryGetValue(lower[at], out var others) && others.Count > 1)
                {
                    var seen = 0;
                    foreach (var o in others)
                    {
                        if (o == at)
                        {
                            continue;
                        }

                        if (leftOf[o] != leftOf[at])
                        {
                            Add(features, AggregatePrev, leftOf[o]);
                        }

                        if (rightOf[o] != rightOf[at])
                        {
                            Add(features, AggregateNext, rightOf[o]);
                        }

                        if (++seen == MaxAggregate)
                        {
                            break;
                        }
                    }
                }

                if (_commonWords.Contains(lower[at]))
                {
                    Add(features, Common, sh);
                }

                AddGazetteer(features, Gaz, kinds[i], begins[i] ? 1UL : 2UL);
                AddGazetteer(features, GazShort, kinds[i], sh);
                if (i > 0)
                {
                    AddGazetteer(features, GazPrev, kinds[i - 1], 0);
                }

                if (i < n - 1)
                {
                    AddGazetteer(features, GazNext, kinds[i + 1], 0);
                }

                AddLists(features, ListBegin, listBegin[i]);
                AddLists(features, ListInside, listInside[i]);
                if (i > 0)
                {
                    AddLists(features, ListPrev, listBegin[i - 1] | listInside[i - 1]);
                }

                if (i < n - 1)
                {
                    AddLists(features, ListNext, listBegin[i + 1] | listInside[i + 1]);
                }

                if (capitalized[at])
                {
                    if (seenLower.Contains(lower[at]))
                    {
                        Add(features, DocLower, i == 0 ? 1UL : 2UL);
                    }

                    if ((i == 0 || sentenceAllCaps[s]) && seenTitle.Contains(lower[at]))
                    {
                        Add(features, sentenceAllCaps[s] ? DocAllCapsCapital : DocCapital, 0);
                    }
                }
            }
        }

        offsets[total] = features.Count;
        return new DocumentFeatures
        {
            Static = [.. features],
            Offsets = offsets,
            SentenceStarts = sentenceStarts,
            Lower = lower,
            ShortShape = shortShape,
            Capitalized = capitalized,
            SentenceAllCaps = sentenceAllCaps,
        };
    }

    /// <summary>
    /// Adds token g's label-dependent features to <paramref name="into"/> and returns how many:
    /// the previous one and two labels (alone, with the word, with the shape) and the types this
    /// word was given earlier in the document.
    /// </summary>
    public static int AddDynamic(DocumentFeatures doc, int g, int previous, int beforePrevious, Dictionary<ulong, int> history, bool allCapsSentence, Span<ulong> into)
    {
        var n = 0;
        into[n++] = NerHash.Key(NerHash.Mix(Label1, (ulong)previous));
        into[n++] = NerHash.Key(NerHash.Mix(Label2, (ulong)((beforePrevious * 16) + previous)));
        into[n++] = NerHash.Key(NerHash.Mix(LabelWord, (ulong)previous, doc.Lower[g]));
        into[n++] = NerHash.Key(NerHash.Mix(LabelShape, (ulong)previous, doc.ShortShape[g]));
        into[n++] = NerHash.Key(NerHash.Mix(LabelPrevWord, (ulong)previous, g > 0 ? doc.Lower[g - 1] : Boundary));
        if (doc.Capitalized[g] && history.TryGetValue(doc.Lower[g], out var mask))
        {
            for (var t = 0; t < 4; t++)
            {
                if ((mask & (1 << t)) != 0)
                {
                    into[n++] = NerHash.Key(NerHash.Mix(History, (ulong)t));
                }
            }

            into[n++] = NerHash.Key(NerHash.Mix(HistoryMask, (ulong)mask));
            if (allCapsSentence)
            {
                into[n++] = NerHash.Key(NerHash.Mix(HistoryAllCaps, (ulong)mask));
            }
        }

        return n;
    }

    /// <summary>Records the label given to token g in the document history (capitalized tokens only).</summary>
    public static void Remember(DocumentFeatures doc, int g, int label, Dictionary<ulong, int> history)
    {
        if (label != 0 && doc.Capitalized[g])
        {
            var lower = doc.Lower[g];
            history[lower] = history.GetValueOrDefault(lower) | (1 << NerLabels.TypeOf(label));
        }
    }

    public static bool IsAllCapsSentence(IReadOnlyList<string> tokens)
    {
        var words = 0;
        foreach (var t in tokens)
        {
            var letters = 0;
            foreach (var c in t)
            {
                if (char.IsLetter(c))
                {
                    if (char.IsLower(c))
                    {
                        return false;
                    }

                    letters++;
                }
            }

            if (letters > 0)
            {
                words++;
            }
        }

        return words > 0;
    }

    /// <summary>Full shape (X, x, d, other characters as they are, capped at 12) and the shape with runs collapsed.</summary>
    internal static (ulong Full, ulong Short) Shapes(ReadOnlySpan<char> token)
    {
        Span<char> full = stackalloc char[12];
        Span<char> brief = stackalloc char[12];
        var nf = 0;
        var nb = 0;
        foreach (var c in token)
        {
            var k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            if (nf < full.Length)
            {
                full[nf++] = k;
            }

            if ((nb == 0 || brief[nb - 1] != k) && nb < brief.Length)
            {
                brief[nb++] = k;
            }
        }

        return (NerHash.Text(full[..nf]), NerHash.Text(brief[..nb]));
    }

    private static void Add(List<ulong> features, ulong template, ulong value) =>
        features.Add(NerHash.Key(NerHash.Mix(template, value)));

    private const int MaxAggregate = 8;

    /// <summary>
    /// Runs of capitalized tokens, joined by "&amp;", "'s", "of", "and", "de", "for" or "the" between two
    /// capitalized tokens ("Bank of Velmar", "Corvin 's Holdings"): per token, its position
    /// (0 alone, 1 first, 2 inside, 3 last) and the run's length; (0, 0) outside any run.
    /// </summary>
    internal static void NameRuns(IReadOnlyList<string> tokens, ReadOnlySpan<bool> capitalized, Span<(int Position, int Length)> runs)
    {
        var n = tokens.Count;
        var i = 0;
        while (i < n)
        {
            if (!capitalized[i])
            {
                runs[i] = (0, 0);
                i++;
                continue;
            }

            var end = i + 1;
            while (end < n)
            {
                if (capitalized[end])
                {
                    end++;
                }
                else if (end + 1 < n && capitalized[end + 1] && tokens[end] is "&" or "'s" or "of" or "and" or "de" or "for" or "the")
                {
                    end += 2;
                }
                else
                {
                    break;
                }
            }

            var length = end - i;
            for (var k = i; k < end; k++)
            {
                runs[k] = (length == 1 ? 0 : k == i ? 1 : k == end - 1 ? 3 : 2, length);
            }

            i = end;
        }
    }

    private void AddClusters(List<ulong> features, ulong template, int row)
    {
        if (row < 0)
        {
            return;
        }

        for (var k = 0; k < _clusters.Width; k++)
        {
            Add(features, template, _clusters.Prefix(row, k));
        }
    }

    private void AddLists(List<ulong> features, ulong template, uint lists)
    {
        for (var m = lists; m != 0; m &= m - 1)
        {
            Add(features, template, _gazetteer.ListKey(System.Numerics.BitOperations.TrailingZeroCount(m)));
        }
    }

    private static void AddGazetteer(List<ulong> features, ulong template, NerGazetteerKinds kinds, ulong detail)
    {
        for (var bit = 1; bit <= (int)NerGazetteerKinds.Title; bit <<= 1)
        {
            if (((int)kinds & bit) != 0)
            {
                features.Add(NerHash.Key(NerHash.Mix(template, (ulong)bit, detail)));
            }
        }
    }
}
