using System.Globalization;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// Reads files and folders into <see cref="SourceDocument"/>s. Every problem with one input becomes one
/// <see cref="IngestError"/> and the batch goes on; nothing here throws for bad input.
/// </summary>
public sealed class InputReader
{
    private static readonly EnumerationOptions FolderWalk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        MatchType = MatchType.Simple,
    };

    private readonly InputReaderOptions _options;

    public InputReader(InputReaderOptions? options = null)
    {
        _options = options ?? new InputReaderOptions();
    }

    /// <summary>The file extensions read, with the format each one means.</summary>
    public static IReadOnlyDictionary<string, DocumentFormat> Extensions { get; } =
        new Dictionary<string, DocumentFormat>(StringComparer.OrdinalIgnoreCase)
        {
            [".txt"] = DocumentFormat.PlainText,
            [".md"] = DocumentFormat.Markdown,
            [".html"] = DocumentFormat.Html,
            [".htm"] = DocumentFormat.Html,
            [".jsonl"] = DocumentFormat.JsonRecord,
        };

    public IEnumerable<ReadOutcome> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                yield return ReadOutcome.Failure(path ?? string.Empty, "empty path");
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

            if (FormatOf(path) is null)
            {
                yield return ReadOutcome.Failure(path, UnsupportedExtension(path));
                continue;
            }

            foreach (var outcome in ReadFile(path))
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFolder(string folder)
    {
        List<string> files;
        string? problem = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", FolderWalk)
                .Where(file => FormatOf(file) is not null)
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
            yield return ReadOutcome.Failure(folder, "folder holds no .txt, .md, .html, .htm or .jsonl files");
            yield break;
        }

        foreach (var file in files)
        {
            foreach (var outcome in ReadFile(file))
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path)
    {
        var format = FormatOf(path)!.Value;
        string? text = null;
        string? problem;
        try
        {
            // The size is checked before reading so a huge file costs nothing.
            var length = new FileInfo(path).Length;
            problem = CheckLength(length);
            if (problem is null)
            {
                var bytes = File.ReadAllBytes(path);
                if (format == DocumentFormat.Html && GzipHtml.HasGzipMagic(bytes))
                {
                    bytes = GzipHtml.Inflate(bytes, _options.MaxFileBytes, out problem) ?? [];
                }

                problem ??= bytes.Length == 0 ? "file is empty" : CheckLength(bytes.Length);
                if (problem is null)
                {
                    text = TextDecoder.Decode(bytes, out problem);
                }
            }
        }
        catch (FileNotFoundException)
        {
            problem = "no such file or directory";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "no such file or directory";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "permission denied";
        }
        catch (IOException exception)
        {
            problem = "cannot read file: " + exception.Message;
        }

        if (text is null)
        {
            yield return ReadOutcome.Failure(path, problem ?? "cannot read file");
            yield break;
        }

        text = TextNormalizer.Normalize(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return ReadOutcome.Failure(path, "file is empty");
            yield break;
        }

        if (format == DocumentFormat.JsonRecord)
        {
            foreach (var outcome in JsonLines.Parse(path, text))
            {
                yield return outcome;
            }

            yield break;
        }

        if (format == DocumentFormat.Html && HtmlGuard.Check(text) is { } refused)
        {
            yield return ReadOutcome.Failure(path, refused);
            yield break;
        }

        var hints = DocumentHints.None;
        if (format is DocumentFormat.Markdown or DocumentFormat.PlainText)
        {
            (hints, text) = FrontMatter.Split(text);
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return ReadOutcome.Failure(path, "file has front matter but no text");
                yield break;
            }
        }

        yield return ReadOutcome.Success(new SourceDocument(path, format, text, hints));
    }

    /// <summary>The format a file name means, or null for a file not read; .html.gz and .htm.gz are web pages.</summary>
    private static DocumentFormat? FormatOf(string path) =>
        GzipHtml.IsCompressedPageName(path) ? GzipHtml.Format
        : Extensions.TryGetValue(Path.GetExtension(path), out var format) ? format
        : null;

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
        return $"unsupported file type: {what} are not read (use .txt, .md, .html, .htm or .jsonl)";
    }
}
