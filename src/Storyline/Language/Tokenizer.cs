using System.Globalization;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>
/// Splits text into words, numbers, punctuation and symbols. Words keep inner hyphens and apostrophes
/// ("long-delayed", "India's", "Xi'an"); dotted acronyms stay whole ("U.S."); numbers keep inner
/// separators ("45.8", "12,000"); a trailing "%" or a leading "$" is a separate symbol token.
/// </summary>
public sealed class Tokenizer
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stages are instances so that options can be added without breaking callers.")]
    public IReadOnlyList<Token> Tokenize(string text, TextSpan range)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = Math.Clamp(range.Start, 0, text.Length);
        var end = Math.Clamp(range.End, start, text.Length);
        var tokens = new List<Token>();
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int next;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                next = ScanAcronym(text, i, end);
                if (next == i)
                {
                    next = ScanWord(text, i, end);
                }

                kind = TokenKind.Word;
            }
            else if (char.IsDigit(c))
            {
                next = ScanNumber(text, i, end);
                kind = TokenKind.Number;
            }
            else
            {
                next = i + 1;
                if (char.IsHighSurrogate(c) && next < end && char.IsLowSurrogate(text[next]))
                {
                    next++;
                }

                kind = IsSymbol(text, i) ? TokenKind.Symbol : TokenKind.Punctuation;
            }

            tokens.Add(new Token(TextSpan.FromBounds(i, next), kind));
            i = next;
        }

        return tokens;
    }

    /// <summary>"U.S.", "e.g.", "D.C.": single letters each followed by a dot, at least two of them.</summary>
    internal static int ScanAcronym(string text, int i, int end)
    {
        var j = i;
        var letters = 0;
        while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
        {
            letters++;
            j += 2;
        }

        return letters >= 2 ? j : i;
    }

    internal static int ScanWord(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                j++;
            }
            else if (IsInnerJoiner(c) && j + 1 < end && char.IsLetterOrDigit(text[j + 1]) && j > i && ScanAcronym(text, j + 1, end) == j + 1)
            {
                // "India-U.S.": the dotted acronym after the hyphen is a token of its own.
                j++;
            }
            else
            {
                break;
            }
        }

        return j;
    }

    internal static int ScanNumber(string text, int i, int end)
    {
        var j = i;
        while (j < end)
        {
            var c = text[j];
            if (char.IsDigit(c))
            {
                j++;
            }
            else if ((c == '.' || c == ',') && j + 1 < end && char.IsDigit(text[j + 1]))
            {
                j++;
            }
            else
            {
                break;
            }
        }

        // Ordinals and unit-glued forms stay one token ("25th", "2nd", "10am").
        while (j < end && char.IsLetter(text[j]))
        {
            j++;
        }

        return j;
    }

    private static bool IsInnerJoiner(char c) => c is '-' or '\'' or '\u2019' or '\u2011';

    private static bool IsSymbol(string text, int i)
    {
        var c = text[i];
        if (c is '%' or '&' or '@' or '#' or '+' or '=' or '<' or '>' or '|' or '~' or '^' or '\u2030')
        {
            return true;
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
        return category is UnicodeCategory.CurrencySymbol or UnicodeCategory.MathSymbol or UnicodeCategory.OtherSymbol or UnicodeCategory.ModifierSymbol;
    }
}
