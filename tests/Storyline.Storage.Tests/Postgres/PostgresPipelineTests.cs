using Npgsql;
using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>The whole pipeline on the bundled samples, stored in PostgreSQL, against the same run in SQLite.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresPipelineTests(PostgresServer server) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void The_samples_give_the_same_report_bytes_from_postgresql_as_from_sqlite_and_a_second_run_adds_nothing()
    {
        var samples = SamplesFolder();
        var builder = new NpgsqlConnectionStringBuilder(server.CreateDatabase());
        var url = $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";

        var fromSqlite = Report(SqliteStoryStore.Open(_folder.File("samples.db")), samples, "sqlite");
        var fromPostgres = Report(StoryStores.Open(url), samples, "postgres");
        using var again = StoryStores.Open(url);
        var second = new StorylinePipeline().Run([samples], again);

        Assert.Equal(fromSqlite, fromPostgres);
        Assert.Equal(0, second.ArticlesAdded);
        Assert.Equal(second.ArticlesRead, again.ArticleCount);
        var copies = second.Graph.Articles.Where(r => r.DuplicateOf is not null).Select(r => (r.Article.Id, r.DuplicateOf!)).OrderBy(p => p.Id, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(copies);
        Assert.Equal(copies, again.LoadReprints().Select(l => (l.ArticleId, l.OriginalId)));
    }

    [Theory]
    [InlineData("postgresql://ana:p%40ss@db.example:6543/news", "db.example", 6543, "news", "ana", "p@ss")]
    [InlineData("postgres://localhost/corpus", "localhost", 5432, "corpus", null, null)]
    [InlineData("postgresql://localhost", "localhost", 5432, "storyline", null, null)]
    public void A_postgresql_url_becomes_a_connection_string(string url, string host, int port, string database, string? user, string? password)
    {
        var builder = new NpgsqlConnectionStringBuilder(StoryStores.ConnectionString(url));

        Assert.Equal((host, port, database, user, password), (builder.Host, builder.Port, builder.Database, builder.Username, builder.Password));
    }

    public void Dispose() => _folder.Dispose();

    private byte[] Report(IStoryStore store, string samples, string name)
    {
        using (store)
        {
            var result = new StorylinePipeline().Run([samples], store);
            var folder = _folder.File(name);
            StorylinePipeline.WriteReports(result.Graph, folder);
            return File.ReadAllBytes(Path.Combine(folder, "report.json"));
        }
    }

    private static string SamplesFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(dir.FullName, "Storyline.slnx")) && Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new DirectoryNotFoundException("the repository's samples/ folder was not found above " + AppContext.BaseDirectory);
    }
}
