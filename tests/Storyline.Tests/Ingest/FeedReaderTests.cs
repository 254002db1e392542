using System.Text;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class FeedReaderTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Velmora Gazette</title>
            <link>https://velmora-gazette.example/</link>
            <item>
              <title>Ferry timetable approved</title>
              <link>https://velmora-gazette.example/ferry</link>
              <pubDate>Tue, 04 Nov 2025 09:30:00 +0100</pubDate>
              <dc:creator>Ana Lind</dc:creator>
              <description>Short summary only.</description>
              <content:encoded><![CDATA[<p>The harbour council approved the winter ferry timetable on Tuesday.</p><p>Crews start next week.</p>]]></content:encoded>
            </item>
            <item>
              <title>Bridge repairs begin</title>
              <guid isPermaLink="true">https://velmora-gazette.example/bridge</guid>
              <author>desk@velmora-gazette.example (Tomas Vell)</author>
              <description>&lt;p&gt;Crews began repairs on the stone bridge.&lt;/p&gt;</description>
            </item>
            <item>
              <title>Empty item</title>
            </item>
          </channel>
        </rss>
        """;

    private const string AtomFeed = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Dunmere Daily</title>
          <updated>2025-11-06T12:00:00Z</updated>
          <entry>
            <title>Market hall reopens</title>
            <link rel="self" href="https://dunmere-daily.example/api/1"/>
            <link rel="alternate" type="text/html" href="https://dunmere-daily.example/market"/>
            <published>2025-11-03T07:00:00Z</published>
            <updated>2025-11-06T11:00:00Z</updated>
            <author><name>Mira Sato</name></author>
            <author><name>Pavel Marek</name></author>
            <summary>Traders return.</summary>
            <content type="html">&lt;p&gt;The Castel market hall reopened after a year of work, traders said.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title type="html">Quay &lt;em&gt;vote&lt;/em&gt; set</title>
            <link href="https://dunmere-daily.example/quay"/>
            <updated>2025-11-05T10:00:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>The quay vote is set for Friday.</p></div></content>
          </entry>
          <entry>
            <title>Plain note</title>
            <updated>2025-11-05T10:00:00Z</updated>
            <summary>The council meets again in spring.</summary>
          </entry>
        </feed>
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static List<ReadOutcome> Read(string xml) => new FeedReader().Read(Encoding.UTF8.GetBytes(xml), "news.rss").ToList();

    [Fact]
    public void Each_rss_item_is_a_document_with_full_content_preferred_to_the_description()
    {
        var outcomes = Read(Rss);

        Assert.Equal(3, outcomes.Count);
        var first = outcomes[0].Document!;
        Assert.Equal("news.rss#1", first.Origin);
        Assert.Equal(DocumentFormat.Html, first.Format);
        Assert.Contains("winter ferry timetable", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Short summary", first.Text, StringComparison.Ordinal);
        Assert.Equal(new DocumentHints("Ferry timetable approved", "Velmora Gazette", "Ana Lind", "https://velmora-gazette.example/ferry", "2025-11-04T09:30:00+01:00"), first.Hints);
    }

    [Fact]
    public void An_rss_item_without_content_uses_its_description_a_permalink_guid_and_the_name_in_the_author_field()
    {
        var second = Read(Rss)[1].Document!;

        Assert.Contains("<p>Crews began repairs on the stone bridge.</p>", second.Text, StringComparison.Ordinal);
        Assert.Equal("https://velmora-gazette.example/bridge", second.Hints.Url);
        Assert.Equal("Tomas Vell", second.Hints.Byline);
        Assert.Null(second.Hints.Published);
    }

    [Fact]
    public void An_item_with_nothing_to_read_is_one_error_and_the_feed_goes_on()
    {
        Assert.Equal(new IngestError("news.rss#3", "item 3 has no content or description"), Read(Rss)[2].Error);
    }

    [Fact]
    public void Atom_entries_take_published_over_updated_and_the_alternate_link()
    {
        var outcomes = Read(AtomFeed);

        var first = outcomes[0].Document!;
        Assert.Equal(new DocumentHints("Market hall reopens", "Dunmere Daily", "Mira Sato, Pavel Marek", "https://dunmere-daily.example/market", "2025-11-03T07:00:00Z"), first.Hints);
        Assert.Contains("market hall reopened", first.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Traders return", first.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_xhtml_content_html_titles_and_text_summaries_are_read()
    {
        var outcomes = Read(AtomFeed);

        var second = outcomes[1].Document!;
        Assert.Equal("Quay vote set", second.Hints.Headline);
        Assert.Equal("2025-11-05T10:00:00Z", second.Hints.Published);
        Assert.Contains("<p xmlns=\"http://www.w3.org/1999/xhtml\">The quay vote is set for Friday.</p>", second.Text, StringComparison.Ordinal);
        var third = outcomes[2].Document!;
        Assert.Equal(DocumentFormat.PlainText, third.Format);
        Assert.Equal("The council meets again in spring.", third.Text);
    }

    [Fact]
    public void Feed_items_clean_into_articles_with_the_feed_metadata()
    {
        var article = new ArticleCleaner().Clean(Read(Rss)[0].Document!);

        Assert.Equal("Ferry timetable approved", article.Headline);
        Assert.Equal("Velmora Gazette", article.Outlet);
        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 4), DateBasis.Metadata), article.Published);
        Assert.Equal("The harbour council approved the winter ferry timetable on Tuesday.\nCrews start next week.", article.Body);
    }

    [Theory]
    [InlineData("Tue, 04 Nov 2025 09:30:00 GMT", "2025-11-04T09:30:00+00:00")]
    [InlineData("4 Nov 2025 23:05 EST", "2025-11-04T23:05:00-05:00")]
    [InlineData("Wed, 05 Nov 25 07:00:00 +0530", "2025-11-05T07:00:00+05:30")]
    [InlineData("2025-11-04T09:30:00Z", "2025-11-04T09:30:00Z")]
    [InlineData("Tue, 31 Feb 2025 09:30:00 GMT", "Tue, 31 Feb 2025 09:30:00 GMT")]
    public void Rfc822_dates_become_iso_8601_and_other_forms_pass_through(string raw, string expected)
    {
        Assert.Equal(expected, FeedReader.FeedDate(raw));
    }

    [Theory]
    [InlineData("{\"title\": \"not xml\"}", "not an XML feed: it does not start with '<'")]
    [InlineData("<urlset><url/></urlset>", "XML root is <urlset>, not an RSS or Atom feed")]
    [InlineData("<rss><channel><title>x</title></channel></rss>", "feed has no items")]
    [InlineData("   ", "feed is empty")]
    public void A_feed_that_is_not_one_is_one_clear_error(string text, string problem)
    {
        Assert.Equal(problem, Assert.Single(Read(text)).Error!.Problem);
    }

    [Fact]
    public void Broken_xml_keeps_the_items_before_the_break_and_adds_one_error()
    {
        var broken = Rss[..Rss.IndexOf("<title>Bridge", StringComparison.Ordinal)] + "<title>Bridge &bogus; </item>";

        var outcomes = Read(broken);

        Assert.NotNull(outcomes[0].Document);
        Assert.StartsWith("not a well-formed XML feed (line ", Assert.Single(outcomes, o => o.Error is not null).Error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dtd_is_refused_so_entities_cannot_expand_or_fetch()
    {
        const string Bomb = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]><rss><channel><item><title>&b;</title><description>x</description></item></channel></rss>";

        var error = Assert.Single(Read(Bomb)).Error;

        Assert.Contains("DTD", error!.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_windows_1252_feed_is_decoded_by_its_xml_declaration()
    {
        var xml = Rss.Replace("encoding=\"UTF-8\"", "encoding=\"windows-1252\"", StringComparison.Ordinal)
            .Replace("on Tuesday.", "on Tuesday, calling it \u201Cfair\u201D.", StringComparison.Ordinal);
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(xml);

        var document = new FeedReader().Read(bytes, "news.rss").First().Document!;

        Assert.Contains("\u201Cfair\u201D", document.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("news.rss")]
    [InlineData("news.atom")]
    [InlineData("news.xml")]
    public void Feed_files_are_read_by_extension(string name)
    {
        var path = _folder.Write(name, name.EndsWith(".atom", StringComparison.Ordinal) ? AtomFeed : Rss);

        var outcomes = new InputReader().Read([path]).ToList();

        Assert.Equal(3, outcomes.Count);
        Assert.Equal(path + "#1", outcomes[0].Document!.Origin);
    }

    [Fact]
    public void In_a_folder_xml_that_is_not_a_feed_is_passed_over_but_named_it_is_an_error()
    {
        var sitemap = _folder.Write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://velmora-gazette.example/</loc></url></urlset>");
        _folder.Write("news.xml", Rss);

        Assert.Equal(3, new InputReader().Read([_folder.Path]).Count());
        Assert.Equal("XML root is <urlset>, not an RSS or Atom feed", Assert.Single(new InputReader().Read([sitemap])).Error!.Problem);
    }
}
