using System.Buffers;
using System.Globalization;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// WARC files (plain, or gzip with one member per record as Common Crawl writes them), read as a
/// stream: one record in memory at a time. Response (and resource) records holding HTML become HTML
/// documents with the target URI as their url and the capture date as a last-resort date; request,
/// metadata, warcinfo and non-HTML records are skipped. A record whose Content-Length lies, that is
/// cut short or that is too big is one error naming the file and record number, and reading goes on
/// at the next record wherever one can be found.
/// </summary>
public sealed class WarcReader
{
    private const int MaxHeaderLine = 16 * 1024;
    private const int MaxHeaderLines = 512;

    private readonly InputReaderOptions _options;

    public WarcReader(InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
    }

    /// <summary>True when <paramref name="head"/> (the first bytes of a stream, already decompressed) starts a WARC file.</summary>
    public static bool LooksLikeWarc(ReadOnlySpan<byte> head) => head.StartsWith("WARC/"u8);

    /// <summary>Reads a WARC from <paramref name="stream"/>; gzip is recognised by its magic bytes. The stream is not disposed.</summary>
    public IEnumerable<ReadOutcome> Read(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        PrefixedStream source;
        ReadOnlyMemory<byte> head;
        string? openProblem = null;
        try
        {
            source = PrefixedStream.Peek(stream, 2, out head);
        }
        catch (IOException exception)
        {
            source = new PrefixedStream([], 0, Stream.Null);
            head = ReadOnlyMemory<byte>.Empty;
            openProblem = "cannot read: " + exception.Message;
        }

        if (openProblem is not null || head.Length == 0)
        {
            yield return ReadOutcome.Failure(origin, openProblem ?? "file is empty");
            yield break;
        }

        var gzip = head.Span.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]);
        using var decompressed = gzip ? new CheckedGzipStream(source) : null;
        var state = new State(new ByteSource(decompressed ?? (Stream)source), origin);
        while (!state.Done)
        {
            var outcome = Next(state);
            if (outcome is not null)
            {
                yield return outcome;
            }
        }

        if (state.Documents == 0 && state.Errors == 0)
        {
            yield return ReadOutcome.Failure(origin, state.Records == 0
                ? "WARC file holds no records"
                : string.Create(CultureInfo.InvariantCulture, $"WARC file holds {state.Records} records but no HTML responses"));
        }
    }

    /// <summary>Reads one record: a document, an error, or null for a record skipped on purpose.</summary>
    private ReadOutcome? Next(State state)
    {
        try
        {
            return NextRecord(state);
        }
        catch (InvalidDataException exception)
        {
            state.Done = true;
            state.Errors++;
            return ReadOutcome.Failure(state.Origin, string.Create(CultureInfo.InvariantCulture, $"gzip data is corrupt after record {state.Records} ({exception.Message.TrimEnd('.')}); the rest of the file is not read"));
        }
        catch (EndOfStreamException)
        {
            state.Done = true;
            state.Errors++;
            return ReadOutcome.Failure(state.Origin, string.Create(CultureInfo.InvariantCulture, $"gzip stream is cut short after record {state.Records}"));
        }
        catch (IOException exception)
        {
            state.Done = true;
            state.Errors++;
            return ReadOutcome.Failure(state.Origin, string.Create(CultureInfo.InvariantCulture, $"cannot read past record {state.Records}: {exception.Message}"));
        }
    }

    private ReadOutcome? NextRecord(State state)
    {
        var source = state.Source;
        var version = FindRecordStart(state);
        if (version is null)
        {
            if (state.Pending is { } pending)
            {
                state.Pending = null;
                return pending;
            }

            state.Done = true;
            return null;
        }

        state.Records++;
        var number = state.Records;
        string? type = null;
        string? uri = null;
        string? date = null;
        string? contentType = null;
        long? length = null;
        for (var lines = 0; ; lines++)
        {
            var line = source.ReadLine(MaxHeaderLine);
            if (line is null)
            {
                return Fail(state, $"record {number} is cut short inside its header", done: true);
            }

            if (line.Length == 0)
            {
                break;
            }

            if (lines >= MaxHeaderLines)
            {
                return Fail(state, $"record {number} has a header of more than {MaxHeaderLines} lines", resync: true);
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (name.ToUpperInvariant())
            {
                case "WARC-TYPE":
                    type = value;
                    break;
                case "WARC-TARGET-URI":
                    uri = value.Trim('<', '>');
                    break;
                case "WARC-DATE":
                    date = value;
                    break;
                case "CONTENT-TYPE":
                    contentType = value;
                    break;
                case "CONTENT-LENGTH":
                    length = long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : -1;
                    break;
                default:
                    break;
            }
        }

        if (length is null or < 0)
        {
            return Fail(state, $"record {number} has no valid Content-Length", resync: true);
        }

        var wanted = type is not null && (type.Equals("response", StringComparison.OrdinalIgnoreCase) || type.Equals("resource", StringComparison.OrdinalIgnoreCase));
        if (length.Value > _options.MaxFileBytes)
        {
            var skipped = source.Skip(length.Value);
            if (skipped < length.Value)
            {
                return Fail(state, CutShort(number, length.Value, skipped), done: true);
            }

            SkipRecordEnd(source);
            return wanted
                ? Fail(state, string.Create(CultureInfo.InvariantCulture, $"record {number} is {length.Value / 1048576.0:0.0} MB, over the {_options.MaxFileBytes / 1048576.0:0.##} MB limit"))
                : null;
        }

        var size = (int)length.Value;
        var block = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        try
        {
            var got = source.ReadExactly(block.AsSpan(0, size));
            if (got < size)
            {
                // A lying length may have run into the next record: start again there if there is one.
                var next = NextRecordStart(block.AsSpan(0, got));
                if (next >= 0)
                {
                    source.Unread(block.AsSpan(next, got - next));
                    return Fail(state, string.Create(CultureInfo.InvariantCulture, $"record {number}'s Content-Length ({size} bytes) runs into the next record"));
                }

                return Fail(state, CutShort(number, size, got), done: true);
            }

            if (!SkipRecordEnd(source))
            {
                var next = NextRecordStart(block.AsSpan(0, size));
                if (next >= 0)
                {
                    source.Unread(block.AsSpan(next, size - next));
                    return Fail(state, string.Create(CultureInfo.InvariantCulture, $"record {number}'s Content-Length ({size} bytes) runs into the next record"));
                }

                return Fail(state, string.Create(CultureInfo.InvariantCulture, $"record {number}'s Content-Length ({size} bytes) ends inside the record"), resync: true);
            }

            return wanted ? Document(state, number, type!, contentType, uri, date, block.AsSpan(0, size)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }

    private ReadOutcome? Document(State state, int number, string type, string? contentType, string? uri, string? date, ReadOnlySpan<byte> block)
    {
        ReadOnlySpan<byte> body;
        string? httpType;
        byte[]? payloadBytes = null;
        if (type.Equals("response", StringComparison.OrdinalIgnoreCase))
        {
            // Only HTTP responses are read; a response record for dns: or ftp: has no HTTP head to go by.
            if (contentType is not null && !contentType.Contains("application/http", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            var payload = HttpPayload.Parse(block, _options.MaxFileBytes, out var problem);
            if (payload is null)
            {
                return Fail(state, $"record {number}: {problem}");
            }

            if (payload.Status is < 200 or > 299 || !payload.IsHtml)
            {
                return null;
            }

            payloadBytes = payload.Body;
            httpType = payload.ContentType;
        }
        else
        {
            if (HttpPayload.IsHtmlType(contentType) == false || (contentType is null && !HttpPayload.LooksLikeHtml(block)))
            {
                return null;
            }

            httpType = contentType;
        }

        body = payloadBytes ?? block;
        if (body.IsEmpty)
        {
            return null;
        }

        var text = TextDecoder.DecodeHtml(body, TextDecoder.CharsetOf(httpType), out var decodeProblem);
        if (text is null)
        {
            return Fail(state, $"record {number}: {decodeProblem}");
        }

        state.Documents++;
        var hints = new DocumentHints(Url: string.IsNullOrWhiteSpace(uri) ? null : uri, Captured: date);
        return ReadOutcome.Success(new SourceDocument(
            string.Create(CultureInfo.InvariantCulture, $"{state.Origin}#{number}"),
            DocumentFormat.Html,
            TextNormalizer.Normalize(text),
            hints));
    }

    /// <summary>
    /// Reads to the next line that starts a record ("WARC/1.0"), skipping the blank lines between records
    /// (and, after an error, whatever else); returns that line, or null at the end.
    /// </summary>
    private static string? FindRecordStart(State state)
    {
        while (true)
        {
            var line = state.Source.ReadLine(MaxHeaderLine);
            if (line is null)
            {
                return null;
            }

            if (line.StartsWith("WARC/", StringComparison.Ordinal))
            {
                state.Resyncing = false;
                return line;
            }

            if (line.Length == 0 || state.Resyncing)
            {
                continue;
            }

            if (state.Records == 0)
            {
                state.Done = true;
                state.Errors++;
                state.Pending = ReadOutcome.Failure(state.Origin, "not a WARC file: it does not start with a WARC/1.x record header");
                return null;
            }

            // Bytes where a record should start: one error, then look for the next record.
            state.Errors++;
            state.Resyncing = true;
            state.Pending = ReadOutcome.Failure(state.Origin, string.Create(CultureInfo.InvariantCulture, $"stray bytes after record {state.Records} where a record header should start"));
            return null;
        }
    }

    /// <summary>Consumes the CRLF CRLF after a record block; false when something else is there.</summary>
    private static bool SkipRecordEnd(ByteSource source)
    {
        var next = source.Peek();
        if (next < 0)
        {
            return true;
        }

        if (next is not '\r' and not '\n')
        {
            return false;
        }

        for (var i = 0; i < 4 && source.Peek() is '\r' or '\n'; i++)
        {
            source.Skip(1);
        }

        return true;
    }

    /// <summary>Where a record header line starts inside <paramref name="block"/> (after a line break), or -1.</summary>
    private static int NextRecordStart(ReadOnlySpan<byte> block)
    {
        var at = block.IndexOf("\nWARC/1."u8);
        return at < 0 ? -1 : at + 1;
    }

    private static string CutShort(int number, long declared, long present) =>
        string.Create(CultureInfo.InvariantCulture, $"record {number} is cut short: Content-Length says {declared} bytes, the file ends after {present}");

    private static ReadOutcome Fail(State state, string problem, bool done = false, bool resync = false)
    {
        state.Errors++;
        state.Done |= done;
        state.Resyncing |= resync;
        return ReadOutcome.Failure(state.Origin, problem);
    }

    private sealed class State(ByteSource source, string origin)
    {
        public ByteSource Source { get; } = source;

        public string Origin { get; } = origin;

        public int Records { get; set; }

        public int Documents { get; set; }

        public int Errors { get; set; }

        public bool Done { get; set; }

        public bool Resyncing { get; set; }

        /// <summary>An error found while looking for a record start, handed out by the caller.</summary>
        public ReadOutcome? Pending { get; set; }
    }
}
