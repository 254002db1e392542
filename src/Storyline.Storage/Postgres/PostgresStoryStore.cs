using System.Globalization;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Storyline.Model;
using Storyline.Pipeline;

namespace Storyline.Storage.Postgres;

/// <summary>
/// The server store, for large corpora and many writers: a PostgreSQL database reached with a
/// connection string (Npgsql's key=value form). Calls are serialized on one connection, so an
/// instance may be shared between threads; separate processes coordinate through PostgreSQL's
/// transactions. PostgreSQL text cannot hold U+0000 or a lone UTF-16 surrogate, so both are
/// stored as U+FFFD (same length, so spans stay valid), in ids and lookups alike.
/// </summary>
public sealed class PostgresStoryStore : IStoryStore
{
    private const string InsertArticleSql = $$"""
        INSERT INTO articles (
            id, source_path, headline, outlet, byline, dateline_place,
            published_value, published_basis, published_earliest, published_latest,
            url, body, paragraphs, posts, modified, language, authors, published_source, read_by)
        VALUES (
            @id, @source_path, @headline, @outlet, @byline, @dateline_place,
            @published_value, @published_basis, @published_earliest, @published_latest,
            @url, @body, @paragraphs, @posts, @modified, @language, @authors, @published_source, @read_by)
        {{StoredArticleRow.RewriteByAnotherReader}}
        RETURNING (xmax = 0) AS inserted
        """;

    private const string InsertAnnotationsSql = """
        INSERT INTO annotations (article_id, format_version, json) VALUES (@id, @format_version, @json)
        ON CONFLICT (article_id) DO UPDATE SET format_version = excluded.format_version, json = excluded.json
        """;

    private const string InsertSourceSql =
        "INSERT INTO article_sources (article_id, source_path) VALUES (@id, @source_path) ON CONFLICT DO NOTHING";

    private const string LoadSql = """
        SELECT a.id, a.source_path, a.headline, a.outlet, a.byline, a.dateline_place,
               a.published_value, a.published_basis, a.published_earliest, a.published_latest,
               a.url, a.body, a.paragraphs, a.posts, n.format_version, n.json,
               a.modified, a.language, a.authors, a.published_source
        FROM articles a LEFT JOIN annotations n ON n.article_id = a.id
        ORDER BY a.seq
        """;

    private readonly Lock _gate = new();
    private readonly NpgsqlConnection _connection;
    private readonly string _displayName;
    private bool _disposed;

    private PostgresStoryStore(NpgsqlConnection connection, string displayName)
    {
        _connection = connection;
        _displayName = displayName;
    }

    /// <summary>
    /// Connects and migrates. Throws <see cref="StoryStoreException"/> when the server cannot be
    /// reached, refuses the login, or holds a schema written by a newer build.
    /// </summary>
    public static PostgresStoryStore Open(string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new StoryStoreException("not a PostgreSQL connection string: " + e.Message, e);
        }

        // The password never reaches messages.
        var displayName = FormattableString.Invariant($"postgresql://{builder.Host}:{builder.Port}/{builder.Database}");
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            PostgresSchema.Migrate(connection, PostgresSchema.Migrations, displayName);
            return new PostgresStoryStore(connection, displayName);
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            connection.Dispose();
            throw new StoryStoreException($"{displayName}: cannot be opened as a story store ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public int ArticleCount
    {
        get
        {
            lock (_gate)
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                using var command = new NpgsqlCommand("SELECT COUNT(*) FROM articles", _connection);
                return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }
        }
    }

    public int AddArticles(IReadOnlyList<AnnotatedArticle> articles, string reader = "")
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(reader);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (articles.Count == 0)
            {
                return 0;
            }

            // Checked before anything is written, so a bad batch is refused whole.
            for (var i = 0; i < articles.Count; i++)
            {
                StoredArticleRow.Validate(articles[i], i);
            }

