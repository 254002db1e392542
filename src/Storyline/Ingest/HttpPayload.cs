using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Ingest;

/// <summary>The body of an HTTP response as a crawler stored it, transfer and content encodings undone.</summary>
internal sealed record HttpPayload(int Status, string? ContentType, byte[] Body)
{
    private const int MaxHeaderBytes = 64 * 1024;

    /// <summary>
    /// Splits a stored HTTP response into status, Content-Type and body, undoing chunked transfer
    /// encoding and gzip/deflate/brotli content encoding (bodies past <paramref name="maxBodyBytes"/>
    /// refused). Crawlers that already decoded a body often leave the header behind (Common Crawl renames
    /// it X-Crawler-...), so a body that does not decode as its header says is taken as it is.
    /// </summary>
    public static HttpPayload? Parse(ReadOnlySpan<byte> block, long maxBodyBytes, out string? problem)
    {
        problem = null;
        var headerEnd = HeaderEnd(block[..Math.Min(block.Length, MaxHeaderBytes)], out var separator);
        if (headerEnd < 0)
        {
            problem = "HTTP response has no end of headers";
            return null;
        }

        var head = Encoding.Latin1.GetString(block[..headerEnd]).Split('\n');
        var statusParts = head[0].Trim().Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (statusParts.Length < 2 || !statusParts[0].StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase)
            || !int.TryParse(statusParts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status))
        {
            problem = "HTTP response has no status line";
            return null;
        }

        string? contentType = null;
        string? transferEncoding = null;
        string? contentEncoding = null;
        foreach (var line in head.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
        }

        var body = block[(headerEnd + separator)..];
        byte[]? dechunked = null;
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
        {
            dechunked = Dechunk(body);
        }

        var raw = dechunked ?? body.ToArray();
        if (contentEncoding is not null && !contentEncoding.Equals("identity", StringComparison.OrdinalIgnoreCase))
        {
            var decoded = Decompress(raw, contentEncoding, maxBodyBytes, out var tooLarge);
            if (tooLarge)
            {
                problem = string.Create(CultureInfo.InvariantCulture, $"HTTP body inflates past the {maxBodyBytes / 1048576.0:0.##} MB limit");
                return null;
            }

            if (decoded is null && !LooksLikeText(raw))
            {
                problem = $"HTTP body is not valid {contentEncoding.ToLowerInvariant()} content";
                return null;
            }

            raw = decoded ?? raw;
        }

        return new HttpPayload(status, contentType, raw);
    }

    /// <summary>Whether a Content-Type (or, without one, the body itself) says HTML.</summary>
    public bool IsHtml => IsHtmlType(ContentType) ?? LooksLikeHtml(Body);

    /// <summary>True/false for an HTML or other MIME type; null when there is none to go by.</summary>
    public static bool? IsHtmlType(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return null;
        }

        var mime = contentType.Split(';')[0].Trim();
        return mime.Equals("text/html", StringComparison.OrdinalIgnoreCase) || mime.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, 1024)]).TrimStart();
        return head.StartsWith('<') && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<!doctype html", StringComparison.OrdinalIgnoreCase));
    }

    private static int HeaderEnd(ReadOnlySpan<byte> span, out int separator)
    {
        var crlf = span.IndexOf("\r\n\r\n"u8);
        var lf = span.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf <= lf))
        {
            separator = 4;
            return crlf;
        }

        separator = 2;
        return lf;
    }

    /// <summary>Undoes chunked transfer encoding; null when the body is not chunked after all.</summary>
    private static byte[]? Dechunk(ReadOnlySpan<byte> body)
    {
        using var output = new MemoryStream(body.Length);
        var at = 0;
        while (true)
        {
            var lineEnd = body[at..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                // A chunked body cut before its last chunk: keep what arrived, if anything did.
                return output.Length > 0 ? output.ToArray() : null;
            }

            var sizeText = Encoding.Latin1.GetString(body.Slice(at, lineEnd)).Trim();
            var semicolon = sizeText.IndexOf(';', StringComparison.Ordinal);
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon].Trim();
            }

            if (sizeText.Length is 0 or > 8 || !int.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            {
                return null;
            }

            at += lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            var available = Math.Min(size, body.Length - at);
            output.Write(body.Slice(at, available));
            at += available;
            if (available < size)
            {
                return output.ToArray();
            }

            // The CRLF after each chunk's data.
            if (at < body.Length && body[at] == '\r')
            {
                at++;
            }

            if (at < body.Length && body[at] == '\n')
            {
                at++;
            }
        }
    }

    /// <summary>Inflates a body; null when it is not in that encoding (or the encoding is unknown).</summary>
    private static byte[]? Decompress(byte[] raw, string encoding, long maxBytes, out bool tooLarge)
    {
        tooLarge = false;
        var name = encoding.Trim().ToLowerInvariant();
        try
        {
            using var input = new MemoryStream(raw, writable: false);
            using Stream? decoder = name switch
            {
                "gzip" or "x-gzip" => new GZipStream(input, CompressionMode.Decompress),
                // "deflate" means zlib-wrapped by the standard, raw deflate by many servers.
                "deflate" => raw.Length >= 2 && (raw[0] & 0x0F) == 8 && ((raw[0] << 8) | raw[1]) % 31 == 0
                    ? new ZLibStream(input, CompressionMode.Decompress)
                    : new DeflateStream(input, CompressionMode.Decompress),
                "br" => new BrotliStream(input, CompressionMode.Decompress),
                _ => null,
            };
            if (decoder is null)
            {
                return null;
            }

            using var output = new MemoryStream();
            var buffer = new byte[81920];
            int n;
            while ((n = decoder.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + n > maxBytes)
                {
                    tooLarge = true;
                    return null;
                }

                output.Write(buffer, 0, n);
            }

            return output.Length == 0 && raw.Length > 0 ? null : output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private static bool LooksLikeText(byte[] raw)
    {
        var head = raw.AsSpan(0, Math.Min(raw.Length, 512));
        return head.Length > 0 && head.IndexOf((byte)0) < 0 && head.TrimStart(" \t\r\n"u8).StartsWith("<"u8);
    }
}
