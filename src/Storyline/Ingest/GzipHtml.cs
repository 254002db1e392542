using System.Buffers.Binary;
using System.IO.Compression;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Gzip-compressed web pages (<c>.html.gz</c>, <c>.htm.gz</c>, or an <c>.html</c> file that is gzip inside, as
/// saved by some crawlers): the name gives the format, the magic bytes decide whether to inflate.
/// </summary>
internal static class GzipHtml
{
    private static readonly string[] Suffixes = [".html.gz", ".htm.gz"];

    /// <summary>True for a name ending in .html.gz or .htm.gz (any case).</summary>
    public static bool IsCompressedPageName(string path) =>
        Suffixes.Any(suffix => path.EndsWith(suffix, StringComparison.OrdinalIgnoreCase));

    public static bool HasGzipMagic(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;

    /// <summary>
    /// The inflated bytes, or null with a one-line <paramref name="problem"/> for a stream that is cut short,
    /// corrupt, or inflates past <paramref name="maxBytes"/> (a gzip bomb costs at most that much memory).
    /// </summary>
    public static byte[]? Inflate(byte[] compressed, long maxBytes, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(compressed);
        problem = null;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(compressed, writable: false), CompressionMode.Decompress);
            using var inflated = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = gzip.Read(buffer)) > 0)
            {
                if (inflated.Length + read > maxBytes)
                {
                    problem = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"gzip page inflates past the {maxBytes / (1024.0 * 1024.0):0.##} MB limit");
                    return null;
                }

                inflated.Write(buffer, 0, read);
            }

            if (!TrailerFits(compressed, inflated.Length))
            {
                problem = "gzip stream is cut short";
                return null;
            }

            return inflated.ToArray();
        }
        catch (InvalidDataException)
        {
            problem = "gzip stream is corrupt or cut short";
            return null;
        }
        catch (EndOfStreamException)
        {
            problem = "gzip stream is cut short";
            return null;
        }
    }

    /// <summary>The format of a compressed page name, for the reader's extension table.</summary>
    public static DocumentFormat Format => DocumentFormat.Html;

    /// <summary>
    /// GZipStream ends quietly on a truncated stream, so the trailer is checked: its last four bytes give the
    /// last member's length mod 2^32. A single member must match exactly; with several members the last
    /// one is shorter than the whole, while bytes of a cut stream read as a length are almost never that small.
    /// </summary>
    private static bool TrailerFits(byte[] compressed, long inflatedLength)
    {
        if (compressed.Length < 18)
        {
            return false;
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(compressed.AsSpan(compressed.Length - 4));
        return size == (uint)inflatedLength || size < inflatedLength;
    }
}
