using Storyline.Model;

namespace Storyline.Language;

/// <summary>Indirect speech: the reported clause of "Gor said the talks would resume" and its speaker.</summary>
public sealed partial class QuoteExtractor
{
    // Fewer words make a fragment, not a report ("said so", "said no more").
    private const int MinClauseWords = 4;
    // Tokens of adverbials allowed between a verb and its clause ("said in a statement on Monday that").
    private const int MaxAdverbialTokens = 14;
    private const int MaxPrepositionalWords = 6;
    // Words of a listener after "told" ("told the city council").
    private const int MaxListenerWords = 4;
    // A quoted stretch this long after punctuation in a reported clause is a quote of its own: the clause stops before it.
    private const int MinEmbeddedQuoteWords = 4;

    private sealed partial class Run
    {
        private List<QuoteSegment> _segments = [];
        private readonly HashSet<int> _keptOpens = [];
        private int _segmentCursor;

        /// <summary>Direct quotes and indirect speech in text order, so a speaker found in one sentence can carry to the next.</summary>
        public List<(Quote Quote, int Rank)> ExtractAll(List<QuoteSegment> segments)
        {
            _segments = segments;
            var result = new List<(Quote Quote, int Rank)>();
            var next = 0;
            foreach (var sentence in _sentences)
            {
                while (next < segments.Count && segments[next].Open < sentence.Span.End)
                {
                    AddDirect(segments[next++], result);
                }

                foreach (var quote in Indirect(sentence.Span))
                {
                    result.Add((quote, 2));
                }
            }

            while (next < segments.Count)
            {
                AddDirect(segments[next++], result);
            }

            return result;
        }

        private void AddDirect(QuoteSegment segment, List<(Quote Quote, int Rank)> result)
        {
            var quote = Attribute(segment);
            if (quote is not null)
            {
                _keptOpens.Add(segment.Open);
                result.Add((quote, 1));
            }
        }

        private List<Quote> Indirect(TextSpan sentence)
        {
            var quotes = new List<Quote>();
            var tokens = ExtractorText.Tokenize(_text, sentence.Start, sentence.End);
            if (IsQuestion(tokens) || IsHeadline(sentence))
            {
                return quotes;
            }

            while (_segmentCursor < _segments.Count && _segments[_segmentCursor].Close < sentence.Start)
            {
                _segmentCursor++;
            }

            var k = 0;
            while (k < tokens.Count)
            {
                var next = MatchAt(tokens, k, sentence.Start, quotes);
                k = next > k ? next : k + 1;
            }

            return quotes;
        }

