using System.Globalization;
using System.Text;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>
/// Finds numbers an article reports (percentages, money, counts) with what each one measures:
/// "tariffs of up to 50% on certain goods" gives 50 percent about "tariffs on certain goods".
/// Years, dates, times, ordinals, durations and numbers inside names are left alone.
/// </summary>
public sealed class ClaimExtractor
{
    private const int MaxAboutWords = 8;
    private const int MaxPhraseWords = 5;
    private const int MaxNumberChars = 24;

    private readonly ClaimExtractorLexicon _lexicon;

    public ClaimExtractor()
    {
        _lexicon = ClaimExtractorLexicon.Load();
    }

    public IReadOnlyList<NumericClaim> Extract(string text, IReadOnlyList<Sentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(text);
        var run = new Run(_lexicon, text, ExtractorText.Ordered(sentences ?? [], text.Length));
        return run.Extract();
    }

    /// <summary>The qualifier that opens a claim's text ("up to", "at least"), or null.</summary>
    public string? Qualifier(NumericClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var words = claim.Text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var qualifier in _lexicon.Qualifiers)
        {
            if (qualifier.Length < words.Length && qualifier.AsSpan().SequenceEqual(words.AsSpan(0, qualifier.Length)))
            {
                return string.Join(' ', qualifier);
            }
        }

