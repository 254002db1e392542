using Storyline.Model;

namespace Storyline.Language;

/// <summary>
/// Splits article text into sentences. Paragraphs are separated by '\n' and a sentence never crosses
/// one. A '.', '?', '!' or ellipsis ends a sentence when whitespace and a sentence-like start follow;
/// closing quotes and brackets right after the terminator belong to the sentence they close.
/// Abbreviations, initials and decimals do not end a sentence.
/// </summary>
public sealed class SentenceSplitter
{
    // Abbreviations that are never the last word of a sentence: titles and words that expect a continuation.
    private static readonly HashSet<string> ContinuingAbbreviations = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "Maj", "Capt", "Sgt", "Cmdr",
        "Adm", "Brig", "Rev", "Hon", "Pres", "Supt", "Insp", "Amb", "St", "Sr", "Jr", "Mt", "Ft", "No", "Nos", "vs", "v",
        "Vol", "Art", "Sec", "Fig", "approx", "est", "Rs", "Smt", "Shri", "Messrs", "Mme", "Mlle", "cf", "al",
    };

    // Abbreviations that can end a sentence; they do so only when a typical sentence opener follows.
    private static readonly HashSet<string> AmbiguousAbbreviations = new(StringComparer.Ordinal)
    {
        "Inc", "Ltd", "Co", "Corp", "Bros", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
        "Nov", "Dec", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "etc", "Ave", "Blvd", "Rd",
        "Dept", "Univ", "Assn", "Min", "Mins", "Govt", "pm", "am", "bn", "mn", "tn", "km", "kg", "Gov't",
    };

    // Words that typically open a sentence; after "U.S." or "Inc." they mark a sentence break.
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her",
        "Its", "Their", "Our", "But", "And", "Or", "So", "Yet", "However", "Meanwhile", "In", "On", "At", "As", "After",
        "Before", "While", "When", "If", "Although", "Despite", "There", "Here", "Some", "Many", "Most", "Officials",
        "According", "Earlier", "Later", "Still", "Also", "Both", "Such", "What", "Why", "How", "Who", "For", "Since",
    };

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stages are instances so that options can be added without breaking callers.")]
    public IReadOnlyList<Sentence> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var before = sentences.Count;
            SplitParagraph(text, lineStart, lineEnd, paragraph, sentences);
            if (sentences.Count > before)
            {
                paragraph++;
            }

            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitParagraph(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        var sentenceStart = start;
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (c is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049')
            {
                var boundary = FindBoundary(text, i, end);
                if (boundary > i)
                {
                    AddTrimmed(text, sentenceStart, boundary, paragraph, sentences);
                    sentenceStart = boundary;
                    i = boundary;
                    continue;
                }
            }

            i++;
        }

        AddTrimmed(text, sentenceStart, end, paragraph, sentences);
    }

    /// <summary>The end of the sentence whose terminator starts at <paramref name="i"/>, or -1 when it is not a sentence end.</summary>
    private static int FindBoundary(string text, int i, int end)
    {
        var j = i;
        while (j < end && text[j] is '.' or '?' or '!' or '\u2026' or '\u203C' or '\u2047' or '\u2048' or '\u2049')
        {
            j++;
        }

        var terminatorRun = j - i;
        while (j < end && IsCloser(text[j]))
        {
            j++;
        }

        // A terminator must be followed by whitespace (or the paragraph end) to end a sentence: "45.8", "U.S.-India", "pic.twitter".
        if (j < end && !char.IsWhiteSpace(text[j]))
        {
            return -1;
        }

        var next = j;
        while (next < end && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        if (next >= end)
        {
            return j;
        }

        if (!LooksLikeSentenceStart(text, next, end))
        {
            return -1;
        }

        if (text[i] == '.' && terminatorRun == 1)
        {
            var word = WordBefore(text, i);
            if (word.Length > 0 && !IsPlainSentenceEnd(word, text, next, end))
            {
                return -1;
            }
        }

        return j;
    }

    private static bool IsPlainSentenceEnd(ReadOnlySpan<char> word, string text, int next, int end)
    {
        var lookup = ContinuingAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.Contains(word))
        {
            return false;
        }

        // Initials ("J. R. Smith") and dotted acronyms ("U.S.", "D.C."): continue unless a sentence opener follows.
        var isInitial = word.Length == 1 && char.IsUpper(word[0]);
        var isDotted = word.Length >= 3 && word.Contains('.');
        var ambiguous = AmbiguousAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
        if (!isInitial && !isDotted && !ambiguous)
        {
            return true;
        }

        var nextWordEnd = next;
        while (nextWordEnd < end && char.IsLetter(text[nextWordEnd]))
        {
            nextWordEnd++;
        }

        var nextWord = text.AsSpan(next, nextWordEnd - next);
        if (isInitial)
        {
            // "J. R. Smith", "Jane R. Roe": an initial never ends a sentence unless an opener follows.
            return SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord) && nextWord.Length > 1;
        }

        return SentenceOpeners.GetAlternateLookup<ReadOnlySpan<char>>().Contains(nextWord) || (nextWord.Length == 0 && next < end && !char.IsDigit(text[next]));
    }

    /// <summary>The word just before the dot at <paramref name="dot"/>, including inner dots ("U.S", "e.g").</summary>
    private static ReadOnlySpan<char> WordBefore(string text, int dot)
    {
        var k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || (text[k - 1] == '.' && k - 2 >= 0 && char.IsLetter(text[k - 2])) || text[k - 1] == '\''))
        {
            k--;
        }

        return text.AsSpan(k, dot - k);
    }

    private static bool LooksLikeSentenceStart(string text, int next, int end)
    {
        var c = text[next];
        if (char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\u2018' or '\'' or '(' or '[' or '\u2014' or '\u2013' or '-' or '*' or '#' or '@' or '$' or '\u20AC' or '\u00A3')
        {
            return true;
        }

        // Letters without case (scripts like Devanagari) start sentences too; lower-case Latin does not.
        return char.IsLetter(c) && !char.IsLower(c) && next < end;
    }

    private static bool IsCloser(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '}' or '\u00BB';

    private static void AddTrimmed(string text, int start, int end, int paragraph, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(TextSpan.FromBounds(start, end), paragraph));
        }
    }
}