        /// <summary>
        /// A link to another story ("READ MORE: Minister says talks will resume", "WATCH: ..."): a line opened by
        /// a label in capitals and a colon, with no closing period. (Lines without closing punctuation alone are
        /// not skipped: many article paragraphs lack it.)
        /// </summary>
        private bool IsHeadline(TextSpan sentence)
        {
            var lineStart = ExtractorText.LineStart(_text, sentence.Start);
            var lineEnd = ExtractorText.LineEnd(_text, sentence.Start);
            var colon = _text.IndexOf(':', lineStart, Math.Min(lineEnd - lineStart, 16));
            var last = lineEnd - 1;
            while (last > lineStart && char.IsWhiteSpace(_text[last]))
            {
                last--;
            }

            // "EARNINGS: Samsung said it ..." is a paragraph under a section label: it ends as a sentence does.
            if (colon <= lineStart || _text[last] == '.')
            {
                return false;
            }

            for (var i = lineStart; i < colon; i++)
            {
                if (char.IsLower(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private bool IsQuestion(List<ExtractorToken> tokens)
        {
            for (var i = tokens.Count - 1; i >= 0; i--)
            {
                var t = tokens[i];
                if (t.Kind != ExtractorTokenKind.Symbol)
                {
                    return false;
                }

                var c = _text[t.Start];
                if (c == '?')
                {
                    return true;
                }

                if (!ExtractorText.IsQuoteMark(c) && c is not ')' and not '.')
                {
                    return false;
                }
            }

            return false;
        }

        /// <summary>Reported speech around the verb at <paramref name="k"/>; the token to go on from.</summary>
        private int MatchAt(List<ExtractorToken> tokens, int k, int sentenceStart, List<Quote> quotes)
        {
            var t = tokens[k];
            if (!t.IsWord)
            {
                return k + 1;
            }

            var word = ExtractorText.Lower(_text, t);
            if (word == "according" && k + 1 < tokens.Count && ExtractorText.Lower(_text, tokens[k + 1]) == "to")
            {
                return AccordingTo(tokens, k, sentenceStart, quotes);
            }

            var tell = _lex.TellVerbs.Contains(word);
            var bare = _lex.BareReportVerbs.Contains(word);
            if (char.IsUpper(_text[t.Start]) || !(tell || bare || _lex.ThatReportVerbs.Contains(word)) || IsNounUse(tokens, k, word))
            {
                return k + 1;
            }

            // A comma, or one just inside a closing quote mark ("“... a decision,” noting that ...").
            var afterComma = k > 0 && (tokens[k - 1].IsSymbol(_text, ',')
                || (k > 1 && tokens[k - 1].Kind == ExtractorTokenKind.Symbol && ExtractorText.IsDoubleQuoteMark(_text[tokens[k - 1].Start]) && tokens[k - 2].IsSymbol(_text, ',')));
            if (IsGerund(t))
            {
                // ", adding that ...": the speaker of the main clause goes on.
                var subject = afterComma ? ClauseSubject(tokens, k, sentenceStart) : null;
                return subject is null ? k + 1 : ClauseAfterVerb(tokens, k, tell, bare, subject.Value, quotes);
            }

            if (afterComma)
            {
                // "..., said the minister." (else the comma ends an apposition: "Roe, the chair, said ...")
                var phrase = PhraseAfter(tokens, k + 1);
                var attribution = phrase is null ? null : Resolve(phrase.Value, sentenceStart, tight: false);
                if (attribution is not null && AtEndOrApposition(tokens, phrase!.Value.EndToken))
                {
                    AddClause(tokens, 0, k - 1, attribution.Speaker, quotes);
                    return tokens.Count;
                }
            }

            if (k > 0 && tokens[k - 1].IsWord && ExtractorText.Lower(_text, tokens[k - 1]) is "and" or "but")
            {
                // "He said ..., and added he ...": the speaker of the first verb goes on.
                var first = ClauseSubject(tokens, k, sentenceStart);
                return first is null ? k + 1 : ClauseAfterVerb(tokens, k, tell, bare, first.Value, quotes);
            }

            var speaker = Subject(tokens, k, sentenceStart);
            if (speaker is null || IsNegated(tokens, k) || (k > 0 && EndsWithBe(tokens[k - 1])))
            {
                return k + 1;
            }

            var boundary = PhraseBoundary(tokens, k);
            if (boundary >= 0 && tokens[boundary].IsWord && ExtractorText.Lower(_text, tokens[boundary]) is "than" or "as" or "how" or "whether")
            {
                // "higher than the city says", "such as what he said": a comparison, not a report.
                return k + 1;
            }

            var lead = boundary >= 0 && tokens[boundary].IsSymbol(_text, ',') ? boundary : -1;
            var after = SkipAdverbials(tokens, tell ? SkipListener(tokens, k + 1) : k + 1);
            if (lead > 0 && AtEnd(tokens, after))
            {
                // "The talks will resume, Roe said."
                AddClause(tokens, 0, lead, speaker.Value, quotes);
                return tokens.Count;
            }

            if (lead > 0 && after < tokens.Count && tokens[after].IsSymbol(_text, ','))
            {
                // "It is on their watch, Roe said, that the talks failed."
                AddClause(tokens, 0, lead, speaker.Value, quotes);
                return AddClause(tokens, SkipThat(tokens, after + 1), tokens.Count, speaker.Value, quotes);
            }

            return ClauseAfterVerb(tokens, k, tell, bare, speaker.Value, quotes);
        }

        // Roe said (on Monday) (that) the talks would resume. / Roe told reporters (that) ...
        private int ClauseAfterVerb(List<ExtractorToken> tokens, int k, bool tell, bool bare, TextSpan speaker, List<Quote> quotes)
        {
            var start = SkipAdverbials(tokens, tell ? SkipListener(tokens, k + 1) : k + 1);
            if (start >= tokens.Count || !tokens[start].IsWord)
            {
                return k + 1;
            }

            var first = ExtractorText.Lower(_text, tokens[start]);
            if (first == "that")
            {
                start++;
            }
            else if ((!bare && !tell && !_lex.Pronouns.Contains(first) && first is not "there" and not "you") || _lex.NotBareOpeners.Contains(first))
            {
                return k + 1;
            }

            var end = ClauseEnd(tokens, start);
            var added = AddClause(tokens, start, end, speaker, quotes);
            return added > start ? end : k + 1;
        }

        // According to Roe, the talks will resume. / The talks will resume, according to Roe.
        private int AccordingTo(List<ExtractorToken> tokens, int k, int sentenceStart, List<Quote> quotes)
        {
            var phrase = PhraseAfter(tokens, k + 2);
            var attribution = phrase is null ? null : Resolve(phrase.Value, sentenceStart, tight: false);
            if (attribution is null)
            {
                return k + 2;
            }

            var p = phrase!.Value.EndToken;
            for (var limit = p + 8; p < tokens.Count && p < limit && !tokens[p].IsSymbol(_text, ','); p++)
            {
                if (IsClauseBreak(tokens[p]))
                {
                    break;
                }
            }

            var leading = true;
            for (var b = 0; b < k; b++)
            {
                if (!tokens[b].IsWord || ExtractorText.Lower(_text, tokens[b]) is not ("but" or "and" or "yet" or "so" or "however"))
                {
                    leading = false;
                    break;
                }
            }

            var hasAfter = p < tokens.Count && tokens[p].IsSymbol(_text, ',');
            if (leading)
            {
                return hasAfter ? AddClause(tokens, p + 1, tokens.Count, attribution.Speaker, quotes) : k + 2;
            }

            if (k == 0 || !tokens[k - 1].IsSymbol(_text, ','))
            {
                return k + 2;
            }

            AddClause(tokens, 0, k - 1, attribution.Speaker, quotes);
            if (hasAfter)
            {
                var start = p + 1;
                if (start < tokens.Count && ExtractorText.Lower(_text, tokens[start]) is "and" or "but")
                {
                    start++;
                }

                if (start < tokens.Count && _lex.Prepositions.Contains(ExtractorText.Lower(_text, tokens[start])))
                {
                    // "..., according to Roe, at a time when ...": the sentence goes on, nothing more is reported.
                    return tokens.Count;
                }

                return AddClause(tokens, start, tokens.Count, attribution.Speaker, quotes);
            }

            return tokens.Count;
        }

        private int SkipThat(List<ExtractorToken> tokens, int i) =>
            i < tokens.Count && tokens[i].IsWord && ExtractorText.Lower(_text, tokens[i]) == "that" ? i + 1 : i;

        /// <summary>Where the clause from <paramref name="start"/> ends: the sentence end, or ", adding ..." or "and added ..." that reports more.</summary>
        private int ClauseEnd(List<ExtractorToken> tokens, int start)
        {
            for (var i = start; i + 1 < tokens.Count; i++)
            {
                if (tokens[i].IsWord && ExtractorText.Lower(_text, tokens[i]) is "and" or "but" && !IsGerund(tokens[i + 1])
                    && IsReportVerb(ExtractorText.Lower(_text, tokens[i + 1])))
                {
                    return i > start && tokens[i - 1].IsSymbol(_text, ',') ? i - 1 : i;
                }

                if (tokens[i].IsSymbol(_text, ',') && tokens[i + 1].IsWord && IsGerund(tokens[i + 1]))
                {
                    if (IsReportVerb(ExtractorText.Lower(_text, tokens[i + 1])))
                    {
                        return i;
                    }
                }
            }

            return tokens.Count;
        }

        /// <summary>
        /// Adds tokens [<paramref name="from"/>, <paramref name="to"/>) as a reported clause when it is one: at least
        /// <see cref="MinClauseWords"/> words, not inside quote marks, cut before a long quote it runs into.
        /// Returns <paramref name="to"/> when added, else <paramref name="from"/>.
        /// </summary>
        private int AddClause(List<ExtractorToken> tokens, int from, int to, TextSpan speaker, List<Quote> quotes)
        {
            if (from >= to || from >= tokens.Count)
            {
                return from;
            }

            var start = tokens[from].Start;
            var end = tokens[Math.Min(to, tokens.Count) - 1].End;
            if (!OpensClause(tokens, from, to))
            {
                return from;
            }

            for (var i = _segmentCursor; i < _segments.Count && _segments[i].Open < end; i++)
            {
                var segment = _segments[i];
                if (segment.Close < start)
                {
                    continue;
                }

                if (segment.Open <= start)
                {
                    // The clause is inside quote marks: the direct quote reports it.
                    return from;
                }

                if (WordCount(segment.Start, segment.End) >= MinEmbeddedQuoteWords)
                {
                    // "said that the juice “is a source of ...”": the quote goes on with the clause, which takes it in.
                    var before = segment.Open;
                    while (before > start && char.IsWhiteSpace(_text[before - 1]))
                    {
                        before--;
                    }

                    if (before > start && char.IsLetterOrDigit(_text[before - 1]))
                    {
                        continue;
                    }

                    end = segment.Open;
                    break;
                }
            }

            end = TrimEnd(start, end);
            if (end <= start || WordCount(start, end) < MinClauseWords || HoldsDirectQuote(start, end))
            {
                return from;
            }

            var span = TextSpan.FromBounds(start, end);
            quotes.Add(new Quote(span, span.Of(_text), QuoteKind.Indirect, speaker.Of(_text), speaker));
            _last = new Attribution(speaker, QuoteKind.Indirect, Tight: false);
            _lastClose = end;
            return to;
        }

        /// <summary>
        /// Whether tokens [<paramref name="from"/>, <paramref name="to"/>) can be a reported clause: it opens with a
        /// word that is not a preposition or conjunction ("said of the captain", "said while sitting"), an object
        /// ("said something") or another speech verb, and it has a lowercase word that is not a function word, so a
        /// list of names ("Climatology and Geophysics Agency") is not one.
        /// </summary>
        private bool OpensClause(List<ExtractorToken> tokens, int from, int to)
        {
            var first = tokens[from];
            if (first.Kind == ExtractorTokenKind.Symbol)
            {
                return false;
            }

            if (first.IsWord)
            {
                var word = ExtractorText.Lower(_text, first);
                if (_lex.NotOpeners.Contains(word) || _lex.Objects.Contains(word) || (IsGerund(first) && IsReportVerb(word)))
                {
                    return false;
                }

                if (IsStop(first) && from + 1 < to && tokens[from + 1].IsWord
                    && (IsGerund(tokens[from + 1]) || _lex.Participles.Contains(ExtractorText.Lower(_text, tokens[from + 1]))))
                {
                    // "said while sitting in a church", "When asked about the plan, he said ...".
                    return false;
                }
            }

            for (var i = from; i < to && i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.IsWord && !t.IsCapitalized(_text) && !IsStop(t) && !IsLink(t) && !_lex.Determiners.Contains(ExtractorText.Lower(_text, t)))
                {
                    return true;
                }
            }

            return false;
        }

        private bool IsReportVerb(string word) =>
            _lex.BareReportVerbs.Contains(word) || _lex.ThatReportVerbs.Contains(word) || _lex.TellVerbs.Contains(word);

        /// <summary>
        /// Whether a quote the direct pass kept lies inside the clause ("said the deal was “nearly done”"): that quote
        /// stands, and the clause is not counted twice. Quoted words credited to nobody stay part of the clause.
        /// </summary>
        private bool HoldsDirectQuote(int start, int end)
        {
            for (var i = _segmentCursor; i < _segments.Count && _segments[i].Open < end; i++)
            {
                if (_segments[i].Open >= start && _keptOpens.Contains(_segments[i].Open))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The clause end without closing punctuation; a closing quote mark stays when its opening one is in the clause.</summary>
        private int TrimEnd(int start, int end)
        {
            while (end > start)
            {
                var c = _text[end - 1];
                if (char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ':' or '!' or '—' or '–' or '-')
                {
                    end--;
                }
                else if (ExtractorText.IsQuoteMark(c) && !(c is '”' or '’' && Opens(start, end - 1, c == '”' ? '“' : '‘')))
                {
                    end--;
                }
                else
                {
                    break;
                }
            }

            return end;
        }

        private bool Opens(int start, int end, char open) => _text.AsSpan(start, end - start).Contains(open);

        private int WordCount(int start, int end)
        {
            var count = 0;
            foreach (var t in ExtractorText.Tokenize(_text, start, end))
            {
                count += t.Kind == ExtractorTokenKind.Symbol ? 0 : 1;
            }

            return count;
        }

        /// <summary>Whether only closing punctuation is left from token <paramref name="i"/> on.</summary>
        private bool AtEnd(List<ExtractorToken> tokens, int i)
        {
            for (; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Kind != ExtractorTokenKind.Symbol || _text[t.Start] is not ('.' or '!' or ')') && !ExtractorText.IsQuoteMark(_text[t.Start]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>At the end after adverbials, or at ", a spokesperson for ..." right after the speaker's name, or at a semicolon.</summary>
        private bool AtEndOrApposition(List<ExtractorToken> tokens, int i) =>
            AtEnd(tokens, SkipAdverbials(tokens, i)) || (i < tokens.Count && (tokens[i].IsSymbol(_text, ',') || tokens[i].IsSymbol(_text, ';')));

        /// <summary>"we’re told", "it’s said": a contracted "be" makes the verb passive.</summary>
        private bool EndsWithBe(ExtractorToken t)
        {
            var word = t.Of(_text);
            return t.IsWord && word.Length > 3 && ExtractorText.IsApostrophe(word[^3]) && word[^2..].Equals("re", StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>"did not say", "never said": nothing was reported.</summary>
        private bool IsNegated(List<ExtractorToken> tokens, int k)
        {
            for (var b = k - 1; b >= 0 && b >= k - 3 && tokens[b].IsWord; b--)
            {
                var word = ExtractorText.Lower(_text, tokens[b]);
                if (word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The token just before the speaker phrase of the verb at <paramref name="k"/> (the comma of "..., Roe said"), or -1.</summary>
        private int PhraseBoundary(List<ExtractorToken> tokens, int k)
        {
            var j = SkipAuxiliaries(tokens, k - 1);
            if (j >= 0 && tokens[j].IsSymbol(_text, ','))
            {
                // "..., Roe, the chair, said": step over the apposition as Subject does.
                j = StepOverApposition(tokens, j);
            }

            for (var b = j; b >= 0 && b >= j - MaxPhraseWords - 2; b--)
            {
                var t = tokens[b];
                if (!t.IsWord || IsStop(t))
                {
                    return b;
                }
            }

            return -1;
        }

        /// <summary>Past the listener after "told": "reporters", "The Canadian Press", "the city council".</summary>
        private int SkipListener(List<ExtractorToken> tokens, int i)
        {
            if (i >= tokens.Count || !tokens[i].IsWord)
            {
                return i;
            }

            var word = ExtractorText.Lower(_text, tokens[i]);
            if (_lex.Listeners.Contains(word))
            {
                return i + 1;
            }

            var j = i;
            if (_lex.Determiners.Contains(word))
            {
                j++;
            }

            if (j < tokens.Count && tokens[j].IsCapitalized(_text))
            {
                while (j < tokens.Count && (tokens[j].IsCapitalized(_text) || (IsLink(tokens[j]) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized(_text))))
                {
                    j++;
                }

                return j;
            }

            if (j == i)
            {
                // "told court she ...": an unlisted one-word listener.
                return !tokens[i].IsCapitalized(_text) && !IsStop(tokens[i]) && !_lex.ClauseOpeners.Contains(word) ? i + 1 : i;
            }

            var words = 0;
            while (j < tokens.Count && words < MaxListenerWords && tokens[j].IsWord)
            {
                var w = ExtractorText.Lower(_text, tokens[j]);
                if (IsStop(tokens[j]) || _lex.ClauseOpeners.Contains(w) || _lex.Determiners.Contains(w) || _lex.Prepositions.Contains(w))
                {
                    break;
                }

                j++;
                words++;
            }

            return j;
        }

        /// <summary>Past time words and prepositional phrases after a verb: "Monday", "last week", "in a statement".</summary>
        private int SkipAdverbials(List<ExtractorToken> tokens, int i)
        {
            var limit = Math.Min(tokens.Count, i + MaxAdverbialTokens);
            while (i < limit)
            {
                var t = tokens[i];
                if (t.IsSymbol(_text, ',') && i + 2 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 2].IsSymbol(_text, ',')
                    && _lex.TimeWords.Contains(ExtractorText.Lower(_text, tokens[i + 1])))
                {
                    // ", however,"
                    i += 3;
                    continue;
                }

                if (!t.IsWord)
                {
                    break;
                }

                var word = ExtractorText.Lower(_text, t);
                if (word is "this" or "last" or "next")
                {
                    if (i + 1 < tokens.Count && tokens[i + 1].IsWord && _lex.TimeWords.Contains(ExtractorText.Lower(_text, tokens[i + 1])))
                    {
                        i += 2;
                        continue;
                    }

                    break;
                }

                if (_lex.TimeWords.Contains(word))
                {
                    i++;
                    continue;
                }

                if (!_lex.Prepositions.Contains(word))
                {
                    break;
                }

                // A prepositional phrase runs to the next word that can open a clause, or to "that".
                var j = i + 1;
                if (j < tokens.Count && tokens[j].IsWord && _lex.Determiners.Contains(ExtractorText.Lower(_text, tokens[j])))
                {
                    j++;
                }

                var words = 0;
                while (j < tokens.Count && tokens[j].IsWord && words < MaxPrepositionalWords)
                {
                    var w = ExtractorText.Lower(_text, tokens[j]);
                    if (w == "that" || _lex.ClauseOpeners.Contains(w) || _lex.Prepositions.Contains(w))
                    {
                        break;
                    }

                    j++;
                    words++;
                }

                if (words == 0 || words >= MaxPrepositionalWords)
                {
                    break;
                }

                i = j;
            }

            return i;
        }
    }
}
