using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Analysis.Duplicates;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class DuplicateDetectorTests
{
    private const string Wire =
        "Harbour workers in the northern port of Dunmere returned to the docks on Tuesday after their union accepted a pay offer worth six percent over two years. " +
        "The dispute had idled cranes for nearly three weeks and left container ships waiting offshore, costing shipping lines an estimated forty million crowns. " +
        "Union leader Arno Vell told members at a packed meeting that the offer was the best they could win without hurting the town. " +
        "Port director Mira Sato said the backlog of vessels would take about ten days to clear and thanked customers for their patience. " +
        "Exporters of timber and grain, who had diverted cargo to southern terminals during the strike, said they expected to bring shipments back within the month. " +
        "The agreement still needs the approval of the regional labour board, which meets on Friday, but officials described that step as a formality.";

    private readonly DuplicateDetector _detector = new();

    [Fact]
    public void A_wire_copy_with_a_rewritten_phrase_a_new_first_line_and_a_trimmed_ending_is_a_copy()
    {
        var copy = "Coastal Times reports: " + Wire
            .Replace("left container ships waiting offshore", "stranded dozens of freighters at anchor", StringComparison.Ordinal)
            .Replace(", but officials described that step as a formality.", ".", StringComparison.Ordinal);

        Assert.True(_detector.AreCopies(_detector.Sign(Wire), _detector.Sign(copy)));
    }

    [Fact]
    public void A_different_report_of_the_same_event_that_shares_a_quote_is_not_a_copy()
    {
        const string Other =
            "Dockers in Dunmere are back at work. The union, led by Arno Vell, voted to accept a two-year deal after a stoppage that lasted almost three weeks. " +
            "Shipping agents said the queue of freighters outside the harbour mouth had grown to more than thirty vessels by the weekend. " +
            "Port director Mira Sato said the backlog of vessels would take about ten days to clear and thanked customers for their patience. " +
            "Economists at the central bank had warned that a longer strike could shave a tenth of a point off quarterly growth. " +
            "Grain traders welcomed the settlement but said freight rates on the coastal route were likely to stay high until the spring.";

        Assert.False(_detector.AreCopies(_detector.Sign(Wire), _detector.Sign(Other)));
    }

    [Fact]
    public void Two_short_reports_of_one_fact_are_not_copies_unless_nearly_identical()
    {
        const string First = "Kestria imposed 40% tariffs on Veldoran steel on Monday.";
        const string Second = "Kestria imposed 35% tariffs on Veldoran steel on Monday.";

        Assert.False(_detector.AreCopies(_detector.Sign(First), _detector.Sign(Second)));
        Assert.True(_detector.AreCopies(_detector.Sign(First), _detector.Sign(First + " ")));
    }

    [Fact]
    public void A_chain_of_edits_does_not_join_texts_that_are_not_alike()
    {
        // Each step drops the first two sentences and adds two new ones: neighbours share two thirds, the ends one third.
        string[] extra =
        [
            "Ferry operators said passenger crossings to the islands had run normally throughout the dispute and would keep their winter timetable.",
            "The harbour master asked pilots to work extra shifts over the weekend so that the largest vessels could be brought in on the morning tide.",
            "Local shopkeepers near the quays said trade had fallen by half while the gates were closed and hoped visitors would now return.",
            "A spokesman for the regional government promised a review of how future disputes at public ports should be settled before they escalate.",
        ];
        var sentences = Wire.Split(". ", StringSplitOptions.None).Select(s => s.TrimEnd('.')).Concat(extra.Select(s => s.TrimEnd('.'))).ToArray();
        var first = string.Join(". ", sentences[0..6]) + ".";
        var second = string.Join(". ", sentences[2..8]) + ".";
        var third = string.Join(". ", sentences[4..10]) + ".";
        var signatures = new[] { first, second, third }.Select(_detector.Sign).ToList();
        Assert.True(_detector.AreCopies(signatures[0], signatures[1]) && _detector.AreCopies(signatures[1], signatures[2]), "neighbours must be copies for this test to mean anything");
        Assert.False(_detector.AreCopies(signatures[0], signatures[2]), "the ends of the chain must differ for this test to mean anything");

        var groups = _detector.Group(signatures);

        Assert.All(Enumerable.Range(0, 3), i => Assert.True(groups[i] == i || _detector.AreCopies(signatures[i], signatures[groups[i]])));
        Assert.NotEqual(groups[0], groups[2]);
    }

    [Fact]
    public void The_earliest_copy_is_the_original()
    {
        var articles = new[]
        {
            Article("late", Wire + " Later edition.", new DateOnly(2025, 10, 8)),
            Article("early", Wire, new DateOnly(2025, 10, 6)),
            Article("other", "A report on wheat prices in the southern plains said farmers expect a smaller harvest because of drought and heat.", new DateOnly(2025, 10, 6)),
        };

        var link = Assert.Single(_detector.Find(articles));

        Assert.Equal(("late", "early"), (link.ArticleId, link.OriginalId));
    }

    [Fact]
    public void An_updated_version_of_the_same_page_is_a_revision_of_the_first_not_a_reprint()
    {
        var articles = new[]
        {
            Article("first", Wire, new DateOnly(2025, 10, 6), "https://www.ledger.example/port/strike-ends?utm_source=feed"),
            Article("update", Wire + " Update: the labour board approved the deal on Friday.", new DateOnly(2025, 10, 6), "https://ledger.example/port/strike-ends/"),
            Article("copy", "Coastal Times reports: " + Wire, new DateOnly(2025, 10, 7), "https://coastal.example/wire/123"),
        };

        var links = _detector.Find(articles).ToDictionary(l => l.ArticleId, StringComparer.Ordinal);

        Assert.Equal(("first", true), (links["update"].OriginalId, links["update"].IsRevision));
        Assert.Equal(("first", false), (links["copy"].OriginalId, links["copy"].IsRevision));
        Assert.False(links.ContainsKey("first"));
    }

    [Theory]
    [InlineData("https://www.Outlet.example/a/b/?utm_medium=x&id=4#comments", "outlet.example/a/b?id=4")]
    [InlineData("http://outlet.example/a/b", "outlet.example/a/b")]
    [InlineData("https://outlet.example/", null)]
    [InlineData("not a url", null)]
    [InlineData("ftp://outlet.example/a", null)]
    [InlineData(null, null)]
    public void A_page_key_names_the_page_and_nothing_else(string? url, string? expected)
    {
        Assert.Equal(expected, DuplicateDetector.PageKey(url));
    }

    [Fact]
    public void Two_different_articles_from_one_front_page_url_are_not_revisions()
    {
        var articles = new[]
        {
            Article("a", Wire, new DateOnly(2025, 10, 6), "https://ledger.example/"),
            Article("b", "A report on wheat prices in the southern plains said farmers expect a smaller harvest because of drought and heat.", new DateOnly(2025, 10, 6), "https://ledger.example/"),
        };

        Assert.Empty(_detector.Find(articles));
    }

    [Fact]
    public void A_text_without_content_words_has_an_empty_signature_and_no_copies()
    {
        var empty = _detector.Sign("the of and, to -- 123!".Replace("123", string.Empty, StringComparison.Ordinal));

        Assert.True(empty.IsEmpty);
        Assert.Equal([0, 1], _detector.Group([empty, empty]));
    }

    [Property(MaxTest = 200)]
    public Property Every_text_is_an_original_or_a_copy_of_one_it_is_like(NonEmptyString[] texts)
    {
        var signatures = texts.Select(t => _detector.Sign(t.Get + " " + texts[0].Get)).ToList();
        var groups = _detector.Group(signatures);
        return Enumerable.Range(0, groups.Length)
            .All(i => groups[i] == i || (groups[groups[i]] == groups[i] && _detector.AreCopies(signatures[i], signatures[groups[i]])))
            .ToProperty();
    }

    private static Article Article(string id, string body, DateOnly published, string? url = null) =>
        new(id, id + ".txt", id, null, null, null, new PublicationDate(published, DateBasis.Metadata), body, [], [], url);
}
