using System.Text.Json;
using Storyline.Cli;

namespace Storyline.Cli.Tests;

public sealed class NerCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-ner-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StorylineCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Ner_prints_one_json_line_per_entity_with_offsets_into_the_text_as_read()
    {
        var path = Write("a.txt", "President Jana Roe of Veldora met officials in Paris.\r\nGerman exporters welcomed the talks.");

        var (code, stdout, _) = Run("ner", path);

        Assert.Equal(0, code);
        var text = File.ReadAllText(path);
        var entities = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.NotEmpty(entities);
        foreach (var e in entities)
        {
            var start = e.GetProperty("start").GetInt32();
            var end = e.GetProperty("end").GetInt32();
            Assert.Equal(e.GetProperty("text").GetString(), text[start..end]);
        }

        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "Jana Roe" && e.GetProperty("type").GetString() == "PERSON");
        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "Paris" && e.GetProperty("type").GetString() == "GPE");
        Assert.Contains(entities, e => e.GetProperty("text").GetString() == "German" && e.GetProperty("type").GetString() == "NORP");
    }

    [Theory]
    [InlineData("ner")]
    [InlineData("timex")]
    public void A_text_over_the_size_limit_or_a_binary_file_is_one_error_line(string command)
    {
        var huge = Path.Combine(_folder, "huge.txt");
        using (var file = File.Create(huge))
        {
            file.SetLength(new Storyline.Ingest.InputReaderOptions().MaxFileBytes + 1);
        }
        var binary = Path.Combine(_folder, "blob.txt");
        File.WriteAllBytes(binary, [0x4D, 0x65, 0x74, 0x00, 0xFF, 0x00, 0x13]);
        string[] Args(string path) => command == "ner" ? ["ner", path] : ["timex", "--dct", "2025-12-12", path];

        var (hugeCode, hugeOut, hugeErr) = Run(Args(huge));
        var (binaryCode, _, binaryErr) = Run(Args(binary));

        Assert.Equal((StorylineCommand.Failed, ""), (hugeCode, hugeOut));
        Assert.Equal($"storyline: {huge}: input is over the 20 MB limit", hugeErr.Trim());
        Assert.Equal(StorylineCommand.Failed, binaryCode);
        Assert.Equal($"storyline: {binary}: binary file (NUL bytes), not text", binaryErr.Trim());
    }

    [Fact]
    public void Ner_reads_standard_input()
    {
        var output = new StringWriter();
        using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes("Jana Roe met officials in Paris."));

        Assert.Equal(StorylineCommand.Ok, StorylineCommand.Run(["ner", "-"], output, new StringWriter(), input));
        Assert.Contains("\"text\":\"Paris\"", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ner_conll_adds_a_tag_column_and_keeps_docstart_and_blank_lines()
    {
        var path = Write("a.conll", "-DOCSTART- -X- -X- O\n\nJana NNP B-NP B-PER\nRoe NNP I-NP I-PER\nspoke VBD B-VP O\n. . O O\n\nRain NN B-NP O\n");

        var (code, stdout, _) = Run("ner", "--conll", path);

        Assert.Equal(0, code);
        var lines = stdout.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("-DOCSTART- -X- -X- O", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("Jana NNP B-NP B-PER B-PER", lines[2]);
        Assert.Equal("Roe NNP I-NP I-PER I-PER", lines[3]);
        Assert.Equal(". . O O O", lines[5]);
        Assert.Equal("", lines[6]);
        Assert.Equal(5, lines[7].Split(' ').Length);
    }

    [Fact]
    public void Ner_on_a_missing_file_fails_with_a_message()
    {
        var (code, _, stderr) = Run("ner", Path.Combine(_folder, "missing.txt"));

        Assert.Equal(1, code);
        Assert.Contains("missing.txt", stderr, StringComparison.Ordinal);
    }
}
