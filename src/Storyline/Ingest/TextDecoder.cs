using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>
/// Turns bytes into text. Precedence: a byte-order mark, then a charset the container declared (HTTP
/// Content-Type in a WARC, the XML declaration of a feed), then a <c>&lt;meta charset&gt;</c> in the first
/// bytes of an HTML page, then UTF-8. UTF-8 that is invalid in places is read byte by byte as
/// Windows-1252 there (the usual mislabelling: smart quotes 0x93/0x94 become “ ”), so the result is
/// always valid Unicode; only bytes that are neither (NULs, the five bytes 1252 leaves undefined) are refused.
/// </summary>
public static partial class TextDecoder
{
    /// <summary>How far into an HTML page a <c>&lt;meta charset&gt;</c> is looked for (WHATWG says 1024; real heads run longer).</summary>
    private const int MetaScanBytes = 4096;

    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 for 0x80-0x9F; 0xA0-0xFF are Latin-1. Zero marks the five bytes 1252 leaves undefined.</summary>
    private static readonly char[] Windows1252High =
    [
        '\u20AC', '\0', '\u201A', '\u0192', '\u201E', '\u2026', '\u2020', '\u2021', '\u02C6', '\u2030', '\u0160', '\u2039', '\u0152', '\0', '\u017D', '\0',
        '\0', '\u2018', '\u2019', '\u201C', '\u201D', '\u2022', '\u2013', '\u2014', '\u02DC', '\u2122', '\u0161', '\u203A', '\u0153', '\0', '\u017E', '\u0178',
    ];

