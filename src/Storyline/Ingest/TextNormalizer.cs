using System.Collections.Frozen;
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

    /// <summary>
    /// Canonical composition (the "C" of NFC) for decomposed input such as "e" + U+0301. The library runs with
    /// invariant globalization, where <see cref="string.Normalize()"/> does nothing, so composition pairs ship as data.
    /// Marks compose with the character right before them, which covers text in canonical order.
    /// </summary>
    internal static string Compose(string text)
    {
        var first = FirstComposable(text);
        if (first < 0)
        {
            return text;
        }

        var table = Compositions.Value;
        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (builder.Length > 0 && IsComposableSecond(c) && TryCompose(table, builder[^1], c, out var composed))
            {
                builder[^1] = composed;
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static int FirstComposable(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (IsComposableSecond(text[i]))
            {
                return i - 1;
            }
        }

        return -1;
    }

    private static bool IsComposableSecond(char c) =>
        c >= '\u0300' && (c <= '\u036F' || (c >= '\u1161' && c <= '\u11C2') || IsOtherMark(c));

    private static bool IsOtherMark(char c) =>
        c >= '\u0483' && CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool TryCompose(FrozenDictionary<uint, char> table, char first, char second, out char composed)
    {
        // Hangul syllables compose by formula (Unicode 3.12), not by table.
        if (first is >= '\u1100' and <= '\u1112' && second is >= '\u1161' and <= '\u1175')
        {
            composed = (char)(0xAC00 + ((first - 0x1100) * 21 + (second - 0x1161)) * 28);
            return true;
        }

        if (first is >= '\uAC00' and <= '\uD7A3' && (first - 0xAC00) % 28 == 0 && second is >= '\u11A8' and <= '\u11C2')
        {
            composed = (char)(first + (second - 0x11A7));
            return true;
        }

        return table.TryGetValue((uint)first << 16 | second, out composed);
    }

    private static readonly Lazy<FrozenDictionary<uint, char>> Compositions = new(LoadCompositions);

    private static FrozenDictionary<uint, char> LoadCompositions()
    {
        var pairs = new Dictionary<uint, char>();
        foreach (var line in EmbeddedData.ReadLines("Ingest/Data/compositions.tsv"))
        {
            var fields = line.Split('\t');
            var first = uint.Parse(fields[0], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            var second = uint.Parse(fields[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            pairs[first << 16 | second] = (char)uint.Parse(fields[2], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }

        return pairs.ToFrozenDictionary();
    }

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
