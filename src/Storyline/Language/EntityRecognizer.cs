using Storyline.Model;

namespace Storyline.Language;

/// <summary>
/// Finds people, organizations, places and nationalities in an article with gazetteers and context
/// rules, and links the mentions of one entity inside the article (surnames, titles, "the premier",
/// acronyms defined in the text, capitals standing for their governments).
/// </summary>
public sealed partial class EntityRecognizer
{
    private const int MaxNameTokens = 4;
    private const int MaxUnknownTokens = 8;

    // Words that never start a name anywhere in a sentence (after a colon or a quote they are still capitalized).
    private static readonly HashSet<string> NeverStart = new(StringComparer.Ordinal)
    {
        "I", "The", "A", "An", "This", "That", "These", "Those", "But", "And", "Or", "If", "In", "On", "At", "For", "Of",
        "To", "From", "With", "By", "As", "It", "He", "She", "They", "We", "You", "His", "Her", "Their", "Its", "Our",
        "Your", "My", "Me", "Us", "Them", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Mr", "Mrs", "Ms", "Dr",
    };

    private static readonly HashSet<string> Weekdays = new(StringComparer.Ordinal)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    };

    // Lower-case words inside names: "Bank of Veldora", "Osama bin Laden", "Ursula von der Leyen".
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal)
    {
        "of", "for", "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el", "y",
    };

    private static readonly HashSet<string> PersonConnectors = new(StringComparer.Ordinal)
    {
        "de", "da", "das", "do", "dos", "del", "della", "di", "du", "la", "le", "van", "von", "der", "den", "bin", "ibn", "al", "el",
    };

    // Words before a title that belong to the title phrase: "deputy US Trade Representative", "former President".
    private static readonly HashSet<string> TitleModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "deputy", "former", "acting", "then", "outgoing", "incoming", "interim", "senior", "top", "ex", "late", "newly", "new",
    };

    // Of the title modifiers, those that still mean the holder on the article's day ("the outgoing president"); "former",
    // "then", "incoming" or "acting" point to someone else, so such a descriptor is never looked up in the office-holder data.
    private static readonly HashSet<string> PresentModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "outgoing", "newly", "new",
    };

    // Prepositions and verbs after which an unknown capitalized name is a place: "in Marrow", "visit to Veldora".
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal)
    {
        "in", "to", "from", "at", "visit", "visited", "visiting", "visits", "across", "toward", "towards", "into", "near", "entered", "outside", "inside",
    };

    // After these a capital is the city itself, not its government: "in Washington", "a visit to Beijing".
    private static readonly HashSet<string> CityPrepositions = new(StringComparer.Ordinal)
    {
        "in", "at", "near", "outside", "inside", "around", "visit", "visited", "visiting", "visits", "reached", "landed", "arrived",
    };

    // Before "to" or "from" these make a capital the city: "flew to Moscow", "returned from Washington", "flights from Beijing".
    private static readonly HashSet<string> TravelWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "visit", "visits", "trip", "trips", "travel", "travels", "travelled", "traveled", "travelling", "traveling", "flew", "fly", "flying", "flight",
        "flights", "went", "came", "returned", "returning", "returns", "back", "headed", "journey", "moved", "arrived", "arriving", "departed", "relocated",
    };

    // Nouns for people that an apposition names: "her counterpart, Ivo Tarrant".
    private static readonly HashSet<string> RoleNouns = new(StringComparer.Ordinal)
    {
        "counterpart", "colleague", "aide", "successor", "predecessor", "rival", "deputy", "wife", "husband", "son", "daughter",
        "brother", "sister", "father", "mother", "lawyer", "candidate", "opponent", "ally", "friend", "nominee", "partner", "founder",
    };

    // Names made of these are countries even when the gazetteer does not know them ("Republic of Veldora").
    private static readonly HashSet<string> StateWords = new(StringComparer.Ordinal)
    {
        "Republic", "Kingdom", "Federation", "Emirate", "Emirates", "Principality", "Sultanate", "Commonwealth", "Confederation", "Duchy",
    };

    private readonly Gazetteer _gazetteer;
    private readonly Ner.NerTagger? _tagger;
    private readonly Tokenizer _tokenizer = new();

    /// <param name="gazetteer">The names, titles and places the rules match.</param>
    /// <param name="tagger">
    /// The statistical tagger, consulted for names the rules cannot type: an unknown capitalized name with no
    /// cue takes the tagger's type for the same span. Without it such names stay untyped (MISC).
    /// </param>
    public EntityRecognizer(Gazetteer gazetteer, Ner.NerTagger? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        _gazetteer = gazetteer;
        _tagger = tagger;
    }

    /// <summary>
    /// Finds and links the entities of one article. <paramref name="published"/> is the article's date: with it, a
    /// descriptor naming nobody in the article ("the US president") resolves to whoever held that office that day;
    /// without it, such a descriptor stays unresolved.
    /// </summary>
    public EntityAnnotation Recognize(string text, IReadOnlyList<Sentence> sentences, string? datelinePlace = null, DateOnly? published = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var scan = new Scan(this, text, sentences, datelinePlace, _tagger?.Recognize(text));
        scan.Run();
        return new Resolver(this, scan, published).Resolve();
    }

    /// <summary>The tokens the recognizer matches on, for a standalone string (used to index gazetteer aliases).</summary>
    internal static List<TextSpan> SplitForLookup(string text)
    {
        var spans = new List<TextSpan>();
        foreach (var token in new Tokenizer().Tokenize(text, new TextSpan(0, text.Length)))
        {
            AddSplit(text, token, spans, static (list, start, end, _) => list.Add(TextSpan.FromBounds(start, end)));
        }

        return spans;
    }

    /// <summary>
    /// Splits a hyphenated word that has a capitalized part ("US-India", "post-Diwali") into its parts and
    /// hyphens, so that each part can be matched; "long-delayed" stays whole.
    /// </summary>
    private static void AddSplit<TState>(string text, Token token, TState state, Action<TState, int, int, TokenKind> add)
    {
        var start = token.Span.Start;
        var end = token.Span.End;
        if (token.Kind == TokenKind.Word && HasCapitalizedHyphenPart(text, start, end))
        {
            var partStart = start;
            for (var k = start; k < end; k++)
            {
                if (text[k] is '-' or '\u2011')
                {
                    if (k > partStart)
                    {
                        add(state, partStart, k, TokenKind.Word);
                    }

                    add(state, k, k + 1, TokenKind.Punctuation);
                    partStart = k + 1;
                }
            }

            if (end > partStart)
            {
                add(state, partStart, end, TokenKind.Word);
            }

            return;
        }

        add(state, start, end, token.Kind);
    }

    private static bool HasCapitalizedHyphenPart(string text, int start, int end)
    {
        var hasHyphen = false;
        var capitalized = char.IsUpper(text[start]);
        for (var k = start; k < end - 1; k++)
        {
            if (text[k] is '-' or '\u2011')
            {
                hasHyphen = true;
                capitalized |= char.IsUpper(text[k + 1]);
            }
        }

        return hasHyphen && capitalized;
    }

    internal enum Shape : byte
    {
        Other,
        Lower,
        Upper,
        AllCaps,
    }

    internal struct Tok
    {
        public int Start;
        public int End;
        public int BaseEnd;
        public TokenKind Kind;
        public Shape Shape;
        public bool Initial;
    }

    internal enum CandidateKind
    {
        Known,
        Person,
        Descriptor,
        Unknown,
        UnknownDemonym,
        Acronym,
    }

    internal enum Guess
    {
        Misc,
        Person,
        Organization,
        Gpe,
    }

    internal sealed class Candidate
    {
        public TextSpan Span;
        public string Text = "";
        public CandidateKind Kind;
        public EntityType MentionType;
        public GazetteerEntry? Entry;
        public string? EntityKeyOverride;
        public int TokenCount;
        public string First = "";
        public string Last = "";
        public Guess Guess;
        public bool Weak;
        public string? TitlePhrase;
        public string? Office;
        public string? NationalityKey;
        public string? NationalityWord;
        /// <summary>The country or organization whose office a descriptor names ("gpe:india" for "the Indian premier").</summary>
        public string? Jurisdiction;
        /// <summary>Where an envoy is posted ("gpe:india" for "the US ambassador to India").</summary>
        public string? Post;
        /// <summary>A descriptor that means the holder on the article's day (no "former", "then", "acting").</summary>
        public bool Present;
        public Candidate? AcronymTarget;
        public Candidate? Fallback;
        public Candidate? FallbackFor;
        public bool IsFallback;
        public bool IsDateline;
        public Entity? Resolved;
    }

    internal sealed class Entity(string key, string name, EntityType type)
    {
        public string Key { get; set; } = key;
        public string Name { get; set; } = name;
        public EntityType Type { get; set; } = type;
        public List<(string Office, string? NationalityKey, string? NationalityWord)> Offices { get; } = [];
        public List<int> FullMentionStarts { get; } = [];
        public int NameTokens { get; set; }
        public string First { get; set; } = "";
        public string Last { get; set; } = "";
    }

    /// <summary>One pass over the article's tokens that proposes candidate mentions left to right.</summary>
    internal sealed class Scan
    {
        private readonly EntityRecognizer _owner;
        private readonly Gazetteer _g;
        private readonly IReadOnlyList<Sentence> _sentences;
        private readonly string? _dateline;
        private readonly Dictionary<(int Start, int End), EntityType> _statistical;
        private readonly char[] _buffer = new char[256];
        private readonly HashSet<string> _lowerWords = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Candidate> _acronyms = new(StringComparer.Ordinal);
        private readonly List<Tok> _tokens = [];
        private readonly List<int> _sentenceStarts = [];
        private bool[] _consumed = [];
        private int _sentenceStart;

        public Scan(EntityRecognizer owner, string text, IReadOnlyList<Sentence> sentences, string? dateline, IReadOnlyList<Ner.NerEntity>? statistical)
        {
            _statistical = [];
            foreach (var entity in statistical ?? [])
            {
                _statistical.TryAdd((entity.Span.Start, entity.Span.End), entity.Type);
            }

            _owner = owner;
            _g = owner._gazetteer;
            Text = text;
            _sentences = sentences;
            _dateline = string.IsNullOrWhiteSpace(dateline) ? null : dateline.Trim();
        }

        public string Text { get; }

        public List<Candidate> Candidates { get; } = [];

        public string? DatelineName { get; private set; }

        public void Run()
        {
            Tokenize();
            _consumed = new bool[_tokens.Count];
            MarkDateline();
            for (var s = 0; s < _sentenceStarts.Count - 1; s++)
            {
                ScanSentence(_sentenceStarts[s], _sentenceStarts[s + 1]);
            }

            Candidates.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        private void Tokenize()
        {
            var lowerLookup = _lowerWords.GetAlternateLookup<ReadOnlySpan<char>>();
            foreach (var sentence in _sentences)
            {
                var span = sentence.Span;
                if (span.Start < 0 || span.Length <= 0 || span.End > Text.Length)
                {
                    continue;
                }

                // Sentences given out of order or overlapping are skipped rather than trusted.
                if (_tokens.Count > 0 && span.Start < _tokens[^1].End)
                {
                    continue;
                }

                _sentenceStarts.Add(_tokens.Count);
                var first = true;
                foreach (var token in _owner._tokenizer.Tokenize(Text, span))
                {
                    AddSplit(Text, token, this, static (scan, start, end, kind) => scan.AddToken(start, end, kind));
                }

                for (var k = _sentenceStarts[^1]; k < _tokens.Count; k++)
                {
                    var tok = _tokens[k];
                    if (tok.Kind == TokenKind.Word)
                    {
                        if (first)
                        {
                            tok.Initial = true;
                            _tokens[k] = tok;
                            first = false;
                        }

                        if (tok.Shape == Shape.Lower)
                        {
                            var word = Text.AsSpan(tok.Start, tok.BaseEnd - tok.Start);
                            if (!lowerLookup.Contains(word))
                            {
                                _lowerWords.Add(word.ToString());
                            }
                        }
                    }
                    else if (tok.Kind is TokenKind.Number)
                    {
                        first = false;
                    }
                    else if (OpensClause(tok))
                    {
                        // After a colon or an opening quote a capital letter says nothing about names.
                        first = true;
                    }
                }
            }

            _sentenceStarts.Add(_tokens.Count);
        }

        private bool OpensClause(Tok tok)
        {
            var c = Text[tok.Start];
            if (c is ':' or '\u201C' or '\u2018' or '\u2014' or '\u2022')
            {
                return true;
            }

            return c is '"' or '\'' && (tok.Start == 0 || char.IsWhiteSpace(Text[tok.Start - 1]));
        }

        private void AddToken(int start, int end, TokenKind kind)
        {
            var baseEnd = end;
            var shape = Shape.Other;
            if (kind == TokenKind.Word)
            {
                if (end - start > 2 && Text[end - 2] is '\'' or '\u2019' && Text[end - 1] == 's')
                {
                    baseEnd = end - 2;
                }

                var first = Text[start];
                if (char.IsUpper(first))
                {
                    shape = baseEnd - start >= 2 && Gazetteer.IsAllCaps(Text.AsSpan(start, baseEnd - start)) ? Shape.AllCaps : Shape.Upper;
                }
                else if (char.IsLower(first))
                {
                    shape = Shape.Lower;
                }
            }

            _tokens.Add(new Tok { Start = start, End = end, BaseEnd = baseEnd, Kind = kind, Shape = shape });
        }

        private ReadOnlySpan<char> Full(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].End - _tokens[i].Start);

        private ReadOnlySpan<char> Base(int i) => Text.AsSpan(_tokens[i].Start, _tokens[i].BaseEnd - _tokens[i].Start);

        private bool IsWord(int i, int end) => i < end && _tokens[i].Kind == TokenKind.Word;

        private bool Is(int i, int end, string word) => i < end && Full(i).SequenceEqual(word);

        private bool IsUpperWord(int i, int end) => i < end && _tokens[i].Kind == TokenKind.Word && _tokens[i].Shape == Shape.Upper;

        private bool IsPossessive(int i) => _tokens[i].BaseEnd < _tokens[i].End;

        /// <summary>The dateline place ("NEW DELHI", "Marrow") near the start of the text is a place, whatever its case.</summary>
        private void MarkDateline()
        {
            if (_dateline is null)
            {
                return;
            }

            var limit = Math.Min(Text.Length, 400);
            var at = Text.AsSpan(0, limit).IndexOf(_dateline.AsSpan(), StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                DatelineName = Gazetteer.IsAllCaps(_dateline) ? Gazetteer.TitleCase(_dateline) : _dateline;
                return;
            }

            var end = at + _dateline.Length;
            var first = -1;
            var last = -1;
            for (var k = 0; k < _tokens.Count && _tokens[k].Start < end; k++)
            {
                if (_tokens[k].Start >= at)
                {
                    if (first < 0)
                    {
                        first = k;
                    }

                    last = k;
                }
            }

            // The match must line up with token boundaries ("Delhi" inside "New Delhi" is not a dateline).
            if (first < 0 || _tokens[first].Start != at || _tokens[last].End < end)
            {
                DatelineName = Gazetteer.IsAllCaps(_dateline) ? Gazetteer.TitleCase(_dateline) : _dateline;
                return;
            }

            var surface = Text.Substring(at, _tokens[last].BaseEnd - at);
            var candidate = new Candidate
            {
                Span = TextSpan.FromBounds(at, _tokens[last].BaseEnd),
                Text = surface,
                MentionType = EntityType.Gpe,
                TokenCount = last - first + 1,
            };
            if (_g.TryGetEntryIgnoreCase(surface, out var entry) && entry.Type is EntityType.Gpe or EntityType.Location)
            {
                candidate.Kind = CandidateKind.Known;
                candidate.Entry = entry;
                candidate.MentionType = entry.Type;
                DatelineName = entry.Name;
            }
            else
            {
                candidate.Kind = CandidateKind.Unknown;
                candidate.Guess = Guess.Gpe;
                DatelineName = Gazetteer.IsAllCaps(surface) ? Gazetteer.TitleCase(surface) : surface;
                candidate.Text = surface;
                candidate.First = DatelineName;
                candidate.Last = DatelineName;
            }

            for (var k = first; k <= last; k++)
            {
                _consumed[k] = true;
            }

            candidate.IsDateline = true;
            Candidates.Add(candidate);
        }

        private void ScanSentence(int start, int end)
        {
            var headline = Classify(start, end, out var allCaps);
            if (allCaps)
            {
                return;
            }

            _sentenceStart = start;
            var labelEnd = LabelEnd(start, end);
            var i = start;
            while (i < end)
            {
                if (_consumed[i] || _tokens[i].Kind != TokenKind.Word)
                {
                    i++;
                    continue;
                }

                var weak = headline || i < labelEnd;
                var next = TryTitlePhrase(i, end, weak);
                if (next < 0)
                {
                    next = TryDefinedAcronym(i, end);
                }

                if (next < 0)
                {
                    next = TryAlias(i, end, weak);
                }

                if (next < 0)
                {
                    next = TryDemonym(i, end);
                }

                if (next < 0)
                {
                    next = TryUnknown(i, end, weak, force: false);
                }

                i = next < 0 ? i + 1 : next;
            }
        }

        /// <summary>A capitalized label before a colon ("Market Access: the US is seeking..."): its words are heading case, not names.</summary>
        private int LabelEnd(int start, int end)
        {
            var limit = Math.Min(end, start + 8);
            for (var k = start; k < limit; k++)
            {
                var tok = _tokens[k];
                if (tok.Kind == TokenKind.Punctuation && Text[tok.Start] == ':')
                {
                    return k;
                }

                if (tok.Kind == TokenKind.Word && tok.Shape == Shape.Lower && !In(NameConnectors, Full(k)) && !IsMinorWord(k))
                {
                    return -1;
                }
            }

            return -1;
        }

        /// <summary>Headlines and section titles: mostly capitalized words, no final punctuation.</summary>
        private bool Classify(int start, int end, out bool allCaps)
        {
            var words = 0;
            var capitalized = 0;
            var caps = 0;
            for (var k = start; k < end; k++)
            {
                var tok = _tokens[k];
                if (tok.Kind != TokenKind.Word)
                {
                    continue;
                }

                words++;
                if (tok.Shape == Shape.AllCaps)
                {
                    caps++;
                    capitalized++;
                }
                else if (tok.Shape == Shape.Upper || In(NameConnectors, Full(k)) || IsMinorWord(k))
                {
                    capitalized++;
                }
            }

            allCaps = words >= 3 && caps * 10 >= words * 7;
            if (words < 3)
            {
                return false;
            }

            var lastChar = Text[_tokens[end - 1].End - 1];
            var terminated = lastChar is '.' or '!' or '?' or '"' or '\u201D' or '\u2026';
            return capitalized * 10 >= words * 8 && !terminated;
        }

        private bool IsMinorWord(int k)
        {
            var word = Full(k);
            return word is "and" or "the" or "a" or "an" or "in" or "on" or "to" or "with" or "amid" or "over" or "at" or "as" or "by" or "after" or "from";
        }

        /// <summary>Longest gazetteer alias starting at <paramref name="i"/>; returns the token after it or -1.</summary>
        private int MatchAlias(int i, int end, out GazetteerEntry? entry, out int surfaceEnd)
        {
            entry = null;
            surfaceEnd = -1;
            if (!_g.FirstTokenLookup.Contains(Full(i)) && !_g.FirstTokenLookup.Contains(Base(i)))
            {
                return -1;
            }

            var best = -1;
            var length = 0;
            var limit = Math.Min(end, i + _g.MaxAliasTokens);
            for (var j = i; j < limit; j++)
            {
                if (j > i && _tokens[j].Start > _tokens[j - 1].End)
                {
                    if (length >= _buffer.Length)
                    {
                        break;
                    }

                    _buffer[length++] = ' ';
                }

                var full = Full(j);
                var baseLength = _tokens[j].BaseEnd - _tokens[j].Start;
                if (length + full.Length > _buffer.Length)
                {
                    break;
                }

                CopyNormalized(full, _buffer.AsSpan(length));
                if (_g.AliasLookup.TryGetValue(_buffer.AsSpan(0, length + full.Length), out var found))
                {
                    entry = found;
                    best = j + 1;
                    surfaceEnd = _tokens[j].End;
                }
                else if (baseLength < full.Length && _g.AliasLookup.TryGetValue(_buffer.AsSpan(0, length + baseLength), out found))
                {
                    entry = found;
                    best = j + 1;
                    surfaceEnd = _tokens[j].BaseEnd;
                }

                length += full.Length;
            }

            return best;
        }

        /// <summary>Curly apostrophes are written straight in the data files ("Prime Minister's Office").</summary>
        private static void CopyNormalized(ReadOnlySpan<char> source, Span<char> destination)
        {
            source.CopyTo(destination);
            destination[..source.Length].Replace('\u2019', '\'');
        }

        /// <summary>Longest title at <paramref name="i"/> ("Prime Minister", "prime minister", "PM").</summary>
        private int MatchTitle(int i, int end, out TitleEntry? title)
        {
            title = null;
            if (!_g.TitleFirstTokenLookup.Contains(Full(i)) && !_g.TitleFirstTokenLookup.Contains(Base(i)))
            {
                return -1;
            }

            var best = -1;
            var length = 0;
            var limit = Math.Min(end, i + _g.MaxTitleTokens + 1);
            for (var j = i; j < limit; j++)
            {
                if (j > i && _tokens[j].Start > _tokens[j - 1].End)
                {
                    _buffer[length++] = ' ';
                }

                var full = Full(j);
                if (length + full.Length > _buffer.Length - 1)
                {
                    break;
                }

                CopyNormalized(full, _buffer.AsSpan(length));
                var baseLength = _tokens[j].BaseEnd - _tokens[j].Start;
                if (_g.TitleLookup.TryGetValue(_buffer.AsSpan(0, length + full.Length), out var found))
                {
                    title = found;
                    best = j + 1;
                }
                else if (baseLength < full.Length && _g.TitleLookup.TryGetValue(_buffer.AsSpan(0, length + baseLength), out found))
                {
                    title = found;
                    best = j + 1;
                }

                // Titles continue across "." only in abbreviations like "Lt. Gen."; stop at other punctuation.
                if (_tokens[j].Kind != TokenKind.Word && !(full.Length == 1 && full[0] == '.'))
                {
                    break;
                }

                length += full.Length;
                if (baseLength < full.Length)
                {
                    break;
                }
            }

            // "Sen." and "Gen.": the abbreviation's dot is part of the title.
            if (best > 0 && best < end && Full(best).SequenceEqual(".") && title is not null && !title.Surface.EndsWith('.'))
            {
                var dotted = string.Concat(Text.AsSpan(_tokens[i].Start, _tokens[best - 1].End - _tokens[i].Start), ".");
                if (_g.TryGetTitle(dotted, out var withDot))
                {
                    title = withDot;
                    best++;
                }
            }

            return best;
        }

        private int TryTitlePhrase(int i, int end, bool headline)
        {
            var p = i;
            var modifiers = 0;
            var present = true;
            while (p < end && modifiers < 2 && _tokens[p].Kind == TokenKind.Word && In(TitleModifiers, Full(p)) && MatchTitle(p, end, out _) < 0)
            {
                present &= In(PresentModifiers, Full(p));
                p++;
                modifiers++;
                if (p < end && Full(p).SequenceEqual("-"))
                {
                    p++;
                }
            }

            // A country, organization or nationality in front of the title: "US President", "Indian Prime Minister", "White House spokesperson".
            var modifierStart = p;
            var modifierEnd = p;
            GazetteerEntry? modifierEntry = null;
            var modifierKind = CandidateKind.Known;
            var possessiveModifier = false;
            var titleEnd = -1;
            TitleEntry? title = null;
            if (p < end)
            {
                var aliasEnd = MatchAlias(p, end, out var aliasEntry, out _);
                if (aliasEnd > 0 && aliasEntry is not null && aliasEntry.Type is EntityType.Gpe or EntityType.Organization && aliasEnd < end)
                {
                    titleEnd = MatchTitle(aliasEnd, end, out title);
                    if (titleEnd > 0)
                    {
                        // "India's prime minister", "Washington's envoy": the possessive works like "the".
                        possessiveModifier = IsPossessive(aliasEnd - 1);
                        modifierEnd = aliasEnd;
                        modifierEntry = aliasEntry;
                    }
                }

                if (titleEnd < 0 && _tokens[p].Shape == Shape.Upper && !IsPossessive(p) && p + 1 < end)
                {
                    var demonym = Full(p);
                    if (_g.DemonymLookup.TryGetValue(demonym, out var country))
                    {
                        titleEnd = MatchTitle(p + 1, end, out title);
                        if (titleEnd > 0)
                        {
                            modifierEnd = p + 1;
                            modifierEntry = country;
                            modifierKind = CandidateKind.UnknownDemonym;
                        }
                    }
                    else if (LooksLikeDemonym(demonym) && MatchAlias(p, end, out _, out _) < 0 && !_g.GivenNameLookup.Contains(demonym))
                    {
                        titleEnd = MatchTitle(p + 1, end, out title);
                        if (titleEnd > 0)
                        {
                            modifierEnd = p + 1;
                            modifierKind = CandidateKind.UnknownDemonym;
                        }
                    }
                }

                if (titleEnd < 0)
                {
                    titleEnd = MatchTitle(p, end, out title);
                }
            }

            if (titleEnd < 0 || title is null)
            {
                return -1;
            }

            var titleStart = modifierEnd;

            // A longer organization name that starts with the title wins: "Prime Minister's Office", "General Assembly".
            var competing = MatchAlias(titleStart, end, out _, out _);
            if (competing >= titleEnd)
            {
                return -1;
            }

            // A lower-case title needs "the" or a name to mean a person; a stray "official" or "leader" is just a word.
            var phraseEnd = titleEnd;
            var jurisdiction = JurisdictionOf(modifierEntry);
            string? post = null;
            string? nationalityKey = modifierEntry?.CountryKey;
            string? nationalityWord = modifierEntry is null && modifierKind == CandidateKind.UnknownDemonym ? Full(modifierStart).ToString() : null;
            var extension = new List<Candidate>();
            // "the secretary-general of the United Nations": a known name may follow "of the".
            var knownAfterThe = phraseEnd + 2 < end && Is(phraseEnd, end, "of") && Is(phraseEnd + 1, end, "the") && _tokens[phraseEnd + 2].Shape is Shape.Upper or Shape.AllCaps
                && MatchAlias(phraseEnd + 2, end, out var theEntry, out _) > 0 && theEntry is not null && theEntry.Type is EntityType.Gpe or EntityType.Organization;
            if (knownAfterThe || phraseEnd + 1 < end && _tokens[phraseEnd + 1].Shape is Shape.Upper or Shape.AllCaps && (Is(phraseEnd, end, "of") || Is(phraseEnd, end, "to")))
            {
                var of = Is(phraseEnd, end, "of");
                var placeStart = knownAfterThe ? phraseEnd + 2 : phraseEnd + 1;
                var placeEnd = MatchAlias(placeStart, end, out var place, out var surfaceEnd);
                if (placeEnd > 0 && place is not null && place.Type is EntityType.Gpe or EntityType.Organization or EntityType.Location)
                {
                    extension.Add(KnownCandidate(placeStart, placeEnd, surfaceEnd, place, place.Type, cityContext: false));
                    if (of)
                    {
                        nationalityKey = place.CountryKey ?? nationalityKey;
                        jurisdiction = JurisdictionOf(place) ?? jurisdiction;
                    }
                    else
                    {
                        post = JurisdictionOf(place);
                    }

                    phraseEnd = placeEnd;
                }
                else if (title.Kind == TitleKind.Office)
                {
                    var unknownEnd = PlaceBeforeName(placeStart, end);

                    if (unknownEnd > placeStart)
                    {
                        var place2 = UnknownCandidate(placeStart, unknownEnd, Guess.Gpe, headline);
                        extension.Add(place2);
                        if (of)
                        {
                            nationalityKey = Gazetteer.MakeKey(EntityType.Gpe, place2.Text);
                            nationalityWord = null;
                        }

                        phraseEnd = unknownEnd;
                    }
                }
            }

            var nameStart = IsPossessive(titleEnd - 1) && phraseEnd == titleEnd ? end : phraseEnd;
            var precededByThe = i > _sentenceStart && !_consumed[i - 1] && (Full(i - 1).SequenceEqual("the") || Full(i - 1).SequenceEqual("The"));
            if (nameStart < end && Full(nameStart).SequenceEqual(",") && precededByThe)
            {
                nameStart++;
            }

            var nameEnd = nameStart < end ? MatchPersonName(nameStart, end, headline) : nameStart;
            if (nameEnd > nameStart && nameStart > phraseEnd && nameEnd - nameStart < 2)
            {
                nameEnd = -1;
            }

            var titleLower = _tokens[titleStart].Shape == Shape.Lower;
            if (nameEnd <= nameStart && titleLower && !precededByThe && !possessiveModifier)
            {
                return -1;
            }

            var phraseStartToken = i;
            var phraseText = Text[_tokens[phraseStartToken].Start.._tokens[phraseEnd - 1].BaseEnd];
            var modifierCandidate = modifierEnd > modifierStart ? ModifierCandidate(modifierStart, modifierEnd, modifierEntry, modifierKind, headline) : null;

            if (nameEnd > nameStart)
            {
                if (modifierCandidate is not null)
                {
                    Candidates.Add(modifierCandidate);
                }

                Candidates.AddRange(extension);
                var person = NameCandidate(nameStart, nameEnd, CandidateKind.Person, EntityType.Person);
                person.TitlePhrase = title.Kind == TitleKind.Honorific && modifierEnd == modifierStart ? null : phraseText;
                person.Office = title.Kind == TitleKind.Honorific ? null : title.Office;
                person.NationalityKey = nationalityKey;
                person.NationalityWord = nationalityWord;
                Candidates.Add(person);
                Consume(i, nameEnd);
                return nameEnd;
            }

            if ((precededByThe || possessiveModifier) && title.Kind != TitleKind.Honorific)
            {
                var theToken = precededByThe ? i - 1 : i;
                var descriptor = new Candidate
                {
                    Span = TextSpan.FromBounds(_tokens[theToken].Start, _tokens[phraseEnd - 1].BaseEnd),
                    Kind = CandidateKind.Descriptor,
                    MentionType = EntityType.Person,
                    Office = title.Office,
                    NationalityKey = nationalityKey,
                    NationalityWord = nationalityWord,
                    Jurisdiction = jurisdiction,
                    Post = post,
                    Present = present,
                    TokenCount = phraseEnd - theToken,
                };
                descriptor.Text = descriptor.Span.Of(Text);
                if (modifierCandidate is not null)
                {
                    // If no person holds this office in the article, the nationality word is still a mention on its own.
                    descriptor.Fallback = modifierCandidate;
                    modifierCandidate.FallbackFor = descriptor;
                    modifierCandidate.IsFallback = true;
                    Candidates.Add(modifierCandidate);
                }

                Candidates.Add(descriptor);
                Consume(theToken, phraseEnd);
                return phraseEnd;
            }

            if (modifierCandidate is not null)
            {
                Candidates.Add(modifierCandidate);
            }

            Candidates.AddRange(extension);
            Consume(i, phraseEnd);
            return phraseEnd;
        }

        /// <summary>
        /// The country or organization an office belongs to: a country, its capital, or an organization
        /// (a government body such as the White House stands for its country). Cities and regions have no offices here.
        /// </summary>
        private static string? JurisdictionOf(GazetteerEntry? entry) => entry switch
        {
            null => null,
            { Type: EntityType.Organization } => entry.CountryKey ?? entry.Key,
            { Type: EntityType.Gpe, Kind: "country" or "capital" } => entry.CountryKey,
            _ => null,
        };

        /// <summary>
        /// The end of an unknown place after "Ambassador to": "to Veldora Tomas Reyer" is the place "Veldora"
        /// and the name "Tomas Reyer". A given name, or the last two words of a long run, start the name.
        /// </summary>
        private int PlaceBeforeName(int placeStart, int end)
        {
            var run = placeStart;
            while (run < end && run - placeStart < 6 && IsUpperWord(run, end) && MatchTitle(run, end, out _) < 0 && !In(NeverStart, Base(run)))
            {
                run++;
                if (IsPossessive(run - 1))
                {
                    break;
                }
            }

            for (var k = placeStart + 1; k < run; k++)
            {
                if (_g.GivenNameLookup.Contains(Base(k)))
                {
                    return k;
                }
            }

            var length = run - placeStart;
            return length >= 3 ? placeStart + Math.Min(3, length - 2) : run;
        }

        private Candidate ModifierCandidate(int start, int end, GazetteerEntry? entry, CandidateKind kind, bool headline)
        {
            if (kind == CandidateKind.Known && entry is not null)
            {
                return KnownCandidate(start, end, _tokens[end - 1].BaseEnd, entry, entry.Type, cityContext: false);
            }

            if (entry is not null)
            {
                var norp = KnownCandidate(start, end, _tokens[end - 1].BaseEnd, entry, EntityType.Norp, cityContext: false);
                return norp;
            }

            var unknown = NameCandidate(start, end, CandidateKind.UnknownDemonym, EntityType.Norp);
            unknown.Weak = headline;
            return unknown;
        }

        /// <summary>A capitalized name after a title: "Jane Roe", "J. R. Smith", "Mohammed bin Salman", "Jean-Luc Roe".</summary>
        private int MatchPersonName(int start, int end, bool headline)
        {
            // Headlines capitalize every word: "PM Roe Holds Talks" names only "Roe".
            var maxWords = headline ? (_g.GivenNameLookup.Contains(Base(start)) ? 2 : 1) : MaxNameTokens;
            var k = start;
            var words = 0;
            while (k < end && words < maxWords)
            {
                var tok = _tokens[k];
                if (tok.Kind == TokenKind.Word && tok.Shape == Shape.Upper)
                {
                    var word = Base(k).ToString();
                    if (words == 0 && (NeverStart.Contains(word) || _g.IsCommonWord(word) && tok.Initial))
                    {
                        break;
                    }

                    if (Weekdays.Contains(word) || MatchTitle(k, end, out _) > 0 && words > 0)
                    {
                        break;
                    }

                    // A country or organization right after a title is not the person's name ("President Jordan" aside).
                    if (MatchAlias(k, end, out var entry, out _) > 0 && entry is not null && words == 0 && !_g.GivenNameLookup.Contains(Base(k)))
                    {
                        break;
                    }

                    if (_g.DemonymLookup.ContainsKey(Base(k)) && words == 0)
                    {
                        break;
                    }

                    k++;
                    words++;
                    if (tok.BaseEnd < tok.End)
                    {
                        break;
                    }

                    // An initial: "J." (the dot is its own token).
                    if (Base(k - 1).Length == 1 && k < end && Full(k).SequenceEqual(".") && k + 1 < end && _tokens[k + 1].Start > _tokens[k].End)
                    {
                        k++;
                    }

                    // Hyphenated given names split into parts: "Jean-Luc".
                    if (k + 1 < end && Full(k).SequenceEqual("-") && _tokens[k].Start == _tokens[k - 1].End && IsUpperWord(k + 1, end))
                    {
                        k++;
                    }

                    continue;
                }

                if (tok.Kind == TokenKind.Word && tok.Shape == Shape.AllCaps && Base(k).Length <= 3 && words == 0 && k + 1 < end && IsUpperWord(k + 1, end) && Base(k).IndexOf('.') > 0)
                {
                    // Dotted initials token: "J.R. Smith".
                    k++;
                    continue;
                }

                if (words > 0 && tok.Kind == TokenKind.Word && In(PersonConnectors, Full(k)) && (IsUpperWord(k + 1, end) || k + 2 < end && In(PersonConnectors, Full(k + 1)) && IsUpperWord(k + 2, end)))
                {
                    k++;
                    continue;
                }

                break;
            }

            // Do not end on an initial or connector.
            while (k > start && (_tokens[k - 1].Kind != TokenKind.Word || In(PersonConnectors, Full(k - 1))))
            {
                k--;
            }

            return words > 0 ? k : start;
        }

        private int TryDefinedAcronym(int i, int end)
        {
            if (_tokens[i].Shape != Shape.AllCaps && _tokens[i].Shape != Shape.Upper)
            {
                return -1;
            }

            if (_acronyms.Count == 0 || !_acronyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Base(i), out var target))
            {
                return -1;
            }

            Candidates.Add(AcronymCandidate(i, target));
            Consume(i, i + 1);
            return i + 1;
        }

        private Candidate AcronymCandidate(int i, Candidate target) => new()
        {
            Span = TextSpan.FromBounds(_tokens[i].Start, _tokens[i].BaseEnd),
            Text = Base(i).ToString(),
            Kind = CandidateKind.Acronym,
            AcronymTarget = target,
            TokenCount = 1,
        };

        /// <summary>"Trade Council (TC)": remembers TC as another name of the candidate just added.</summary>
        private int TryAcronymDefinition(int after, int end, Candidate target)
        {
            if (after + 2 >= end || !Full(after).SequenceEqual("(") || !Full(after + 2).SequenceEqual(")"))
            {
                return after;
            }

            var k = after + 1;
            if (_tokens[k].Kind != TokenKind.Word || _tokens[k].Shape is not (Shape.AllCaps or Shape.Upper))
            {
                return after;
            }

            var acronym = Base(k);
            if (!IsInitialsOf(acronym, target.Text))
            {
                return after;
            }

            _acronyms[acronym.ToString()] = target;
            Candidates.Add(AcronymCandidate(k, target));
            Consume(after, after + 3);
            return after + 3;
        }

        private static bool IsInitialsOf(ReadOnlySpan<char> acronym, string name)
        {
            var letters = 0;
            foreach (var c in acronym)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                }
            }

            if (letters < 2 || acronym.Length > 10 || name.Length == 0 || char.ToUpperInvariant(acronym[0]) != char.ToUpperInvariant(name[0]))
            {
                return false;
            }

            // Every capital of the acronym appears, in order, among the capitals of the name.
            var position = 0;
            foreach (var c in acronym)
            {
                if (!char.IsUpper(c))
                {
                    continue;
                }

                var found = false;
                while (position < name.Length)
                {
                    var n = name[position++];
                    if (char.IsUpper(n) && n == c)
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    return false;
                }
            }

            return true;
        }

        private int TryAlias(int i, int end, bool headline)
        {
            var aliasEnd = MatchAlias(i, end, out var entry, out var surfaceEnd);
            if (aliasEnd < 0 || entry is null)
            {
                return -1;
            }

            // A one-word place followed by an unknown capitalized word is part of a longer name: "India Today", "Jordan Peterson".
            if (aliasEnd == i + 1 && entry.Type == EntityType.Gpe && !IsPossessive(i) && IsUpperWord(aliasEnd, end) && _tokens[aliasEnd].Start == _tokens[i].End + 1
                && StartsUnknownWord(aliasEnd, end))
            {
                var forced = TryUnknown(i, end, headline, force: true);
                if (forced > 0)
                {
                    return forced;
                }
            }

            var cityContext = IsCityContext(i) || IsBasedIn(aliasEnd, end) || Text.AsSpan(_tokens[i].Start, surfaceEnd - _tokens[i].Start).Contains("D.C.", StringComparison.Ordinal);
            var candidate = KnownCandidate(i, aliasEnd, surfaceEnd, entry, entry.Type, cityContext);
            Candidates.Add(candidate);
            Consume(i, aliasEnd);
            return TryAcronymDefinition(aliasEnd, end, candidate);
        }

        private bool StartsUnknownWord(int k, int end)
        {
            var word = Base(k);
            return !_g.FirstTokenLookup.Contains(word) && !_g.TitleFirstTokenLookup.Contains(word) && !_g.DemonymLookup.ContainsKey(word)
                && !In(NeverStart, word) && MatchTitle(k, end, out _) < 0;
        }

        private bool IsCityContext(int i)
        {
            if (i == 0 || i == _sentenceStart)
            {
                return false;
            }

            var previous = Full(i - 1);
            if (In(CityPrepositions, previous) || previous.SequenceEqual("In") || previous.SequenceEqual("At"))
            {
                return true;
            }

            if (i < 2 || _tokens[i - 1].Initial)
            {
                return false;
            }

            // "flew to Moscow", "returned from Washington".
            if ((previous.SequenceEqual("to") || previous.SequenceEqual("from")) && In(TravelWords, Full(i - 2)))
            {
                return true;
            }

            // "in Moscow and Beijing", "from New Delhi to Washington": the place just named makes the next one a place too.
            return (previous.SequenceEqual("and") || previous.SequenceEqual("or") || previous.SequenceEqual("to")) && FollowsCity(i - 1);
        }

        /// <summary>Whether the candidate just before token <paramref name="k"/> is a city (not a capital standing for its country).</summary>
        private bool FollowsCity(int k)
        {
            if (Candidates.Count == 0 || k < 1)
            {
                return false;
            }

            var last = Candidates[^1];
            var before = _tokens[k - 1];
            return (last.Span.End == before.End || last.Span.End == before.BaseEnd) && last.Entry is { Kind: not "country" } entry
                && entry.Type is EntityType.Gpe or EntityType.Location && last.MentionType is EntityType.Gpe or EntityType.Location;
        }

        /// <summary>"Beijing-based analysts": the place a company or person is based in.</summary>
        private bool IsBasedIn(int after, int end) =>
            after + 1 < end && Full(after).SequenceEqual("-") && _tokens[after].Start == _tokens[after - 1].End && Full(after + 1).SequenceEqual("based");

        private Candidate KnownCandidate(int start, int end, int surfaceEnd, GazetteerEntry entry, EntityType mentionType, bool cityContext)
        {
            var candidate = new Candidate
            {
                Span = TextSpan.FromBounds(_tokens[start].Start, surfaceEnd),
                Kind = CandidateKind.Known,
                Entry = entry,
                MentionType = mentionType,
                TokenCount = end - start,
            };
            candidate.Text = candidate.Span.Of(Text);

            // A capital standing alone for its government: "Washington has pressed New Delhi".
            if (entry.Kind == "capital" && !cityContext && entry.CountryKey is not null && _g.TryGetByKey(entry.CountryKey, out var country))
            {
                candidate.Entry = country;
                candidate.MentionType = EntityType.Gpe;
            }

            return candidate;
        }

        private int TryDemonym(int i, int end)
        {
            if (_tokens[i].Shape != Shape.Upper || !_g.DemonymLookup.TryGetValue(Base(i), out var country))
            {
                return -1;
            }

            Candidates.Add(KnownCandidate(i, i + 1, _tokens[i].BaseEnd, country, EntityType.Norp, cityContext: false));
            Consume(i, i + 1);
            return i + 1;
        }

        private int TryUnknown(int i, int end, bool headline, bool force)
        {
            var tok = _tokens[i];
            if (tok.Shape == Shape.AllCaps && !force)
            {
                return IsAttached(i) ? -1 : TryBareAcronym(i, end, headline);
            }

            if (tok.Shape != Shape.Upper && !force || IsAttached(i))
            {
                return -1;
            }

            var first = Base(i);
            if (!force)
            {
                var firstWord = first.ToString();
                if (NeverStart.Contains(firstWord) || Weekdays.Contains(firstWord))
                {
                    return -1;
                }

                if (tok.Initial && (_g.CommonWordLookup.Contains(first) || AppearsInLowerCase(first)))
                {
                    return -1;
                }
            }

            // In a headline every word is capitalized, so only single words are proposed (and kept only if they link up).
            // A sentence-initial word followed by "of" is usually a common noun ("Shares of Marrow Steel").
            var maxWords = headline ? 1 : MaxUnknownTokens;
            if (i == _sentenceStart && !force && i + 1 < end && _tokens[i + 1].Shape == Shape.Lower && !_g.OrganizationHeadLookup.Contains(first) && !In(StateWords, first))
            {
                maxWords = 1;
            }

            var k = i;
            var words = 0;
            while (k < end && words < maxWords)
            {
                if (k > i && _consumed[k])
                {
                    break;
                }

                var current = _tokens[k];
                if (current.Kind == TokenKind.Word && (current.Shape == Shape.Upper || k == i && force && current.Shape == Shape.AllCaps))
                {
                    if (k > i)
                    {
                        var word = Base(k);
                        var afterConnector = In(NameConnectors, Full(k - 1));
                        if (In(Weekdays, word) || In(NeverStart, word))
                        {
                            break;
                        }

                        // A known name or title ends the unknown one, unless it completes "Bank of India"-like names.
                        if (!afterConnector && (MatchTitle(k, end, out var t) > 0 && t is { Kind: TitleKind.Office } || _g.DemonymLookup.ContainsKey(word)))
                        {
                            break;
                        }

                        if (!afterConnector && MatchAlias(k, end, out var known, out _) > 0 && known is not null && known.Type != EntityType.Organization)
                        {
                            break;
                        }

                        if (afterConnector)
                        {
                            var aliasEnd = MatchAlias(k, end, out _, out _);
                            if (aliasEnd > 0)
                            {
                                words += aliasEnd - k;
                                k = aliasEnd;
                                break;
                            }
                        }
                    }

                    k++;
                    words++;
                    if (current.BaseEnd < current.End)
                    {
                        break;
                    }

                    if (k + 1 < end && Full(k).SequenceEqual("-") && _tokens[k].Start == _tokens[k - 1].End && IsUpperWord(k + 1, end))
                    {
                        k++;
                    }

                    continue;
                }

                if (words >= maxWords)
                {
                    break;
                }

                if (current.Kind == TokenKind.Word && In(NameConnectors, Full(k)) && (IsUpperWord(k + 1, end) && !_consumed[k + 1] || k + 2 < end && In(PersonConnectors, Full(k + 1)) && IsUpperWord(k + 2, end) && !_consumed[k + 2]))
                {
                    k++;
                    continue;
                }

                // "Newsmakers of the Year", "Bank of the South".
                if (k > i && Is(k, end, "of") && Is(k + 1, end, "the") && IsUpperWord(k + 2, end) && !_consumed[k + 2])
                {
                    k += 2;
                    continue;
                }

                // "& Co", "AT&T" style joins are rare enough to leave out; stop at anything else.
                break;
            }

            while (k > i && (_tokens[k - 1].Kind != TokenKind.Word || In(NameConnectors, Full(k - 1))))
            {
                k--;
            }

            if (k <= i)
            {
                return -1;
            }

            var guess = Guess.Misc;
            var candidateKind = CandidateKind.Unknown;
            var lastWord = Base(k - 1);
            var firstToken = Base(i);
            var next = k < end ? Full(k) : default;
            var previous = i > 0 && !_tokens[i].Initial ? Full(i - 1).ToString() : "";
            if (_g.OrganizationHeadLookup.Contains(lastWord) && k - i > 1 || HasHeadBeforeConnector(i, k))
            {
                guess = Guess.Organization;
            }
            else if (IsStateName(i, k) || k - i <= 3 && previous is "in" or "at" or "near" or "outside" or "inside")
            {
                // "in Marrow said" is still a place: the preposition binds tighter than the verb.
                guess = Guess.Gpe;
            }
            else if (k < end && _g.SpeechVerbLookup.Contains(next) && !IsPossessive(k - 1))
            {
                guess = Guess.Person;
            }
            else if (k - i <= 3 && i > _sentenceStart && (_g.SpeechVerbLookup.Contains(previous) || IsAppositionAfterRole(i)))
            {
                // "said Jane Roe", "her counterpart, Ivo Tarrant".
                guess = Guess.Person;
            }
            else if (_g.GivenNameLookup.Contains(firstToken) && (k - i > 1 || !_tokens[i].Initial))
            {
                guess = Guess.Person;
            }
            else if (k - i == 1 && LooksLikeDemonym(lastWord) && (k < end && _tokens[k].Shape == Shape.Lower || previous is "the" or "a" or "an"))
            {
                candidateKind = CandidateKind.UnknownDemonym;
            }
            else if (PlacePrepositions.Contains(previous) && k - i <= 3)
            {
                guess = Guess.Gpe;
            }
            else if (_statistical.TryGetValue((_tokens[i].Start, _tokens[k - 1].End), out var tagged))
            {
                // No rule cue: the statistical tagger's reading of exactly this span decides.
                guess = tagged switch
                {
                    EntityType.Person => Guess.Person,
                    EntityType.Organization => Guess.Organization,
                    EntityType.Gpe or EntityType.Location => Guess.Gpe,
                    _ => Guess.Misc,
                };
            }

            var candidate = candidateKind == CandidateKind.UnknownDemonym
                ? NameCandidate(i, k, CandidateKind.UnknownDemonym, EntityType.Norp)
                : UnknownCandidate(i, k, guess, headline);
            // A lone capitalized word opening a sentence is as likely an ordinary word ("Western", "Formal"): keep it only if it links up.
            candidate.Weak = headline || _tokens[i].Initial && k - i == 1 && guess == Guess.Misc && candidateKind == CandidateKind.Unknown;
            Candidates.Add(candidate);
            Consume(i, k);
            return TryAcronymDefinition(k, end, candidate);
        }

        /// <summary>"her Veldoran counterpart, Ivo Tarrant": a name set off by a comma after a word for a person's role.</summary>
        private bool IsAppositionAfterRole(int i)
        {
            if (i < 2 || !Full(i - 1).SequenceEqual(",") || _tokens[i - 2].Kind != TokenKind.Word || _tokens[i - 2].Shape != Shape.Lower)
            {
                return false;
            }

            var role = Base(i - 2);
            return In(RoleNouns, role) || _g.TitleLookup.TryGetValue(role, out var title) && title.Kind != TitleKind.Honorific;
        }

        /// <summary>Words glued to a URL, handle or hashtag ("pic.twitter.com/AbC", "@Handle") are not names.</summary>
        private bool IsAttached(int i)
        {
            if (i == 0 || _tokens[i - 1].End != _tokens[i].Start)
            {
                return false;
            }

            var previous = Text[_tokens[i].Start - 1];
            return previous is '/' or '.' or '@' or '#' or '_' or '=' or '&' or '?';
        }

        /// <summary>"Ministry of Trade", "Veldora Institute of Economics": an organization head followed by "of" or "for".</summary>
        private bool HasHeadBeforeConnector(int start, int end)
        {
            for (var k = start; k + 1 < end; k++)
            {
                if (_g.OrganizationHeadLookup.Contains(Base(k)) && (Is(k + 1, end, "of") || Is(k + 1, end, "for")))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsStateName(int start, int end)
        {
            for (var k = start; k < end; k++)
            {
                if (In(StateWords, Base(k)))
                {
                    return true;
                }
            }

            return false;
        }

        private int TryBareAcronym(int i, int end, bool headline)
        {
            var word = Base(i);
            var letters = 0;
            foreach (var c in word)
            {
                letters += char.IsLetter(c) ? 1 : 0;
            }

            if (letters < 2 || word.Length > 7)
            {
                return -1;
            }

            // Shouted words ("STAY TUNED", "ALSO READ") come in runs; an acronym stands among ordinary words.
            if (i > 0 && _tokens[i - 1].Shape == Shape.AllCaps && !_tokens[i].Initial || i + 1 < end && _tokens[i + 1].Shape == Shape.AllCaps)
            {
                return -1;
            }

            var titled = Gazetteer.TitleCase(word.ToString());
            if (_g.IsCommonWord(titled) || NeverStart.Contains(titled) || _lowerWords.Contains(word.ToString().ToLowerInvariant()) && word.Length > 4)
            {
                return -1;
            }

            var candidate = UnknownCandidate(i, i + 1, Guess.Misc, headline);
            Candidates.Add(candidate);
            Consume(i, i + 1);
            return i + 1;
        }

        private bool AppearsInLowerCase(ReadOnlySpan<char> word)
        {
            Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
            word.ToLowerInvariant(lower);
            return _lowerWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
        }

        private Candidate UnknownCandidate(int start, int end, Guess guess, bool headline)
        {
            var candidate = NameCandidate(start, end, CandidateKind.Unknown, EntityType.Misc);
            candidate.Guess = guess;
            candidate.Weak = headline;
            return candidate;
        }

        private Candidate NameCandidate(int start, int end, CandidateKind kind, EntityType type)
        {
            var span = TextSpan.FromBounds(_tokens[start].Start, _tokens[end - 1].BaseEnd);
            var firstWord = start;
            var lastWord = end - 1;
            while (lastWord > start && _tokens[lastWord].Kind != TokenKind.Word)
            {
                lastWord--;
            }

            var wordCount = 0;
            for (var k = start; k < end; k++)
            {
                if (_tokens[k].Kind == TokenKind.Word && _tokens[k].Shape is Shape.Upper or Shape.AllCaps)
                {
                    wordCount++;
                }
            }

            return new Candidate
            {
                Span = span,
                Text = Gazetteer.Normalize(span.Of(Text)),
                Kind = kind,
                MentionType = type,
                TokenCount = Math.Max(1, wordCount),
                First = Base(firstWord).ToString(),
                Last = Base(lastWord).ToString(),
            };
        }

        private void Consume(int start, int end)
        {
            for (var k = start; k < end && k < _consumed.Length; k++)
            {
                _consumed[k] = true;
            }
        }
    }

    private static bool In(HashSet<string> set, ReadOnlySpan<char> word) => set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>"Veldoran", "Kestrian", "Marrowese", "Nordish": adjectives that name a people.</summary>
    internal static bool LooksLikeDemonym(ReadOnlySpan<char> word)
    {
        if (word.Length < 5 || !char.IsUpper(word[0]))
        {
            return false;
        }

        for (var k = 1; k < word.Length; k++)
        {
            if (!char.IsLower(word[k]))
            {
                return false;
            }
        }

        return word.EndsWith("an", StringComparison.Ordinal) || word.EndsWith("ese", StringComparison.Ordinal)
            || word.EndsWith("ish", StringComparison.Ordinal) || word.EndsWith("i", StringComparison.Ordinal);
    }

    /// <summary>Whether a demonym and a place name share their stem: Veldoran/Veldora, Kestrian/Kestria, Marrowese/Marrow.</summary>
    internal static bool SharesStem(string demonym, string place)
    {
        var common = 0;
        var max = Math.Min(demonym.Length, place.Length);
        while (common < max && demonym[common] == place[common])
        {
            common++;
        }

        return common >= 4 && common >= place.Length - 2 && common >= demonym.Length - 4;
    }
}