        return null;
    }

    private enum Measure
    {
        Count,
        Percent,
        Money,
    }

    /// <summary>One call's text, tokens and sentences.</summary>
    private sealed class Run(ClaimExtractorLexicon lexicon, string text, List<Sentence> sentences)
    {
        private readonly ClaimExtractorLexicon _lex = lexicon;
        private readonly string _text = text;
        private readonly List<Sentence> _sentences = sentences;
        private readonly List<ExtractorToken> _tokens = ExtractorText.Tokenize(text, 0, text.Length);

        public List<NumericClaim> Extract()
        {
            var claims = new List<NumericClaim>();
            var lastEnd = 0;
            for (var i = 0; i < _tokens.Count; i++)
            {
                var claim = TryAt(i, lastEnd, out var lastToken);
                if (claim is not null)
                {
                    claims.Add(claim);
                    lastEnd = claim.Span.End;
                    i = lastToken;
                }
            }

            return claims;
        }

        private NumericClaim? TryAt(int i, int lastEnd, out int lastToken)
        {
            lastToken = i;
            var t = _tokens[i];
            if (!TryNumber(i, out var value, out var last, out var wordOne))
            {
                return null;
            }

            var (sentenceStart, sentenceEnd) = SentenceBounds(t.Start);
            var n = _tokens.Count;

            // Scales: "3 million", "five hundred thousand", "a billion".
            var scale = 1.0;
            var j = last + 1;
            while (j < n && Within(j, sentenceEnd) && _tokens[j].IsWord && _tokens[j].Start > _tokens[last].End && _lex.Scales.TryGetValue(Lower(j), out var factor))
            {
                scale *= factor;
                last = j++;
            }

            if (Lower(i) is "a" or "an" && scale == 1.0)
            {
                return null;
            }

            var first = i;
            var currency = PrefixCurrency(i, out var currencyToken);
            if (currency is not null && _tokens[currencyToken].Start < sentenceStart)
            {
                currency = null;
            }

            if (currency is not null)
            {
                first = currencyToken;
            }

            // "US$3m", "£2bn": a short scale is read only glued to a money amount.
            if (currency is not null && j < n && _tokens[j].IsWord && _tokens[j].Start == _tokens[last].End
                && _lex.ShortScales.TryGetValue(Lower(j), out var shortScale))
            {
                scale *= shortScale;
                last = j++;
            }

            if (t.Kind == ExtractorTokenKind.Number && last == i && GluedAfter(t.End))
            {
                return null;
            }

            var measure = currency is not null ? Measure.Money : Measure.Count;
            var unit = currency;
            // A percentage is a plain number: "2 million percent" is not one.
            var plain = scale == 1.0 && currency is null;
            if (j < n && Within(j, sentenceEnd))
            {
                var next = _tokens[j];
                if (plain && next.IsSymbol(_text, '%') && next.Start - _tokens[last].End <= 1)
                {
                    (measure, unit, last) = (Measure.Percent, "percent", j);
                }
                else if (plain && next.IsWord && Lower(j) is "percent" or "pc")
                {
                    (measure, unit, last) = (Measure.Percent, "percent", j);
                }
                else if (plain && next.IsWord && Lower(j) == "per" && j + 1 < n && _tokens[j + 1].IsWord && Lower(j + 1) == "cent")
                {
                    (measure, unit, last) = (Measure.Percent, "percent", j + 1);
                }
                else if (plain && next.IsWord && Lower(j) == "percentage" && j + 1 < n && _tokens[j + 1].IsWord && Lower(j + 1) == "points")
                {
                    (measure, unit, last) = (Measure.Percent, "percentage points", j + 1);
                }
                else if (currency is null && SuffixCurrency(j, out var suffixLast) is { } suffix)
                {
                    (measure, unit, last) = (Measure.Money, suffix, suffixLast);
                }
            }

            var total = value * scale;
            if (!double.IsFinite(total))
            {
                return null;
            }

            var qualifier = QualifierStart(first, sentenceStart);
            var phraseStart = qualifier >= 0 ? qualifier : first;
            if (_tokens[phraseStart].Start < lastEnd)
            {
                phraseStart = first;
                qualifier = -1;
                if (_tokens[phraseStart].Start < lastEnd)
                {
                    return null;
                }
            }

            string about;
            if (measure == Measure.Count)
            {
                if ((wordOne && scale == 1.0) || IsYearOrDate(i, scale) || (phraseStart > 0 && IsInsideName(phraseStart - 1, sentenceStart)))
                {
                    return null;
                }

                var counted = CountedNoun(last + 1, sentenceEnd, total);
                if (counted is null)
                {
                    return null;
                }

                (unit, about) = counted.Value;
            }
            else
            {
                about = About(last + 1, phraseStart, sentenceStart, sentenceEnd);
            }

            lastToken = last;
            var span = TextSpan.FromBounds(_tokens[phraseStart].Start, _tokens[last].End);
            return new NumericClaim(span, span.Of(_text), total, unit!, about, TextSpan.FromBounds(sentenceStart, Math.Max(sentenceEnd, span.End)));
        }

        /// <summary>A number written in digits or words at token <paramref name="i"/>.</summary>
        private bool TryNumber(int i, out double value, out int last, out bool wordOne)
        {
            var t = _tokens[i];
            value = 0;
            last = i;
            wordOne = false;
            if (t.Kind == ExtractorTokenKind.Number)
            {
                if (t.Length > MaxNumberChars || GluedBefore(t.Start))
                {
                    return false;
                }

                var digits = t.Of(_text).ToString().Replace(",", string.Empty, StringComparison.Ordinal);
                return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
            }

            if (!t.IsWord)
            {
                return false;
            }

            var word = Lower(i);
            if (_lex.Units.TryGetValue(word, out value) || _lex.Tens.TryGetValue(word, out value))
            {
                wordOne = word == "one";
                return true;
            }

            // "twenty-five"
            var dash = word.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && _lex.Tens.TryGetValue(word[..dash], out var tens) && _lex.Units.TryGetValue(word[(dash + 1)..], out var units) && units < 10)
            {
                value = tens + units;
                return true;
            }

            // "a million barrels": the article stands for one, but only before a scale word.
            if (word is "a" or "an" && i + 1 < _tokens.Count && _tokens[i + 1].IsWord && _lex.Scales.ContainsKey(Lower(i + 1)))
            {
                value = 1;
                return true;
            }

            return false;
        }

        private string? PrefixCurrency(int i, out int currencyToken)
        {
            currencyToken = i;
            if (i == 0 || _tokens[i].Start - _tokens[i - 1].End > 1 || (_tokens[i].Start > _tokens[i - 1].End && _text[_tokens[i - 1].End] != ' '))
            {
                return null;
            }

            var p = i - 1;
            // "Rs. 500": step over the abbreviation's period.
            if (_tokens[p].IsSymbol(_text, '.') && p > 0 && _tokens[p - 1].End == _tokens[p].Start && _tokens[p - 1].IsWord)
            {
                p--;
            }

            // "US$": a country code glued to the symbol.
            if (p > 0 && _tokens[p].Kind == ExtractorTokenKind.Symbol && _tokens[p - 1].IsWord && _tokens[p - 1].End == _tokens[p].Start
                && _lex.PrefixCurrencies.TryGetValue(_text[_tokens[p - 1].Start.._tokens[p].End], out var glued))
            {
                currencyToken = p - 1;
                return glued;
            }

            if (_lex.PrefixCurrencies.TryGetValue(_tokens[p].Of(_text).ToString(), out var code))
            {
                currencyToken = p;
                return code;
            }

            return null;
        }

        private string? SuffixCurrency(int j, out int last)
        {
            last = j;
            var n = _tokens.Count;
            if (!_tokens[j].IsWord)
            {
                return null;
            }

            // "5 million US dollars"
            if (Lower(j) is "us" or "u.s." && j + 1 < n && _tokens[j + 1].IsWord && Lower(j + 1) is "dollars" or "dollar")
            {
                last = j + 1;
                return "USD";
            }

            var surface = _tokens[j].Of(_text).ToString();
            if (_lex.SuffixCurrencies.TryGetValue(surface, out var code) || _lex.SuffixCurrencies.TryGetValue(surface.ToLowerInvariant(), out code))
            {
                return code;
            }

            return null;
        }

        private int QualifierStart(int first, int sentenceStart)
        {
            foreach (var qualifier in _lex.Qualifiers)
            {
                var start = first - qualifier.Length;
                if (start < 0 || _tokens[start].Start < sentenceStart)
                {
                    continue;
                }

                var match = true;
                for (var w = 0; w < qualifier.Length && match; w++)
                {
                    var token = _tokens[start + w];
                    match = token.IsWord && Lower(start + w) == qualifier[w];
                }

                if (match)
                {
                    return start;
                }
            }

            return -1;
        }

        /// <summary>2025, "December 11", "11 December", "10:30".</summary>
        private bool IsYearOrDate(int i, double scale)
        {
            var t = _tokens[i];
            if (t.Kind == ExtractorTokenKind.Number && scale == 1.0)
            {
                var span = t.Of(_text);
                if (span.Length == 4 && !span.ContainsAny(",.") && int.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1800 and <= 2199)
                {
                    return true;
                }
            }

            var before = i > 0 && _tokens[i - 1].IsWord && _lex.Months.Contains(Lower(i - 1).TrimEnd('.'));
            var after = i + 1 < _tokens.Count && _tokens[i + 1].IsWord && _lex.Months.Contains(Lower(i + 1).TrimEnd('.'))
                && char.IsUpper(_text[_tokens[i + 1].Start]);
            return (before && char.IsUpper(_text[_tokens[i - 1].Start])) || after;
        }

        /// <summary>A capitalized word right before the number, not opening the sentence: "Year 2025", "Flight 370".</summary>
        private bool IsInsideName(int b, int sentenceStart)
        {
            var p = _tokens[b];
            if (!p.IsCapitalized(_text) || p.Start <= sentenceStart)
            {
                return false;
            }

            var word = p.Of(_text);
            return !(word.EndsWith("’s", StringComparison.Ordinal) || word.EndsWith("'s", StringComparison.Ordinal));
        }

        private bool GluedBefore(int start)
        {
            if (start == 0)
            {
                return false;
            }

            var c = _text[start - 1];
            if (char.IsLetterOrDigit(c) || c is '/' or ':' or '.' or ',' or '_' or '@' or '#' or '+' or '=' or '^')
            {
                return true;
            }

            return c is '-' or '‑' && start >= 2 && char.IsLetterOrDigit(_text[start - 2]);
        }

        /// <summary>"21st", "5G", "2025-26", "10:30": the number is part of something else.</summary>
        private bool GluedAfter(int end)
        {
            if (end >= _text.Length)
            {
                return false;
            }

            var c = _text[end];
            var next = end + 1 < _text.Length ? _text[end + 1] : '\0';
            return char.IsLetter(c) || ((c is '-' or '‑' or ':' or '/' or '.') && char.IsLetterOrDigit(next));
        }

        /// <summary>The noun a count counts: "eight calls", "12,000 workers", "3 million barrels of oil".</summary>
        private (string Unit, string About)? CountedNoun(int k, int sentenceEnd, double value)
        {
            var head = -1;
            for (var m = k; m < _tokens.Count && m < k + 4 && Within(m, sentenceEnd); m++)
            {
                var token = _tokens[m];
                if (!token.IsWord)
                {
                    break;
                }

                var word = Lower(m);
                if (_lex.Stops.Contains(word) || _lex.Scales.ContainsKey(word))
                {
                    break;
                }

                if (token.IsCapitalized(_text))
                {
                    continue;
                }

                if (IsPlural(word) || (value == 1.0 && m == k))
                {
                    head = m;
                    break;
                }
            }

            if (head < 0 || _lex.TimeNouns.Contains(Lower(head)))
            {
                return null;
            }

            var end = head;
            if (head + 2 < _tokens.Count && _tokens[head + 1].IsWord && Lower(head + 1) == "of")
            {
                var tail = PhraseForward(head + 2, sentenceEnd, 3, allowDeterminer: true);
                if (tail > head + 2)
                {
                    end = tail - 1;
                }
            }

            return (Lower(head), Format(k, end));
        }

        private bool IsPlural(string word)
        {
            if (_lex.IrregularPlurals.Contains(word))
            {
                return true;
            }

            return word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i' or '\'' or '’')
                && !_lex.NotPlurals.Contains(word) && !_lex.Stops.Contains(word);
        }

        /// <summary>
        /// What a percentage or an amount measures: the noun phrase after it ("50% tariffs on imports") or,
        /// failing that, the one it is "of" / "to" ("tariffs of up to 50% on goods").
        /// </summary>
        private string About(int afterNumber, int phraseStart, int sentenceStart, int sentenceEnd)
        {
            var parts = new List<(int From, int To)>();
            var link = phraseStart - 1;
            var linked = link >= 1 && _tokens[link].IsWord && _tokens[link].Start >= sentenceStart && _lex.Links.Contains(Lower(link));
            var after = PhraseForward(afterNumber, sentenceEnd, MaxPhraseWords, allowDeterminer: false);
            var next = afterNumber;

            // "rose by 25 per cent", "tariffs to 35%": the number completes what comes before it, except
            // after "of" with a noun following ("imposition of 50% tariffs").
            var before = linked && (Lower(link) != "of" || after == afterNumber) ? PhraseBefore(link, sentenceStart) : null;
            if (before is { } range)
            {
                parts.Add(range);
            }
            else if (after > afterNumber)
            {
                parts.Add((afterNumber, after - 1));
                next = after;
            }
            else
            {
                return string.Empty;
            }

            // One prepositional phrase completes it: "deficit with the United States", "tariffs on goods".
            if (next < _tokens.Count && Within(next, sentenceEnd) && _tokens[next].IsWord && _lex.Prepositions.Contains(Lower(next)))
            {
                var tail = PhraseForward(next + 1, sentenceEnd, 4, allowDeterminer: true);
                if (tail > next + 1)
                {
                    parts.Add((next, tail - 1));
                }
            }

            return Format(parts);
        }

        /// <summary>The noun phrase ending before the link word at <paramref name="link"/> ("tariffs" of 50%).</summary>
        private (int From, int To)? PhraseBefore(int link, int sentenceStart)
        {
            var head = link - 1;
            if (head >= 1 && _tokens[head].IsWord && _lex.ChangeVerbs.Contains(Lower(head)))
            {
                // "rates rose by 25 per cent": what changed is the subject before the verb.
                head--;
            }

            if (head < 0 || _tokens[head].Start < sentenceStart || !IsPhraseWord(head))
            {
                return null;
            }

            // Modifiers are taken back to a determiner ("the steep tariffs"); without one, only the head
            // noun, since a verb cannot be told from a noun here ("exporters face tariffs").
            for (var m = head - 1; m >= 0 && head - m <= 4 && _tokens[m].Start >= sentenceStart && _tokens[m].IsWord; m--)
            {
                if (_lex.Determiners.Contains(Lower(m)))
                {
                    return (m + 1, head);
                }

                if (!IsPhraseWord(m))
                {
                    break;
                }
            }

            return (head, head);
        }

        /// <summary>End (exclusive token index) of a plain noun phrase starting at <paramref name="k"/>.</summary>
        private int PhraseForward(int k, int sentenceEnd, int maxWords, bool allowDeterminer)
        {
            var m = k;
            if (allowDeterminer && m < _tokens.Count && Within(m, sentenceEnd) && _tokens[m].IsWord && _lex.Determiners.Contains(Lower(m)))
            {
                m++;
            }

            var start = m;
            while (m < _tokens.Count && m - start < maxWords && Within(m, sentenceEnd) && IsPhraseWord(m))
            {
                m++;
            }

            return m == start ? k : m;
        }

        private bool IsPhraseWord(int m)
        {
            var token = _tokens[m];
            if (!token.IsWord)
            {
                return false;
            }

            var surface = token.Of(_text);
            if (surface.Length >= 2 && !surface.ContainsAnyInRange('a', 'z'))
            {
                // Acronyms are names: "US imports", "EU rules".
                return true;
            }

            var word = Lower(m);
            if (_lex.Stops.Contains(word))
            {
                return false;
            }

            // Participles end the phrase: "a 25% levy linked to ...".
            return token.IsCapitalized(_text)
                || !(word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("eed", StringComparison.Ordinal));
        }

        private string Format(int from, int to) => Format([(from, to)]);

        private string Format(List<(int From, int To)> parts)
        {
            var builder = new StringBuilder();
            var words = 0;
            foreach (var (from, to) in parts)
            {
                for (var m = from; m <= to && words < MaxAboutWords; m++)
                {
                    var token = _tokens[m];
                    if (words == 0 && token.IsWord && _lex.Determiners.Contains(Lower(m)))
                    {
                        continue;
                    }

                    if (builder.Length > 0)
                    {
                        builder.Append(' ');
                    }

                    var surface = token.Of(_text);
                    var (sentenceStart, _) = SentenceBounds(token.Start);
                    var opensSentence = token.Start == sentenceStart;
                    var allCaps = surface.Length > 1 && !surface.ContainsAnyInRange('a', 'z');
                    builder.Append(opensSentence && !allCaps ? surface.ToString().ToLowerInvariant() : surface);
                    words++;
                }
            }

            return builder.ToString();
        }

        private (int Start, int End) SentenceBounds(int position)
        {
            var s = ExtractorText.SentenceAt(_sentences, position);
            if (s >= 0)
            {
                return (_sentences[s].Span.Start, _sentences[s].Span.End);
            }

            return (ExtractorText.LineStart(_text, position), ExtractorText.LineEnd(_text, position));
        }

        private bool Within(int m, int sentenceEnd) => _tokens[m].End <= sentenceEnd;

        private string Lower(int m) => ExtractorText.Lower(_text, _tokens[m]);
    }
}
