using FsCheck;
using FsCheck.Xunit;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

/// <summary>Random bytes into every reader: nothing escapes, and every outcome is exactly a document or an error.</summary>
public sealed class ReaderProperties
{
    private static readonly InputReaderOptions Small = new() { MaxFileBytes = 64 * 1024 };

    private static bool WellFormed(IEnumerable<ReadOutcome> outcomes)
    {
        var list = outcomes.ToList();
        return list.All(o => (o.Document is null) != (o.Error is null)
            && (o.Error is null || o.Error.Problem.Length > 0 && !o.Error.Problem.Contains('\n', StringComparison.Ordinal)));
    }

    /// <summary>Random bytes behind a real format's first bytes, so the parsers get past their sniffing.</summary>
    private static byte[] Prefixed(string prefix, byte[] tail) => [.. System.Text.Encoding.ASCII.GetBytes(prefix), .. tail];

    [Property(MaxTest = 200)]
    public bool Random_bytes_as_a_feed(byte[] bytes, bool prefixed) =>
        WellFormed(new FeedReader(Small).Read(prefixed ? Prefixed("<rss><channel><item><description>", bytes) : bytes, "x.rss"));

    [Property(MaxTest = 200)]
    public bool Random_bytes_as_a_warc(byte[] bytes, bool prefixed) =>
        WellFormed(new WarcReader(Small).Read(new MemoryStream(prefixed ? Prefixed("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 40\r\n\r\nHTTP/1.1 200 OK\r\n", bytes) : bytes), "x.warc"));

    [Property(MaxTest = 200)]
    public bool Random_bytes_as_a_warc_gz(byte[] bytes, bool valid)
    {
        var gzip = WarcBuilder.Gzip(Prefixed("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 10\r\n\r\n", bytes));
        var input = valid ? gzip : [.. gzip[..Math.Min(gzip.Length, 12)], .. bytes];
        return WellFormed(new WarcReader(Small).Read(new MemoryStream(input), "x.warc.gz"));
    }

    [Property(MaxTest = 200)]
    public bool Random_bytes_as_json_lines(byte[] bytes) =>
        WellFormed(new InputReader(Small).Read(new MemoryStream(Prefixed("{", bytes)), "stdin"));

    [Property(MaxTest = 300)]
    public bool Random_bytes_on_standard_input(byte[] bytes, byte first)
    {
        // The first byte steers the sniffer to each format in turn.
        var lead = (first % 6) switch
        {
            0 => "<",
            1 => "{",
            2 => "WARC/",
            3 => "\u001F\u008B",
            4 => "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>",
            _ => string.Empty,
        };
        var input = lead == "\u001F\u008B" ? [0x1F, 0x8B, .. bytes] : Prefixed(lead, bytes);
        return WellFormed(new InputReader(Small).Read(new MemoryStream(input), "stdin"));
    }

    [Property(MaxTest = 100)]
    public bool Cutting_a_valid_warc_gz_anywhere_gives_documents_then_at_most_one_error(PositiveInt cutAt)
    {
        var bytes = new WarcBuilder()
            .Response("https://velmora-gazette.example/a", WarcBuilder.Page("One", "First page text."))
            .Response("https://velmora-gazette.example/b", WarcBuilder.Page("Two", "Second page text."))
            .BuildGzip();
        var cut = bytes[..(cutAt.Get % bytes.Length)];
        var outcomes = new WarcReader().Read(new MemoryStream(cut), "x.warc.gz").ToList();
        return WellFormed(outcomes) && outcomes.Count(o => o.Error is not null) <= 1 && outcomes.Count <= 2;
    }

    [Fact]
    public void Cleaning_every_document_from_random_feed_bytes_does_not_throw()
    {
        var random = new Random(7);
        for (var i = 0; i < 50; i++)
        {
            var tail = new byte[random.Next(0, 400)];
            random.NextBytes(tail);
            foreach (var outcome in new FeedReader().Read(Prefixed("<rss><channel><item><description>", tail), "x.rss"))
            {
                if (outcome.Document is SourceDocument document)
                {
                    _ = new ArticleCleaner().Clean(document);
                }
            }
        }
    }
}

public sealed class IngestErrorTests
{
    [Fact]
    public void A_problem_quoting_a_line_break_is_still_one_line()
    {
        var error = new IngestError("feeds/a\nb.rss", "not a well-formed XML feed: Name cannot begin with the '\n' character");

        Assert.Equal("feeds/a\\x0Ab.rss: not a well-formed XML feed: Name cannot begin with the '\\x0A' character", error.ToString());
    }

    [Fact]
    public void A_plain_problem_is_kept_as_it_is()
    {
        var error = new IngestError("a.txt", "file is empty");

        Assert.Equal(("a.txt", "file is empty"), (error.Origin, error.Problem));
    }
}
