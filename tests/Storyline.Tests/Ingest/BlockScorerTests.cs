using System.IO.Compression;
using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class BlockScorerTests
{
    private const string Paragraph1 = "The river council of Ostmark agreed on Tuesday to rebuild the old stone bridge, a project delayed for six years by disputes over cost, design and ownership.";
    private const string Paragraph2 = "Engineers said the work, funded jointly by the region and two towns, would begin in spring and take about eighteen months, with one lane open throughout.";
    private const string Paragraph3 = "Residents, many of whom cross the bridge daily, welcomed the decision, although some shop owners worried about traffic, noise and lost trade.";

    private static readonly string Page = $$"""
        <html lang="en-GB"><head>
          <title>Bridge to be rebuilt | Ostmark Courier</title>
          <meta property="og:site_name" content="Ostmark Courier">
          <meta property="article:modified_time" content="2025-06-10T09:00:00Z">
          <meta property="article:published_time" content="2025-06-03T07:00:00Z">
          <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebPage","datePublished":"2020-01-01","url":"https://example.org/page"},
            {"@type":"NewsArticle","headline":"Bridge to be rebuilt","datePublished":"2025-06-02T18:00:00Z","dateModified":"2025-06-11T08:00:00Z",
             "author":[{"@type":"Person","name":"Lena Varga"},{"@type":"Person","name":"Otto Brisk"}],"inLanguage":"en"}]}</script>
        </head><body>
          <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <div class="layout container">
            <div class="article-body">
              <p>{{Paragraph1}}</p>
              <figure><img src="b.jpg"><figcaption>The old bridge in winter. Photo: Staff photographer</figcaption></figure>
              <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share by email</a></div>
              <h2>Work starts in spring</h2>
              <p>{{Paragraph2}}</p>
              <div class="newsletter-box"><p>Sign up for our morning newsletter and get the day's news, every day, in your inbox, free of charge.</p></div>
              <p>{{Paragraph3}}</p>
            </div>
            <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council budget approved after a long and heated night of debate</a></li><li><a href="/b">Ferry times change for the summer season across the region</a></li></ul></aside>
            <section id="comments"><p>Reader one: This bridge should have been fixed ten years ago, frankly, and everyone knows it.</p></section>
          </div>
          <footer><p>Copyright Ostmark Courier, all rights reserved, including the right to reproduce these pages.</p></footer>
        </body></html>
        """;

    private readonly ArticleCleaner _cleaner = new();

    private Article CleanHtml(string html) => _cleaner.Clean(new SourceDocument("page.html", DocumentFormat.Html, html, DocumentHints.None));

    [Fact]
    public void The_body_keeps_the_paragraphs_and_subhead_in_order_and_drops_the_furniture()
    {
        var article = CleanHtml(Page);
        var paragraphs = article.Paragraphs.Select(span => span.Of(article.Body)).ToList();
        Assert.Equal([Paragraph1, "Work starts in spring", Paragraph2, Paragraph3], paragraphs);
    }

    [Theory]
    [InlineData("Home")]
    [InlineData("Photo: Staff photographer")]
    [InlineData("Share on Facebook")]
    [InlineData("newsletter")]
    [InlineData("Related stories")]
    [InlineData("Council budget approved")]
    [InlineData("Reader one")]
    [InlineData("Copyright")]
    public void Navigation_captions_share_bars_newsletters_related_links_comments_and_footers_are_dropped(string furniture)
    {
        Assert.DoesNotContain(furniture, CleanHtml(Page).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_body_split_into_chunks_by_an_ad_keeps_every_chunk()
    {
        var html = $$"""
            <html><body><main>
              <div class="story-chunk"><p>{{Paragraph1}}</p><p>{{Paragraph2}}</p></div>
              <div class="ad-slot"><p>Advertisement</p></div>
              <div class="story-chunk"><p>{{Paragraph3}}</p><p>{{Paragraph1.Replace("Tuesday", "Friday", StringComparison.Ordinal)}}</p></div>
            </main></body></html>
            """;
        var body = CleanHtml(html).Body;
        Assert.Contains(Paragraph2, body, StringComparison.Ordinal);
        Assert.Contains(Paragraph3, body, StringComparison.Ordinal);
        Assert.DoesNotContain("Advertisement", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_laid_out_with_double_line_breaks_becomes_separate_paragraphs()
    {
        var html = $"<html><body><div class=\"main-text\">{Paragraph1}<br><br>{Paragraph2}<br><br>{Paragraph3}</div></body></html>";
        var article = CleanHtml(html);
        Assert.Equal(3, article.Paragraphs.Count);
    }

    [Fact]
    public void Json_ld_article_fields_win_and_the_modification_time_is_never_the_publication_time()
    {
        var article = CleanHtml(Page);
        Assert.Equal(new DateOnly(2025, 6, 2), article.Published.Value);
        Assert.Equal(DateBasis.Metadata, article.Published.Basis);
        Assert.Equal("json-ld datePublished", article.PublishedSource);
        Assert.Equal("2025-06-11T08:00:00Z", article.Modified);
        Assert.Equal(["Lena Varga", "Otto Brisk"], article.Authors);
        Assert.Equal("Ostmark Courier", article.Outlet);
        Assert.Equal("en-GB", article.Language);
        Assert.Equal("Bridge to be rebuilt", article.Headline);
    }

    [Fact]
    public void A_page_with_only_a_modification_time_has_no_metadata_publication_date()
    {
        var html = $"<html><head><meta property=\"article:modified_time\" content=\"2025-06-10T09:00:00Z\"><script type=\"application/ld+json\">{{\"@type\":\"Article\",\"dateModified\":\"2025-06-11\"}}</script></head><body><article><p>{Paragraph1}</p><p>{Paragraph2}</p></article></body></html>";
        var article = CleanHtml(html);
        Assert.NotEqual(DateBasis.Metadata, article.Published.Basis);
        Assert.Null(article.PublishedSource);
        Assert.Equal("2025-06-11", article.Modified);
    }

    [Fact]
    public void Meta_publication_time_is_used_when_json_ld_has_none()
    {
        var html = $"<html><head><meta property=\"article:modified_time\" content=\"2025-06-10T09:00:00Z\"><meta property=\"article:published_time\" content=\"2025-06-03T07:00:00Z\"></head><body><article><p>{Paragraph1}</p></article></body></html>";
        var article = CleanHtml(html);
        Assert.Equal(new DateOnly(2025, 6, 3), article.Published.Value);
        Assert.Equal("meta article:published_time", article.PublishedSource);
    }

    [Fact]
    public void A_gzip_compressed_page_is_read_by_name_and_by_magic_bytes()
    {
        using var folder = new TempFolder();
        var compressed = Gzip(Page);
        var byName = folder.WriteBytes("story.html.gz", compressed);
        var byMagic = folder.WriteBytes("story2.html", compressed);
        foreach (var path in new[] { byName, byMagic })
        {
            var outcome = Assert.Single(new InputReader().Read([path]));
            Assert.Null(outcome.Error);
            Assert.Contains(Paragraph2, _cleaner.Clean(outcome.Document!).Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_gzip_page_cut_short_gives_one_clear_error()
    {
        using var folder = new TempFolder();
        var compressed = Gzip(Page + new string('x', 5000));
        var path = folder.WriteBytes("cut.html.gz", compressed[..(compressed.Length / 2)]);
        var outcome = Assert.Single(new InputReader().Read([path]));
        Assert.Contains("gzip stream", outcome.Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_nested_a_hundred_thousand_levels_is_refused_quickly_with_one_error()
    {
        using var folder = new TempFolder();
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "deep</body></html>";
        var path = folder.Write("deep.html", html);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Assert.Single(new InputReader().Read([path]));
        Assert.Contains("nested more than", outcome.Error!.Problem, StringComparison.Ordinal);
        Assert.Empty(CleanHtml(html).Body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Property(MaxTest = 200)]
    public bool Random_text_as_html_never_throws_and_paragraph_spans_stay_in_the_body(string text)
    {
        var article = CleanHtml("<html><body><article><p>" + text + "</p><div>" + text + "</div></article></body></html>");
        var end = 0;
        foreach (var span in article.Paragraphs)
        {
            if (span.Start < end || span.Start + span.Length > article.Body.Length)
            {
                return false;
            }

            end = span.Start + span.Length;
        }

        return true;
    }

    [Property(MaxTest = 100)]
    public bool Random_bytes_in_a_gzip_named_page_never_throw(byte[] bytes)
    {
        using var folder = new TempFolder();
        var payload = bytes.Length > 1 && bytes[0] % 2 == 0 ? [0x1F, 0x8B, .. bytes] : bytes;
        var path = folder.WriteBytes("r.html.gz", payload);
        foreach (var outcome in new InputReader().Read([path]))
        {
            if (outcome.Document is { } document)
            {
                _ = _cleaner.Clean(document);
            }
        }

        return true;
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }

        return memory.ToArray();
    }
}
