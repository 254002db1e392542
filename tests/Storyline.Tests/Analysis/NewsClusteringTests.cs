using Storyline.Analysis;
using Storyline.Analysis.Entities;
using Storyline.Analysis.Events;

namespace Storyline.Tests.Analysis;

/// <summary>Untyped news (an article's lead with no event kind of its own) grouped into occurrences by its words and its dates.</summary>
public sealed class NewsClusteringTests
{
    private static readonly (string, string) News = ("OTHER", "news");

    /// <summary>Three accounts of one heist, each in its own words, and three unrelated leads that give the words their weight.</summary>
    private static TestCorpus Heist(string? thirdTime = null, string? dated = "2013-09-09")
    {
        var corpus = new TestCorpus();
        corpus.Add("Armed thieves rammed a car through the window of the Vendome jewellery store in central Paris and escaped with gems worth two million euros. The raiders fled on motorbikes, police said.", null, News, time: dated);
        corpus.Add("Police in Paris are hunting the raiders who drove a car into the Vendome jewellery store, grabbed gems and watches and fled on motorbikes. Nobody was hurt, police said.", null, News, time: dated);
        corpus.Add("The Vendome jewellery store in Paris was left in ruins after raiders smashed the front with a car and took gems and watches before escaping on motorbikes.", null, News, time: thirdTime);
        corpus.Add("Wheat prices fell sharply on the southern plains as farmers brought in an unexpectedly large harvest this season.", null, News);
        corpus.Add("The city council approved a new budget for schools and libraries after a long debate about property taxes.", null, News);
        corpus.Add("A storm brought heavy snow to the mountain passes, closing roads and stranding hundreds of skiers overnight.", null, News);
        return corpus;
    }

    private static List<EventCluster> HeistClusters(TestCorpus corpus) =>
        new EventClusterer().Cluster(corpus.Articles, new EntityResolver().Resolve(corpus.Articles))
            .Where(c => c.Reports.Count > 1)
            .ToList();

    [Fact]
    public void Accounts_of_one_occurrence_in_different_words_are_one_event()
    {
        var heist = Assert.Single(HeistClusters(Heist()));

        Assert.Equal(["a1", "a2", "a3"], heist.Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Accounts_that_join_only_as_a_group_are_merged_by_average_likeness()
    {
        // With the first pass's bar raised, the undated third account joins neither dated one alone; the second look joins the groups.
        var options = new EventClustererOptions { MinNewsSimilarity = 0.9 };
        var corpus = Heist();

        var merged = new EventClusterer(options).Cluster(corpus.Articles, new EntityResolver().Resolve(corpus.Articles)).Where(c => c.Reports.Count > 1).ToList();
        var apart = new EventClusterer(new EventClustererOptions { MinNewsSimilarity = 0.9, MinNewsMergeSimilarity = 0.99 })
            .Cluster(corpus.Articles, new EntityResolver().Resolve(corpus.Articles)).Where(c => c.Reports.Count > 1).ToList();

        Assert.Equal(["a1", "a2", "a3"], Assert.Single(merged).Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal));
        Assert.Equal(["a1", "a2"], Assert.Single(apart).Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_account_that_names_another_weekday_stays_out_of_a_dated_event()
    {
        // 2013-09-09 was a Monday: an undated "on Thursday" account of the same words is another heist.
        var heist = Assert.Single(HeistClusters(Heist(thirdTime: "XXXX-WXX-4")));

        Assert.Equal(["a1", "a2"], heist.Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void An_undated_account_that_names_the_same_weekday_or_day_joins_a_dated_event()
    {
        Assert.Equal(3, Assert.Single(HeistClusters(Heist(thirdTime: "XXXX-WXX-1"))).Reports.Count);
        Assert.Equal(3, Assert.Single(HeistClusters(Heist(thirdTime: "XXXX-09-09TNI"))).Reports.Count);
    }

    [Fact]
    public void Undated_accounts_on_different_weekdays_are_not_merged()
    {
        // No article is dated: the weekdays alone keep a Monday account and a Thursday one apart.
        var corpus = Heist(thirdTime: "XXXX-WXX-4", dated: "XXXX-WXX-1");

        var heist = Assert.Single(HeistClusters(corpus));

        Assert.Equal(["a1", "a2"], heist.Reports.Select(r => r.ArticleId).Order(StringComparer.Ordinal));
    }
}
