using System.Text.Json;
using Storyline.Model;
using Storyline.Pipeline;
using Storyline.Reports;
using Storyline.Storage;
using Storyline.Storage.Sqlite;

namespace Storyline.Cli.Tests;

/// <summary>Runs the whole pipeline once on the bundled samples/ corpus; the tests read the report.</summary>
public sealed class SamplesReportFixture
{
    public SamplesReportFixture()
    {
        // samples/ is copied beside the test assembly by the project file.
        var samples = Path.Combine(AppContext.BaseDirectory, "samples");
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        Result = new StorylinePipeline().Run([samples], store);
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(Result.Graph, stream);
        Json = stream.ToArray();
        Report = JsonDocument.Parse(Json).RootElement;
    }

    public PipelineResult Result { get; }

    public byte[] Json { get; }

    public JsonElement Report { get; }

    public JsonElement Article(string filePrefix) =>
        Report.GetProperty("articles").EnumerateArray()
            .Single(a => Path.GetFileName(a.GetProperty("source_path").GetString()!).StartsWith(filePrefix, StringComparison.Ordinal));

    public string Id(string filePrefix) => Article(filePrefix).GetProperty("id").GetString()!;

    public IEnumerable<JsonElement> Array(string name) => Report.GetProperty(name).EnumerateArray();

    public static IEnumerable<string> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!);
}

/// <summary>The key facts of samples/EXPECTED.md, pinned.</summary>
public sealed class SamplesReportTests(SamplesReportFixture samples) : IClassFixture<SamplesReportFixture>
{
    private JsonElement NewsEvent(string mode, string date) =>
        samples.Array("events").Single(e =>
            e.GetProperty("mode").GetString() == mode
            && !e.GetProperty("background").GetBoolean()
            && e.GetProperty("date").ValueKind == JsonValueKind.Object
            && e.GetProperty("date").GetProperty("value").GetString() == date);

    [Fact]
    public void Every_sample_article_is_read_without_errors()
    {
        Assert.Empty(samples.Result.Errors);
        Assert.Equal(33, samples.Array("articles").Count());
    }

    [Fact]
    public void The_two_calls_between_the_same_leaders_are_two_events_on_their_own_days()
    {
        var first = NewsEvent("phone call", "2025-11-03");
        var second = NewsEvent("phone call", "2025-12-04");

        var firstArticles = SamplesReportFixture.Strings(first.GetProperty("article_ids")).ToHashSet();
        var secondArticles = SamplesReportFixture.Strings(second.GetProperty("article_ids")).ToHashSet();
        Assert.Subset(firstArticles, new[] { "a05", "a08", "a09", "a10" }.Select(samples.Id).ToHashSet());
        Assert.Contains(samples.Id("a11"), secondArticles);
        Assert.Contains(new[] { "a12", "a13", "a14" }.Select(samples.Id), secondArticles.Contains);
        Assert.Empty(firstArticles.Intersect(secondArticles));
    }

