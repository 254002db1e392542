using System.Text.Json;
using Storyline.Analysis;
using Storyline.Reports;
using Storyline.Tests.Analysis;

namespace Storyline.Tests.Reports;

public sealed class ReportWriterTests
{
    private static Storyline.Model.StoryGraph Graph(string body)
    {
        var corpus = new TestCorpus();
        corpus.Add(body, "2025-11-04", ("CONSULT", "phone call"), ["Jane Roe", "Arno Vell"], "2025-11-03");
        return new StoryAnalyzer().Analyze(corpus.Articles);
    }

    [Fact]
    public void Json_report_carries_the_schema_version_and_every_top_level_array()
    {
        using var stream = new MemoryStream();
        new JsonReportWriter().Write(Graph("Jane Roe and Arno Vell spoke by telephone about steel quotas."), stream);

        using var doc = JsonDocument.Parse(stream.ToArray());
        var root = doc.RootElement;
        Assert.Equal(JsonReportWriter.SchemaVersion, root.GetProperty("schema_version").GetString());
        foreach (var name in new[] { "articles", "entities", "events", "stories", "quotes", "claims", "contradictions", "timeline" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(name).ValueKind);
        }
        var e = root.GetProperty("events")[0];
        Assert.Equal("2025-11-03", e.GetProperty("date").GetProperty("value").GetString());
        var actorIds = e.GetProperty("actor_ids").EnumerateArray().Select(a => a.GetString()).ToHashSet();
        var entityIds = root.GetProperty("entities").EnumerateArray().Select(x => x.GetProperty("id").GetString()).ToHashSet();
        Assert.Subset(entityIds, actorIds);
    }

    [Fact]
    public void Json_report_is_byte_for_byte_the_same_on_a_second_run()
    {
        const string Body = "Jane Roe and Arno Vell spoke by telephone about steel quotas.";
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        new JsonReportWriter().Write(Graph(Body), first);
        new JsonReportWriter().Write(Graph(Body), second);
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Article_text_is_escaped_in_the_html_page()
    {
        var html = new HtmlReportWriter().Render(Graph("Jane Roe and Arno Vell spoke <script>alert(1)</script> by telephone about <b>steel</b>."));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>steel", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_report_neutralizes_markup_in_article_text()
    {
        var md = new MarkdownReportWriter().Render(Graph("Jane Roe and Arno Vell spoke by telephone | about [steel](http://x) <img src=x>."));

        Assert.DoesNotContain("[steel](", md, StringComparison.Ordinal);
        Assert.DoesNotContain(" <img", md, StringComparison.Ordinal);
        Assert.Contains("\\<img", md, StringComparison.Ordinal);
        Assert.Contains("speak by phone", md, StringComparison.Ordinal);
    }
    [Fact]
    public void Markdown_events_show_the_words_each_source_dates_them_with()
    {
        const string Body = "President Jana Roe of Veldora spoke by telephone with Prime Minister Arno Vell of Kestria on Monday.";
        var article = new Storyline.Model.Article("a1", "a1.txt", "Roe and Vell speak", null, null, null,
            new Storyline.Model.PublicationDate(new DateOnly(2025, 11, 5), Storyline.Model.DateBasis.Dateline),
            Body, [new Storyline.Model.TextSpan(0, Body.Length)], []);
        var graph = new StoryAnalyzer().Analyze([new Storyline.Language.ArticleAnnotator().Annotate(article)]);

        var markdown = new MarkdownReportWriter().Render(graph);

        var at = Body.IndexOf("Monday", StringComparison.Ordinal);
        Assert.Contains($"- Date: 2025-11-03 (confidence", markdown, StringComparison.Ordinal);
        Assert.Contains($"from “Monday” [S1:{at}-{at + 6}]", markdown, StringComparison.Ordinal);
    }
}
