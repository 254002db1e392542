namespace Storyline.Time;

internal enum TokenClass : byte
{
    Word,
    Number,
    Punct,
}

/// <summary>
/// A run of letters, a run of ASCII digits, or one other non-space character.
/// <c>Glued</c> is true when no whitespace separates it from the previous token ("two-day", "11th").
/// </summary>
internal readonly record struct TimeToken(int Start, int Length, TokenClass Class, bool Glued, bool NewlineBefore)
{
    public int End => Start + Length;
}

/// <summary>Splits text into the small tokens the time patterns are written over, and into sentences for tense cues.</summary>
internal static class TimeTokenizer
{
    public static List<TimeToken> Tokenize(string text)
    {
        var tokens = new List<TimeToken>(text.Length / 4);
        var i = 0;
        var sawSpace = true;
        var sawNewline = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                sawSpace = true;
                sawNewline |= c == '\n' || c == '\r';
                i++;
                continue;
            }

            var start = i;
            TokenClass kind;
            if (char.IsLetter(c))
            {
                kind = TokenClass.Word;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                kind = TokenClass.Number;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }
            }
            else
            {
                kind = TokenClass.Punct;
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            }

            tokens.Add(new TimeToken(start, i - start, kind, Glued: !sawSpace && tokens.Count > 0, NewlineBefore: sawNewline));
            sawSpace = false;
            sawNewline = false;
        }

        return tokens;
    }

    /// <summary>
    /// Sentence number of each token. A sentence ends at a line break, or at '.', '!' or '?' followed by
    /// a space and a capital, digit or quote, unless the period closes an abbreviation ("Dec.", "U.S.").
    /// </summary>
    public static int[] Sentences(string text, List<TimeToken> tokens, TimexLexicon lexicon)
    {
        var ids = new int[tokens.Count];
        var sentence = 0;
        for (var k = 1; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.NewlineBefore || (!t.Glued && EndsSentence(text, tokens, k - 1, lexicon) && StartsSentence(text[t.Start])))
            {
                sentence++;
            }

            ids[k] = sentence;
        }

        return ids;
    }

    private static bool EndsSentence(string text, List<TimeToken> tokens, int k, TimexLexicon lexicon)
    {
        var t = tokens[k];
        if (t.Class != TokenClass.Punct)
        {
            return false;
        }

        var c = text[t.Start];
        if (c is '!' or '?')
        {
            return true;
        }

        if (c != '.')
        {
            return false;
        }

        if (k == 0 || !t.Glued || tokens[k - 1].Class != TokenClass.Word)
        {
            return true;
        }

        var word = text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length);
        return word.Length > 1 && !lexicon.Abbreviations.Contains(word);
    }

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsAsciiDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018';
}
