using Storyline.Model;

namespace Storyline.Language;

/// <summary>
/// Finds quotes and who said them: text between quote marks with a speaker found next to a
/// speech verb in the same or the neighbouring sentence, reported speech without quote marks
/// ("Gor said the talks would resume"), plus every embedded social-media post.
/// </summary>
public sealed partial class QuoteExtractor
{
    // How far around a quote the attribution is looked for; keeps the work per quote bounded.
    private const int MaxContextChars = 400;
    private const int MaxPostContextChars = 200;
    // Words allowed between a speech verb and the quote it introduces ("said in a post on X that").
    private const int MaxVerbGap = 12;
    private const int MaxPhraseWords = 6;
    private const int MaxMentionChars = 120;
    // Tokens between the commas of a parenthetical after a speaker: any words up to the first, words and numbers
    // after a name up to the second ("Roe, 50, a nurse who has worked at the clinic since 2009, said").
    private const int MaxParentheticalTokens = 5;
    private const int MaxAppositionTokens = 20;

    private readonly QuoteExtractorLexicon _lexicon;

    public QuoteExtractor()
    {
        _lexicon = QuoteExtractorLexicon.Load();
    }

    public IReadOnlyList<Quote> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions, IReadOnlyList<EmbeddedPost> posts)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run(_lexicon, text, sentences ?? [], mentions ?? []);
        var candidates = run.ExtractAll(FindSegments(text));

        var postQuotes = new List<Quote>();
        foreach (var post in posts ?? [])
        {
            if (post.Span.Start >= 0 && post.Span.Length > 0 && post.Span.End <= text.Length)
            {
                postQuotes.Add(new Quote(post.Span, post.Text, QuoteKind.Post, post.Author, null));
            }
        }

        if (postQuotes.Count > 0)
        {
            // A post is often quoted in the body as well: the post is the source, the body copy goes.
            var postKeys = postQuotes.ConvertAll(p => Normalize(p.Text));
            candidates.RemoveAll(c => postQuotes.Exists(p => p.Span.Overlaps(c.Quote.Span)) || IsCopyOfPost(Normalize(c.Quote.Text), postKeys));
            candidates.AddRange(postQuotes.Select(p => (p, 0)));
        }

        candidates.Sort((a, b) =>
        {
            var byStart = a.Quote.Span.Start.CompareTo(b.Quote.Span.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byRank = a.Rank.CompareTo(b.Rank);
            return byRank != 0 ? byRank : b.Quote.Span.Length.CompareTo(a.Quote.Span.Length);
        });

        var result = new List<Quote>(candidates.Count);
        var lastEnd = -1;
        foreach (var (quote, _) in candidates)
        {
            if (quote.Span.Start >= lastEnd)
            {
                result.Add(quote);
                lastEnd = quote.Span.End;
            }
        }

        return result;
    }

    private static bool IsCopyOfPost(string key, List<string> postKeys)
    {
        if (key.Length < 8)
        {
            return false;
        }

        foreach (var post in postKeys)
        {
            if (post.Contains(key, StringComparison.Ordinal) || (post.Length >= 8 && key.Contains(post, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string Normalize(string value)
    {
        var chars = new char[value.Length];
        var n = 0;
        foreach (var c in value)
        {
            if (char.IsLetterOrDigit(c))
            {
                chars[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(chars, 0, n);
    }

    /// <summary>Quoted stretches of each paragraph; a mark left open at the end of a paragraph is dropped.</summary>
    internal static List<QuoteSegment> FindSegments(string text)
    {
        var segments = new List<QuoteSegment>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = ExtractorText.LineEnd(text, lineStart);
            ScanDouble(text, lineStart, lineEnd, segments);
            ScanSingle(text, lineStart, lineEnd, segments);
            if (lineEnd >= text.Length)
            {
                break;
            }

            lineStart = lineEnd + 1;
        }

        segments.Sort((a, b) => a.Open.CompareTo(b.Open));
        return segments;
    }

    private static void ScanDouble(string text, int start, int end, List<QuoteSegment> segments)
    {
        var open = -1;
        for (var i = start; i < end; i++)
        {
            switch (text[i])
            {
                case '“' or '„' or '«':
                    // A second opener means the first was never closed: start again from here.
                    open = i;
                    break;
                case '”' or '»':
                    if (open >= 0)
                    {
                        AddSegment(text, open, i, single: false, segments);
                        open = -1;
                    }

                    break;
                case '"':
                    if (open >= 0)
                    {
                        AddSegment(text, open, i, single: false, segments);
                        open = -1;
                    }
                    else if (i + 1 < end && !char.IsWhiteSpace(text[i + 1]))
                    {
                        open = i;
                    }

                    break;
            }
        }
    }

    private static void ScanSingle(string text, int start, int end, List<QuoteSegment> segments)
    {
        // ’ is also the apostrophe: only a ‘ after a space opens, and only a ’ not followed by a letter closes.
        var open = -1;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c == '‘')
            {
                var before = i == start ? ' ' : text[i - 1];
                if (char.IsWhiteSpace(before) || before is '(' or '[' or '“' or '"' or '—' or '–' or ':')
                {
                    open = i;
                }
            }
            else if (c == '’' && open >= 0 && !char.IsWhiteSpace(text[i - 1]) && (i + 1 == end || !char.IsLetterOrDigit(text[i + 1])))
            {
                AddSegment(text, open, i, single: true, segments);
                open = -1;
            }
        }
    }

    private static void AddSegment(string text, int open, int close, bool single, List<QuoteSegment> segments)
    {
        var s = open + 1;
        var e = close;
        while (s < e && (char.IsWhiteSpace(text[s]) || ExtractorText.IsQuoteMark(text[s])))
        {
            s++;
        }

        // The comma before a closing mark ("“stay tuned,” she said") is punctuation of the attribution.
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ',' || ExtractorText.IsQuoteMark(text[e - 1])))
        {
            e--;
        }

        for (var k = s; k < e; k++)
        {
            if (char.IsLetterOrDigit(text[k]))
            {
                segments.Add(new QuoteSegment(open, close, s, e, single));
                return;
            }
        }
    }

    /// <summary>The state of one <see cref="Extract"/> call: the text, its sentences and mentions, and the last speaker.</summary>
    private sealed partial class Run
    {
        private readonly QuoteExtractorLexicon _lex;
        private readonly string _text;
        private readonly List<Sentence> _sentences;
        private readonly List<EntityMention> _mentions;
        private Attribution? _last;
        private int _lastClose = -1;

        public Run(QuoteExtractorLexicon lexicon, string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions)
        {
            _lex = lexicon;
            _text = text;
            _sentences = ExtractorText.Ordered(sentences, text.Length);
            _mentions = [.. mentions.Where(m => m.Span.Start >= 0 && m.Span.Length > 0 && m.Span.End <= text.Length)];
            _mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        }

        public Quote? Attribute(QuoteSegment segment)
        {
            var lineStart = ExtractorText.LineStart(_text, segment.Open);
            var lineEnd = ExtractorText.LineEnd(_text, segment.Close);
            var si = ExtractorText.SentenceAt(_sentences, segment.Open);
            var ei = ExtractorText.SentenceAt(_sentences, segment.Close);
            var sentenceStart = Math.Max(Math.Max(si >= 0 ? _sentences[si].Span.Start : lineStart, lineStart), segment.Open - MaxContextChars);
            var sentenceEnd = Math.Min(Math.Min(ei >= 0 ? _sentences[ei].Span.End : lineEnd, lineEnd), segment.Close + 1 + MaxContextChars);
            sentenceEnd = Math.Max(sentenceEnd, segment.Close + 1);

            var pre = ExtractorText.Tokenize(_text, sentenceStart, segment.Open);
            var post = ExtractorText.Tokenize(_text, segment.Close + 1, Math.Min(lineEnd, segment.Close + 1 + MaxPostContextChars));

            var attribution = FromColon(pre, sentenceStart)
                ?? FromFollowingWords(post, sentenceStart)
                ?? FromPrecedingVerb(pre, sentenceStart)
                ?? FromAccordingTo(sentenceStart, sentenceEnd)
                ?? FromNeighbour(segment, si, sentenceStart, sentenceEnd);

            if (!Keep(segment, attribution))
            {
                return null;
            }

            if (attribution is not null)
            {
                _last = attribution;
                _lastClose = segment.Close;
            }

            var span = TextSpan.FromBounds(segment.Start, segment.End);
            return new Quote(
                span,
                span.Of(_text),
                attribution?.Kind ?? QuoteKind.Direct,
                attribution?.Speaker.Of(_text),
                attribution?.Speaker);
        }

        private bool Keep(QuoteSegment segment, Attribution? attribution)
        {
            var words = ExtractorText.Tokenize(_text, segment.Start, segment.End);
            var wordCount = 0;
            var titleCase = true;
            var capitals = 0;
            foreach (var t in words)
            {
                if (!t.IsWord)
                {
                    continue;
                }

                wordCount++;
                if (t.IsCapitalized(_text))
                {
                    capitals++;
                }
                else if (!_lex.TitleWords.Contains(ExtractorText.Lower(_text, t)))
                {
                    titleCase = false;
                }
            }

            // Titles of works, headlines and nicknames: Title Case with no speech verb right beside them.
            if (titleCase && capitals > 0 && wordCount <= 12 && attribution is not { Tight: true })
            {
                return false;
            }

            if (attribution is not null)
            {
                return true;
            }

            if (segment.Single || wordCount <= 1)
            {
                return false;
            }

            // With nobody to attribute it to, only a full statement is worth keeping, not a fragment.
            var first = _text.AsSpan(segment.Start, segment.End - segment.Start);
            var firstLetter = first.IndexOfAnyExcept(" \"'“‘(…-—".AsSpan());
            return wordCount >= 4 && firstLetter >= 0 && char.IsUpper(first[firstLetter]);
        }

        // Gor stated: “...”
        private Attribution? FromColon(List<ExtractorToken> pre, int sentenceStart)
        {
            var n = pre.Count;
            if (n < 2 || !pre[n - 1].IsSymbol(_text, ':'))
            {
                return null;
            }

            for (var k = n - 2; k >= 0 && k >= n - 10; k--)
            {
                var t = pre[k];
                if (IsClauseBreak(t))
                {
                    break;
                }

                if (IsSpeechVerb(pre, k))
                {
                    var speaker = Subject(pre, k, sentenceStart);
                    if (speaker is not null)
                    {
                        return new Attribution(speaker.Value, QuoteKind.Colon, Tight: true);
                    }
                }
            }

            return null;
        }

        // “...,” the minister said / “...,” said the minister / “...,” it added
        private Attribution? FromFollowingWords(List<ExtractorToken> post, int sentenceStart)
        {
            var i = 0;
            while (i < post.Count && post[i].Kind == ExtractorTokenKind.Symbol && _text[post[i].Start] is ',' or '—' or '–')
            {
                i++;
            }

            if (i >= post.Count || !post[i].IsWord)
            {
                return null;
            }

            if (IsSpeechVerb(post, i) && !IsGerund(post[i]))
            {
                var after = PhraseAfter(post, i + 1);
                return after is null ? null : Resolve(after.Value, sentenceStart, tight: true);
            }

            var phrase = PhraseAfter(post, i);
            if (phrase is null)
            {
                return null;
            }

            var k = phrase.Value.EndToken;
            while (k < post.Count && post[k].IsWord && _lex.Skippable.Contains(ExtractorText.Lower(_text, post[k])))
            {
                k++;
            }

            return k < post.Count && IsSpeechVerb(post, k) && !IsGerund(post[k])
                ? Resolve(phrase.Value, sentenceStart, tight: true)
                : null;
        }

        // Modi said that he “...” / a spokesperson affirmed the president’s “great respect”
        private Attribution? FromPrecedingVerb(List<ExtractorToken> pre, int sentenceStart)
        {
            var words = 0;
            for (var k = pre.Count - 1; k >= 0; k--)
            {
                var t = pre[k];
                if (IsClauseBreak(t))
                {
                    break;
                }

                if (!t.IsWord)
                {
                    continue;
                }

                if (IsSpeechVerb(pre, k))
                {
                    var tight = words == 0 || (words == 1 && ExtractorText.Lower(_text, pre[k + 1]) == "that");
                    // ", adding that": the main clause's speaker; ", dubbed": a passive participle, nobody speaks.
                    var afterComma = k > 0 && pre[k - 1].IsSymbol(_text, ',');
                    var speaker = IsGerund(t) ? ClauseSubject(pre, k, sentenceStart)
                        : afterComma ? null
                        : Subject(pre, k, sentenceStart);
                    if (speaker is not null)
                    {
                        return new Attribution(speaker.Value, QuoteKind.Direct, tight);
                    }
                }

                if (++words > MaxVerbGap)
                {
                    break;
                }
            }

            return null;
        }

        // “...”, according to the ministry.
        private Attribution? FromAccordingTo(int start, int end)
        {
            var index = _text.IndexOf("according to ", start, end - start, StringComparison.OrdinalIgnoreCase);
            if (index < 0)
            {
                return null;
            }

            var tokens = ExtractorText.Tokenize(_text, index + "according to ".Length, end);
            var phrase = PhraseAfter(tokens, 0);
            return phrase is null ? null : Resolve(phrase.Value, start, tight: false);
        }

        // A quote that is a sentence of its own takes the speaker of the sentence before it.
        private Attribution? FromNeighbour(QuoteSegment segment, int si, int sentenceStart, int sentenceEnd)
        {
            var outside = 0;
            foreach (var t in ExtractorText.Tokenize(_text, sentenceStart, segment.Open))
            {
                outside += t.IsWord ? 1 : 0;
            }

            foreach (var t in ExtractorText.Tokenize(_text, segment.Close + 1, sentenceEnd))
            {
                outside += t.IsWord ? 1 : 0;
            }

            if (outside > 2)
            {
                return null;
            }

            var previousStart = si > 0 ? _sentences[si - 1].Span.Start : ExtractorText.LineStart(_text, Math.Max(0, sentenceStart - 1));
            if (_last is not null && _lastClose >= previousStart && _lastClose < segment.Open)
            {
                return _last with { Kind = QuoteKind.Direct, Tight = false };
            }

            if (si <= 0)
            {
                return null;
            }

            var previous = _sentences[si - 1].Span;
            if (segment.Open - previous.Start > 2 * MaxContextChars)
            {
                return null;
            }

            var tokens = ExtractorText.Tokenize(_text, previous.Start, previous.End);
            var endsWithColon = tokens.Count > 0 && tokens[^1].IsSymbol(_text, ':');
            for (var k = 0; k < tokens.Count; k++)
            {
                if (IsSpeechVerb(tokens, k) && !IsGerund(tokens[k]))
                {
                    var speaker = Subject(tokens, k, previous.Start);
                    if (speaker is not null)
                    {
                        return new Attribution(speaker.Value, endsWithColon ? QuoteKind.Colon : QuoteKind.Direct, Tight: endsWithColon);
                    }
                }
            }

            return null;
        }

        private bool IsClauseBreak(ExtractorToken t)
        {
            if (t.Kind != ExtractorTokenKind.Symbol)
            {
                return false;
            }

            var c = _text[t.Start];
            return c is '.' or '!' or '?' or ';' || ExtractorText.IsDoubleQuoteMark(c) || c is '‘' or '’';
        }

        private bool IsGerund(ExtractorToken t) => t.Length > 4 && _text.AsSpan(t.End - 3, 3).SequenceEqual("ing");

        private bool IsSpeechVerb(List<ExtractorToken> tokens, int k)
        {
            var t = tokens[k];
            if (!t.IsWord || char.IsUpper(_text[t.Start]))
            {
                return false;
            }

            var word = ExtractorText.Lower(_text, t);
            return _lex.SpeechVerbs.Contains(word) && !IsNounUse(tokens, k, word);
        }

        private bool IsNounUse(List<ExtractorToken> tokens, int k, string word)
        {
            if (_lex.SpeechNouns.Contains(word))
            {
                // "in a post", "through a brief post", "the calls": a noun, not the verb.
                for (var b = k - 1; b >= 0 && b >= k - 2; b--)
                {
                    if (!tokens[b].IsWord)
                    {
                        break;
                    }

                    var before = ExtractorText.Lower(_text, tokens[b]);
                    if (_lex.Determiners.Contains(before) || _lex.Stops.Contains(before) || before.EndsWith("’s", StringComparison.Ordinal) || before.EndsWith("'s", StringComparison.Ordinal))
                    {
                        return true;
                    }
                }
            }

            // "rejected claims that ...", "denied reports that ...": an -s form straight after a past-tense verb is a plural noun.
            if (word.Length > 3 && word.EndsWith('s') && k > 0 && tokens[k - 1].IsWord && !char.IsUpper(_text[tokens[k - 1].Start]))
            {
                var before = ExtractorText.Lower(_text, tokens[k - 1]);
                return before.Length > 3 && before.EndsWith("ed", StringComparison.Ordinal);
            }

            return false;
        }

        /// <summary>The subject of a participle clause (", adding that ..."): the speaker of the main clause.</summary>
        private TextSpan? ClauseSubject(List<ExtractorToken> pre, int k, int sentenceStart)
        {
            if (_last is not null && _lastClose >= sentenceStart)
            {
                return _last.Speaker;
            }

            for (var b = k - 1; b >= 0; b--)
            {
                if (IsSpeechVerb(pre, b) && !IsGerund(pre[b]) && (b == 0 || !pre[b - 1].IsSymbol(_text, ',')))
                {
                    var speaker = Subject(pre, b, sentenceStart);
                    if (speaker is not null)
                    {
                        return speaker;
                    }
                }
            }

            // The sentence opens with its subject: "Gor confirmed the call, urging ...".
            if (pre.Count > 0 && pre[0].IsCapitalized(_text))
            {
                var phrase = PhraseAfter(pre, 0);
                if (phrase is not null && !phrase.Value.Pronoun)
                {
                    var mention = MentionCovering(phrase.Value.Span);
                    return mention;
                }
            }

            return null;
        }

        /// <summary>The speaker phrase ending just before the verb at <paramref name="k"/>.</summary>
        private TextSpan? Subject(List<ExtractorToken> tokens, int k, int sentenceStart)
        {
            var j = SkipAuxiliaries(tokens, k - 1);
            if (IsPassive(tokens, j + 1, k))
            {
                // "was called a “maverick”": the one quoted is not the subject.
                return null;
            }

            if (j >= 0 && tokens[j].IsSymbol(_text, ','))
            {
                j = IsNameBetweenCommas(tokens, j) ? j - 1 : StepOverApposition(tokens, j);
                if (j >= 0 && tokens[j].IsSymbol(_text, ','))
                {
                    return null;
                }
            }

            // "Trump, who noted ...": the relative pronoun stands for the name before the comma.
            if (j >= 2 && ExtractorText.Lower(_text, tokens[j]) == "who" && tokens[j - 1].IsSymbol(_text, ','))
            {
                j -= 2;
            }

            if (j < 0 || !tokens[j].IsWord)
            {
                return null;
            }

            var head = ExtractorText.Lower(_text, tokens[j]);
            if (_lex.Pronouns.Contains(head))
            {
                return ResolvePronoun(tokens[j], head, sentenceStart);
            }

            if (IsStop(tokens[j]) || _lex.Determiners.Contains(head) || _lex.SpeechVerbs.Contains(head))
            {
                return null;
            }

            var s = j;
            if (tokens[j].IsCapitalized(_text))
            {
                while (s - 1 >= 0)
                {
                    var t = tokens[s - 1];
                    if (t.IsCapitalized(_text))
                    {
                        s--;
                    }
                    else if (s - 2 >= 0 && IsLink(t) && tokens[s - 2].IsCapitalized(_text))
                    {
                        s -= 2;
                    }
                    else
                    {
                        break;
                    }
                }

                if (s - 1 >= 0 && tokens[s - 1].IsWord && ExtractorText.Lower(_text, tokens[s - 1]) == "the")
                {
                    s--;
                }
            }
            else
            {
                var determiner = false;
                while (s - 1 >= 0 && j - s + 1 < MaxPhraseWords)
                {
                    var t = tokens[s - 1];
                    if (!t.IsWord)
                    {
                        break;
                    }

                    var word = ExtractorText.Lower(_text, t);
                    if (_lex.Determiners.Contains(word))
                    {
                        s--;
                        determiner = true;
                        break;
                    }

                    if (IsStop(t) || _lex.Pronouns.Contains(word) || _lex.SpeechVerbs.Contains(word))
                    {
                        break;
                    }

                    s--;
                }

                if (!determiner)
                {
                    // Without a determiner the phrase is a bare plural ("Indian officials"): keep it short.
                    s = Math.Max(s, j - 2);
                }
            }

            return MentionCovering(TextSpan.FromBounds(tokens[s].Start, tokens[j].End));
        }

        /// <summary>
        /// From the comma at <paramref name="j"/> back over a parenthetical to the word before it: a short one
        /// ("Modi, in turn, has described") or a longer apposition after a name ("Lina Arafeh, a refugee who works
        /// as a translator, said"); <paramref name="j"/> itself when there is none.
        /// </summary>
        private int StepOverApposition(List<ExtractorToken> tokens, int j)
        {
            for (var m = j - 1; m >= 1 && m >= j - MaxAppositionTokens; m--)
            {
                var t = tokens[m];
                if (t.IsSymbol(_text, ','))
                {
                    return j - m <= MaxParentheticalTokens || tokens[m - 1].IsCapitalized(_text) ? SkipAuxiliaries(tokens, m - 1) : j;
                }

                if (!t.IsWord && (j - m <= MaxParentheticalTokens || t.Kind != ExtractorTokenKind.Number))
                {
                    return j;
                }
            }

            return j;
        }

        /// <summary>"the director of operations, Jeff Roe, says": the words between the commas are a name, the speaker.</summary>
        private bool IsNameBetweenCommas(List<ExtractorToken> tokens, int j)
        {
            for (var m = j - 1; m >= 1 && m >= j - MaxParentheticalTokens; m--)
            {
                var t = tokens[m];
                if (t.IsSymbol(_text, ','))
                {
                    return m < j - 1 && m >= 1 && !tokens[m - 1].IsSymbol(_text, ',');
                }

                if (!t.IsCapitalized(_text) && !(t.IsSymbol(_text, '.') && m > 0 && tokens[m - 1].IsCapitalized(_text)))
                {
                    return false;
                }
            }

            return false;
        }

        private int SkipAuxiliaries(List<ExtractorToken> tokens, int j)
        {
            while (j >= 0 && tokens[j].IsWord && !tokens[j].IsCapitalized(_text))
            {
                var word = ExtractorText.Lower(_text, tokens[j]);
                if (!_lex.Skippable.Contains(word) && !(word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
                {
                    break;
                }

                j--;
            }

            return j;
        }

        /// <summary>A word that ends a speaker phrase; "US" in capitals is a name, not "us".</summary>
        private bool IsStop(ExtractorToken t)
        {
            var span = t.Of(_text);
            if (span.Length >= 2 && !span.ContainsAnyInRange('a', 'z'))
            {
                return false;
            }

            return _lex.Stops.Contains(span.ToString().ToLowerInvariant());
        }

        private bool IsPassive(List<ExtractorToken> tokens, int from, int to)
        {
            for (var b = from; b < to; b++)
            {
                if (ExtractorText.Lower(_text, tokens[b]) is "was" or "were" or "is" or "are" or "be" or "been" or "being")
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsLink(ExtractorToken t) =>
            (t.IsWord && _lex.Links.Contains(ExtractorText.Lower(_text, t))) || t.IsSymbol(_text, '&');

        /// <summary>A speaker phrase starting at token <paramref name="i"/>: "the Indian premier", "Gor", "it".</summary>
        private Phrase? PhraseAfter(List<ExtractorToken> tokens, int i)
        {
            if (i >= tokens.Count || !tokens[i].IsWord)
            {
                return null;
            }

            var first = ExtractorText.Lower(_text, tokens[i]);
            if (_lex.Pronouns.Contains(first))
            {
                return new Phrase(new TextSpan(tokens[i].Start, tokens[i].Length), i + 1, Pronoun: true);
            }

            var determiner = _lex.Determiners.Contains(first);
            if (!determiner && (IsStop(tokens[i]) || _lex.Skippable.Contains(first) || _lex.SpeechVerbs.Contains(first)))
            {
                return null;
            }

            var e = determiner ? i + 1 : i;
            var words = 0;
            while (e < tokens.Count && words < MaxPhraseWords + 2)
            {
                var t = tokens[e];
                if (IsLink(t) && e > i && tokens[e - 1].IsCapitalized(_text) && e + 1 < tokens.Count && tokens[e + 1].IsCapitalized(_text))
                {
                    e++;
                    continue;
                }

                if (!t.IsWord)
                {
                    break;
                }

                var word = ExtractorText.Lower(_text, t);
                if (IsStop(t) || _lex.Skippable.Contains(word) || _lex.Determiners.Contains(word)
                    || (!t.IsCapitalized(_text) && _lex.SpeechVerbs.Contains(word)))
                {
                    break;
                }

                e++;
                words++;
            }

            return words == 0 ? null : new Phrase(TextSpan.FromBounds(tokens[i].Start, tokens[e - 1].End), e, Pronoun: false);
        }

        private Attribution? Resolve(Phrase phrase, int sentenceStart, bool tight)
        {
            TextSpan? speaker;
            if (phrase.Pronoun)
            {
                var token = new ExtractorToken(phrase.Span.Start, phrase.Span.End, ExtractorTokenKind.Word);
                speaker = ResolvePronoun(token, ExtractorText.Lower(_text, token), sentenceStart);
            }
            else
            {
                speaker = MentionCovering(phrase.Span);
            }

            return speaker is null ? null : new Attribution(speaker.Value, QuoteKind.Direct, tight);
        }

        /// <summary>he/she: the nearest Person mention before; it/they: the last speaker, else the nearest organization.</summary>
        private TextSpan ResolvePronoun(ExtractorToken pronoun, string word, int sentenceStart)
        {
            var personal = word is "he" or "she" or "i";
            var recentSpeaker = _last is not null && _lastClose >= sentenceStart - MaxContextChars ? _last.Speaker : (TextSpan?)null;
            if (!personal && recentSpeaker is not null)
            {
                return recentSpeaker.Value;
            }

            for (var m = UpperBound(pronoun.Start) - 1; m >= 0; m--)
            {
                var mention = _mentions[m];
                if (mention.Span.End > pronoun.Start)
                {
                    continue;
                }

                if (personal ? mention.Type == EntityType.Person : mention.Type is EntityType.Organization or EntityType.Gpe)
                {
                    return mention.Span;
                }
            }

            return recentSpeaker ?? new TextSpan(pronoun.Start, pronoun.Length);
        }

        /// <summary>The mention that is the phrase or heads it ("US Ambassador Sergio Gor" -> "Sergio Gor"), else the phrase.</summary>
        private TextSpan MentionCovering(TextSpan phrase)
        {
            EntityMention? best = null;
            TextSpan? person = null;
            for (var m = UpperBound(phrase.End - 1) - 1; m >= 0; m--)
            {
                var mention = _mentions[m];
                if (mention.Span.Start < phrase.Start - MaxMentionChars)
                {
                    break;
                }

                if (mention.Span.Contains(phrase))
                {
                    return mention.Span;
                }

                if (!phrase.Contains(mention.Span))
                {
                    continue;
                }

                if (TrimPossessive(phrase.End) == TrimPossessive(mention.Span.End) && (best is null || mention.Span.Length > best.Span.Length))
                {
                    best = mention;
                }

                if (mention.Type == EntityType.Person)
                {
                    person = mention.Span;
                }
            }

            // "Sen. Ada Roe of Kestria": the person, not the place that ends the phrase.
            if (best is not null && best.Type != EntityType.Person && person is { } p && !best.Span.Contains(p))
            {
                return p;
            }

            return best?.Span ?? phrase;
        }

        private int TrimPossessive(int end) =>
            end >= 2 && _text[end - 1] == 's' && ExtractorText.IsApostrophe(_text[end - 2]) ? end - 2 : end;

        /// <summary>Index of the first mention starting after <paramref name="position"/>.</summary>
        private int UpperBound(int position)
        {
            int lo = 0, hi = _mentions.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_mentions[mid].Span.Start <= position)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }

            return lo;
        }
    }

    private sealed record Attribution(TextSpan Speaker, QuoteKind Kind, bool Tight);

    private readonly record struct Phrase(TextSpan Span, int EndToken, bool Pronoun);
}

/// <summary>One quoted stretch: positions of the marks and the trimmed words between them.</summary>
internal readonly record struct QuoteSegment(int Open, int Close, int Start, int End, bool Single);
