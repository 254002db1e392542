using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Storyline.Ingest;

/// <summary>Turns file bytes into text: UTF-8 (BOM optional) or UTF-16 with a BOM; anything else is refused with a reason.</summary>
internal static class TextDecoder
{
    private static readonly Encoding StrictUtf16Le = new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly Encoding StrictUtf16Be = new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; on failure returns null and a one-line <paramref name="problem"/>.</summary>
    public static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        problem = null;
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
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

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(bytes.Length, 1));
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var value = read < bytes.Length ? bytes[read] : (byte)0;
                var offset = read + bomLength; // offsets name the byte in the file, BOM included
                problem = status == OperationStatus.NeedMoreData || read >= bytes.Length
                    ? string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (truncated sequence at offset {offset})")
                    : string.Create(CultureInfo.InvariantCulture, $"not valid UTF-8 (byte 0x{value:X2} at offset {offset})");
                return null;
            }

            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
