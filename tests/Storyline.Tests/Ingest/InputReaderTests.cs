using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class InputReaderTests : IDisposable
{
    private const string Story = "The harbour council of Velmora approved the new ferry timetable on Tuesday.\nCrews will start the winter schedule next week.\n";

    private readonly TempFolder _folder = new();
    private readonly InputReader _reader = new();

    public void Dispose() => _folder.Dispose();

    private List<ReadOutcome> Read(params string[] paths) => _reader.Read(paths).ToList();

    private static IngestError SingleError(List<ReadOutcome> outcomes)
    {
        var outcome = Assert.Single(outcomes);
        Assert.Null(outcome.Document);
        return Assert.IsType<IngestError>(outcome.Error);
    }

    [Theory]
    [InlineData("story.txt", DocumentFormat.PlainText)]
    [InlineData("story.md", DocumentFormat.Markdown)]
    [InlineData("story.html", DocumentFormat.Html)]
    [InlineData("story.HTM", DocumentFormat.Html)]
    public void A_supported_file_is_read_with_the_format_its_extension_names(string name, DocumentFormat format)
    {
        var path = _folder.Write(name, Story);

        var document = Assert.Single(Read(path)).Document;

        Assert.NotNull(document);
        Assert.Equal(format, document.Format);
        Assert.Equal(path, document.Origin);
        Assert.Equal(Story, document.Text);
    }

    [Fact]
    public void A_folder_is_read_recursively_in_ordinal_path_order_skipping_other_files()
    {
        _folder.Write("b.txt", Story);
        _folder.Write("a/z.md", Story);
        _folder.Write("a/notes.docx", "not read");
        _folder.Write("C.html", Story);
        _folder.Write("image.png", "not read");

        var origins = Read(_folder.Path).Select(o => Path.GetRelativePath(_folder.Path, o.Document!.Origin).Replace('\\', '/')).ToList();

        Assert.Equal(["C.html", "a/z.md", "b.txt"], origins);
    }

    [Fact]
    public void A_folder_without_readable_files_is_one_error()
    {
        _folder.Write("photo.jpg", "x");

        Assert.Contains("no .txt", SingleError(Read(_folder.Path)).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void An_explicitly_named_file_of_another_extension_is_an_error()
    {
        var path = _folder.Write("report.pdf", Story);

        var error = SingleError(Read(path));

        Assert.Equal(path, error.Origin);
        Assert.Contains("unsupported file type", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_is_reported_and_the_batch_goes_on()
    {
        var missing = Path.Combine(_folder.Path, "missing.txt");
        var present = _folder.Write("present.txt", Story);

        var outcomes = Read(missing, present);

        Assert.Equal(2, outcomes.Count);
        Assert.Equal(new IngestError(missing, "no such file or directory"), outcomes[0].Error);
        Assert.NotNull(outcomes[1].Document);
    }

    [Fact]
    public void An_empty_file_is_reported_as_empty()
    {
        var path = _folder.Write("empty.txt", string.Empty);

        Assert.Equal("file is empty", SingleError(Read(path)).Problem);
    }

    [Fact]
    public void A_file_of_only_whitespace_is_reported_as_empty()
    {
        var path = _folder.Write("blank.md", " \n\t\r\n");

        Assert.Equal("file is empty", SingleError(Read(path)).Problem);
    }

    [Fact]
    public void A_file_with_nul_bytes_is_reported_as_binary()
    {
        var path = _folder.WriteBytes("data.txt", [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x41]);

        Assert.Equal("binary file (NUL bytes), not text", SingleError(Read(path)).Problem);
    }

    [Fact]
    public void Bytes_neither_utf8_nor_windows_1252_are_reported_with_the_byte_and_its_offset()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf").Concat(new byte[] { 0x81, 0x28 }).Concat(Encoding.UTF8.GetBytes(" closed early.")).ToArray();
        var path = _folder.WriteBytes("latin.txt", bytes);

        Assert.Equal("not valid UTF-8 or Windows-1252 (byte 0x81 at offset 3)", SingleError(Read(path)).Problem);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_before_reading()
    {
        var path = Path.Combine(_folder.Path, "huge.txt");
        using (var stream = new FileStream(path, FileMode.CreateNew))
        {
            stream.SetLength(50L * 1024 * 1024);
        }

        Assert.Equal("file is 50.0 MB, over the 20 MB limit", SingleError(Read(path)).Problem);
    }

    [Fact]
    public void The_size_limit_comes_from_the_options()
    {
        var path = _folder.Write("small.txt", new string('a', 2048));
        var reader = new InputReader(new InputReaderOptions { MaxFileBytes = 1024 });

        var outcome = Assert.Single(reader.Read([path]));

        Assert.Contains("over the 0 MB limit", outcome.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_stripped()
    {
        var path = _folder.WriteBytes("bom.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Ferries resume.")]);

        Assert.Equal("Ferries resume.", Assert.Single(Read(path)).Document!.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_a_byte_order_mark_is_decoded(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var path = _folder.WriteBytes("wide.txt", [.. encoding.GetPreamble(), .. encoding.GetBytes("Ferries “resume” in Velmora.")]);

        Assert.Equal("Ferries “resume” in Velmora.", Assert.Single(Read(path)).Document!.Text);
    }

    [Fact]
    public void Line_breaks_invisible_characters_and_composition_are_normalized()
    {
        var path = _folder.Write("mixed.txt", "Cafe\u0301 owners\u00A0met.\r\nZero\u200Bwidth gone.\rLast line.");

        var text = Assert.Single(Read(path)).Document!.Text;

        Assert.Equal("Café owners met.\nZerowidth gone.\nLast line.", text);
    }

    [Fact]
    public void Front_matter_becomes_hints_and_leaves_the_text()
    {
        var path = _folder.Write("story.md", "---\ntitle: \"Ferry timetable approved\"\nsource: Velmora Gazette\ndate: 2025-11-03\nauthor: Ana Lind\nurl: https://example.org/ferry\n---\nThe council approved it.\n");

        var document = Assert.Single(Read(path)).Document!;

        Assert.Equal(new DocumentHints("Ferry timetable approved", "Velmora Gazette", "Ana Lind", "https://example.org/ferry", "2025-11-03"), document.Hints);
        Assert.Equal("The council approved it.\n", document.Text);
    }

    [Fact]
    public void A_horizontal_rule_followed_by_prose_is_not_front_matter()
    {
        var text = "---\nThe council met on Tuesday, and it approved the plan.\n---\nMore text.";
        var path = _folder.Write("rule.md", text);

        var document = Assert.Single(Read(path)).Document!;

        Assert.Equal(DocumentHints.None, document.Hints);
        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void Jsonl_records_become_documents_with_hints_and_line_origins()
    {
        var path = _folder.Write("feed.jsonl",
            """
            {"title": "Ferry timetable approved", "body": "The council approved it.", "published_at": "2025-11-03T09:30:00Z", "link": "https://example.org/a", "site": "Velmora Gazette", "authors": ["Ana Lind", "Tomas Brek"]}

            {"headline": "Second", "text": "Second story.", "content": "ignored", "source": "Northwire", "author": "Desk"}
            """);

        var documents = Read(path).Select(o => o.Document!).ToList();

        Assert.Equal(2, documents.Count);
        Assert.Equal(path + ":1", documents[0].Origin);
        Assert.Equal(DocumentFormat.JsonRecord, documents[0].Format);
        Assert.Equal("The council approved it.", documents[0].Text);
        Assert.Equal(new DocumentHints("Ferry timetable approved", "Velmora Gazette", "Ana Lind, Tomas Brek", "https://example.org/a", "2025-11-03T09:30:00Z"), documents[0].Hints);
        Assert.Equal(path + ":3", documents[1].Origin);
        Assert.Equal("Second story.", documents[1].Text);
        Assert.Equal("Northwire", documents[1].Hints.Outlet);
    }

    [Fact]
    public void A_malformed_jsonl_line_is_one_error_and_the_other_lines_are_read()
    {
        var path = _folder.Write("feed.jsonl", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"\n{\"title\": \"No body\"}\n[1, 2]\n{\"text\": \"Five.\"}\n");

        var outcomes = Read(path);

        Assert.Equal(5, outcomes.Count);
        Assert.Equal("One.", outcomes[0].Document!.Text);
        Assert.Equal(path + ":2", outcomes[1].Error!.Origin);
        Assert.StartsWith("line 2 is not valid JSON: ", outcomes[1].Error!.Problem, StringComparison.Ordinal);
        Assert.Equal(new IngestError(path + ":3", "line 3 has no text field"), outcomes[2].Error);
        Assert.Equal(new IngestError(path + ":4", "line 4 is not a JSON object"), outcomes[3].Error);
        Assert.Equal("Five.", outcomes[4].Document!.Text);
    }

    [Property(MaxTest = 60)]
    public void Random_bytes_never_throw_and_give_one_document_or_only_errors(byte[] bytes, bool jsonl)
    {
        using var folder = new TempFolder();
        var path = folder.WriteBytes(jsonl ? "random.jsonl" : "random.txt", bytes ?? []);

        var outcomes = _reader.Read([path]).ToList();

        Assert.NotEmpty(outcomes);
        Assert.All(outcomes, o => Assert.True(o.Document is null != (o.Error is null)));
        if (!jsonl)
        {
            Assert.True(outcomes.Count == 1 || outcomes.All(o => o.Error is not null));
        }
    }
}
