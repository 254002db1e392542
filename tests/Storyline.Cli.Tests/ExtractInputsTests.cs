using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Storyline.Cli;

namespace Storyline.Cli.Tests;

/// <summary>`extract` and `analyze` on feeds, web archives, standard input and mapped JSON Lines.</summary>
public sealed class ExtractInputsTests : IDisposable
{
    private const string Feed = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Northwire</title>
            <item>
              <title>Roe and Vell talk trade by phone</title>
              <link>https://northwire.example/roe-vell</link>
              <pubDate>Mon, 03 Nov 2025 10:00:00 +0000</pubDate>
              <content:encoded><![CDATA[<p>President Jana Roe of Veldora held a telephone conversation with Prime Minister Arno Vell of Kestria on Monday, officials said.</p><p>“We reviewed the progress in our relations,” Roe said.</p>]]></content:encoded>
            </item>
            <item>
              <title>Dock strike ends in Saltreach</title>
              <link>https://northwire.example/dock</link>
              <pubDate>Tue, 04 Nov 2025 08:00:00 +0000</pubDate>
              <description>&lt;p&gt;Dock workers in Saltreach returned to work on Tuesday after a three-day strike.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-cli-inputs-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Err) Run(Stream? stdin, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StorylineCommand.Run(args, stdout, stderr, stdin);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static List<JsonElement> JsonLines(string stdout) =>
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    private static byte[] Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return output.ToArray();
    }

    /// <summary>One response record, as a crawler writes it.</summary>
    private static byte[] WarcResponse(string uri, string html, string type = "response")
    {
        var http = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html);
        var head = Encoding.ASCII.GetBytes($"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Date: 2025-11-05T06:00:00Z\r\nWARC-Target-URI: {uri}\r\nContent-Type: application/http; msgtype={type}\r\nContent-Length: {http.Length}\r\n\r\n");
        return [.. head, .. http, .. "\r\n\r\n"u8];
    }

    private static string Page(string headline, string paragraph) =>
        $"<html><head><title>{headline}</title><meta property=\"og:site_name\" content=\"Meridian Post\"></head><body><article><h1>{headline}</h1><p>{paragraph}</p></article></body></html>";

    [Fact]
    public void Extract_prints_one_json_line_per_feed_item_with_the_feed_metadata()
    {
        var path = WriteBytes("northwire.rss", Encoding.UTF8.GetBytes(Feed));

        var (code, stdout, stderr) = Run(null, "extract", path, "--json");

        Assert.True(code == 0, stderr);
        var lines = JsonLines(stdout);
        Assert.Equal(2, lines.Count);
        Assert.Equal("Roe and Vell talk trade by phone", lines[0].GetProperty("headline").GetString());
        Assert.Equal("Northwire", lines[0].GetProperty("outlet").GetString());
        Assert.Equal("https://northwire.example/roe-vell", lines[0].GetProperty("url").GetString());
        Assert.Equal("2025-11-03", lines[0].GetProperty("published").GetProperty("value").GetString());
        Assert.Contains("“We reviewed the progress in our relations,” Roe said.", lines[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("2025-11-04", lines[1].GetProperty("published").GetProperty("value").GetString());
    }

    [Fact]
    public void Extract_reads_a_warc_gz_and_reports_a_lying_record_on_one_line()
    {
        var good = WarcResponse("https://meridian.example/a", Page("Harbour talks resume", "Negotiators for the Marrow port authority met union leaders on Wednesday."));
        var request = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: request\r\nContent-Length: 18\r\n\r\nGET / HTTP/1.1\r\n\r\n\r\n\r\n");
        var lying = Encoding.ASCII.GetBytes("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<p>short</p>\r\n\r\n");
        var path = WriteBytes("crawl.warc.gz", [.. Gzip(good), .. Gzip(request), .. Gzip(lying)]);

        var (code, stdout, stderr) = Run(null, "extract", path, "--json");

        Assert.Equal(3, code);
        var line = Assert.Single(JsonLines(stdout));
        Assert.Equal("Harbour talks resume", line.GetProperty("headline").GetString());
        Assert.Equal("https://meridian.example/a", line.GetProperty("url").GetString());
        Assert.Equal(path + "#1", line.GetProperty("source_path").GetString());
        var error = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal($"storyline: skipped {path}: record 3 is cut short: Content-Length says 9999 bytes, the file ends after 35", error.TrimEnd('\r'));
    }

    [Fact]
    public void Extract_reads_standard_input_with_a_dash_sniffing_the_format()
    {
        var (code, stdout, _) = Run(new MemoryStream(Encoding.UTF8.GetBytes(Feed)), "extract", "-", "--json");

        Assert.Equal(0, code);
        var lines = JsonLines(stdout);
        Assert.Equal(["stdin#1", "stdin#2"], lines.Select(l => l.GetProperty("source_path").GetString()));
    }

    [Fact]
    public void Extract_maps_json_lines_fields_given_with_field()
    {
        var path = WriteBytes("export.jsonl", Encoding.UTF8.GetBytes(
            "{\"headline\": \"Dock strike ends\", \"content\": {\"body\": \"Dock workers in Saltreach returned to work on Tuesday.\"}, \"published_at\": \"2025-11-04T08:00:00Z\", \"source\": {\"name\": \"Harbour Review\"}, \"link\": \"https://harbour-review.example/dock\"}\n"));

        var (code, stdout, stderr) = Run(null, "extract", path, "--json", "--field", "text=content.body", "--field", "title=headline", "--field", "date=published_at", "--field", "url=link", "--field", "outlet=source.name");

        Assert.True(code == 0, stderr);
        var line = Assert.Single(JsonLines(stdout));
        Assert.Equal("Harbour Review", line.GetProperty("outlet").GetString());
        Assert.Equal("Dock strike ends", line.GetProperty("headline").GetString());
        Assert.Equal("2025-11-04", line.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("Dock workers in Saltreach returned to work on Tuesday.", line.GetProperty("body").GetString());
    }

    [Fact]
    public void A_malformed_field_mapping_is_a_usage_error()
    {
        var (code, _, stderr) = Run(null, "extract", "-", "--field", "colour=hue");

        Assert.Equal(2, code);
        Assert.StartsWith("storyline: --field 'colour' is not a field", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feed_that_is_not_xml_is_one_error_line_and_exit_code_1()
    {
        var path = WriteBytes("broken.rss", Encoding.UTF8.GetBytes("Service unavailable, try again later."));

        var (code, stdout, stderr) = Run(null, "extract", path);

        Assert.Equal(1, code);
        Assert.Empty(stdout);
        Assert.Equal($"storyline: skipped {path}: not an XML feed: it does not start with '<'", stderr.Trim());
    }

    [Fact]
    public void Analyze_reads_standard_input()
    {
        var outDir = Path.Combine(_folder, "out");

        var (code, stdout, stderr) = Run(new MemoryStream(Encoding.UTF8.GetBytes(Feed)), "analyze", "-", "--out", outDir);

        Assert.True(code == 0, stderr);
        Assert.Contains("2 articles read", stdout, StringComparison.Ordinal);
    }
}
