using System.Globalization;
using Storyline.Model;

namespace Storyline.Language;

internal enum ExtractorTokenKind
{
    Word,
    Number,
    Symbol,
}

/// <summary>A word, number or single symbol found by <see cref="ExtractorText.Tokenize"/>; End is exclusive.</summary>
internal readonly record struct ExtractorToken(int Start, int End, ExtractorTokenKind Kind)
{
    public int Length => End - Start;

    public bool IsWord => Kind == ExtractorTokenKind.Word;

    public bool IsSymbol(string text, char c) => Kind == ExtractorTokenKind.Symbol && text[Start] == c;

    public bool IsCapitalized(string text) => Kind == ExtractorTokenKind.Word && char.IsUpper(text[Start]);

    public ReadOnlySpan<char> Of(string text) => text.AsSpan(Start, End - Start);
}

/// <summary>
/// The small word scanner the quote and claim extractors share. It only needs to be good enough to
/// find speech verbs, noun phrases and numbers: abbreviations ("U.S."), possessives ("India’s"),
/// hyphenated words ("two-day", "COVID-19") and names with digits ("G20") stay one word, so a number
/// token is always a free-standing number.
/// </summary>
internal static class ExtractorText
{
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    public static bool IsDoubleQuoteMark(char c) => c is '"' or '“' or '”' or '„' or '«' or '»';

    public static bool IsQuoteMark(char c) => IsDoubleQuoteMark(c) || c is '‘' or '’' or '\'';

    /// <summary>Tokens of <paramref name="text"/> between <paramref name="start"/> and <paramref name="end"/>, whitespace dropped.</summary>
    public static List<ExtractorToken> Tokenize(string text, int start, int end)
    {
        var tokens = new List<ExtractorToken>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsLetter(c))
            {
                var j = ScanWord(text, i, end);
                tokens.Add(new ExtractorToken(i, j, ExtractorTokenKind.Word));
                i = j;
            }
            else if (char.IsAsciiDigit(c))
            {
                var j = ScanNumber(text, i, end);
                tokens.Add(new ExtractorToken(i, j, ExtractorTokenKind.Number));
                i = j;
            }
            else
            {
                // Surrogate pairs (emoji) stay together so spans never split a character.
                var width = char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new ExtractorToken(i, i + width, ExtractorTokenKind.Symbol));
                i += width;
            }
        }

        return tokens;
    }

    private static int ScanWord(string text, int i, int end)
    {
        var segmentStart = i;
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                j++;
                continue;
            }

            var next = j + 1 < end ? text[j + 1] : '\0';
            if ((IsApostrophe(c) && char.IsLetter(next)) || (c is '-' or '‑' && char.IsLetterOrDigit(next)))
            {
                j++;
                segmentStart = j;
                continue;
            }

            // "U.S." and "U.K.": a period after a single capital joins the abbreviation when another
            // capital and period follow; the final period is kept (a sentence ending in "U.S." loses it).
            if (c == '.' && j - segmentStart == 1 && char.IsUpper(text[segmentStart]))
            {
                if (char.IsUpper(next) && j + 2 < end && text[j + 2] == '.')
                {
                    j += 2;
                    segmentStart = j - 1;
                    continue;
                }

                if (j - i > 1)
                {
                    j++;
                }
            }

            break;
        }

        return j;
    }

    private static int ScanNumber(string text, int i, int end)
    {
        var j = i;
        while (j < end && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        // Thousands groups: 12,000 and 1,250,000 (exactly three digits after each comma).
        while (j < end && text[j] == ',' && HasDigits(text, j + 1, 3, end) && (j + 4 >= end || !char.IsAsciiDigit(text[j + 4])))
        {
            j += 4;
        }

        if (j + 1 < end && text[j] == '.' && char.IsAsciiDigit(text[j + 1]))
        {
            j++;
            while (j < end && char.IsAsciiDigit(text[j]))
            {
                j++;
            }
        }

        return j;
    }

    private static bool HasDigits(string text, int from, int count, int end)
    {
        if (from + count > end)
        {
            return false;
        }

        for (var k = from; k < from + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The word lowercased, with a trailing possessive and abbreviation periods kept.</summary>
    public static string Lower(string text, ExtractorToken token) => token.Of(text).ToString().ToLowerInvariant();

    /// <summary>Start of the line (paragraph) holding <paramref name="index"/>.</summary>
    public static int LineStart(string text, int index)
    {
        if (index <= 0)
        {
            return 0;
        }

        var nl = text.LastIndexOf('\n', Math.Min(index, text.Length) - 1);
        return nl < 0 ? 0 : nl + 1;
    }

    /// <summary>End (exclusive, before the '\n') of the line holding <paramref name="index"/>.</summary>
    public static int LineEnd(string text, int index)
    {
        if (index >= text.Length)
        {
            return text.Length;
        }

        var nl = text.IndexOf('\n', index);
        return nl < 0 ? text.Length : nl;
    }

    /// <summary>Index of the sentence (by start-ordered list) that contains <paramref name="position"/>, or -1.</summary>
    public static int SentenceAt(IReadOnlyList<Sentence> ordered, int position)
    {
        int lo = 0, hi = ordered.Count - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ordered[mid].Span.Start <= position)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && position < ordered[found].Span.End ? found : -1;
    }

    /// <summary>Sentences ordered by start, with spans that do not fit the text dropped.</summary>
    public static List<Sentence> Ordered(IReadOnlyList<Sentence> sentences, int textLength)
    {
        var list = new List<Sentence>(sentences.Count);
        foreach (var s in sentences)
        {
            if (s.Span.Start >= 0 && s.Span.Length > 0 && s.Span.End <= textLength)
            {
                list.Add(s);
            }
        }

        list.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return list;
    }
}
