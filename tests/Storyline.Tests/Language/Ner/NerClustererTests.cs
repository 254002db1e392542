using Storyline.Language.Ner;

namespace Storyline.Tests.Language.Ner;

public class NerClustererTests
{
    // Two kinds of word in two kinds of frame: places after "to"/"in", verbs between a name and "the".
    private static readonly string[][] Corpus =
    [
        ["she", "flew", "to", "Ostrava", "on", "Friday", "."],
        ["he", "drove", "to", "Velmar", "on", "Monday", "."],
        ["they", "sailed", "to", "Corvin", "on", "Sunday", "."],
        ["she", "lives", "in", "Ostrava", "now", "."],
        ["he", "lives", "in", "Velmar", "now", "."],
        ["they", "live", "in", "Corvin", "now", "."],
        ["Ana", "signed", "the", "deal", "."],
        ["Ben", "approved", "the", "deal", "."],
        ["Ana", "approved", "the", "plan", "."],
        ["Ben", "signed", "the", "plan", "."],
        ["Ana", "rejected", "the", "plan", "."],
        ["Ben", "rejected", "the", "deal", "."],
    ];

    private static Dictionary<string, string> Paths(NerClustererOptions? options = null) =>
        new NerClusterer(options).Cluster(Corpus).ToDictionary(c => c.Word, c => c.Path, StringComparer.Ordinal);

