using System.Collections;
using System.Diagnostics;
using Storyline.Model;
using Storyline.Pipeline;

namespace Storyline.Storage.Tests;

/// <summary>
/// What every <see cref="IStoryStore"/> must do, whatever the engine. An engine's test class derives
/// from this and supplies fresh, empty stores; nothing here may depend on the engine.
/// </summary>
public abstract class StoryStoreContract
{
    /// <summary>A new, empty store. The test disposes it.</summary>
    protected abstract IStoryStore CreateStore();

    [Fact]
    public void A_new_store_is_empty()
    {
        using var store = CreateStore();

        Assert.Equal(0, store.ArticleCount);
        Assert.Empty(store.LoadArticles());
        Assert.False(store.ContainsArticle("missing"));
        Assert.Empty(store.SourcesOf("missing"));
    }

    [Fact]
    public void Added_articles_load_back_equal_in_every_field()
    {
        using var store = CreateStore();
        var articles = new[] { TestArticles.Make("a1"), TestArticles.Make("a2", headline: "Second report") };

        Assert.Equal(2, store.AddArticles(articles));

        DeepEqual.Assert(articles, store.LoadArticles());
    }

    [Fact]
    public void An_article_stored_by_another_reader_is_rewritten_in_place_and_one_by_the_same_reader_is_kept()
    {
        using var store = CreateStore();
        var first = TestArticles.Make("a1", published: PublicationDate.Unknown, annotated: false);
        Assert.Equal(2, store.AddArticles([first, TestArticles.Make("a2")], "build-1"));

        var reread = TestArticles.Make("a1", sourcePath: "again/a1.txt", headline: "A better headline");
        Assert.Equal(0, store.AddArticles([reread], "build-2"));

        Assert.Equal(2, store.ArticleCount);
        var loaded = store.LoadArticles();
        Assert.Equal(["a1", "a2"], loaded.Select(a => a.Article.Id));
        var rewritten = reread with { Article = reread.Article with { SourcePath = first.Article.SourcePath } };
        DeepEqual.Assert(rewritten, loaded[0]);
        Assert.Equal([first.Article.SourcePath, "again/a1.txt"], store.SourcesOf("a1"));
        Assert.Equal("build-2", store.ReaderOf("a1"));
        Assert.Equal("build-1", store.ReaderOf("a2"));
        Assert.Null(store.ReaderOf("missing"));
        Assert.Equal(["a2"], store.ArticlesNotReadBy("build-2"));
        Assert.Equal(["a1", "a2"], store.ArticlesNotReadBy("build-3"));

        // The same reader again changes nothing, whatever the batch holds.
        Assert.Equal(0, store.AddArticles([first], "build-2"));
        DeepEqual.Assert(rewritten, store.LoadArticles()[0]);
    }

    [Fact]
    public void Removed_articles_go_with_their_annotations_paths_and_reprint_links_and_the_rest_stay()
    {
        using var store = CreateStore();
        var kept = new[] { TestArticles.Make("a"), TestArticles.Make("c") };
        store.AddArticles([kept[0], TestArticles.Make("b"), kept[1]]);
        store.AddArticles([TestArticles.Make("b", sourcePath: "copy/b.txt")]);
        store.ReplaceReprints([new ReprintLink("b", "a", 0.9, false), new ReprintLink("c", "b", 0.8, true), new ReprintLink("a", "c", 0.7, false)]);

        Assert.Equal(1, store.RemoveArticles(["b", "missing"]));

        Assert.Equal(2, store.ArticleCount);
        DeepEqual.Assert(kept, store.LoadArticles());
        Assert.Empty(store.SourcesOf("b"));
        Assert.Null(store.ReaderOf("b"));
        Assert.Equal([new ReprintLink("a", "c", 0.7, false)], store.LoadReprints());
        Assert.Equal(0, store.RemoveArticles([]));
    }

    [Fact]
    public void Page_metadata_round_trips_and_an_empty_author_list_stays_apart_from_none()
    {
        using var store = CreateStore();
        var full = TestArticles.Make("meta");
        var none = TestArticles.Make("no-authors");
        var articles = new[]
        {
            full with { Article = full.Article with { Modified = "2026-03-12T18:05:00+01:00", Language = "en-GB", Authors = ["Mira Osk", "Tomas Vell"], PublishedSource = "json-ld datePublished" } },
            none with { Article = none.Article with { Authors = [] } },
        };

        store.AddArticles(articles);

        DeepEqual.Assert(articles, store.LoadArticles());
    }