    [Fact]
    public void The_tariff_visit_agreement_and_strike_are_dated_to_their_days()
    {
        Assert.Contains(samples.Id("a02"), SamplesReportFixture.Strings(NewsEvent("tariff", "2025-09-15").GetProperty("article_ids")));
        Assert.Equal("Kestria imposes tariffs", NewsEvent("tariff", "2025-09-15").GetProperty("title").GetString());
        Assert.Contains(samples.Id("a17"), SamplesReportFixture.Strings(NewsEvent("visit", "2026-01-12").GetProperty("article_ids")));
        Assert.Contains(samples.Id("a22"), SamplesReportFixture.Strings(NewsEvent("agreement", "2026-01-22").GetProperty("article_ids")));
        Assert.Contains(samples.Id("b02"), SamplesReportFixture.Strings(NewsEvent("strike", "2025-10-06").GetProperty("article_ids")));
        Assert.EndsWith(" ends", NewsEvent("strike", "2025-10-24").GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(" ends", NewsEvent("strike", "2025-10-06").GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Background_mentions_of_the_September_tariffs_do_not_join_the_calls()
    {
        var tariff = NewsEvent("tariff", "2025-09-15");
        var articles = SamplesReportFixture.Strings(tariff.GetProperty("article_ids")).ToHashSet();
        Assert.DoesNotContain(samples.Id("a08"), articles);
        Assert.DoesNotContain(samples.Id("a11"), articles);
    }

    [Fact]
    public void On_the_timeline_the_September_tariffs_are_one_row_citing_the_later_reports_that_recall_them()
    {
        var tariffRows = samples.Array("timeline").Where(t => t.GetProperty("text").GetString()!.Contains("imposes tariffs", StringComparison.Ordinal)
            && t.GetProperty("date").GetString()!.StartsWith("2025-09", StringComparison.Ordinal)).ToList();

        var row = Assert.Single(tariffRows);
        Assert.Equal("2025-09-15", row.GetProperty("date").GetString());
        var cited = row.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("article_id").GetString()).ToHashSet();
        Assert.Contains(samples.Id("a01"), cited);
        Assert.Contains(samples.Id("a05"), cited);
    }

    [Fact]
    public void The_two_day_visit_lasts_to_its_second_day()
    {
        Assert.Equal("P2D", NewsEvent("visit", "2026-01-12").GetProperty("date").GetProperty("duration").GetString());
        var row = Assert.Single(samples.Array("timeline"), t => t.GetProperty("date").GetString() == "2026-01-12");
        Assert.EndsWith("(2 days, to 2026-01-13)", row.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_end_of_the_strike_is_marked_and_the_timeline_says_it_lasted_nineteen_days()
    {
        Assert.True(NewsEvent("strike", "2025-10-24").GetProperty("ends").GetBoolean());
        Assert.False(NewsEvent("strike", "2025-10-06").GetProperty("ends").GetBoolean());
        var row = Assert.Single(samples.Array("timeline"), t => t.GetProperty("date").GetString() == "2025-10-24");
        Assert.EndsWith("ends (19 days, since 2025-10-06)", row.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_event_summary_sentence_is_the_cited_text()
    {
        var bodies = samples.Array("articles").ToDictionary(a => a.GetProperty("id").GetString()!, a => a.GetProperty("body").GetString()!);
        foreach (var e in samples.Array("events"))
        {
            foreach (var sentence in e.GetProperty("summary").EnumerateArray())
            {
                var citation = sentence.GetProperty("citation");
                var body = bodies[citation.GetProperty("article_id").GetString()!];
                Assert.Equal(sentence.GetProperty("text").GetString(), body[citation.GetProperty("start").GetInt32()..citation.GetProperty("end").GetInt32()]);
            }
        }
    }

    [Fact]
    public void The_wire_reprints_point_to_the_original()
    {
        Assert.Equal(samples.Id("a05"), samples.Article("a06").GetProperty("duplicate_of").GetString());
        Assert.Equal(samples.Id("a05"), samples.Article("a07").GetProperty("duplicate_of").GetString());
        Assert.Equal(JsonValueKind.Null, samples.Article("a05").GetProperty("duplicate_of").ValueKind);
        Assert.Equal(JsonValueKind.Null, samples.Article("a08").GetProperty("duplicate_of").ValueKind);
    }

    [Fact]
    public void Publication_dates_say_how_they_were_found()
    {
        Assert.Equal("2025-09-15", samples.Article("a02").GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("dateline", samples.Article("a02").GetProperty("published").GetProperty("basis").GetString());
        Assert.Equal("metadata", samples.Article("a03").GetProperty("published").GetProperty("basis").GetString());
        var inherited = samples.Article("a01").GetProperty("published");
        Assert.Equal("event_cluster", inherited.GetProperty("basis").GetString());
        Assert.Equal("2025-09-15", inherited.GetProperty("earliest").GetString());
    }

    [Fact]
    public void The_striking_worker_count_is_reported_as_a_contradiction()
    {
        var contradiction = Assert.Single(samples.Array("contradictions"), c => c.GetProperty("description").GetString()!.Contains("9,000", StringComparison.Ordinal));
        Assert.Contains("12,000", contradiction.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Contains(samples.Id("b03"), contradiction.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("article_id").GetString()));
    }

    [Fact]
    public void The_embedded_post_is_found_with_its_author_handle_and_date_and_merged_with_its_quotations()
    {
        var post = Assert.Single(samples.Article("a08").GetProperty("embedded_posts").EnumerateArray());
        Assert.Equal("AmbHBrandt", post.GetProperty("handle").GetString());
        Assert.Equal("2025-11-03", post.GetProperty("date").GetString());
        Assert.DoesNotContain("pic.chirp", samples.Article("a08").GetProperty("body").GetString(), StringComparison.Ordinal);

        var quote = samples.Array("quotes").Single(q => q.GetProperty("text").GetString()!.Contains("Watch this space", StringComparison.Ordinal) && q.GetProperty("kind").GetString() == "post");
        Assert.Equal("Hollis Brandt", quote.GetProperty("speaker").GetString());
        Assert.True(quote.GetProperty("also_in").GetArrayLength() >= 3);
    }

    [Fact]
    public void Quotes_carry_their_speakers()
    {
        var quote = samples.Array("quotes").First(q => q.GetProperty("text").GetString()!.Contains("turn a quarrel into a partnership", StringComparison.Ordinal));
        Assert.Equal("Anselm Ruvik", quote.GetProperty("speaker").GetString());
    }

    [Fact]
    public void A_leader_is_one_entity_under_his_full_name_with_his_aliases()
    {
        var ruvik = Assert.Single(samples.Array("entities"), e => e.GetProperty("name").GetString() == "Anselm Ruvik");
        Assert.Contains("Ruvik", SamplesReportFixture.Strings(ruvik.GetProperty("aliases")));
        Assert.True(ruvik.GetProperty("article_ids").GetArrayLength() >= 15);
        Assert.DoesNotContain(samples.Array("entities"), e => e.GetProperty("name").GetString() == "Ruvik");
    }

    [Fact]
    public void Boilerplate_never_reaches_article_text()
    {
        foreach (var article in samples.Array("articles"))
        {
            var body = article.GetProperty("body").GetString()!;
            Assert.DoesNotContain("ALSO READ", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("Share this article", body, StringComparison.Ordinal);
            Assert.DoesNotContain("Subscribe to our newsletter", body, StringComparison.Ordinal);
            Assert.DoesNotContain("pic.chirp.example", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_timeline_runs_in_calendar_order_through_the_seven_events()
    {
        var dates = samples.Array("timeline").Select(t => t.GetProperty("date").GetString()!).ToList();
        var expected = new[] { "2025-09-15", "2025-10-06", "2025-10-24", "2025-11-03", "2025-12-04", "2026-01-12", "2026-01-22" };
        var positions = expected.Select(d => dates.IndexOf(d)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void The_report_on_the_samples_matches_its_golden_summary()
    {
        var actual = GoldenSummary.Of(samples.Result.Graph);
        var path = Path.Combine(GoldenSummary.SourceFolder(), "samples-summary.txt");
        if (Environment.GetEnvironmentVariable("STORYLINE_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }
        Assert.Equal(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", "samples-summary.txt")), actual);
    }

    [Theory]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("tr-TR")]
    public void The_report_is_the_same_bytes_under_any_culture_and_calendar(string culture)
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // Buddhist and Hijri calendars and Turkish casing are where dates and names silently shift.
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);
            System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.CurrentCulture;
            using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
            var result = new StorylinePipeline().Run([Path.Combine(AppContext.BaseDirectory, "samples")], store);
            using var stream = new MemoryStream();
            new JsonReportWriter().Write(result.Graph, stream);
            Assert.Equal(samples.Json, stream.ToArray());
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }
    }
}
