using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Npgsql;
using Storyline.Storage.Postgres;

namespace Storyline.Storage.Tests.Postgres;

[Collection(PostgresServerGroup.Name)]
public sealed class PostgresSpecificTests(PostgresServer server)
{
    [Fact]
    public void A_new_database_is_at_the_latest_schema_version_and_reopening_migrates_nothing()
    {
        var connection = server.CreateDatabase();
        using (var store = PostgresStoryStore.Open(connection))
        {
            Assert.Equal(PostgresSchema.LatestVersion, store.SchemaVersion());
            store.AddArticles([TestArticles.Make("kept")]);
        }

        using var again = PostgresStoryStore.Open(connection);
        Assert.Equal(PostgresSchema.LatestVersion, again.SchemaVersion());
        Assert.True(again.ContainsArticle("kept"));
        Assert.Equal(["inbox/kept.txt"], again.SourcesOf("kept"));
    }

    [Fact]
    public void A_database_from_a_newer_build_is_refused_with_a_clear_message()
    {
        var connection = server.CreateDatabase();
        using (PostgresStoryStore.Open(connection))
        {
        }
        Execute(connection, "UPDATE storyline_schema SET version = 99");

        var error = Assert.Throws<StoryStoreException>(() => PostgresStoryStore.Open(connection));

        Assert.Contains("schema version 99 is newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_server_that_cannot_be_reached_is_one_clear_error_without_the_password()
    {
        var connection = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = 1, Username = "nobody", Password = "s3cret-word", Database = "none", Timeout = 2 }.ConnectionString;

        var error = Assert.Throws<StoryStoreException>(() => PostgresStoryStore.Open(connection));

        Assert.StartsWith("postgresql://127.0.0.1:1/none: cannot be opened as a story store", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret-word", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Nul_characters_and_lone_surrogates_are_stored_as_replacement_characters_of_the_same_length()
    {
        using var store = PostgresStoryStore.Open(server.CreateDatabase());
        var body = TestArticles.DefaultBody.Replace("long road", "long \udc00road", StringComparison.Ordinal);
        store.AddArticles([TestArticles.Make("nul\0id", headline: "broken \ud800 pa\0ir", body: body)]);

        var loaded = store.LoadArticles()[0];

        Assert.Equal("nul\ufffdid", loaded.Article.Id);
        Assert.True(store.ContainsArticle("nul\0id"));
        Assert.Equal("broken \ufffd pa\ufffdir", loaded.Article.Headline);
        Assert.Equal(body.Replace('\udc00', '\ufffd'), loaded.Article.Body);
        Assert.Contains("long \ufffdroad", loaded.Article.Posts[0].Text, StringComparison.Ordinal);
        Assert.Contains("long \ufffdroad", loaded.Quotes[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_full_text_index_follows_an_article_rewritten_by_another_reader()
    {
        using var store = PostgresStoryStore.Open(server.CreateDatabase());
        store.AddArticles([TestArticles.Make("a", headline: "Harbour strike ends")], "build-1");
        store.AddArticles([TestArticles.Make("a", headline: "Wheat prices fall")], "build-2");

        Assert.Equal(["a"], store.Search("wheat"));
        Assert.Empty(store.Search("harbour strike"));
    }

    [Fact]
    public void The_full_text_index_finds_articles_by_headline_and_body_words()
    {
        using var store = PostgresStoryStore.Open(server.CreateDatabase());
        store.AddArticles([TestArticles.Make("a", headline: "Harbour strike ends"), TestArticles.Make("b", headline: "Wheat prices fall")]);

        Assert.Equal(["a"], store.Search("harbour strike"));
        Assert.Equal(["b"], store.Search("WHEAT"));
        Assert.Empty(store.Search("volcano"));
    }

    [Fact]
    public async Task Two_stores_writing_one_database_at_once_lose_and_double_nothing()
    {
        var connection = server.CreateDatabase();
        using (PostgresStoryStore.Open(connection))
        {
        }

        var writers = new[] { 0, 500 }.Select(first => Task.Run(() =>
        {
            using var store = PostgresStoryStore.Open(connection);
            return Enumerable.Range(0, 15).Sum(b => store.AddArticles(TestArticles.Many(100, first: first + (b * 100))));
        })).ToArray();
        var added = await Task.WhenAll(writers);

        using var reader = PostgresStoryStore.Open(connection);
        Assert.Equal(2000, added.Sum());
        Assert.Equal(2000, reader.ArticleCount);
    }

    [Property(MaxTest = 300)]
    public Property Cleaning_keeps_the_length_leaves_valid_text_alone_and_is_idempotent(string? text)
    {
        var input = text ?? string.Empty;
        var cleaned = PostgresStoryStore.Clean(input);
        var valid = !input.Contains('\0', StringComparison.Ordinal) && IsWellFormed(input);
        return (cleaned.Length == input.Length
                && !cleaned.Contains('\0', StringComparison.Ordinal)
                && IsWellFormed(cleaned)
                && PostgresStoryStore.Clean(cleaned) == cleaned
                && (!valid || ReferenceEquals(cleaned, input)))
            .ToProperty();
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }
        return true;
    }

    private static void Execute(string connectionString, string sql)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
