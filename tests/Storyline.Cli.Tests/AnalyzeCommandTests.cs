using System.Text;
using System.Text.Json;
using Storyline.Cli;

namespace Storyline.Cli.Tests;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("storyline-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private const string CallReport = """
        Roe and Vell talk trade by phone

        MARROW, 3 November 2025: President Jana Roe of Veldora held a telephone conversation with Prime Minister Arno Vell of Kestria on Monday, officials said.
        “We reviewed the progress in our relations,” Roe said.
        Kestria imposed 40% tariffs on Veldoran steel in September.
        """;

    private const string SecondReport = """
        Leaders speak as steel row simmers

        DUNMERE, November 4, 2025 — Prime Minister Arno Vell spoke by telephone with President Jana Roe on Monday about the steel dispute, his office said.
        “We reviewed the progress in our relations,” the Veldoran president said afterwards.
        """;

    private (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = StorylineCommand.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, "in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Analyze_writes_the_three_reports_and_exits_zero()
    {
        Write("a.txt", CallReport);
        Write("b.txt", SecondReport);
        var outDir = Path.Combine(_folder, "out");

        var (code, stdout, _) = Run("analyze", Path.Combine(_folder, "in"), "--out", outDir);

        Assert.Equal(0, code);
        Assert.Contains("2 articles read", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { "report.json", "report.html", "report.md" })
        {
            Assert.True(new FileInfo(Path.Combine(outDir, file)).Length > 0, file);
        }
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
        var call = doc.RootElement.GetProperty("events").EnumerateArray().First(e => e.GetProperty("mode").GetString() == "phone call");
        Assert.Equal("2025-11-03", call.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(2, call.GetProperty("article_ids").GetArrayLength());
    }

    [Fact]
    public void Reports_dated_only_by_a_date_line_or_a_date_opening_the_text_date_their_call_and_lend_it_to_an_undated_one()
    {
        Write("a.txt", "Friday, November 7, 2025\n\nRoe and Vell talk trade\n\nPresident Jana Roe of Veldora held a telephone conversation with Prime Minister Arno Vell of Kestria on Thursday, officials said.\n");
        Write("b.txt", "Leaders speak as steel row simmers\n\nPublished: November 7, 2025 Prime Minister Arno Vell spoke by telephone with President Jana Roe on Thursday about the steel dispute.\n");
        Write("c.txt", "Steel call\n\nPresident Jana Roe of Veldora and Prime Minister Arno Vell of Kestria spoke by phone on Thursday about steel, officials said.\n");
        var outDir = Path.Combine(_folder, "out");

        var (code, _, _) = Run("analyze", Path.Combine(_folder, "in"), "--out", outDir);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => Path.GetFileName(a.GetProperty("source_path").GetString()!));
        Assert.Equal(("2025-11-07", "dateline"), (articles["a.txt"].GetProperty("published").GetProperty("value").GetString(), articles["a.txt"].GetProperty("published").GetProperty("basis").GetString()));
        Assert.Equal("Roe and Vell talk trade", articles["a.txt"].GetProperty("headline").GetString());
        Assert.StartsWith("Prime Minister Arno Vell", articles["b.txt"].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("event_cluster", articles["c.txt"].GetProperty("published").GetProperty("basis").GetString());
        var call = Assert.Single(doc.RootElement.GetProperty("events").EnumerateArray(), e => e.GetProperty("mode").GetString() == "phone call");
        Assert.Equal("2025-11-06", call.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(3, call.GetProperty("article_ids").GetArrayLength());
    }

    [Fact]
    public void Bad_inputs_get_one_line_each_and_the_rest_of_the_batch_is_reported()
    {
        Write("good.txt", CallReport);
        Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(_folder, "in", "binary.txt"), [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF, 0x00, 0x10]);
        File.WriteAllBytes(Path.Combine(_folder, "in", "latin1.txt"), Encoding.Latin1.GetBytes("Caf\u00e9 au lait co\u00fbte cher \u00e0 Marrow."));
        Write("feed.jsonl", "{\"text\": \"Jana Roe spoke to Arno Vell by telephone on Monday about steel.\", \"date\": \"2025-11-03\"}\n{not json\n");
        using (var huge = File.Create(Path.Combine(_folder, "in", "huge.txt")))
        {
            huge.SetLength(50L * 1024 * 1024);
        }
        var missing = Path.Combine(_folder, "nowhere");
        var outDir = Path.Combine(_folder, "out");

        var (code, _, stderr) = Run("analyze", Path.Combine(_folder, "in"), missing, "--out", outDir);

        Assert.Equal(StorylineCommand.SomeInputsSkipped, code);
        var lines = stderr.Split('\n').Where(l => l.StartsWith("storyline: skipped", StringComparison.Ordinal)).ToList();
        Assert.Contains(lines, l => l.Contains("empty.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("binary.txt", StringComparison.Ordinal));
        // Latin-1 bytes that are not UTF-8 are read as Windows-1252, not refused.
        Assert.DoesNotContain(lines, l => l.Contains("latin1.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("feed.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("huge.txt", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("nowhere", StringComparison.Ordinal));
        Assert.Equal(5, lines.Count);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(outDir, "report.json")));
        Assert.Equal(3, doc.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Running_twice_on_one_database_gives_the_same_report_and_no_duplicate_rows()
    {
        Write("a.txt", CallReport);
        Write("copy-of-a.txt", CallReport);
        var db = Path.Combine(_folder, "corpus.db");
        var first = Path.Combine(_folder, "first");
        var second = Path.Combine(_folder, "second");

        Assert.Equal(0, Run("analyze", Path.Combine(_folder, "in"), "--out", first, "--db", db).Code);
        var (code, stdout, _) = Run("analyze", Path.Combine(_folder, "in"), "--out", second, "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("0 new", stdout, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(first, "report.json")), File.ReadAllBytes(Path.Combine(second, "report.json")));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(second, "report.json")));
        Assert.Equal(1, doc.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void A_database_another_build_filled_is_read_again_from_the_files_given_and_annotated_again_from_the_store()
    {
        var db = Path.Combine(_folder, "corpus.db");
        var a = Write("a.txt", CallReport);
        Assert.Equal(0, Run("analyze", a, "--out", Path.Combine(_folder, "o1"), "--db", db).Code);

        // What an older build could have left: no publication date and no annotations.
        Sql(db, """
            UPDATE articles SET read_by = 'older build', published_value = NULL, published_basis = 'Unknown', published_earliest = NULL, published_latest = NULL;
            UPDATE annotations SET json = '{"sentences":[],"mentions":[],"entities":[],"times":[],"quotes":[],"claims":[],"events":[]}';
            """);
        var b = Write("b.txt", SecondReport);

        var (code, stdout, _) = Run("analyze", b, "--out", Path.Combine(_folder, "o2"), "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("1 stored article(s) had been read by another build: 0 read again from their files, 0 replaced by a new reading of their files, 1 annotated again from the store", stdout, StringComparison.Ordinal);
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "o2", "report.json"))))
        {
            var call = doc.RootElement.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("mode").GetString() == "phone call");
            Assert.Equal(2, call.GetProperty("article_ids").GetArrayLength());
        }
        Assert.Equal("Unknown", Assert.Single(Sql(db, "SELECT published_basis FROM articles WHERE source_path LIKE '%a.txt'")));

        (code, stdout, _) = Run("analyze", a, "--out", Path.Combine(_folder, "o3"), "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("1 articles read, 0 new", stdout, StringComparison.Ordinal);
        Assert.Contains("1 read again from their files, 0 replaced by a new reading of their files, 0 annotated again", stdout, StringComparison.Ordinal);
        Assert.Equal(["2025-11-03"], Sql(db, "SELECT published_value FROM articles WHERE source_path LIKE '%a.txt'"));
        Assert.Equal([Storyline.Pipeline.StorylinePipeline.ReaderStamp], Sql(db, "SELECT DISTINCT read_by FROM articles"));

        (code, stdout, _) = Run("analyze", a, "--out", Path.Combine(_folder, "o4"), "--db", db);

        Assert.Equal(0, code);
        Assert.DoesNotContain("another build", stdout, StringComparison.Ordinal);
        Assert.Equal(2, Sql(db, "SELECT id FROM articles").Count);
        Assert.Equal(0, Run("analyze", Path.Combine(_folder, "in"), "--out", Path.Combine(_folder, "o5"), "--db", Path.Combine(_folder, "fresh.db")).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "o5", "report.json")), File.ReadAllBytes(Path.Combine(_folder, "o4", "report.json")));
    }

    [Fact]
    public void An_older_builds_reading_of_a_file_read_again_into_another_article_is_replaced_and_others_stay()
    {
        var db = Path.Combine(_folder, "corpus.db");
        var a = Write("a.txt", CallReport);
        using (var store = Storyline.Storage.StoryStores.Open(db))
        {
            // What an older cleaner could have made of a.txt (another body, so another id), and an article from a file not read again.
            store.AddArticles([Older("older-reading-of-a", a), Older("from-elsewhere", Path.Combine(_folder, "elsewhere.txt"))], "older build");
        }

        var (code, stdout, _) = Run("analyze", a, "--out", Path.Combine(_folder, "o1"), "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("1 replaced by a new reading of their files, 1 annotated again from the store", stdout, StringComparison.Ordinal);
        var ids = Sql(db, "SELECT id FROM articles ORDER BY seq");
        Assert.Equal(2, ids.Count);
        Assert.DoesNotContain("older-reading-of-a", ids);
        Assert.Contains("from-elsewhere", ids);
        Assert.Empty(Sql(db, "SELECT article_id FROM article_sources WHERE article_id = 'older-reading-of-a'"));
    }

    private static Storyline.Model.AnnotatedArticle Older(string id, string path)
    {
        const string Body = "Roe and Vell spoke about steel, an older build read.";
        var article = new Storyline.Model.Article(id, path, "Old headline", null, null, null, Storyline.Model.PublicationDate.Unknown, Body, [new Storyline.Model.TextSpan(0, Body.Length)], []);
        return new Storyline.Model.AnnotatedArticle(article, [], [], [], [], [], [], [], []);
    }

    private static List<string?> Sql(string db, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string?>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? null : reader.GetValue(0).ToString());
        }
        return values;
    }

    [Fact]
    public void A_later_run_adds_new_articles_to_the_corpus_in_the_database()
    {
        var db = Path.Combine(_folder, "corpus.db");
        Write("a.txt", CallReport);
        Assert.Equal(0, Run("analyze", Path.Combine(_folder, "in", "a.txt"), "--out", Path.Combine(_folder, "o1"), "--db", db).Code);
        var b = Write("b.txt", SecondReport);

        var (code, stdout, _) = Run("analyze", b, "--out", Path.Combine(_folder, "o2"), "--db", db);

        Assert.Equal(0, code);
        Assert.Contains("1 articles read, 1 new", stdout, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_folder, "o2", "report.json")));
        Assert.Equal(2, doc.RootElement.GetProperty("articles").GetArrayLength());
    }

    [Fact]
    public void Nothing_readable_is_a_failure_with_a_reason()
    {
        var (code, _, stderr) = Run("analyze", Path.Combine(_folder, "nothing-here"), "--out", Path.Combine(_folder, "out"));

        Assert.Equal(StorylineCommand.Failed, code);
        Assert.Contains("no articles to analyze", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "out", "report.json")));
    }

    [Fact]
    public void Timex_prints_offsets_into_the_text_as_read()
    {
        var path = Write("t.txt", "Officials met on Thursday.\r\nThe tariffs came in August.");

        var (code, stdout, _) = Run("timex", "--dct", "2025-12-12", path);

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var thursday = lines.Single(l => l.GetProperty("value").GetString() == "2025-12-11");
        var text = File.ReadAllText(path);
        Assert.Equal("Thursday", text[thursday.GetProperty("start").GetInt32()..thursday.GetProperty("end").GetInt32()]);
        Assert.Contains(lines, l => l.GetProperty("value").GetString() == "2025-08");
    }

    [Fact]
    public void Timex_refuses_a_binary_file_with_one_line_and_reads_standard_input()
    {
        var binary = Path.Combine(_folder, "in", "blob.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
        File.WriteAllBytes(binary, [0x4D, 0x65, 0x74, 0x00, 0xFF, 0x00, 0x13]);

        var (code, stdout, stderr) = Run("timex", "--dct", "2025-12-12", binary);

        Assert.Equal(StorylineCommand.Failed, code);
        Assert.Empty(stdout);
        Assert.Equal($"storyline: {binary}: binary file (NUL bytes), not text", stderr.Trim());

        var output = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("\uFEFFThey met on Thursday."));
        Assert.Equal(0, StorylineCommand.Run(["timex", "--dct", "2025-12-12", "-"], output, new StringWriter(), input));
        var thursday = JsonDocument.Parse(output.ToString()).RootElement;
        Assert.Equal(("2025-12-11", 12), (thursday.GetProperty("value").GetString(), thursday.GetProperty("start").GetInt32()));
        Assert.Equal(JsonValueKind.Null, thursday.GetProperty("mod").ValueKind);
    }

    [Fact]
    public void Timex_writes_the_text_as_TimeML_with_TIMEX3_tags_when_asked()
    {
        var output = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("They met on Thursday & talked <again>."));

        Assert.Equal(0, StorylineCommand.Run(["timex", "--dct", "2025-12-12", "--format", "timeml", "-"], output, new StringWriter(), input));

        var document = System.Xml.Linq.XDocument.Parse(output.ToString());
        Assert.Equal("2025-12-12", document.Root!.Element("DCT")!.Element("TIMEX3")!.Attribute("value")!.Value);
        var text = document.Root.Element("TEXT")!;
        Assert.Equal("They met on Thursday & talked <again>.", text.Value);
        var timex = Assert.Single(text.Elements("TIMEX3"));
        Assert.Equal(("Thursday", "DATE", "2025-12-11"), (timex.Value, timex.Attribute("type")!.Value, timex.Attribute("value")!.Value));
    }

    [Fact]
    public void Timex_with_no_document_date_anchors_on_the_dates_the_text_writes()
    {
        var output = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("On December 11, 2025, they met. On Thursday they spoke again. Talks resumed in March."));

        Assert.Equal(0, StorylineCommand.Run(["timex", "--dct", "none", "-"], output, new StringWriter(), input));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["2025-12-11", "2025-12-11"], lines.Take(2).Select(l => l.GetProperty("value").GetString()));
        Assert.Equal(JsonValueKind.Null, lines[0].GetProperty("anchor").ValueKind);
        Assert.Equal("2025-12-11", lines[1].GetProperty("anchor").GetString());
    }

    [Fact]
    public void Timex_prints_the_TIMEX3_mod_of_a_modified_expression()
    {
        var output = new StringWriter();
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("Talks began in early March and lasted about two weeks."));

        Assert.Equal(0, StorylineCommand.Run(["timex", "--dct", "2025-12-12", "-"], output, new StringWriter(), input));

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal([("early March", "2025-03", "START"), ("about two weeks", "P2W", "APPROX")],
            lines.Select(l => (l.GetProperty("text").GetString(), l.GetProperty("value").GetString(), l.GetProperty("mod").GetString())));
    }

    [Fact]
    public void Extract_prints_one_json_object_per_article_of_a_feed_and_stores_nothing()
    {
        var path = Write("feed.jsonl", "{\"title\": \"Roe's call\", \"text\": \"Jana Roe spoke to Arno Vell by telephone on Monday.\", \"date\": \"2025-11-03\", \"outlet\": \"Northwire\"}\n{\"title\": \"Second\", \"text\": \"Dock workers walked out in Saltreach.\"}\n");

        var (code, stdout, _) = Run("extract", path, "--json");

        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("\"headline\":\"Roe's call\"", lines[0], StringComparison.Ordinal);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("Northwire", first.RootElement.GetProperty("outlet").GetString());
        Assert.Equal("2025-11-03", first.RootElement.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("metadata", first.RootElement.GetProperty("published").GetProperty("basis").GetString());
        Assert.Empty(Directory.GetFiles(_folder, "*.db", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("analyze")]
    [InlineData("no-such-verb")]
    [InlineData("timex", "file.txt")]
    public void A_command_line_that_cannot_be_parsed_exits_two_with_the_reason(params string[] args)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(StorylineCommand.UsageError, code);
        Assert.StartsWith("storyline: ", stderr, StringComparison.Ordinal);
    }

    /// <summary>The two reports of one call, analyzed into a corpus database; its path.</summary>
    private string CorpusOfTwoCallReports()
    {
        Write("a.txt", CallReport);
        Write("b.txt", SecondReport);
        var db = Path.Combine(_folder, "corpus.db");
        Assert.Equal(0, Run("analyze", Path.Combine(_folder, "in"), "--out", Path.Combine(_folder, "out"), "--db", db).Code);
        return db;
    }

    [Fact]
    public void Entities_lists_the_canonical_entities_of_a_corpus_database()
    {
        var db = CorpusOfTwoCallReports();

        var (code, stdout, _) = Run("entities", "--db", db, "--json");

        Assert.Equal(0, code);
        var roe = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("name").GetString() == "Jana Roe");
        Assert.Equal("PERSON", roe.GetProperty("type").GetString());
        Assert.Equal(2, roe.GetProperty("articles").GetInt32());
        Assert.Contains("Roe", roe.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public void Timeline_prints_a_corpus_timeline_with_the_files_that_date_each_entry_within_a_window()
    {
        var db = CorpusOfTwoCallReports();

        var (code, stdout, _) = Run("timeline", "--db", db, "--json");
        var (windowCode, window, _) = Run("timeline", "--db", db, "--from", "2025-11-01");
        var (badCode, _, badErr) = Run("timeline", "--db", db, "--to", "2025-11");

        Assert.Equal(0, code);
        var entries = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var call = Assert.Single(entries, e => e.GetProperty("date").GetString() == "2025-11-03");
        Assert.Equal("2025-11-03", call.GetProperty("when").GetString());
        Assert.Equal(["a.txt", "b.txt"], call.GetProperty("sources").EnumerateArray().Select(x => x.GetString()).Order(StringComparer.Ordinal));
        Assert.Contains(entries, e => e.GetProperty("date").GetString() == "2025-09");
        Assert.Equal(0, windowCode);
        Assert.Contains("2025-11-03", window, StringComparison.Ordinal);
        Assert.DoesNotContain("2025-09 ", window, StringComparison.Ordinal);
        // The texts start in one column however wide the dates are ("2025-09", "2025-11-03").
        var (_, plain, _) = Run("timeline", "--db", db);
        var lines = plain.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2);
        Assert.Single(lines.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\S+\s+").Length).Distinct());
        Assert.Equal(2, badCode);
        Assert.Contains("--to must be a date", badErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_one_clear_error()
    {
        var notDb = Write("not.db", "plain text, not SQLite");
        Write("a.txt", CallReport);

        var (code, _, stderr) = Run("analyze", Path.Combine(_folder, "in", "a.txt"), "--db", notDb, "--out", Path.Combine(_folder, "out"));

        Assert.Equal(StorylineCommand.Failed, code);
        Assert.Contains("not a SQLite database", stderr, StringComparison.Ordinal);
    }
}