    /// <summary>WHATWG label aliases .NET does not know by the same name; every Latin-1 label means 1252 on the web.</summary>
    private static readonly Dictionary<string, int> CodePageLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iso-8859-1"] = 1252, ["iso8859-1"] = 1252, ["latin1"] = 1252, ["l1"] = 1252, ["us-ascii"] = 1252, ["ascii"] = 1252,
        ["windows-1252"] = 1252, ["cp1252"] = 1252, ["x-cp1252"] = 1252, ["cp819"] = 1252, ["ibm819"] = 1252,
        ["gb2312"] = 936, ["gbk"] = 936, ["x-gbk"] = 936, ["shift_jis"] = 932, ["sjis"] = 932, ["x-sjis"] = 932, ["ms_kanji"] = 932,
        ["euc-kr"] = 949, ["ks_c_5601-1987"] = 949, ["big5"] = 950, ["cp1251"] = 1251, ["cp1250"] = 1250,
    };

    private static readonly HashSet<string> Utf8Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "utf-8", "utf8", "unicode-1-1-utf-8", "x-unicode20utf8",
        // A page cannot really be UTF-16 without a BOM (WHATWG reads such labels as UTF-8).
        "utf-16", "utf-16le", "utf-16be", "unicode",
    };

    [GeneratedRegex(@"<meta\b[^>]{0,512}?charset\s*=\s*[""']?\s*(?<name>[A-Za-z0-9._:\-]{1,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*[""'](?<name>[A-Za-z0-9._:\-]{1,40})[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex XmlEncoding();

    /// <summary>Decodes <paramref name="bytes"/> as UTF-8 or UTF-16 with a BOM; on failure returns null and a one-line <paramref name="problem"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem) => Decode(bytes, declaredCharset: null, out problem);

    /// <summary>Decodes an HTML page: a BOM, then <paramref name="declaredCharset"/> (HTTP), then the page's own <c>&lt;meta charset&gt;</c>.</summary>
    public static string? DecodeHtml(ReadOnlySpan<byte> bytes, string? declaredCharset, out string? problem) =>
        Decode(bytes, declaredCharset ?? MetaCharsetOf(bytes), out problem);

    /// <summary>Decodes an XML document: a BOM, then the encoding its XML declaration names.</summary>
    public static string? DecodeXml(ReadOnlySpan<byte> bytes, out string? problem) => Decode(bytes, XmlEncodingOf(bytes), out problem);

    /// <summary>
    /// Decodes <paramref name="bytes"/> honouring a BOM first and then <paramref name="declaredCharset"/>
    /// (a charset label such as "windows-1252" or "utf-8"; unknown labels are ignored).
    /// </summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            return DecodeUtf16(bytes, out problem);
        }

        var bomLength = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            bomLength = 3;
            bytes = bytes[3..];
        }

        if (bytes.IndexOf((byte)0) >= 0)
        {
            problem = "binary file (NUL bytes), not text";
            return null;
        }

        if (bomLength == 0 && LegacyEncoding(declaredCharset) is { } legacy && !IsUtf8WithMultibyte(bytes))
        {
            // Declared legacy charsets are believed unless the bytes are valid UTF-8 with non-ASCII in them:
            // a page saved as UTF-8 under an old "iso-8859-1" header is far commoner than the reverse.
            return legacy.GetString(bytes);
        }

        return DecodeUtf8Or1252(bytes, bomLength, out problem);
    }

    /// <summary>The charset parameter of a MIME Content-Type ("text/html; charset=ISO-8859-1"), or null.</summary>
    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType))
        {
            return null;
        }

        foreach (var part in contentType.Split(';'))
        {
            var trimmed = part.Trim();
            if (trimmed.StartsWith("charset", StringComparison.OrdinalIgnoreCase))
            {
                var equals = trimmed.IndexOf('=', StringComparison.Ordinal);
                if (equals > 0)
                {
                    var value = trimmed[(equals + 1)..].Trim().Trim('"', '\'').Trim();
                    return value.Length == 0 ? null : value;
                }
            }
        }

        return null;
    }

    /// <summary>The charset a <c>&lt;meta&gt;</c> tag in the first bytes of an HTML page names, or null.</summary>
    public static string? MetaCharsetOf(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, MetaScanBytes)]);
        try
        {
            var match = MetaCharset().Match(head);
            return match.Success ? match.Groups["name"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static string? XmlEncodingOf(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 256)]);
        try
        {
            var match = XmlEncoding().Match(head);
            return match.Success ? match.Groups["name"].Value : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>The encoding a non-UTF-8 label names, or null for UTF-8, unknown labels and none.</summary>
    private static Encoding? LegacyEncoding(string? label)
    {
        if (string.IsNullOrWhiteSpace(label) || Utf8Labels.Contains(label))
        {
            return null;
        }

        try
        {
            // The code-page provider is asked directly, so nothing global is registered or changed.
            if (CodePageLabels.TryGetValue(label, out var codePage))
            {
                return CodePagesEncodingProvider.Instance.GetEncoding(codePage);
            }

            var encoding = CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
            return encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001 ? null : encoding;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool IsUtf8WithMultibyte(ReadOnlySpan<byte> bytes) =>
        Utf8.IsValid(bytes) && bytes.IndexOfAnyExceptInRange((byte)0, (byte)0x7F) >= 0;

    private static string? DecodeUtf16(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        var encoding = bytes[0] == 0xFF ? StrictUtf16Le : StrictUtf16Be;
        var name = bytes[0] == 0xFF ? "UTF-16 LE" : "UTF-16 BE";
        try
        {
            var text = encoding.GetString(bytes[2..]);
            if (text.Contains('\0', StringComparison.Ordinal))
            {
                problem = "binary file (NUL bytes), not text";
                return null;
            }

            return text;
        }
        catch (ArgumentException)
        {
            // DecoderFallbackException derives from ArgumentException.
            problem = $"not valid {name} (odd byte count or broken surrogate pair)";
            return null;
        }
    }

    private static string? DecodeUtf8Or1252(ReadOnlySpan<byte> bytes, int bomLength, out string? problem)
    {
        problem = null;
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            // UTF-8 and single 1252 bytes both give at most one char per byte, so the buffer always suffices.
            var at = 0;
            var written = 0;
            while (true)
            {
                var status = Utf8.ToUtf16(bytes[at..], buffer.AsSpan(written), out var read, out var count, replaceInvalidSequences: false);
                at += read;
                written += count;
                if (status == System.Buffers.OperationStatus.Done)
                {
                    return new string(buffer, 0, written);
                }

                var value = bytes[at];
                var mapped = value >= 0xA0 ? (char)value : value >= 0x80 ? Windows1252High[value - 0x80] : '\0';
                if (mapped == '\0')
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 or Windows-1252 (byte 0x{value:X2} at offset {at + bomLength})");
                    return null;
                }

                buffer[written++] = mapped;
                at++;
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
