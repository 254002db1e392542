using System.Globalization;
using System.Text;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Character-level normalization shared by the reader and the cleaner: one line-break convention,
/// NFC, invisible characters removed and exotic spaces made ordinary, so later stages can match text
/// without caring how it was typed. Typographic quotes and dashes are kept: they carry meaning.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }

        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var replacement = Map(c, text, i, out var skipNext);
            if (builder is null)
            {
                if (replacement == c && !skipNext)
                {
                    continue;
                }

                builder = new StringBuilder(text.Length);
                builder.Append(text, 0, i);
            }

            if (replacement != '\0')
            {
                builder.Append(replacement);
            }

            if (skipNext)
            {
                i++;
            }
        }

        var result = builder?.ToString() ?? text;
        return Compose(result);
    }

    /// <summary>Canonical composition (NFC), so "e" + U+0301 and "é" are the same text to every later stage.</summary>
    internal static string Compose(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>Returns the character to write, or '\0' to drop it.</summary>
    private static char Map(char c, string text, int index, out bool skipNext)
    {
        skipNext = false;
        switch (c)
        {
            case '\r':
                // "\r\n" becomes one '\n'; a lone '\r' (old Mac files) also ends a line.
                skipNext = index + 1 < text.Length && text[index + 1] == '\n';
                return '\n';
            case '\n':
            case '\t':
                return c;
            case '\u0085':
            case '\u2028':
            case '\u2029':
            case '\u000B':
            case '\u000C':
                return '\n';
            case '\u00A0': // no-break space
            case '\u2007': // figure space
            case '\u202F': // narrow no-break space
            case '\u205F':
            case '\u3000':
                return ' ';
            case '\u200B': // zero-width space
            case '\u2060': // word joiner
            case '\uFEFF': // BOM / zero-width no-break space
            case '\u00AD': // soft hyphen: invisible unless a line breaks there
                return '\0';
            default:
                break;
        }

        if (c >= '\u2000' && c <= '\u200A')
        {
            return ' ';
        }

        // Other control characters have no business in article text; NUL is caught earlier as binary.
        if (c < ' ' || (c >= '\u007F' && c <= '\u009F'))
        {
            return '\0';
        }

        // Lone surrogates cannot be encoded back to UTF-8; replace them rather than fail later.
        if (char.IsSurrogate(c))
        {
            if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                return c;
            }

            if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]))
            {
                return c;
            }

            return '\uFFFD';
        }

        return c;
    }
}
