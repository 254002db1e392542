using Storyline.Model;

namespace Storyline.Language.Ner;

/// <summary>
/// A named entity found in plain text: its span in the text given, CoNLL's type (PER, ORG, LOC, MISC)
/// and the finer type it maps to (GPE and NORP from the gazetteers; see docs/ner.md).
/// </summary>
public sealed record NerEntity(TextSpan Span, string Text, EntityType Type, string ConllType);

/// <summary>
/// The statistical named-entity tagger: an averaged perceptron decoding greedily left to right,
/// one document at a time so that a name's earlier labels inform its later ones. Loads its model once
/// per instance; tagging does not change the instance, so one tagger can serve many threads.
/// </summary>
public sealed class NerTagger
{
    private readonly NerModel _model;
    private readonly NerGazetteer _gazetteer;
    private readonly NerFeatures _features;
    private readonly NerFineTypes _fineTypes = new();
    private readonly SentenceSplitter _splitter = new();
    private readonly Tokenizer _tokenizer = new();

    /// <summary>The shipped model, from the assembly.</summary>
    public NerTagger()
        : this(NerModel.LoadEmbedded())
    {
    }

    public NerTagger(NerModel model)
        : this(model, new NerGazetteer())
    {
    }

    internal NerTagger(NerModel model, NerGazetteer gazetteer)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.FeatureVersion != NerFeatures.FeatureVersion)
        {
            throw new InvalidDataException($"The NER model was trained with feature set {model.FeatureVersion}; this code extracts set {NerFeatures.FeatureVersion}. Retrain it.");
        }

        _model = model;
        _gazetteer = gazetteer;
        _features = new NerFeatures(gazetteer);
    }

    /// <summary>IOB2 tags (B-PER, I-ORG, O...) for every token of a document's sentences.</summary>
    public IReadOnlyList<IReadOnlyList<string>> TagDocument(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var labels = Decode(sentences);
        var result = new List<IReadOnlyList<string>>(sentences.Count);
        var g = 0;
        foreach (var sentence in sentences)
        {
            var tags = new string[sentence.Count];
            for (var i = 0; i < tags.Length; i++)
            {
                tags[i] = NerLabels.Names[labels[g++]];
            }

            result.Add(tags);
        }

        return result;
    }

    /// <summary>Label indices (see <see cref="NerLabels"/>) for every token of the document, in order.</summary>
    internal int[] Decode(IReadOnlyList<IReadOnlyList<string>> sentences)
    {
        var doc = _features.Extract(sentences);
        var history = new Dictionary<ulong, int>();
        var labels = Pass(doc, history);
        // Second pass: every mention now sees how the name was tagged anywhere in the document, later
        // mentions included, so a first mention without context learns from a clearer one further on.
        labels = Pass(doc, history);
        JoinAdjacent(labels, doc.SentenceStarts);
        Harmonize(sentences, labels);
        return labels;
    }

    /// <summary>
    /// A name of one type straight after another of the same type is one name ("St. | Petersburg",
    /// "LM | Ericsson"): greedy decoding can open a second entity where a gazetteer or cluster feature
    /// starts one, but two same-type names side by side are rare in news (57 of the 23,500 in the
    /// CoNLL train split, against 13 of 15 such pairs the tagger made on dev being wrong).
    /// </summary>
    internal static void JoinAdjacent(int[] labels, int[] sentenceStarts)
    {
        for (var s = 0; s < sentenceStarts.Length - 1; s++)
        {
            for (var g = sentenceStarts[s] + 1; g < sentenceStarts[s + 1]; g++)
            {
                if (NerLabels.IsBegin(labels[g]) && labels[g - 1] != 0 && NerLabels.TypeOf(labels[g - 1]) == NerLabels.TypeOf(labels[g]))
                {
                    labels[g]++;
                }
            }
        }
    }

    private int[] Pass(DocumentFeatures doc, Dictionary<ulong, int> history)
    {
        var labels = new int[doc.TokenCount];
        Span<float> scores = stackalloc float[NerLabels.Count];
        Span<ulong> dynamic = stackalloc ulong[NerFeatures.MaxDynamic];
        for (var s = 0; s < doc.SentenceStarts.Length - 1; s++)
        {
            var previous = NerLabels.Start;
            var beforePrevious = NerLabels.Start;
            for (var g = doc.SentenceStarts[s]; g < doc.SentenceStarts[s + 1]; g++)
            {
                scores.Clear();
                foreach (var key in doc.Static.AsSpan(doc.Offsets[g], doc.Offsets[g + 1] - doc.Offsets[g]))
                {
                    _model.AddTo(key, scores);
                }

                var count = NerFeatures.AddDynamic(doc, g, previous, beforePrevious, history, doc.SentenceAllCaps[s], dynamic);
                foreach (var key in dynamic[..count])
                {
                    _model.AddTo(key, scores);
                }

                var best = Best(scores, previous);
                labels[g] = best;
                NerFeatures.Remember(doc, g, best, history);
                beforePrevious = previous;
                previous = best;
            }
        }

        return labels;
    }

    /// <summary>
    /// One name, one type per document: an entity string tagged with different types in one document
    /// takes the type most of its occurrences have (a strict majority; ties stay as tagged). Greedy
    /// decoding sees only what came before; this pass lets later, clearer mentions settle earlier ones.
    /// </summary>
    internal static void Harmonize(IReadOnlyList<IReadOnlyList<string>> sentences, int[] labels)
    {
        var words = new List<string>(labels.Length);
        foreach (var sentence in sentences)
        {
            words.AddRange(sentence);
        }

        var spans = new List<(int Start, int End, int Type, string Key)>();
        for (var g = 0; g < labels.Length; g++)
        {
            if (!NerLabels.IsBegin(labels[g]))
            {
                continue;
            }

            var type = NerLabels.TypeOf(labels[g]);
            var end = g + 1;
            while (end < labels.Length && NerLabels.IsInside(labels[end]) && NerLabels.TypeOf(labels[end]) == type)
            {
                end++;
            }

            spans.Add((g, end, type, string.Join(' ', words.GetRange(g, end - g))));
        }

        foreach (var group in spans.GroupBy(span => span.Key, StringComparer.Ordinal))
        {
            var counts = new int[NerLabels.Types.Count];
            foreach (var span in group)
            {
                counts[span.Type]++;
            }

            var majority = 0;
            for (var t = 1; t < counts.Length; t++)
            {
                if (counts[t] > counts[majority])
                {
                    majority = t;
                }
            }

            if (counts.Count(c => c == counts[majority]) > 1)
            {
                continue;
            }

            foreach (var span in group.Where(span => span.Type != majority))
            {
                Label(labels, span.Start, span.End, majority);
            }
        }
    }

    private static void Label(int[] labels, int start, int end, int type)
    {
        labels[start] = (type * 2) + 1;
        for (var g = start + 1; g < end; g++)
        {
            labels[g] = (type * 2) + 2;
        }
    }

    /// <summary>The highest-scoring label that may follow <paramref name="previous"/> in IOB2; ties go to the lower index.</summary>
    internal static int Best(ReadOnlySpan<float> scores, int previous)
    {
        var best = 0;
        for (var j = 1; j < scores.Length; j++)
        {
            if (scores[j] > scores[best] && NerLabels.IsAllowed(previous, j))
            {
                best = j;
            }
        }

        return best;
    }

    /// <summary>
    /// Finds the entities in plain text: splits sentences, tokenizes as CoNLL does (a possessive "'s" is
    /// a token of its own), tags the whole text as one document and maps the types.
    /// </summary>
    public IReadOnlyList<NerEntity> Recognize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<List<TextSpan>>();
        foreach (var sentence in _splitter.Split(text))
        {
            var tokens = new List<TextSpan>();
            foreach (var token in _tokenizer.Tokenize(text, sentence.Span))
            {
                var span = token.Span;
                if (token.Kind == TokenKind.Word && span.Length > 2 && text[span.End - 2] is '\'' or '\u2019' && text[span.End - 1] is 's' or 'S')
                {
                    tokens.Add(new TextSpan(span.Start, span.Length - 2));
                    tokens.Add(new TextSpan(span.End - 2, 2));
                }
                else
                {
                    tokens.Add(span);
                }
            }

            if (tokens.Count > 0)
            {
                spans.Add(tokens);
            }
        }

        var words = spans.Select(s => (IReadOnlyList<string>)s.Select(t => text.Substring(t.Start, t.Length)).ToArray()).ToList();
        var labels = Decode(words);
        var entities = new List<NerEntity>();
        var g = 0;
        for (var s = 0; s < spans.Count; s++)
        {
            var sentence = spans[s];
            var i = 0;
            while (i < sentence.Count)
            {
                var label = labels[g + i];
                if (label == 0)
                {
                    i++;
                    continue;
                }

                // Greedy decoding keeps IOB2 valid, so an entity is a B followed by its I's.
                var j = i + 1;
                while (j < sentence.Count && NerLabels.IsInside(labels[g + j]) && NerLabels.TypeOf(labels[g + j]) == NerLabels.TypeOf(label))
                {
                    j++;
                }

                var span = TextSpan.FromBounds(sentence[i].Start, sentence[j - 1].End);
                var conll = NerLabels.Types[NerLabels.TypeOf(label)];
                entities.Add(new NerEntity(span, text.Substring(span.Start, span.Length), FineType(conll, words[s].Skip(i).Take(j - i).ToList()), conll));
                i = j;
            }

            g += sentence.Count;
        }

        return entities;
    }

    /// <summary>
    /// Tags CoNLL lines: every token line comes back with one more column, the predicted IOB2 tag;
    /// blank lines and -DOCSTART- lines come back unchanged. Documents are tagged one at a time.
    /// </summary>
    public void TagConll(TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var lines = new List<string>();
        var sentences = new List<IReadOnlyList<string>>();
        var tokens = new List<string>();
        void Flush()
        {
            if (tokens.Count > 0)
            {
                sentences.Add([.. tokens]);
                tokens.Clear();
            }

            var tags = TagDocument(sentences);
            var s = 0;
            var i = 0;
            foreach (var line in lines)
            {
                if (ConllReader.Columns(line).Length == 0)
                {
                    output.WriteLine(line);
                    if (i > 0)
                    {
                        s++;
                        i = 0;
                    }

                    continue;
                }

                output.Write(line.TrimEnd());
                output.Write(' ');
                output.WriteLine(tags[s][i++]);
            }

            lines.Clear();
            sentences.Clear();
        }

        while (input.ReadLine() is { } line)
        {
            var columns = ConllReader.Columns(line);
            if (columns.Length > 0 && ConllReader.IsDocStart(columns[0]))
            {
                Flush();
                output.WriteLine(line);
                continue;
            }

            lines.Add(line);
            if (columns.Length == 0)
            {
                if (tokens.Count > 0)
                {
                    sentences.Add([.. tokens]);
                    tokens.Clear();
                }
            }
            else
            {
                tokens.Add(columns[0]);
            }
        }

        Flush();
    }

    /// <summary>Our finer type for a CoNLL-typed entity (docs/ner.md has the table).</summary>
    internal EntityType FineType(string conllType, IReadOnlyList<string> tokens)
    {
        if (conllType == "MISC" && IsDemonym(tokens))
        {
            return EntityType.Norp;
        }

        if (conllType != "PER" && _fineTypes.TypeOf(conllType, tokens) is { } fine)
        {
            return fine;
        }

        if (conllType == "MISC" && _gazetteer.InList("products", tokens))
        {
            return EntityType.Product;
        }

        return conllType switch
        {
            "PER" => EntityType.Person,
            "ORG" => EntityType.Organization,
            "LOC" => (_gazetteer.Lookup(tokens) & (NerGazetteerKinds.Country | NerGazetteerKinds.City | NerGazetteerKinds.Region)) != 0
                ? EntityType.Gpe
                : EntityType.Location,
            _ => EntityType.Misc,
        };
    }

    /// <summary>"Indian", "Indians", "Pro-Russian", "Anglo-French": a nationality, its plural, or demonyms joined by a hyphen.</summary>
    private bool IsDemonym(IReadOnlyList<string> tokens)
    {
        if (tokens.Count != 1)
        {
            return false;
        }

        foreach (var part in tokens[0].Split('-', StringSplitOptions.RemoveEmptyEntries))
        {
            var singular = part.Length > 3 && part.EndsWith('s') ? part[..^1] : part;
            if ((_gazetteer.Lookup([part]) & NerGazetteerKinds.Demonym) != 0 || (_gazetteer.Lookup([singular]) & NerGazetteerKinds.Demonym) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