    private static int Shared(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    [Fact]
    public void The_same_corpus_gives_the_same_clusters_every_time()
    {
        var first = new NerClusterer().Cluster(Corpus);
        var second = new NerClusterer().Cluster(Corpus);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Words_are_lower_cased_and_rare_words_get_no_cluster()
    {
        var paths = Paths();

        Assert.Contains("ostrava", paths.Keys);
        Assert.DoesNotContain("Ostrava", paths.Keys);
        Assert.DoesNotContain("flew", paths.Keys);
        Assert.Contains("flew", Paths(new NerClustererOptions { MinCount = 1 }).Keys);
    }

    [Fact]
    public void Paths_are_bit_strings_no_longer_than_the_maximum_depth()
    {
        var paths = Paths(new NerClustererOptions { MaxDepth = 3, MinCount = 1 });

        Assert.All(paths.Values, p =>
        {
            Assert.InRange(p.Length, 1, 3);
            Assert.All(p, c => Assert.True(c is '0' or '1'));
        });
    }

    [Fact]
    public void Words_used_alike_share_a_longer_path_prefix_than_words_used_differently()
    {
        var paths = Paths();

        Assert.True(Shared(paths["velmar"], paths["corvin"]) > Shared(paths["velmar"], paths["signed"]));
        Assert.True(Shared(paths["signed"], paths["approved"]) > Shared(paths["signed"], paths["ostrava"]));
    }

    [Fact]
    public void An_empty_corpus_gives_no_clusters()
    {
        Assert.Empty(new NerClusterer().Cluster([]));
    }
}

public class NerClustersTests
{
    [Fact]
    public void The_table_reads_word_tab_path_lines_and_skips_the_header()
    {
        var clusters = new NerClusters(["# header without a tab", "velmar\t0110", "corvin\t0111", "#\t1"]);

        Assert.Equal(3, clusters.Count);
        Assert.Equal(-1, clusters.Row(NerHashProbe.Lower("ostrava")));
        Assert.True(clusters.Row(NerHashProbe.Lower("Velmar")) >= 0);
    }

    [Fact]
    public void Words_sharing_a_prefix_share_that_prefix_feature_only()
    {
        var clusters = new NerClusters(["velmar\t0110110000", "corvin\t0110111111"]);
        var a = clusters.Row(NerHashProbe.Lower("velmar"));
        var b = clusters.Row(NerHashProbe.Lower("corvin"));

        Assert.Equal(clusters.Prefix(a, 0), clusters.Prefix(b, 0));
        Assert.Equal(clusters.Prefix(a, 1), clusters.Prefix(b, 1));
        Assert.NotEqual(clusters.Prefix(a, 2), clusters.Prefix(b, 2));
    }

    [Fact]
    public void The_shipped_clusters_load_and_place_countries_together()
    {
        var clusters = NerClusters.LoadEmbedded();
        var france = clusters.Row(NerHashProbe.Lower("france"));
        var italy = clusters.Row(NerHashProbe.Lower("italy"));

        Assert.True(clusters.Count > 10_000);
        Assert.True(france >= 0 && italy >= 0);
        Assert.Equal(clusters.Prefix(france, 1), clusters.Prefix(italy, 1));
    }

    [Fact]
    public void Tokens_in_one_cluster_share_cluster_features_that_unknown_tokens_lack()
    {
        var clusters = new NerClusters(["velmar\t0110110000", "corvin\t0110110001"]);
        var features = new NerFeatures(new NerGazetteer(), clusters);
        var none = new NerFeatures(new NerGazetteer(), new NerClusters([]));
        string[][] sentences = [["Velmar"], ["Corvin"]];

        var doc = features.Extract(sentences);
        var plain = none.Extract(sentences);
        var first = doc.Static[doc.Offsets[0]..doc.Offsets[1]];
        var second = doc.Static[doc.Offsets[1]..doc.Offsets[2]];
        var plainFirst = plain.Static[plain.Offsets[0]..plain.Offsets[1]];

        Assert.Equal(plainFirst.Length + NerClusters.PrefixLengths.Length, first.Length);
        Assert.Equal(2, first.Except(plainFirst).Intersect(second).Count());
    }
}

internal static class NerHashProbe
{
    public static ulong Lower(string text) => NerHash.Lower(text);
}

public class NerBrownClustererTests
{
    private static readonly string[][] Corpus =
    [
        ["she", "flew", "to", "ostrava", "on", "friday", "."],
        ["he", "drove", "to", "velmar", "on", "monday", "."],
        ["they", "sailed", "to", "corvin", "on", "sunday", "."],
        ["she", "lives", "in", "ostrava", "now", "."],
        ["he", "lives", "in", "velmar", "now", "."],
        ["they", "live", "in", "corvin", "now", "."],
        ["she", "flew", "to", "velmar", "on", "sunday", "."],
        ["he", "drove", "to", "corvin", "on", "friday", "."],
        ["they", "sailed", "to", "ostrava", "on", "monday", "."],
    ];

    [Fact]
    public void The_same_corpus_gives_the_same_brown_clusters_every_time()
    {
        var options = new NerClustererOptions { Window = 4 };

        Assert.Equal(new NerBrownClusterer(options).Cluster(Corpus), new NerBrownClusterer(options).Cluster(Corpus));
    }

    [Fact]
    public void Brown_clusters_group_words_that_share_neighbours()
    {
        var paths = new NerBrownClusterer(new NerClustererOptions { Window = 4 }).Cluster(Corpus)
            .ToDictionary(c => c.Word, c => c.Path, StringComparer.Ordinal);

        Assert.Equal(paths["velmar"], paths["corvin"]);
        Assert.Equal(paths["ostrava"], paths["velmar"]);
        Assert.NotEqual(paths["ostrava"], paths["she"]);
        Assert.All(paths.Values, p => Assert.All(p, c => Assert.True(c is '0' or '1')));
    }

    [Fact]
    public void A_window_of_clusters_gives_at_most_that_many_distinct_paths()
    {
        var clusters = new NerBrownClusterer(new NerClustererOptions { Window = 3, MinCount = 1 }).Cluster(Corpus);

        Assert.InRange(clusters.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count(), 1, 3);
    }
}

public class NerClusterColumnsTests
{
    [Fact]
    public void A_file_with_two_clusterings_gives_prefixes_of_both_and_a_mark_for_a_missing_path()
    {
        var clusters = new NerClusters(["velmar\t0110\t10", "corvin\t0110\t-"]);
        var a = clusters.Row(NerHashProbe.Lower("velmar"));
        var b = clusters.Row(NerHashProbe.Lower("corvin"));

        Assert.Equal(2 * NerClusters.PrefixLengths.Length, clusters.Width);
        Assert.Equal(clusters.Prefix(a, 0), clusters.Prefix(b, 0));
        Assert.NotEqual(clusters.Prefix(a, NerClusters.PrefixLengths.Length), clusters.Prefix(b, NerClusters.PrefixLengths.Length));
    }
}

public class NerNameRunTests
{
    private static (int Position, int Length)[] Runs(string sentence)
    {
        var tokens = sentence.Split(' ');
        var capitalized = tokens.Select(t => char.IsUpper(t[0])).ToArray();
        var runs = new (int Position, int Length)[tokens.Length];
        NerFeatures.NameRuns(tokens, capitalized, runs);
        return runs;
    }

    [Fact]
    public void Connectors_between_capitalized_words_join_one_run()
    {
        var runs = Runs("shares of Velmar Bank of Corvin and Sons rose");

        Assert.Equal((0, 0), runs[1]);
        Assert.Equal((1, 6), runs[2]);
        Assert.Equal((2, 6), runs[4]);
        Assert.Equal((3, 6), runs[7]);
        Assert.Equal((0, 0), runs[8]);
    }

    [Fact]
    public void A_connector_without_a_capitalized_word_after_it_ends_the_run()
    {
        var runs = Runs("she met Ana Roe and her brother");

        Assert.Equal((1, 2), runs[2]);
        Assert.Equal((3, 2), runs[3]);
        Assert.Equal((0, 0), runs[4]);
    }

    [Fact]
    public void A_lone_capitalized_word_is_a_run_of_one()
    {
        Assert.Equal((0, 1), Runs("Ostrava is cold")[0]);
    }
}

public class NerRunFeatureTests
{
    private static ulong[] FirstTokenOfName(string sentence)
    {
        var features = new NerFeatures(new NerGazetteer(), new NerClusters([]));
        var doc = features.Extract([sentence.Split(' ')]);
        return doc.Static[doc.Offsets[2]..doc.Offsets[3]];
    }

    [Fact]
    public void The_first_words_of_two_names_with_the_same_last_word_share_the_last_word_features()
    {
        var velmar = FirstTokenOfName("shares of Velmar Trade Bank Holdings rose");
        var corvinHoldings = FirstTokenOfName("shares of Corvin Steel Mill Holdings rose");
        var corvinGroup = FirstTokenOfName("shares of Corvin Steel Mill Group rose");

        // The run's last word alone and with the token's position in the run.
        Assert.Equal(2, velmar.Intersect(corvinHoldings).Count() - velmar.Intersect(corvinGroup).Count());
    }
}
