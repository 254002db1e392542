using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>What only the SQLite engine promises: file handling, pragmas, schema versions, raw text fidelity.</summary>
public sealed class SqliteSpecificTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_file_store_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout()
    {
        using var store = SqliteStoryStore.Open(_folder.File("store.db"));

        Assert.Equal("wal", store.ReadPragma("journal_mode"));
        Assert.Equal("1", store.ReadPragma("synchronous"));
        Assert.Equal("1", store.ReadPragma("foreign_keys"));
        Assert.NotEqual("0", store.ReadPragma("busy_timeout"));
    }

    [Fact]
    public void Opening_creates_the_file_and_its_missing_folders()
    {
        var path = Path.Combine(_folder.Path, "deep", "er", "store.db");

        using (SqliteStoryStore.Open(path))
        {
        }

        Assert.True(File.Exists(path));
    }

    [Fact]
    public void Reopening_a_file_keeps_every_article_and_source()
    {
        var path = _folder.File("store.db");
        var articles = new[] { TestArticles.Make("a1", sourcePath: "one.txt"), TestArticles.Make("a2") };
        using (var store = SqliteStoryStore.Open(path))
        {
            store.AddArticles(articles);
            store.AddArticles([TestArticles.Make("a1", sourcePath: "two.txt")]);
        }

        using var reopened = SqliteStoryStore.Open(path);

        DeepEqual.Assert(articles, reopened.LoadArticles());
        Assert.Equal(["one.txt", "two.txt"], reopened.SourcesOf("a1"));
        Assert.Equal(1, reopened.AddArticles([TestArticles.Make("a3")]));
        Assert.Equal(["a1", "a2", "a3"], reopened.LoadArticles().Select(a => a.Article.Id));
    }

    [Fact]
    public void A_new_database_is_at_the_latest_schema_version()
    {
        using var store = SqliteStoryStore.Open(_folder.File("store.db"));

        Assert.Equal(SqliteSchema.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ReadPragma("user_version"));
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        var path = _folder.File("store.db");
        using (SqliteStoryStore.Open(path))
        {
        }

        Execute(path, "PRAGMA user_version = 7");

        var error = Assert.Throws<StoryStoreException>(() => SqliteStoryStore.Open(path));
        Assert.Contains(
            FormattableString.Invariant($"database schema version 7 is newer than this build supports ({SqliteSchema.LatestVersion})"),
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_a_clear_message_and_left_untouched()
    {
        var path = _folder.File("notes.db");
        var content = string.Concat(Enumerable.Repeat("These are meeting notes, not a database.\n", 200));
        File.WriteAllText(path, content);

        var error = Assert.Throws<StoryStoreException>(() => SqliteStoryStore.Open(path));

        Assert.Contains("is not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(path));
    }

    [Fact]
    public void A_folder_given_as_the_store_path_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<StoryStoreException>(() => SqliteStoryStore.Open(_folder.Path));

        Assert.Contains(_folder.Path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_characters_and_control_characters_round_trip()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        var articles = new[]
        {
            TestArticles.Make("nul\0id", sourcePath: "a\0b.txt", headline: "Head\0line", body: "Before\0after\u0001\u001f\u007f\r\n\tend", outlet: "\0"),
        };

        store.AddArticles(articles);

        DeepEqual.Assert(articles, store.LoadArticles());
        Assert.True(store.ContainsArticle("nul\0id"));
        Assert.False(store.ContainsArticle("nul"));
        Assert.Equal(["a\0b.txt"], store.SourcesOf("nul\0id"));
    }

    [Fact]
    public void A_lone_surrogate_comes_back_as_a_replacement_character_of_the_same_length()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);

        var body = TestArticles.DefaultBody.Replace("long road", "long \udc00road", StringComparison.Ordinal);
        store.AddArticles([TestArticles.Make("s1", headline: "broken \ud800 pair", body: body)]);

        var loaded = store.LoadArticles()[0];
        Assert.Equal("broken \ufffd pair", loaded.Article.Headline);
        Assert.Equal(body.Replace('\udc00', '\ufffd'), loaded.Article.Body);
        Assert.Contains("long \ufffdroad", loaded.Article.Posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("long \ufffdroad", loaded.Quotes[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_constraint_failure_mid_batch_rolls_back_the_whole_batch()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        store.AddArticles([TestArticles.Make("kept")]);

        Assert.Throws<SqliteException>(() => store.AddArticles([TestArticles.Make("new"), TestArticles.Make("bad", headline: null!)]));

        Assert.Equal(["kept"], store.LoadArticles().Select(a => a.Article.Id));
        Assert.Empty(store.Query("SELECT article_id FROM annotations WHERE article_id = 'new'"));
        Assert.Single(store.Query("SELECT rowid FROM articles_fts"));
    }

    [Fact]
    public void Annotations_are_stored_once_as_versioned_json_without_the_body_text()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        var annotated = TestArticles.Make("a1", body: TestArticles.DefaultBody + "\nA closing line only the body has.");

        store.AddArticles([annotated]);

        var row = Assert.Single(store.Query("SELECT format_version, json FROM annotations WHERE article_id = $id", ("$id", "a1")));
        Assert.Equal(1L, row[0]);
        Assert.DoesNotContain("closing line only the body has", (string)row[1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_text_index_finds_articles_by_headline_and_body_words()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        store.AddArticles([
            TestArticles.Make("levy", headline: "Levy talks resume"),
            TestArticles.Make("harbour", headline: "Harbour reopens", body: "The harbour in Velmar reopened after the storm.", annotated: false),
        ]);

        const string Search = "SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH $q ORDER BY rank";
        Assert.Equal("levy", Assert.Single(store.Query(Search, ("$q", "levy")))[0]);
        Assert.Equal("harbour", Assert.Single(store.Query(Search, ("$q", "velmar")))[0]);
        Assert.Equal(2, store.Query(Search, ("$q", "headline: levy OR harbour")).Count);
    }

    [Fact]
    public void The_full_text_index_follows_an_article_rewritten_by_another_reader()
    {
        using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        store.AddArticles([TestArticles.Make("levy", headline: "Levy talks resume")], "build-1");
        store.AddArticles([TestArticles.Make("levy", headline: "Tariff talks resume")], "build-2");

        const string Search = "SELECT a.id FROM articles_fts f JOIN articles a ON a.seq = f.rowid WHERE articles_fts MATCH $q";
        Assert.Equal("levy", Assert.Single(store.Query(Search, ("$q", "headline: tariff")))[0]);
        Assert.Empty(store.Query(Search, ("$q", "headline: levy")));
    }

    [Fact]
    public void Articles_stored_before_the_reader_stamp_read_as_stored_by_no_known_reader()
    {
        var path = DatabaseWithOneArticleAt(version: 3);

        using var store = SqliteStoryStore.Open(path);

        Assert.Equal(string.Empty, store.ReaderOf("old"));
        Assert.Equal(["old"], store.ArticlesNotReadBy(Storyline.Pipeline.StorylinePipeline.ReaderStamp));
    }

    [Fact]
    public void A_version_one_database_is_migrated_with_its_articles_kept()
    {
        var path = DatabaseWithOneArticleAt(version: 1);

        using var store = SqliteStoryStore.Open(path);

        var old = Assert.Single(store.LoadArticles()).Article;
        Assert.Equal(("Old headline", null, null, null), (old.Headline, old.Modified, old.Language, old.Authors));
        Assert.Equal(SqliteSchema.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), store.ReadPragma("user_version"));
    }

    [Fact]
    public void A_later_migration_is_applied_once_on_top_of_the_existing_data()
    {
        var path = _folder.File("store.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            store.AddArticles([TestArticles.Make("a1")]);
        }

        string[] migrations = [.. SqliteSchema.Migrations, "CREATE TABLE later (x INTEGER)"];
        using (var connection = Connect(path))
        {
            SqliteSchema.Migrate(connection, migrations, path);
            SqliteSchema.Migrate(connection, migrations, path);
            Assert.Equal(migrations.Length, SqliteSchema.ReadVersion(connection, null));
        }

        Assert.Equal(1, Scalar(path, "SELECT COUNT(*) FROM articles"));
    }

    [Fact]
    public void A_failing_migration_leaves_the_previous_version_and_its_data()
    {
        var path = _folder.File("store.db");
        using (var store = SqliteStoryStore.Open(path))
        {
            store.AddArticles([TestArticles.Make("a1")]);
        }

        string[] migrations = [.. SqliteSchema.Migrations, "CREATE TABLE half (x INTEGER); DROP TABLE articles; SELECT * FROM no_such_table;"];
        using (var connection = Connect(path))
        {
            Assert.Throws<SqliteException>(() => SqliteSchema.Migrate(connection, migrations, path));
            Assert.Equal(SqliteSchema.LatestVersion, SqliteSchema.ReadVersion(connection, null));
        }

        using var reopened = SqliteStoryStore.Open(path);
        Assert.Equal(["a1"], reopened.LoadArticles().Select(a => a.Article.Id));
        Assert.Equal(0, Scalar(path, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'"));
    }

    [Fact]
    public void Ten_thousand_small_articles_in_batches_of_five_hundred_are_all_stored()
    {
        // Speed is the throughput runner's business (benchmarks/), not a timed assertion here.
        using var store = SqliteStoryStore.Open(_folder.File("store.db"));
        var batches = Enumerable.Range(0, 20).Select(b => TestArticles.Many(500, first: b * 500)).ToList();

        var added = batches.Sum(b => store.AddArticles(b));

        Assert.Equal(10_000, added);
        Assert.Equal(10_000, store.ArticleCount);
    }

    [Fact]
    public async Task Two_stores_writing_one_file_at_once_lose_and_double_nothing()
    {
        var path = _folder.File("shared.db");
        using (SqliteStoryStore.Open(path))
        {
        }

        // Both writers add overlapping ranges: 0..1499 and 500..1999.
        var writers = new[] { 0, 500 }.Select(first => Task.Run(() =>
        {
            using var store = SqliteStoryStore.Open(path);
            return Enumerable.Range(0, 15).Sum(b => store.AddArticles(TestArticles.Many(100, first: first + (b * 100))));
        })).ToArray();
        var added = await Task.WhenAll(writers);

        using var reader = SqliteStoryStore.Open(path);
        Assert.Equal(2000, added.Sum());
        Assert.Equal(2000, reader.ArticleCount);
        Assert.Equal(2000, reader.LoadArticles().Select(a => a.Article.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void A_disposed_store_refuses_further_use()
    {
        var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
        store.Dispose();
        store.Dispose();

        Assert.Throws<ObjectDisposedException>(() => store.ArticleCount);
    }

    private static SqliteConnection Connect(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    /// <summary>A database left at an older schema version holding one article ("old"), as an older build wrote it.</summary>
    private string DatabaseWithOneArticleAt(int version)
    {
        var path = _folder.File(FormattableString.Invariant($"v{version}.db"));
        using (var connection = Connect(path))
        {
            SqliteSchema.Migrate(connection, SqliteSchema.Migrations.Take(version).ToList(), path);
        }
        Execute(path, "INSERT INTO articles (id, seq, source_path, headline, published_basis, body, paragraphs, posts) VALUES ('old', 1, 'old.txt', 'Old headline', 'Unknown', 'Old body.', '[]', '[]')");
        Execute(path, "INSERT INTO annotations (article_id, format_version, json) VALUES ('old', 1, '{\"sentences\":[],\"mentions\":[],\"entities\":[],\"times\":[],\"quotes\":[],\"claims\":[],\"events\":[]}')");
        return path;
    }

    private static void Execute(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var connection = Connect(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
