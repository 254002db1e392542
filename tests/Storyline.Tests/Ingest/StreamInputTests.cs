using System.Text;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

/// <summary>Inputs without a file name (standard input): the format is told by the first bytes.</summary>
public sealed class StreamInputTests
{
    private const string Feed = "<?xml version=\"1.0\"?>\n<!-- exported -->\n<rss version=\"2.0\"><channel><title>Velmora Gazette</title><item><title>Ferry timetable approved</title><description>The council approved the timetable.</description></item></channel></rss>";

    private static List<ReadOutcome> Read(byte[] bytes, InputReaderOptions? options = null) =>
        new InputReader(options).Read(new MemoryStream(bytes), "stdin").ToList();

    private static List<ReadOutcome> Read(string text) => Read(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Json_lines_are_sniffed_by_the_opening_brace()
    {
        var outcomes = Read("{\"title\": \"Ferry\", \"text\": \"The council approved it.\"}\n{\"text\": \"Crews start next week.\"}\n");

        Assert.Equal(["stdin:1", "stdin:2"], outcomes.Select(o => o.Document!.Origin));
    }

    [Fact]
    public void A_feed_is_told_from_html_by_its_root_element()
    {
        var feed = Assert.Single(Read(Feed)).Document!;
        var page = Assert.Single(Read(WarcBuilder.Page("Bridge repairs begin", "Crews began work."))).Document!;

        Assert.Equal("stdin#1", feed.Origin);
        Assert.Equal("Velmora Gazette", feed.Hints.Outlet);
        Assert.Equal(("stdin", DocumentFormat.Html), (page.Origin, page.Format));
    }

    [Fact]
    public void A_warc_is_streamed_and_a_gzip_input_is_decompressed_first()
    {
        var warc = new WarcBuilder().Response("https://velmora-gazette.example/ferry", WarcBuilder.Page("Ferry", "The council approved it.")).BuildGzip();
        var gzippedText = WarcBuilder.Gzip(Encoding.UTF8.GetBytes("Plain words about the harbour."));

        Assert.Equal("stdin#1", Assert.Single(Read(warc)).Document!.Origin);
        Assert.Equal((DocumentFormat.PlainText, "Plain words about the harbour."), (Assert.Single(Read(gzippedText)).Document!.Format, Read(gzippedText)[0].Document!.Text));
    }

    [Fact]
    public void Anything_else_is_plain_text()
    {
        var document = Assert.Single(Read("VELMORA, 4 November 2025: The council approved the timetable.")).Document!;

        Assert.Equal(DocumentFormat.PlainText, document.Format);
    }

    [Theory]
    [InlineData(new byte[0], "input is empty")]
    [InlineData(new byte[] { 0x1F, 0x8B, 0x08, 0x00, 0x01 }, "gzip stream is corrupt or cut short")]
    public void Empty_and_broken_inputs_are_one_error(byte[] bytes, string problem)
    {
        Assert.Equal(new IngestError("stdin", problem), Assert.Single(Read(bytes)).Error);
    }

    [Fact]
    public void A_gzip_stream_cut_short_is_one_error()
    {
        var gzipped = WarcBuilder.Gzip(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("The harbour council met again. ", 400))));

        var outcomes = Read(gzipped[..(gzipped.Length / 2)]);

        Assert.Equal("gzip stream is corrupt or cut short", Assert.Single(outcomes).Error!.Problem);
    }

    [Fact]
    public void An_input_over_the_limit_is_refused_after_reading_no_more_than_the_limit()
    {
        var source = new CountingStream(new string('a', 10_000));

        var error = Assert.Single(new InputReader(new InputReaderOptions { MaxFileBytes = 1000 }).Read(source, "stdin")).Error;

        Assert.StartsWith("input is over the 0 MB limit", error!.Problem, StringComparison.Ordinal);
        Assert.True(source.BytesRead < 1000 + 81920 + InputSniffer.HeadBytes);
    }

    [Theory]
    [InlineData("<html><body><p>", "input is over the 20 MB limit")]
    [InlineData("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 999999999\r\n\r\n", "record 1 is cut short")]
    [InlineData("WARC/1.1\r\nWARC-Type: response\r\n", "record 1 is cut short inside its header")]
    public void A_200_mb_input_is_refused_or_streamed_in_bounded_memory(string lead, string problem)
    {
        // 200 MB made as it is read: an HTML page is refused at the limit, a WARC is streamed past.
        var source = new EndlessStream(lead, 200L * 1024 * 1024);
        var before = GC.GetTotalAllocatedBytes();

        var outcome = Assert.Single(new InputReader().Read(source, "stdin"));

        Assert.StartsWith(problem, outcome.Error!.Problem, StringComparison.Ordinal);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 120L * 1024 * 1024);
    }

    [Fact]
    public void The_path_dash_reads_the_standard_input_the_options_supply()
    {
        var reader = new InputReader(new InputReaderOptions { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes("{\"text\": \"Crews start next week.\"}")) });

        Assert.Equal("stdin:1", Assert.Single(reader.Read(["-"])).Document!.Origin);
    }

    /// <summary>A prefix and then a long run of 'a', produced as it is read.</summary>
    private sealed class EndlessStream(string lead, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var n = (int)Math.Min(buffer.Length, length - _position);
            buffer[..n].Fill((byte)'a');
            var prefix = Encoding.ASCII.GetBytes(lead);
            if (_position < prefix.Length)
            {
                var k = (int)Math.Min(n, prefix.Length - _position);
                prefix.AsSpan((int)_position, k).CopyTo(buffer);
            }

            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>A stream that counts what was read from it.</summary>
    private sealed class CountingStream(string text) : MemoryStream(Encoding.ASCII.GetBytes(text))
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = base.Read(buffer, offset, count);
            BytesRead += n;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var n = base.Read(buffer);
            BytesRead += n;
            return n;
        }
    }
}