            using var transaction = _connection.BeginTransaction();
            using var article = new NpgsqlCommand(InsertArticleSql, _connection, transaction);
            using var annotations = new NpgsqlCommand(InsertAnnotationsSql, _connection, transaction);
            using var source = new NpgsqlCommand(InsertSourceSql, _connection, transaction);
            var added = 0;
            foreach (var annotated in articles)
            {
                var a = annotated.Article;
                var id = Clean(a.Id);
                article.Parameters.Clear();
                article.Parameters.AddWithValue("id", id);
                article.Parameters.AddWithValue("source_path", Clean(a.SourcePath));
                article.Parameters.AddWithValue("headline", Clean(a.Headline ?? string.Empty));
                article.Parameters.AddWithValue("outlet", NpgsqlDbType.Text, TextValue(a.Outlet));
                article.Parameters.AddWithValue("byline", NpgsqlDbType.Text, TextValue(a.Byline));
                article.Parameters.AddWithValue("dateline_place", NpgsqlDbType.Text, TextValue(a.DatelinePlace));
                article.Parameters.AddWithValue("published_value", NpgsqlDbType.Date, DateValue(a.Published.Value));
                article.Parameters.AddWithValue("published_basis", a.Published.Basis.ToString());
                article.Parameters.AddWithValue("published_earliest", NpgsqlDbType.Date, DateValue(a.Published.Earliest));
                article.Parameters.AddWithValue("published_latest", NpgsqlDbType.Date, DateValue(a.Published.Latest));
                article.Parameters.AddWithValue("url", NpgsqlDbType.Text, TextValue(a.Url));
                article.Parameters.AddWithValue("body", Clean(a.Body ?? string.Empty));
                article.Parameters.AddWithValue("paragraphs", Clean(JsonSerializer.Serialize(a.Paragraphs, StorageJsonContext.Default.IReadOnlyListTextSpan)));
                article.Parameters.AddWithValue("posts", Clean(JsonSerializer.Serialize(a.Posts, StorageJsonContext.Default.IReadOnlyListEmbeddedPost)));
                article.Parameters.AddWithValue("modified", NpgsqlDbType.Text, TextValue(a.Modified));
                article.Parameters.AddWithValue("language", NpgsqlDbType.Text, TextValue(a.Language));
                article.Parameters.AddWithValue("authors", NpgsqlDbType.Text, TextValue(StoredArticleRow.AuthorsJson(a.Authors)));
                article.Parameters.AddWithValue("published_source", NpgsqlDbType.Text, TextValue(a.PublishedSource));
                article.Parameters.AddWithValue("read_by", Clean(reader));

                // One row back when the article was inserted (xmax 0) or rewritten; none when it
                // was already stored under this reader.
                if (article.ExecuteScalar() is bool inserted)
                {
                    if (inserted)
                    {
                        added++;
                    }

                    annotations.Parameters.Clear();
                    annotations.Parameters.AddWithValue("id", id);
                    annotations.Parameters.AddWithValue("format_version", StoredAnnotations.FormatVersion);
                    annotations.Parameters.AddWithValue("json", Clean(JsonSerializer.Serialize(StoredAnnotations.From(annotated), StorageJsonContext.Default.StoredAnnotations)));
                    annotations.ExecuteNonQuery();
                }

                source.Parameters.Clear();
                source.Parameters.AddWithValue("id", id);
                source.Parameters.AddWithValue("source_path", Clean(a.SourcePath));
                source.ExecuteNonQuery();
            }

