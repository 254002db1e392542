using Storyline.Analysis;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class StoryAnalyzerTests
{
    private static readonly (string, string) Call = ("CONSULT", "phone call");
    private static readonly (string, string) Tariff = ("SANCTION", "tariff");

    [Fact]
    public void Reports_of_the_same_call_from_different_outlets_form_one_event()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas and the harbour dispute.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Leaders Vell and Roe held a conversation, their offices confirmed late in the evening.", "2025-11-03", Call, ["Arno Vell", "Jane Roe"], "2025-11-03");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var call = Assert.Single(graph.Events);
        Assert.Equal(2, call.ArticleIds.Count);
        Assert.Equal("2025-11-03", call.Date!.Value);
    }

    [Fact]
    public void Two_outlets_the_same_day_placing_one_call_a_day_apart_give_one_event_that_names_the_disagreement()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas and the harbour dispute.", "2025-11-05", Call, ["Jane Roe", "Arno Vell"], "2025-11-04");
        corpus.Add("Leaders Vell and Roe held a conversation, their offices confirmed late in the evening.", "2025-11-05", Call, ["Arno Vell", "Jane Roe"], "2025-11-04");
        var other = corpus.Add("Roe held a telephone conversation with Vell about fishing rights, her office said.", "2025-11-05", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var call = Assert.Single(graph.Events);
        Assert.Equal("2025-11-04", call.Date!.Value);
        var disagreement = Assert.Single(call.Date.Disagreements);
        Assert.Equal(("2025-11-03", other), (disagreement.Value, Assert.Single(disagreement.ArticleIds)));
        Assert.Contains(graph.Contradictions, c => c.Description.Contains("2025-11-03", StringComparison.Ordinal));
    }

    [Fact]
    public void Calls_a_day_apart_told_on_different_days_stay_two_calls()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas and the harbour dispute.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Leaders Vell and Roe held a conversation, their offices confirmed late in the evening.", "2025-11-04", Call, ["Arno Vell", "Jane Roe"], "2025-11-03");
        corpus.Add("Roe held a telephone conversation with Vell again about fishing rights, her office said.", "2025-11-05", Call, ["Jane Roe", "Arno Vell"], "2025-11-04");

        Assert.Equal(2, new StoryAnalyzer().Analyze(corpus.Articles).Events.Count(e => e.Mode == "phone call"));
    }

    [Fact]
    public void A_later_article_recalling_the_call_on_its_day_joins_the_call_instead_of_a_background_event_of_its_own()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas and the harbour dispute.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Leaders Vell and Roe held a conversation, their offices confirmed late in the evening.", "2025-11-03", Call, ["Arno Vell", "Jane Roe"], "2025-11-03");
        var recalled = corpus.Add("Since Jane Roe and Arno Vell spoke by phone, steel traders have waited for details.", "2025-11-20", Call, ["Jane Roe", "Arno Vell"], "2025-11-03", background: true);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var call = Assert.Single(graph.Events);
        Assert.False(call.IsBackground);
        Assert.Contains(recalled, call.ArticleIds);
        Assert.Equal("2025-11-03", call.Date!.Value);
    }

    [Fact]
    public void A_recalled_call_on_a_day_with_no_reported_call_stays_a_background_event()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas and the harbour dispute.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Leaders Vell and Roe held a conversation, their offices confirmed late in the evening.", "2025-11-03", Call, ["Arno Vell", "Jane Roe"], "2025-11-03");
        corpus.Add("Since Jane Roe and Arno Vell spoke by phone in October, steel traders have waited.", "2025-11-20", Call, ["Jane Roe", "Arno Vell"], "2025-10-02", background: true);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        Assert.Equal(2, graph.Events.Count);
        Assert.Single(graph.Events, e => e.IsBackground && e.Date!.Value == "2025-10-02");
    }

    [Fact]
    public void Untyped_background_news_of_one_article_is_no_event()
    {
        var corpus = new TestCorpus();
        corpus.Add("A steel dispute simmered all autumn across the harbour towns of Veldora.", "2025-11-20", ("OTHER", "news"), ["@Veldora"], "2025-10-02", background: true);

        Assert.Empty(new StoryAnalyzer().Analyze(corpus.Articles).Events);
    }

    [Fact]
    public void Two_calls_between_the_same_people_on_different_days_are_two_events()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe and Arno Vell spoke by telephone again about steel quotas.", "2025-12-02", Call, ["Jane Roe", "Arno Vell"], "2025-12-01");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        Assert.Equal(2, graph.Events.Count);
        Assert.Equal(["2025-11-03", "2025-12-01"], graph.Timeline.Select(t => t.Date));
        Assert.Single(graph.Stories);
    }

    [Fact]
    public void A_background_mention_of_older_tariffs_does_not_merge_into_the_call()
    {
        var corpus = new TestCorpus();
        var a = corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("The call came after Jane Roe imposed tariffs on Vell's exports in September.", "2025-11-04", Tariff, ["Jane Roe", "Arno Vell"], "2025-09", background: true);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        Assert.Equal(2, graph.Events.Count);
        var tariff = Assert.Single(graph.Events, e => e.Mode == "tariff");
        Assert.True(tariff.IsBackground);
        Assert.DoesNotContain(a, tariff.ArticleIds);
        Assert.Equal("2025-09", graph.Timeline[0].Date);
    }

    [Fact]
    public void An_undated_report_joins_the_event_its_text_resembles_and_inherits_its_date()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll and salmon quotas, the ambassador said.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the railway bond and wheat prices in a second exchange.", "2025-12-02", Call, ["Jane Roe", "Arno Vell"], "2025-12-01");
        var undated = corpus.Add("Jane Roe recently held a conversation with Arno Vell on the harbour toll and salmon quotas, the ambassador said.", null, Call, ["Jane Roe", "Arno Vell"]);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var november = Assert.Single(graph.Events, e => e.Date!.Value == "2025-11-03");
        Assert.Contains(undated, november.ArticleIds);
        var article = graph.Articles.Single(r => r.Article.Id == undated).Article;
        Assert.Equal(DateBasis.EventCluster, article.Published.Basis);
        Assert.Equal(new DateOnly(2025, 11, 3), article.Published.Earliest);
    }

    [Fact]
    public void An_undated_article_whose_lead_is_undated_does_not_take_the_day_of_an_old_occurrence_it_recalls()
    {
        var corpus = new TestCorpus();
        var obituary = corpus.AddLeadAndRecall(
            "Mark Tallis, the informant known as the Lantern, died on Friday at 95.", ("OTHER", "news"), "XXXX-WXX-5",
            "In a meeting on June 19, 1972, Tallis briefed Ada Morn.", ("CONSULT", "meeting"), ["Tallis", "Ada Morn"], "1972-06-19");
        corpus.Add("Mark Tallis, the informant known as the Lantern, has died at 95, his family said.", null, ("OTHER", "news"));

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        // The recalled meeting is an event of its own, but the obituary was not written in 1972.
        Assert.Contains(graph.Events, e => e.Date?.Value == "1972-06-19" && e.ArticleIds.Contains(obituary));
        Assert.Equal(PublicationDate.Unknown, graph.Articles.Single(r => r.Article.Id == obituary).Article.Published);
    }

    [Fact]
    public void An_inherited_date_spans_the_days_the_events_other_reports_were_published_and_two_more()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll and salmon quotas.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll, a weekly review recalled.", "2025-11-20", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        var undated = corpus.Add("Jane Roe held a conversation with Arno Vell on the harbour toll and salmon quotas.", null, Call, ["Jane Roe", "Arno Vell"]);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var published = graph.Articles.Single(r => r.Article.Id == undated).Article.Published;
        Assert.Equal(DateBasis.EventCluster, published.Basis);
        Assert.Equal((new DateOnly(2025, 11, 3), new DateOnly(2025, 11, 22)), (published.Earliest, published.Latest));
    }

    [Theory]
    [InlineData("PROTEST", "demonstration", "The protest led by Ada Morn at the harbour gates ended on Sunday.", "Protest involving Ada Morn and Arno Vell ends")]
    [InlineData("CONSULT", "negotiation", "The talks between Ada Morn and Arno Vell ended on Sunday without a deal.", "Negotiations involving Ada Morn and Arno Vell ends")]
    public void The_end_of_a_protest_or_of_talks_is_an_event_that_says_how_long_they_ran(string type, string mode, string endText, string endTitle)
    {
        var corpus = new TestCorpus();
        corpus.Add("Ada Morn and Arno Vell opened it at the harbour gates on Monday.", "2025-10-07", (type, mode), ["Ada Morn", "Arno Vell"], "2025-10-06");
        corpus.Add(endText, "2025-10-20", (type, mode), ["Ada Morn", "Arno Vell"], "2025-10-19");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var end = Assert.Single(graph.Events, e => e.IsEnd);
        Assert.Equal(endTitle, end.Title);
        Assert.Contains(graph.Timeline, t => t.Text == $"{endTitle} (14 days, since 2025-10-06)");
    }

    [Theory]
    [InlineData("2027", true)]
    [InlineData("2026-03", true)]
    [InlineData("2025", false)]
    public void An_event_dated_to_a_month_or_year_after_all_its_reports_is_scheduled(string date, bool scheduled)
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell sign the harbour accord on tolls and salmon quotas, the ministry said.", "2025-12-10", ("AGREE", "agreement"), ["Jane Roe", "Arno Vell"], date);
        corpus.Add("The signing of the harbour accord by Jane Roe and Arno Vell ends a long quarrel over fishing rights.", "2025-12-11", ("AGREE", "agreement"), ["Jane Roe", "Arno Vell"], date);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        Assert.Equal(scheduled, Assert.Single(graph.Events).IsScheduled);
    }

    [Theory]
    [InlineData("May 30, 2026", "2026-05-30", false)]
    [InlineData("May 30, 2005", "2005-05-30", true)]
    [InlineData("Dec. 1, 2025", "2025-12-01", true)]
    [InlineData("2026", "2026", true)]
    public void An_article_that_writes_out_a_day_long_after_the_event_it_resembles_does_not_inherit_its_date(string written, string value, bool inherits)
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll and salmon quotas, the ambassador said.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll, a weekly review recalled.", "2025-11-05", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        var undated = corpus.Add("Jane Roe held a conversation with Arno Vell on the harbour toll and salmon quotas.", null, Call, ["Jane Roe", "Arno Vell"]);
        var articles = corpus.Articles
            .Select(a => a.Article.Id == undated ? a with { Times = [new TimeExpression(new TextSpan(0, 4), written, TimexType.Date, value, null, 0.9)] } : a)
            .ToList();

        var graph = new StoryAnalyzer().Analyze(articles);

        Assert.Equal(inherits ? DateBasis.EventCluster : DateBasis.Unknown, graph.Articles.Single(r => r.Article.Id == undated).Article.Published.Basis);
    }

    [Fact]
    public void When_sources_give_different_days_the_event_date_lists_the_disagreement()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll and salmon quotas.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about the harbour toll and salmon quotas today.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("Jane Roe recently spoke to Arno Vell about the harbour toll and salmon quotas.", "2025-11-05", Call, ["Jane Roe", "Arno Vell"], "2025-11");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var call = Assert.Single(graph.Events);
        Assert.Equal("2025-11-03", call.Date!.Value);
        Assert.Equal(3, call.ArticleIds.Count);
        Assert.Empty(call.Date.Disagreements);
    }

    [Fact]
    public void A_lightly_edited_reprint_is_linked_to_the_earliest_copy()
    {
        const string Wire = "The port authority said on Monday that dock workers in the northern harbour would return to work after the union accepted a pay rise of six percent over two years, ending a strike that had idled cranes and stranded container ships for nearly three weeks across the region.";
        var corpus = new TestCorpus();
        var original = corpus.Add(Wire, "2025-10-06");
        var reprint = corpus.Add("Northwire reports: " + Wire.Replace("stranded", "held up", StringComparison.Ordinal), "2025-10-07");
        corpus.Add("An unrelated report on wheat prices said farmers expect a smaller harvest this year because of drought in the southern plains.", "2025-10-06");

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var copy = graph.Articles.Single(r => r.Article.Id == reprint);
        Assert.Equal(original, copy.DuplicateOf);
        Assert.All(graph.Articles.Where(r => r.Article.Id != reprint), r => Assert.Null(r.DuplicateOf));
    }

    [Fact]
    public void Different_figures_for_the_same_thing_in_two_outlets_are_a_contradiction()
    {
        var corpus = new TestCorpus();
        const string First = "Kestria imposed 40% tariffs on Veldoran steel.";
        const string Second = "Kestria imposed 35% tariffs on Veldoran steel.";
        corpus.Add(First, "2025-09-10", Tariff, ["@Kestria"], "2025-09-10", claims: [new NumericClaim(new TextSpan(16, 3), "40%", 40, "percent", "tariffs on Veldoran steel", new TextSpan(0, First.Length))]);
        corpus.Add(Second, "2025-09-10", Tariff, ["@Kestria"], "2025-09-10", claims: [new NumericClaim(new TextSpan(16, 3), "35%", 35, "percent", "tariffs on Veldoran steel", new TextSpan(0, Second.Length))]);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var contradiction = Assert.Single(graph.Contradictions);
        Assert.Contains("40%", contradiction.Description, StringComparison.Ordinal);
        Assert.Contains("35%", contradiction.Description, StringComparison.Ordinal);
        Assert.Equal(2, graph.Claims.Count);
    }

    [Fact]
    public void Figures_for_different_events_are_not_a_contradiction()
    {
        var corpus = new TestCorpus();
        const string First = "Kestria imposed 40% tariffs on Veldoran steel.";
        const string Second = "Kestria signed a deal setting 15% tariffs on Veldoran steel.";
        corpus.Add(First, "2025-09-10", Tariff, ["@Kestria"], "2025-09-10", claims: [new NumericClaim(new TextSpan(16, 3), "40%", 40, "percent", "tariffs on Veldoran steel", new TextSpan(0, First.Length))]);
        corpus.Add(Second, "2026-01-22", ("AGREE", "agreement"), ["@Kestria"], "2026-01-22", claims: [new NumericClaim(new TextSpan(30, 3), "15%", 15, "percent", "tariffs on Veldoran steel", new TextSpan(0, Second.Length))]);

        Assert.Empty(new StoryAnalyzer().Analyze(corpus.Articles).Contradictions);
    }

    [Fact]
    public void Parts_of_a_whole_in_one_article_are_not_a_contradiction()
    {
        var corpus = new TestCorpus();
        const string Text = "A 25% duty plus a 25% levy make 50% duty on goods.";
        corpus.Add(Text, "2025-09-10", claims:
        [
            new NumericClaim(new TextSpan(2, 3), "25%", 25, "percent", "duty on goods", new TextSpan(0, Text.Length)),
            new NumericClaim(new TextSpan(32, 3), "50%", 50, "percent", "duty on goods", new TextSpan(0, Text.Length)),
        ]);

        Assert.Empty(new StoryAnalyzer().Analyze(corpus.Articles).Contradictions);
    }

    [Fact]
    public void The_same_quote_in_two_articles_is_one_quote_citing_both()
    {
        var corpus = new TestCorpus();
        const string Words = "We will keep working together for a fair deal";
        var first = "Roe said: \"" + Words + "\".";
        var second = "\"" + Words + ",\" Roe told reporters.";
        corpus.Add(first, "2025-11-03", actors: ["Roe"], quotes: [new Quote(new TextSpan(11, Words.Length), Words, QuoteKind.Colon, "Roe", new TextSpan(0, 3))]);
        corpus.Add(second, "2025-11-04", actors: ["Roe"], quotes: [new Quote(new TextSpan(1, Words.Length), Words, QuoteKind.Direct, "Roe", new TextSpan(second.IndexOf("Roe", StringComparison.Ordinal), 3))]);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var quote = Assert.Single(graph.Quotes);
        Assert.Equal("Roe", quote.SpeakerName);
        Assert.Single(quote.AlsoIn);
    }

    [Theory]
    [InlineData("We reviewed the progress of the talks and agreed to meet again soon", "We reviewed progress of the talks and agreed to meet again soon", 1)]
    [InlineData("Both sides agreed to cut the tariff to 15 percent next year", "Both sides agreed to cut the tariff to 18 percent next year", 2)]
    [InlineData("We reviewed the progress of the talks and agreed to meet again soon", "They said nothing at all about the talks or any next meeting", 2)]
    public void Quotes_worded_almost_the_same_are_one_quote_unless_a_number_differs(string one, string two, int expected)
    {
        var corpus = new TestCorpus();
        var first = "Roe said: \"" + one + "\".";
        var second = "\"" + two + ",\" Roe told reporters.";
        corpus.Add(first, "2025-11-03", actors: ["Roe"], quotes: [new Quote(new TextSpan(10, one.Length), one, QuoteKind.Colon, "Roe", new TextSpan(0, 3))]);
        corpus.Add(second, "2025-11-04", actors: ["Roe"], quotes: [new Quote(new TextSpan(1, two.Length), two, QuoteKind.Direct, "Roe", new TextSpan(second.IndexOf("Roe", StringComparison.Ordinal), 3))]);

        var quotes = new StoryAnalyzer().Analyze(corpus.Articles).Quotes;

        Assert.Equal(expected, quotes.Count);
    }

    [Fact]
    public void A_person_who_only_modifies_the_speaker_is_not_the_speaker()
    {
        var corpus = new TestCorpus();
        const string Words = "the levy keeps the mills in business for another winter";
        var text = "The Roe administration argued that " + Words + ".";
        corpus.Add(text, "2025-11-03", actors: ["Roe"], quotes: [new Quote(new TextSpan(35, Words.Length), Words, QuoteKind.Indirect, "The Roe administration", new TextSpan(0, 22))]);

        var quote = Assert.Single(new StoryAnalyzer().Analyze(corpus.Articles).Quotes);

        Assert.Null(quote.SpeakerId);
        Assert.Equal("The Roe administration", quote.SpeakerName);
    }

    [Fact]
    public void Quotes_worded_almost_the_same_by_two_speakers_stay_apart()
    {
        var corpus = new TestCorpus();
        const string One = "We reviewed the progress of the talks and agreed to meet again soon";
        const string Two = "We reviewed progress of the talks and agreed to meet again soon";
        corpus.Add("Roe said: \"" + One + "\".", "2025-11-03", actors: ["Roe"], quotes: [new Quote(new TextSpan(10, One.Length), One, QuoteKind.Colon, "Roe", new TextSpan(0, 3))]);
        corpus.Add("Vell said: \"" + Two + "\".", "2025-11-04", actors: ["Vell"], quotes: [new Quote(new TextSpan(11, Two.Length), Two, QuoteKind.Colon, "Vell", new TextSpan(0, 4))]);

        Assert.Equal(2, new StoryAnalyzer().Analyze(corpus.Articles).Quotes.Count);
    }

    [Fact]
    public void Analysis_gives_the_same_graph_twice()
    {
        var corpus = new TestCorpus();
        corpus.Add("Jane Roe and Arno Vell spoke by telephone about steel quotas.", "2025-11-04", Call, ["Jane Roe", "Arno Vell"], "2025-11-03");
        corpus.Add("The call came after Jane Roe imposed tariffs in September.", "2025-11-04", Tariff, ["Jane Roe", "Arno Vell"], "2025-09", background: true);

        var first = new StoryAnalyzer().Analyze(corpus.Articles);
        var second = new StoryAnalyzer().Analyze(corpus.Articles);

        Assert.Equal(first.Events.Select(e => (e.Id, e.Title)), second.Events.Select(e => (e.Id, e.Title)));
        Assert.Equal(first.Stories.Select(s => s.Id), second.Stories.Select(s => s.Id));
    }

    [Fact]
    public void Untyped_news_from_two_outlets_about_the_same_thing_is_one_event_titled_by_a_headline()
    {
        var corpus = new TestCorpus();
        corpus.Add("Actress Mira Sato checked into a rehabilitation clinic in Marrow, her publicist confirmed. Sato entered the clinic after a difficult year.", null, ("OTHER", "news"), ["Mira Sato"]);
        corpus.Add("Mira Sato has entered a rehabilitation clinic in Marrow, according to her publicist. The actress checked in quietly.", null, ("OTHER", "news"), ["Mira Sato"]);
        corpus.Add("Wheat prices fell sharply on the southern plains as farmers brought in an unexpectedly large harvest.", null, ("OTHER", "news"), []);

        var graph = new StoryAnalyzer().Analyze(corpus.Articles);

        var news = Assert.Single(graph.Events);
        Assert.Equal(2, news.ArticleIds.Count);
        Assert.StartsWith("Actress Mira Sato checked into a rehabilitation clinic", news.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_excerpt_joins_the_longer_quote_of_the_same_speaker_only()
    {
        var corpus = new TestCorpus();
        const string Post = "Roe just spoke with Vell. Stay tuned";
        var first = "Roe wrote: \"" + Post + "\".";
        var second = "Roe urged observers to \"stay tuned\".";
        var third = "Vell asked people to \"stay tuned\".";
        corpus.Add(first, "2025-11-03", actors: ["Roe"], quotes: [new Quote(new TextSpan(11, Post.Length), Post, QuoteKind.Colon, "Roe", new TextSpan(0, 3))]);
        corpus.Add(second, "2025-11-04", actors: ["Roe"], quotes: [new Quote(new TextSpan(24, 10), "stay tuned", QuoteKind.Direct, "Roe", new TextSpan(0, 3))]);
        corpus.Add(third, "2025-11-04", actors: ["Vell"], quotes: [new Quote(new TextSpan(21, 10), "stay tuned", QuoteKind.Direct, "Vell", new TextSpan(0, 4))]);

        var quotes = new StoryAnalyzer().Analyze(corpus.Articles).Quotes;

        var roe = Assert.Single(quotes, q => q.SpeakerName == "Roe");
        Assert.Equal(Post, roe.Text);
        Assert.Single(roe.AlsoIn);
        Assert.Single(quotes, q => q.SpeakerName == "Vell");
    }

    [Fact]
    public void Counts_of_one_or_two_are_prose_not_reported_figures()
    {
        var corpus = new TestCorpus();
        const string Text = "The two leaders said 12,000 workers had joined.";
        corpus.Add(Text, "2025-10-06", claims:
        [
            new NumericClaim(new TextSpan(4, 3), "two", 2, "leaders", "leaders", new TextSpan(0, Text.Length)),
            new NumericClaim(new TextSpan(21, 6), "12,000", 12000, "workers", "workers", new TextSpan(0, Text.Length)),
        ]);

        var claim = Assert.Single(new StoryAnalyzer().Analyze(corpus.Articles).Claims);
        Assert.Equal(12000, claim.Value);
    }
}