    [Fact]
    public void Reprint_links_are_replaced_whole_by_the_latest_analysis()
    {
        using var store = CreateStore();
        store.AddArticles([TestArticles.Make("a"), TestArticles.Make("b"), TestArticles.Make("c")]);

        store.ReplaceReprints([new ReprintLink("b", "a", 0.8125, false), new ReprintLink("c", "a", 0.5, true)]);
        Assert.Equal([new ReprintLink("b", "a", 0.8125, false), new ReprintLink("c", "a", 0.5, true)], store.LoadReprints());

        store.ReplaceReprints([new ReprintLink("a", "c", 0.75, false)]);
        Assert.Equal([new ReprintLink("a", "c", 0.75, false)], store.LoadReprints());
    }

    [Fact]
    public void A_reprint_link_to_an_article_not_stored_is_refused_and_the_old_links_stay()
    {
        using var store = CreateStore();
        store.AddArticles([TestArticles.Make("a"), TestArticles.Make("b")]);
        store.ReplaceReprints([new ReprintLink("b", "a", 0.9, false)]);

        Assert.ThrowsAny<System.Data.Common.DbException>(() => store.ReplaceReprints([new ReprintLink("a", "b", 0.9, false), new ReprintLink("b", "missing", 0.9, false)]));

        Assert.Equal([new ReprintLink("b", "a", 0.9, false)], store.LoadReprints());
    }

    [Fact]
    public void Null_fields_empty_strings_and_empty_lists_round_trip()
    {
        using var store = CreateStore();
        var articles = new[]
        {
            TestArticles.Sparse("sparse"),
            TestArticles.Make("empty-strings", outlet: "", byline: "", datelinePlace: "", url: ""),
            TestArticles.Make("no-annotations", annotated: false),
            TestArticles.Make("range", published: new PublicationDate(null, DateBasis.EventCluster, new DateOnly(2025, 11, 1), new DateOnly(2025, 11, 30))),
        };

        store.AddArticles(articles);

        DeepEqual.Assert(articles, store.LoadArticles());
    }

    [Fact]
    public void Quotes_markup_and_sql_in_text_are_stored_as_plain_text()
    {
        using var store = CreateStore();
        const string hostile = "O'Neil said \"no\"; '); DROP TABLE articles;-- <script>alert(1)</script> \\ % _ $1 @x ?";
        var articles = new[]
        {
            TestArticles.Make("'); DROP TABLE articles;--", sourcePath: "in'box/\"x\".txt", headline: hostile, outlet: hostile, byline: hostile),
            TestArticles.Make("emoji", headline: "Leaders 🤝 agree 🇳🇴", body: TestArticles.DefaultBody + "\nCrowds cheered 🎉 in Ærøskøbing, Łódź and 東京."),
        };

        Assert.Equal(2, store.AddArticles(articles));

        DeepEqual.Assert(articles, store.LoadArticles());
        Assert.True(store.ContainsArticle("'); DROP TABLE articles;--"));
        Assert.Equal(["in'box/\"x\".txt"], store.SourcesOf("'); DROP TABLE articles;--"));
    }

    [Fact]
    public void Adding_the_same_articles_again_adds_nothing()
    {
        using var store = CreateStore();
        var articles = new[] { TestArticles.Make("a1"), TestArticles.Make("a2") };
        store.AddArticles(articles);

        Assert.Equal(0, store.AddArticles(articles));

        Assert.Equal(2, store.ArticleCount);
        DeepEqual.Assert(articles, store.LoadArticles());
    }

    [Fact]
    public void A_known_article_is_not_rewritten_when_it_comes_again()
    {
        using var store = CreateStore();
        var first = TestArticles.Make("a1", sourcePath: "feeds/one.txt");
        store.AddArticles([first]);

        var added = store.AddArticles([TestArticles.Make("a1", sourcePath: "feeds/two.txt", headline: "Changed headline", annotated: false)]);

        Assert.Equal(0, added);
        DeepEqual.Assert(new[] { first }, store.LoadArticles());
    }

    [Fact]
    public void Every_path_an_article_was_seen_at_is_recorded_once_in_first_seen_order()
    {
        using var store = CreateStore();
        store.AddArticles([TestArticles.Make("a1", sourcePath: "b/second.txt")]);
        store.AddArticles([TestArticles.Make("a1", sourcePath: "a/first.txt"), TestArticles.Make("a2", sourcePath: "c.txt")]);
        store.AddArticles([TestArticles.Make("a1", sourcePath: "b/second.txt"), TestArticles.Make("a1", sourcePath: "d/third.txt")]);

        Assert.Equal(["b/second.txt", "a/first.txt", "d/third.txt"], store.SourcesOf("a1"));
        Assert.Equal(["c.txt"], store.SourcesOf("a2"));
        Assert.Equal("b/second.txt", store.LoadArticles()[0].Article.SourcePath);
    }

