using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Storyline.Tests.Ingest;

/// <summary>Builds WARC bytes in memory: records written as a crawler writes them, optionally one gzip member each.</summary>
internal sealed class WarcBuilder
{
    private readonly List<byte[]> _records = [];

    public WarcBuilder Info() => Record("warcinfo", null, "application/warc-fields", Encoding.ASCII.GetBytes("software: test-crawler\r\nformat: WARC File Format 1.1\r\n"));

    public WarcBuilder Request(string uri) => Record("request", uri, "application/http; msgtype=request", Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: {new Uri(uri).Host}\r\n\r\n"));

    public WarcBuilder Metadata(string uri) => Record("metadata", uri, "application/warc-fields", Encoding.ASCII.GetBytes("fetchTimeMs: 120\r\n"));

    /// <summary>An HTTP response record; <paramref name="headers"/> are extra HTTP header lines.</summary>
    public WarcBuilder Response(string uri, byte[] body, string contentType = "text/html; charset=utf-8", int status = 200, string date = "2025-11-04T08:15:00Z", params string[] headers)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} OK\r\n");
        if (contentType.Length > 0)
        {
            head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        foreach (var header in headers)
        {
            head.Append(header).Append("\r\n");
        }

        head.Append("\r\n");
        return Record("response", uri, "application/http; msgtype=response", [.. Encoding.ASCII.GetBytes(head.ToString()), .. body], date);
    }

    public WarcBuilder Response(string uri, string html) => Response(uri, Encoding.UTF8.GetBytes(html));

    /// <summary>A record with a Content-Length of <paramref name="declaredLength"/> whatever the block holds.</summary>
    public WarcBuilder Record(string type, string? uri, string contentType, byte[] block, string date = "2025-11-04T08:15:00Z", long? declaredLength = null)
    {
        var head = new StringBuilder();
        head.Append("WARC/1.1\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        head.Append(CultureInfo.InvariantCulture, $"WARC-Date: {date}\r\n");
        if (uri is not null)
        {
            head.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {uri}\r\n");
        }

        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {declaredLength ?? block.Length}\r\n\r\n");
        _records.Add([.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8]);
        return this;
    }

    public byte[] Build() => _records.SelectMany(r => r).ToArray();

    /// <summary>One gzip member per record, concatenated, as Common Crawl writes .warc.gz.</summary>
    public byte[] BuildGzip()
    {
        using var output = new MemoryStream();
        foreach (var record in _records)
        {
            output.Write(Gzip(record));
        }

        return output.ToArray();
    }

    public static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return output.ToArray();
    }

    /// <summary>A small news page of invented content.</summary>
    public static string Page(string headline, string paragraph, string? extraHead = null) =>
        $"<!doctype html><html><head>{extraHead}<title>{headline}</title></head><body><nav><a href=\"/\">Home</a></nav><article><h1>{headline}</h1><p>{paragraph}</p><p>Officials in Velmora said more details would follow next week.</p></article></body></html>";
}
