using System.Globalization;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Reads files, folders and streams into <see cref="SourceDocument"/>s. Every problem with one input becomes one
/// <see cref="IngestError"/> and the batch goes on; nothing here throws for bad input. Single-article files
/// (.txt, .md, .html, .htm) give one document; JSON Lines, feeds (.rss, .atom, .xml) and WARC archives
/// (.warc, .warc.gz) give one per record. The path "-" reads standard input, its format told by its first bytes.
/// </summary>
public sealed class InputReader
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    /// <summary>How standard input is named in origins and errors.</summary>
    public const string StandardInputOrigin = "stdin";

    private const string SupportedList = ".txt, .md, .html, .htm, .html.gz, .jsonl, .rss, .atom, .xml, .warc or .warc.gz";

    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
    };

    private readonly InputReaderOptions _options;
    private readonly FeedReader _feeds;
    private readonly WarcReader _warcs;

    public InputReader(InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
        _feeds = new FeedReader(_options);
        _warcs = new WarcReader(_options);
    }

    /// <summary>The single-article and JSON Lines file extensions, with the format each one means.</summary>
    public static IReadOnlyDictionary<string, DocumentFormat> Extensions { get; } =
        new Dictionary<string, DocumentFormat>(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = DocumentFormat.PlainText,
            [".md"] = DocumentFormat.Markdown,
            [".html"] = DocumentFormat.Html,
            [".htm"] = DocumentFormat.Html,
            [".jsonl"] = DocumentFormat.JsonRecord,
        };

    /// <summary>What kind of input a file name says it is.</summary>
    private enum InputKind
    {
        Unsupported,
        Document,
        JsonLines,
        Feed,
        Xml,
        Warc,
    }

    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return ReadOutcome.Failure(path ?? string.Empty, "empty path");
                continue;
            }

            if (path == StandardInputPath)
            {
                foreach (var outcome in ReadStandardInput())
                {
                    yield return outcome;
                }

                continue;
            }

            if (Directory.Exists(path))
            {
                foreach (var outcome in ReadFolder(path))
                {
                    yield return outcome;
                }

                continue;
            }

            if (!File.Exists(path))
            {
                yield return ReadOutcome.Failure(path, "no such file or directory");
                continue;
            }

            if (KindOf(path, out _) == InputKind.Unsupported)
            {
                yield return ReadOutcome.Failure(path, UnsupportedExtension(path));
                continue;
            }

            foreach (var outcome in ReadFile(path, named: true))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>
    /// Reads one input that has no file name to go by (standard input, an upload): gzip is undone, then the
    /// first bytes say WARC (streamed), JSON Lines, feed, HTML or plain text. The stream is not disposed.
    /// </summary>
    public IEnumerable<ReadOutcome> Read(Stream stream, string origin)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(origin);
        var (source, format, problem) = Open(stream);
        if (problem is not null)
        {
            yield return ReadOutcome.Failure(origin, problem);
            yield break;
        }

        if (format == SniffedFormat.Warc)
        {
            foreach (var outcome in _warcs.Read(source!, origin))
            {
                yield return outcome;
            }

            yield break;
        }

        var bytes = ReadCapped(source!, out problem);
        if (bytes is null)
        {
            yield return ReadOutcome.Failure(origin, problem!);
            yield break;
        }

        var (kind, documentFormat) = format switch
        {
            SniffedFormat.JsonLines => (InputKind.JsonLines, DocumentFormat.JsonRecord),
            SniffedFormat.Feed => (InputKind.Feed, DocumentFormat.Html),
            SniffedFormat.Html => (InputKind.Document, DocumentFormat.Html),
            _ => (InputKind.Document, DocumentFormat.PlainText),
        };
        foreach (var outcome in FromBytes(bytes, origin, kind, documentFormat, named: true))
        {
            yield return outcome;
        }
    }

    private IEnumerable<ReadOutcome> ReadStandardInput()
    {
        Stream stream;
        try
        {
            stream = _options.StandardInput?.Invoke() ?? Console.OpenStandardInput();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return [ReadOutcome.Failure(StandardInputOrigin, "cannot read standard input: " + exception.Message)];
        }

        return ReadAndDispose(stream, StandardInputOrigin);
    }

    private IEnumerable<ReadOutcome> ReadAndDispose(Stream stream, string origin)
    {
        using (stream)
        {
            foreach (var outcome in Read(stream, origin))
            {
                yield return outcome;
            }
        }
    }

    /// <summary>Peeks at a stream, undoing one layer of gzip, and says what it holds.</summary>
    private static (Stream? Source, SniffedFormat Format, string? Problem) Open(Stream stream)
    {
        try
        {
            Stream source = PrefixedStream.Peek(stream, InputSniffer.HeadBytes, out var head);
            if (head.IsEmpty)
            {
                return (null, SniffedFormat.Text, "input is empty");
            }

            var format = InputSniffer.Sniff(head.Span);
            if (format == SniffedFormat.Gzip)
            {
                source = PrefixedStream.Peek(new CheckedGzipStream(source), InputSniffer.HeadBytes, out head);
                if (head.IsEmpty)
                {
                    return (null, SniffedFormat.Text, "input is empty (an empty gzip stream)");
                }

                format = InputSniffer.Sniff(head.Span);
                if (format == SniffedFormat.Gzip)
                {
                    return (null, format, "gzip inside gzip is not read");
                }
            }

            return (source, format, null);
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            return (null, SniffedFormat.Text, "gzip stream is corrupt or cut short");
        }
        catch (IOException exception)
        {
            return (null, SniffedFormat.Text, "cannot read: " + exception.Message);
        }
    }

    /// <summary>Reads a whole non-seekable stream, refusing it once it passes the size limit (so a huge input costs one buffer).</summary>
    private byte[]? ReadCapped(Stream source, out string? problem)
    {
        var bytes = ReadCapped(source, _options.MaxFileBytes, out problem);
        if (bytes is null && problem is not null && problem.StartsWith("input is over", StringComparison.Ordinal))
        {
            problem += " (only WARC input is streamed)";
        }
        return bytes;
    }

    /// <summary>
    /// Reads a whole stream, refusing it once it passes <paramref name="maxBytes"/> (so a huge input costs one
    /// buffer): null and one line of <paramref name="problem"/> when it is too long, corrupt or unreadable.
    /// </summary>
    public static byte[]? ReadCapped(Stream source, long maxBytes, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(source);
        problem = null;
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = source.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > maxBytes)
                {
                    problem = string.Create(CultureInfo.InvariantCulture, $"input is over the {maxBytes / 1048576.0:0.##} MB limit");
                    return null;
                }

                buffer.Write(chunk, 0, n);
            }

            return buffer.ToArray();
        }
        catch (Exception exception) when (exception is InvalidDataException or EndOfStreamException)
        {
            problem = "gzip stream is corrupt or cut short";
            return null;
        }
        catch (IOException exception)
        {
            problem = "cannot read: " + exception.Message;
            return null;
        }
    }

    private IEnumerable<ReadOutcome> ReadFolder(string folder)
    {
        List<string> files;
        string? problem = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", FolderWalk)
                .Where(file => KindOf(file, out _) != InputKind.Unsupported)
                .ToList();
            // Ordinal order so the same folder always yields the same sequence, whatever the file system.
            files.Sort(StringComparer.Ordinal);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            files = [];
            problem = "cannot list folder: " + exception.Message;
        }

        if (problem is not null)
        {
            yield return ReadOutcome.Failure(folder, problem);
            yield break;
        }

        if (files.Count == 0)
        {
            yield return ReadOutcome.Failure(folder, $"folder holds no {SupportedList} files");
            yield break;
        }

        foreach (var file in files)
        {
            foreach (var outcome in ReadFile(file, named: false))
            {
                yield return outcome;
            }
        }
    }

    private static InputKind KindOf(string path, out DocumentFormat format)
    {
        format = DocumentFormat.Html;
        if (path.EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Warc;
        }

        if (GzipHtml.IsCompressedPageName(path))
        {
            format = GzipHtml.Format;
            return InputKind.Document;
        }

        var extension = Path.GetExtension(path);
        if (extension.Equals(".rss", StringComparison.OrdinalIgnoreCase) || extension.Equals(".atom", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Feed;
        }

        if (extension.Equals(".xml", StringComparison.OrdinalIgnoreCase))
        {
            return InputKind.Xml;
        }

        if (!Extensions.TryGetValue(extension, out format))
        {
            return InputKind.Unsupported;
        }

        return format == DocumentFormat.JsonRecord ? InputKind.JsonLines : InputKind.Document;
    }

    private IEnumerable<ReadOutcome> ReadFile(string path, bool named)
    {
        var kind = KindOf(path, out var format);
        if (kind == InputKind.Warc)
        {
            return ReadWarcFile(path);
        }

        var bytes = ReadBytes(path, out var problem);
        return bytes is null ? [ReadOutcome.Failure(path, problem ?? "cannot read file")] : FromBytes(bytes, path, kind, format, named);
    }

    private IEnumerable<ReadOutcome> ReadWarcFile(string path)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [ReadOutcome.Failure(path, Describe(exception))];
        }

        return ReadWarcAndDispose(stream, path);
    }

    private IEnumerable<ReadOutcome> ReadWarcAndDispose(FileStream stream, string path)
    {
        using (stream)
        {
            foreach (var outcome in _warcs.Read(stream, path))
            {
                yield return outcome;
            }
        }
    }

    private byte[]? ReadBytes(string path, out string? problem)
    {
        try
        {
            // The size is checked before reading so a huge file costs nothing.
            problem = CheckLength(new FileInfo(path).Length);
            if (problem is not null)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            problem = CheckLength(bytes.Length);
            return problem is null ? bytes : null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problem = Describe(exception);
            return null;
        }
    }

    private static string Describe(Exception exception) => exception switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => "cannot read file: " + exception.Message,
    };

    /// <summary>Turns the bytes of one non-WARC input into documents by its kind.</summary>
    private IEnumerable<ReadOutcome> FromBytes(byte[] bytes, string origin, InputKind kind, DocumentFormat format, bool named)
    {
        if (bytes.Length == 0)
        {
            return [ReadOutcome.Failure(origin, "file is empty")];
        }

        switch (kind)
        {
            case InputKind.Feed:
                return _feeds.Read(bytes, origin);
            case InputKind.Xml:
                // In a folder, .xml that is no feed (sitemaps, configuration) is passed over; named on the command line, it is an error.
                return named || InputSniffer.IsFeed(bytes.AsSpan(0, Math.Min(bytes.Length, InputSniffer.HeadBytes))) ? _feeds.Read(bytes, origin) : [];
            default:
                break;
        }

        string? problem = null;
        if (format == DocumentFormat.Html && GzipHtml.HasGzipMagic(bytes))
        {
            // A saved page may be gzip-compressed whatever its name says; the size limit applies inflated.
            bytes = GzipHtml.Inflate(bytes, _options.MaxFileBytes, out problem) ?? [];
            if (problem is not null || bytes.Length == 0)
            {
                return [ReadOutcome.Failure(origin, problem ?? "file is empty")];
            }
        }

        var text = format == DocumentFormat.Html
            ? TextDecoder.DecodeHtml(bytes, declaredCharset: null, out problem)
            : TextDecoder.Decode(bytes, out problem);
        if (text is null)
        {
            return [ReadOutcome.Failure(origin, problem ?? "cannot read file")];
        }

        if (format == DocumentFormat.Html)
        {
            // Markup is normalized by the cleaner after extraction; here only a page that would hang the parser is refused.
            if (HtmlGuard.Check(text) is { } refused)
            {
                return [ReadOutcome.Failure(origin, refused)];
            }
        }
        else
        {
            text = TextNormalizer.Normalize(text);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return [ReadOutcome.Failure(origin, "file is empty")];
        }

        if (kind == InputKind.JsonLines)
        {
            return JsonLines.Parse(origin, text, _options.Fields);
        }

        var hints = DocumentHints.None;
        if (format is DocumentFormat.Markdown or DocumentFormat.PlainText)
        {
            (hints, text) = FrontMatter.Split(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                return [ReadOutcome.Failure(origin, "file has front matter but no text")];
            }
        }

        return [ReadOutcome.Success(new SourceDocument(origin, format, text, hints))];
    }

    private string? CheckLength(long length)
    {
        if (length == 0)
        {
            return "file is empty";
        }

        if (length <= _options.MaxFileBytes)
        {
            return null;
        }

        const double Mb = 1024 * 1024;
        return string.Create(CultureInfo.InvariantCulture, $"file is {length / Mb:0.0} MB, over the {_options.MaxFileBytes / Mb:0.##} MB limit");
    }

    private static string UnsupportedExtension(string path)
    {
        var extension = Path.GetExtension(path);
        var what = extension.Length == 0 ? "a file without an extension" : $"'{extension}' files";
        return $"unsupported file type: {what} are not read (use {SupportedList})";
    }
}
