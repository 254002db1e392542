using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class HtmlCleaningTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Ferry deal signed after long talks | Velmora Gazette</title>
          <meta property="og:title" content="Ferry deal signed after long talks">
          <meta property="og:site_name" content="Velmora Gazette">
          <meta property="article:modified_time" content="2025-11-09T10:00:00Z">
          <meta name="author" content="Ana Lind">
          <link rel="canonical" href="https://example.org/ferry-deal">
          <script>var tracking = "READ: nothing";</script>
        </head><body>
          <nav><ul><li>Home</li><li>World</li></ul></nav>
          <header><h1>Site header</h1></header>
          <article>
            <h1>Ferry deal signed after long talks</h1>
            <div class="share-bar"><p>Share on Facebook</p></div>
            <p>MARROW, 3 November 2025: The harbour council of Velmora signed the ferry deal on Monday.</p>
            <figure><img src="x.jpg"><figcaption>The harbour at dawn.</figcaption></figure>
            <p>Officials said crews would start next week, and <a href="/fares">fares</a> would stay the same.</p>
            <h2>What comes next</h2>
            <ul><li>A winter timetable.</li><li>Two new boats.</li></ul>
            <blockquote class="twitter-tweet"><p>Deal done. Boats sail soon! <a href="https://t.co/x">pic.twitter.com/AbC123</a></p>&mdash; Mira Solberg (@MiraSolberg) <a href="https://x.com/s/1">November 3, 2025</a></blockquote>
            <aside><p>Related: Harbour fees explained in full.</p></aside>
            <div id="newsletter-signup"><p>Subscribe to our newsletter.</p></div>
            <section class="related-stories"><p>Another story about boats that should not appear.</p></section>
            <div class="comments"><p>Great news for the town!</p></div>
            <p>Advertisement</p>
          </article>
          <footer><p>Copyright Velmora Gazette</p></footer>
        </body></html>
        """;

    private readonly ArticleCleaner _cleaner = new();

    private Article Clean(string html, DocumentHints? hints = null) =>
        _cleaner.Clean(new SourceDocument("page.html", DocumentFormat.Html, html, hints ?? DocumentHints.None));

    [Fact]
    public void A_news_page_gives_its_metadata_and_only_the_article_paragraphs()
    {
        var article = Clean(Page);

        Assert.Equal("Ferry deal signed after long talks", article.Headline);
        Assert.Equal("Velmora Gazette", article.Outlet);
        Assert.Equal("Ana Lind", article.Byline);
        Assert.Equal("https://example.org/ferry-deal", article.Url);
        Assert.Equal("Marrow", article.DatelinePlace);
        Assert.Equal(
            [
                "The harbour council of Velmora signed the ferry deal on Monday.",
                "Officials said crews would start next week, and fares would stay the same.",
                "What comes next",
                "A winter timetable.",
                "Two new boats.",
                "Deal done. Boats sail soon!",
            ],
            article.Paragraphs.Select(span => span.Of(article.Body)));
    }

    [Fact]
    public void The_modified_time_is_never_taken_as_the_publication_date()
    {
        var article = Clean(Page);

        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 3), DateBasis.Dateline), article.Published);
    }

    [Fact]
    public void A_tweet_embed_becomes_a_post()
    {
        var post = Assert.Single(Clean(Page).Posts);

        Assert.Equal("Deal done. Boats sail soon!", post.Text);
        Assert.Equal("Mira Solberg", post.Author);
        Assert.Equal("MiraSolberg", post.Handle);
        Assert.Equal(new DateOnly(2025, 11, 3), post.Date);
    }

    [Theory]
    [InlineData("""<meta property="article:published_time" content="2025-11-04T08:00:00+01:00">""", "")]
    [InlineData("", """<time datetime="2025-11-04">4 Nov</time>""")]
    [InlineData("""<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2025-12-01","datePublished":"2025-11-04"}</script>""", "")]
    [InlineData("""<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2025-11-04T07:00:00Z"}]}</script>""", "")]
    public void The_publication_date_comes_from_meta_time_or_json_ld(string head, string body)
    {
        var html = $"<html><head>{head}</head><body><article>{body}<p>The council met.</p></article></body></html>";

        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 4), DateBasis.Metadata), Clean(html).Published);
    }

    [Fact]
    public void Without_og_title_the_h1_then_the_title_without_its_site_suffix_is_the_headline()
    {
        Assert.Equal("Harbour reopens", Clean("<html><head><title>Ignored | Gazette</title></head><body><h1>Harbour reopens</h1><p>Text.</p></body></html>").Headline);
        Assert.Equal("Harbour reopens after the storm", Clean("<html><head><title>Harbour reopens after the storm | The Velmora Gazette</title></head><body><p>Text.</p></body></html>").Headline);
    }

    [Fact]
    public void Without_an_article_element_the_element_with_most_paragraph_text_is_the_body()
    {
        var html = """
            <html><body>
              <div class="sidebar"><p>Short teaser.</p></div>
              <div class="content">
                <p>The harbour council of Velmora met on Monday to sign the ferry deal.</p>
                <p>Officials said the new boats would arrive in spring next year.</p>
              </div>
            </body></html>
            """;

        Assert.Equal(
            "The harbour council of Velmora met on Monday to sign the ferry deal.\nOfficials said the new boats would arrive in spring next year.",
            Clean(html).Body);
    }

    [Fact]
    public void A_page_without_paragraph_tags_still_gives_its_text()
    {
        Assert.Equal("Plain line one.\nPlain line two.", Clean("<html><body><div>Plain line one.</div><div>Plain line two.</div></body></html>").Body);
    }

    [Fact]
    public void Byline_element_and_class_are_read_when_there_is_no_author_meta()
    {
        var article = Clean("<html><body><article><div class=\"byline\">By Tomas Brek</div><p>The council met.</p></article></body></html>");

        Assert.Equal("Tomas Brek", article.Byline);
        Assert.Equal("The council met.", article.Body);
    }

    [Fact]
    public void A_jsonl_record_whose_text_is_html_is_cleaned_as_html_and_its_own_hints_win()
    {
        var document = new SourceDocument("feed.jsonl:1", DocumentFormat.JsonRecord, Page, new DocumentHints(Headline: "Feed headline", Outlet: "Feed"));

        var article = _cleaner.Clean(document);

        Assert.Equal("Feed headline", article.Headline);
        Assert.Equal("Feed", article.Outlet);
        Assert.StartsWith("The harbour council of Velmora", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_and_non_breaking_spaces_become_plain_text()
    {
        Assert.Equal("Fish & chips cost 5 crowns.", Clean("<p>Fish &amp; chips&nbsp;cost 5&#160;crowns.</p>").Body);
    }
}
