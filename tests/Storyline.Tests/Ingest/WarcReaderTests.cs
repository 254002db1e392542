using System.Text;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class WarcReaderTests : IDisposable
{
    private static readonly string FerryPage = WarcBuilder.Page("Ferry timetable approved", "The harbour council of Velmora approved the winter ferry timetable on Tuesday.");
    private static readonly string BridgePage = WarcBuilder.Page("Bridge repairs begin", "Crews in Dunmere began repairs on the old stone bridge on Monday morning.");
    private static readonly string MarketPage = WarcBuilder.Page("Market hall reopens", "The Castel market hall reopened after a year of work, traders said.");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<ReadOutcome> Read(byte[] bytes, InputReaderOptions? options = null) =>
        new WarcReader(options).Read(new MemoryStream(bytes), "crawl.warc").ToList();

    private static WarcBuilder ThreePages() => new WarcBuilder()
        .Info()
        .Request("https://velmora-gazette.example/ferry")
        .Response("https://velmora-gazette.example/ferry", FerryPage)
        .Metadata("https://velmora-gazette.example/ferry")
        .Response("https://dunmere-daily.example/bridge", BridgePage)
        .Response("https://castel-post.example/market", MarketPage);

    [Fact]
    public void Html_responses_become_html_documents_and_other_records_are_skipped()
    {
        var outcomes = Read(ThreePages().Build());

        Assert.All(outcomes, o => Assert.Null(o.Error));
        var documents = outcomes.Select(o => o.Document!).ToList();
        Assert.Equal(["crawl.warc#3", "crawl.warc#5", "crawl.warc#6"], documents.Select(d => d.Origin));
        Assert.All(documents, d => Assert.Equal(DocumentFormat.Html, d.Format));
        Assert.Equal("https://velmora-gazette.example/ferry", documents[0].Hints.Url);
        Assert.Equal("2025-11-04T08:15:00Z", documents[0].Hints.Captured);
        Assert.Null(documents[0].Hints.Published);
        Assert.Contains("winter ferry timetable", documents[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_warc_gz_file_of_one_gzip_member_per_record_is_read_through_the_input_reader()
    {
        var path = _folder.WriteBytes("crawl.warc.gz", ThreePages().BuildGzip());

        var outcomes = new InputReader().Read([path]).ToList();

        Assert.Equal(3, outcomes.Count(o => o.Document is not null));
        Assert.All(outcomes, o => Assert.Null(o.Error));
        Assert.StartsWith(path + "#", outcomes[0].Document!.Origin, StringComparison.Ordinal);
    }

    [Fact]
    public void Non_html_and_unsuccessful_responses_are_skipped()
    {
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/logo.png", [0x89, 0x50, 0x4E, 0x47], contentType: "image/png")
            .Response("https://velmora-gazette.example/gone", Encoding.UTF8.GetBytes(FerryPage), status: 404)
            .Response("https://velmora-gazette.example/moved", [], status: 301, headers: "Location: https://velmora-gazette.example/ferry")
            .Response("https://velmora-gazette.example/ferry", FerryPage)
            .Build();

        var document = Assert.Single(Read(bytes)).Document;

        Assert.Equal("crawl.warc#4", document!.Origin);
    }

    [Fact]
    public void A_content_length_that_runs_into_the_next_record_is_one_error_and_the_next_record_is_still_read()
    {
        var bridge = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + BridgePage);
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/ferry", FerryPage)
            .Record("response", "https://dunmere-daily.example/bridge", "application/http; msgtype=response", bridge, declaredLength: bridge.Length + 120)
            .Response("https://castel-post.example/market", MarketPage)
            .Build();

        var outcomes = Read(bytes);

        Assert.Equal(3, outcomes.Count);
        Assert.NotNull(outcomes[0].Document);
        Assert.Equal(new IngestError("crawl.warc", $"record 2's Content-Length ({bridge.Length + 120} bytes) runs into the next record"), outcomes[1].Error);
        Assert.Contains("market hall", outcomes[2].Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_content_length_that_ends_inside_the_record_is_one_error_and_the_next_record_is_still_read()
    {
        var bridge = Encoding.UTF8.GetBytes("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + BridgePage);
        var bytes = new WarcBuilder()
            .Record("response", "https://dunmere-daily.example/bridge", "application/http; msgtype=response", bridge, declaredLength: bridge.Length - 40)
            .Response("https://castel-post.example/market", MarketPage)
            .Build();

        var outcomes = Read(bytes);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal($"record 1's Content-Length ({bridge.Length - 40} bytes) ends inside the record", outcomes[0].Error!.Problem);
        Assert.Equal("crawl.warc#2", outcomes[1].Document!.Origin);
    }

    [Fact]
    public void A_file_cut_short_inside_a_record_keeps_the_records_before_it_and_names_the_cut_one()
    {
        var bytes = ThreePages().Build();
        var cut = bytes.AsSpan().LastIndexOf("Market hall"u8.ToArray());

        var outcomes = Read(bytes[..cut]);

        Assert.Equal(["crawl.warc#3", "crawl.warc#5"], outcomes.Where(o => o.Document is not null).Select(o => o.Document!.Origin));
        var error = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.StartsWith("record 6 is cut short: Content-Length says", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gzip_stream_cut_short_keeps_the_records_before_it_and_gives_one_error()
    {
        var bytes = ThreePages().BuildGzip();

        var outcomes = Read(bytes[..(bytes.Length - 200)]);

        Assert.Equal(2, outcomes.Count(o => o.Document is not null));
        var error = Assert.Single(outcomes, o => o.Error is not null).Error!;
        Assert.Equal("crawl.warc", error.Origin);
        Assert.Contains("record 6", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_warc_is_one_error()
    {
        var error = Assert.Single(Read(Encoding.UTF8.GetBytes("<html><body>not an archive</body></html>"))).Error;

        Assert.Equal("not a WARC file: it does not start with a WARC/1.x record header", error!.Problem);
    }

    [Fact]
    public void A_warc_without_html_responses_is_one_error()
    {
        var error = Assert.Single(Read(new WarcBuilder().Info().Request("https://velmora-gazette.example/").Build())).Error;

        Assert.Equal("WARC file holds 2 records but no HTML responses", error!.Problem);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_one_error_and_skipped_without_being_held()
    {
        var big = WarcBuilder.Page("Long read", new string('x', 5000));
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/long", big)
            .Response("https://castel-post.example/market", MarketPage)
            .Build();

        var outcomes = Read(bytes, new InputReaderOptions { MaxFileBytes = 2048 });

        Assert.Equal(2, outcomes.Count);
        Assert.Contains("record 1 is 0.0 MB, over the", outcomes[0].Error!.Problem, StringComparison.Ordinal);
        Assert.NotNull(outcomes[1].Document);
    }

    [Fact]
    public void Chunked_transfer_encoding_and_gzip_content_encoding_are_undone()
    {
        var html = Encoding.UTF8.GetBytes(FerryPage);
        var gzipped = WarcBuilder.Gzip(html);
        var chunked = new List<byte>();
        for (var at = 0; at < gzipped.Length; at += 100)
        {
            var part = gzipped.AsSpan(at, Math.Min(100, gzipped.Length - at)).ToArray();
            chunked.AddRange(Encoding.ASCII.GetBytes($"{part.Length:x}\r\n"));
            chunked.AddRange(part);
            chunked.AddRange("\r\n"u8.ToArray());
        }

        chunked.AddRange("0\r\n\r\n"u8.ToArray());
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/ferry", [.. chunked], headers: ["Transfer-Encoding: chunked", "Content-Encoding: gzip"])
            .Build();

        var document = Assert.Single(Read(bytes)).Document;

        Assert.Equal(FerryPage, document!.Text);
    }

    [Fact]
    public void A_body_the_crawler_already_decoded_is_read_as_it_is_despite_its_headers()
    {
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/ferry", Encoding.UTF8.GetBytes(FerryPage), headers: ["Transfer-Encoding: chunked", "Content-Encoding: gzip"])
            .Build();

        Assert.Equal(FerryPage, Assert.Single(Read(bytes)).Document!.Text);
    }

    [Fact]
    public void The_http_charset_decodes_the_page()
    {
        var html = WarcBuilder.Page("Quay vote", "The mayor called it \u201Ca fair result\u201D on Friday.");
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/quay", CodePagesBytes(html, 1252), contentType: "text/html; charset=windows-1252")
            .Build();

        Assert.Contains("\u201Ca fair result\u201D", Assert.Single(Read(bytes)).Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meta_charset_decodes_the_page_when_http_names_none()
    {
        var html = WarcBuilder.Page("Город", "Совет утвердил расписание во вторник.", "<meta charset=\"koi8-r\">");
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/ru", CodePagesBytes(html, 20866), contentType: "text/html")
            .Build();

        Assert.Contains("Совет утвердил", Assert.Single(Read(bytes)).Document!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_capture_date_is_the_publication_date_only_when_the_page_gives_none()
    {
        var dated = WarcBuilder.Page("Ferry timetable approved", "The council voted on Tuesday.", "<meta property=\"article:published_time\" content=\"2025-10-28T09:00:00Z\">");
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/dated", dated)
            .Response("https://velmora-gazette.example/undated", BridgePage)
            .Build();
        var cleaner = new ArticleCleaner();

        var articles = Read(bytes).Select(o => cleaner.Clean(o.Document!)).ToList();

        Assert.Equal(new PublicationDate(new DateOnly(2025, 10, 28), DateBasis.Metadata), articles[0].Published);
        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 4), DateBasis.Captured), articles[1].Published);
        Assert.Equal("https://velmora-gazette.example/undated", articles[1].Url);
    }

    private static byte[] CodePagesBytes(string text, int codePage) =>
        CodePagesEncodingProvider.Instance.GetEncoding(codePage)!.GetBytes(text);
}