    [Fact]
    public void The_same_article_twice_in_one_batch_is_stored_once()
    {
        using var store = CreateStore();

        var added = store.AddArticles([TestArticles.Make("a1", sourcePath: "x.txt"), TestArticles.Make("a1", sourcePath: "y.txt")]);

        Assert.Equal(1, added);
        Assert.Equal(1, store.ArticleCount);
        Assert.Equal(["x.txt", "y.txt"], store.SourcesOf("a1"));
    }

    [Fact]
    public void Articles_load_in_the_order_they_were_first_added_not_by_id()
    {
        using var store = CreateStore();
        store.AddArticles([TestArticles.Make("zulu"), TestArticles.Make("alpha")]);
        store.AddArticles([TestArticles.Make("mike"), TestArticles.Make("zulu"), TestArticles.Make("bravo")]);

        Assert.Equal(["zulu", "alpha", "mike", "bravo"], store.LoadArticles().Select(a => a.Article.Id));
    }

    [Fact]
    public void Count_and_contains_follow_what_was_added()
    {
        using var store = CreateStore();
        store.AddArticles(TestArticles.Many(5));
        store.AddArticles(TestArticles.Many(5, first: 3));

        Assert.Equal(8, store.ArticleCount);
        Assert.True(store.ContainsArticle(TestArticles.Id(0)));
        Assert.True(store.ContainsArticle(TestArticles.Id(7)));
        Assert.False(store.ContainsArticle(TestArticles.Id(8)));
        Assert.False(store.ContainsArticle(TestArticles.Id(0).ToUpperInvariant() + "x"));
    }

    [Fact]
    public void Ids_are_compared_exactly()
    {
        using var store = CreateStore();
        store.AddArticles([TestArticles.Make("abc")]);

        Assert.False(store.ContainsArticle("ABC"));
        Assert.False(store.ContainsArticle("abc "));
        Assert.Equal(1, store.AddArticles([TestArticles.Make("ABC")]));
    }

    [Fact]
    public void An_empty_batch_adds_nothing()
    {
        using var store = CreateStore();

        Assert.Equal(0, store.AddArticles([]));
        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void A_batch_that_fails_part_way_leaves_what_was_stored_before_intact()
    {
        using var store = CreateStore();
        var before = TestArticles.Many(3);
        store.AddArticles(before);
        var batch = new FailingList([TestArticles.Make("new1"), TestArticles.Make(TestArticles.Id(0), sourcePath: "elsewhere.txt"), TestArticles.Make("new2")], failAt: 3);

        Assert.Throws<InvalidOperationException>(() => store.AddArticles(batch));

        Assert.Equal(3, store.ArticleCount);
        Assert.False(store.ContainsArticle("new1"));
        Assert.Equal([TestArticles.Small(0).Article.SourcePath], store.SourcesOf(TestArticles.Id(0)));
        DeepEqual.Assert(before, store.LoadArticles());
    }

    [Fact]
    public void The_store_keeps_working_after_a_failed_batch()
    {
        using var store = CreateStore();
        Assert.Throws<InvalidOperationException>(() => store.AddArticles(new FailingList([TestArticles.Make("a1")], failAt: 1)));

        Assert.Equal(1, store.AddArticles([TestArticles.Make("a1")]));
        Assert.Equal(["a1"], store.LoadArticles().Select(a => a.Article.Id));
    }

    [Fact]
    public void A_batch_with_a_null_article_is_refused_whole()
    {
        using var store = CreateStore();

        Assert.ThrowsAny<ArgumentException>(() => store.AddArticles([TestArticles.Make("a1"), null!]));

        Assert.Equal(0, store.ArticleCount);
    }

    [Fact]
    public void A_batch_of_two_thousand_articles_is_stored_in_one_call()
    {
        using var store = CreateStore();
        var articles = Enumerable.Range(0, 2000)
            .Select(i => i % 10 == 0 ? TestArticles.Make(TestArticles.Id(i)) : TestArticles.Small(i))
            .ToList();

        var watch = Stopwatch.StartNew();
        var added = store.AddArticles(articles);
        watch.Stop();

        Assert.Equal(2000, added);
        Assert.Equal(2000, store.ArticleCount);
        DeepEqual.Assert(articles, store.LoadArticles());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"2,000 articles took {watch.Elapsed}");
    }

    /// <summary>A batch that breaks while the store is reading it, like a producer that crashes mid-batch.</summary>
    private sealed class FailingList(IReadOnlyList<AnnotatedArticle> items, int failAt) : IReadOnlyList<AnnotatedArticle>
    {
        public int Count => failAt + 1;

        public AnnotatedArticle this[int index] =>
            index < failAt && index < items.Count ? items[index] : throw new InvalidOperationException("The batch producer failed.");

        public IEnumerator<AnnotatedArticle> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