            // Disposing an uncommitted transaction rolls it back: a failure above leaves the store as it was.
            transaction.Commit();
            return added;
        }
    }

    /// <summary>Every stored article has a reader stamp ('' before schema version 4), so a stamp is its presence.</summary>
    public bool ContainsArticle(string articleId) => ReaderOf(articleId) is not null;

    public string? ReaderOf(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = new NpgsqlCommand("SELECT read_by FROM articles WHERE id = @id", _connection);
            command.Parameters.AddWithValue("id", Clean(articleId));
            return command.ExecuteScalar() as string;
        }
    }

    public IReadOnlyList<string> ArticlesNotReadBy(string reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = new NpgsqlCommand("SELECT id FROM articles WHERE read_by <> @reader ORDER BY seq", _connection);
            command.Parameters.AddWithValue("reader", Clean(reader));
            return FirstColumn(command);
        }
    }

    public IReadOnlyList<string> SourcesOf(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = new NpgsqlCommand("SELECT source_path FROM article_sources WHERE article_id = @id ORDER BY seq", _connection);
            command.Parameters.AddWithValue("id", Clean(articleId));
            return FirstColumn(command);
        }
    }

    public int RemoveArticles(IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            // Annotations, paths and reprint links go with the row (ON DELETE CASCADE).
            using var delete = new NpgsqlCommand("DELETE FROM articles WHERE id = ANY(@ids)", _connection, transaction);
            delete.Parameters.AddWithValue("ids", articleIds.Select(Clean).ToArray());
            var removed = delete.ExecuteNonQuery();
            transaction.Commit();
            return removed;
        }
    }

    public void ReplaceReprints(IReadOnlyList<ReprintLink> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction();
            using (var clear = new NpgsqlCommand("DELETE FROM reprints", _connection, transaction))
            {
                clear.ExecuteNonQuery();
            }

            using var insert = new NpgsqlCommand("INSERT INTO reprints (article_id, original_id, similarity, kind) VALUES (@id, @original, @similarity, @kind)", _connection, transaction);
            foreach (var link in links)
            {
                insert.Parameters.Clear();
                insert.Parameters.AddWithValue("id", Clean(link.ArticleId));
                insert.Parameters.AddWithValue("original", Clean(link.OriginalId));
                insert.Parameters.AddWithValue("similarity", link.Similarity);
                insert.Parameters.AddWithValue("kind", StoredArticleRow.ReprintKind(link));
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
    }

    public IReadOnlyList<ReprintLink> LoadReprints()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = new NpgsqlCommand("SELECT article_id, original_id, similarity, kind FROM reprints ORDER BY article_id", _connection);
            using var reader = command.ExecuteReader();
            return StoredArticleRow.ReadReprints(reader);
        }
    }

    public IReadOnlyList<AnnotatedArticle> LoadArticles()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            var result = new List<AnnotatedArticle>();
            using var command = new NpgsqlCommand(LoadSql, _connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                result.Add(StoredArticleRow.Read(reader, _displayName, ReadDate));
            }

            return result;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _connection.Dispose();
        }
    }

    /// <summary>Articles whose headline or body hold every word of <paramref name="words"/>, in insertion order.</summary>
    public IReadOnlyList<string> Search(string words)
    {
        ArgumentNullException.ThrowIfNull(words);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = new NpgsqlCommand("SELECT id FROM articles WHERE search @@ plainto_tsquery('simple', @words) ORDER BY seq", _connection);
            command.Parameters.AddWithValue("words", Clean(words));
            var ids = new List<string>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }

            return ids;
        }
    }

    /// <summary>The schema version in the database; for tests and diagnostics.</summary>
    internal int SchemaVersion()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return PostgresSchema.ReadVersion(_connection, null);
        }
    }

    /// <summary>
    /// Text as PostgreSQL can hold it: U+0000 and unpaired surrogates become U+FFFD, one for one,
    /// so every offset into the text stays where it was.
    /// </summary>
    internal static string Clean(string text)
    {
        var bad = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (IsUnstorable(text, i))
            {
                bad = i;
                break;
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        if (bad < 0)
        {
            return text;
        }

        var cleaned = new StringBuilder(text);
        for (var i = bad; i < cleaned.Length; i++)
        {
            if (IsUnstorable(text, i))
            {
                cleaned[i] = '\ufffd';
            }
            else if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return cleaned.ToString();
    }

    private static bool IsUnstorable(string text, int i)
    {
        var c = text[i];
        if (c == '\0')
        {
            return true;
        }
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }
        return char.IsLowSurrogate(c);
    }

    private static DateOnly? ReadDate(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetFieldValue<DateOnly>(ordinal);

    /// <summary>The first column of every row a query returns, as text.</summary>
    private static List<string> FirstColumn(NpgsqlCommand command)
    {
        var values = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private static object DateValue(DateOnly? date) => date is { } d ? d : DBNull.Value;

    private static object TextValue(string? text) => text is null ? DBNull.Value : Clean(text);
}
