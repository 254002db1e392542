using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Storyline.Model;
using Storyline.Pipeline;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode (readers do not block the writer), or
/// ":memory:" for tests and one-shot runs. Calls are serialized on one connection, so an
/// instance may be shared between threads; separate processes coordinate through SQLite's locks.
/// Text is stored as UTF-8: a lone UTF-16 surrogate, which is not text, comes back as U+FFFD
/// (same length, so spans stay valid).
/// </summary>
public sealed class SqliteStoryStore : IStoryStore
{
    public const string InMemory = ":memory:";

    private const int SqliteCorrupt = 11;
    private const int SqliteNotADatabase = 26;
    private const int BusyTimeoutMilliseconds = 10_000;
    private const string DateFormat = "yyyy-MM-dd";

    private const string InsertArticleSql = $$"""
        INSERT INTO articles (
            id, seq, source_path, headline, outlet, byline, dateline_place,
            published_value, published_basis, published_earliest, published_latest,
            url, body, paragraphs, posts, modified, language, authors, published_source, read_by)
        VALUES (
            $id, (SELECT COALESCE(MAX(seq), 0) + 1 FROM articles), $source_path, $headline, $outlet, $byline, $dateline_place,
            $published_value, $published_basis, $published_earliest, $published_latest,
            $url, $body, $paragraphs, $posts, $modified, $language, $authors, $published_source, $read_by)
        {{StoredArticleRow.RewriteByAnotherReader}}
        """;

    private const string InsertAnnotationsSql = """
        INSERT INTO annotations (article_id, format_version, json) VALUES ($id, $format_version, $json)
        ON CONFLICT (article_id) DO UPDATE SET format_version = excluded.format_version, json = excluded.json
        """;

    private const string InsertSourceSql =
        "INSERT INTO article_sources (article_id, source_path) VALUES ($id, $source_path) ON CONFLICT DO NOTHING";

    private const string LoadSql = """
        SELECT a.id, a.source_path, a.headline, a.outlet, a.byline, a.dateline_place,
               a.published_value, a.published_basis, a.published_earliest, a.published_latest,
               a.url, a.body, a.paragraphs, a.posts, n.format_version, n.json,
               a.modified, a.language, a.authors, a.published_source
        FROM articles a LEFT JOIN annotations n ON n.article_id = a.id
        ORDER BY a.seq
        """;

    private const string ReaderOfSql = "SELECT read_by FROM articles WHERE id = $id";

    private readonly Lock _gate = new();
    private readonly SqliteConnection _connection;
    private readonly string _displayName;
    private readonly PreparedInsert _insert;
    private readonly SqliteCommand _sources;
    private readonly SqliteParameter _sourcesId;
    private readonly SqliteCommand _readerOf;
    private readonly SqliteParameter _readerOfId;
    private bool _disposed;

    private SqliteStoryStore(SqliteConnection connection, string displayName)
    {
        _connection = connection;
        _displayName = displayName;
        _insert = new PreparedInsert(connection);
        (_sources, _sourcesId) = Prepare(connection, "SELECT source_path FROM article_sources WHERE article_id = $id ORDER BY rowid");
        (_readerOf, _readerOfId) = Prepare(connection, ReaderOfSql);
    }

    /// <summary>
    /// Opens (creating the file and its folders if needed) and migrates a store.
    /// Throws <see cref="StoryStoreException"/> when the file is not a SQLite database, is damaged,
    /// or was written by a newer build.
    /// </summary>
    public static SqliteStoryStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var inMemory = string.Equals(path, InMemory, StringComparison.Ordinal);
        var dataSource = inMemory ? InMemory : Path.GetFullPath(path);
        if (!inMemory && Path.GetDirectoryName(dataSource) is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
        }

        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadWriteCreate,
            // Pooling would keep the file open after Dispose; a store owns its one connection.
            Pooling = false,
        };

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            Configure(connection);
            SqliteSchema.Migrate(connection, SqliteSchema.Migrations, dataSource);
            return new SqliteStoryStore(connection, dataSource);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            var problem = e.SqliteErrorCode switch
            {
                SqliteNotADatabase => "is not a SQLite database",
                SqliteCorrupt => "is a damaged SQLite database",
                _ => "cannot be opened as a story store",
            };
            throw new StoryStoreException($"{dataSource}: {problem} ({e.Message})", e);
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
                using var command = _connection.CreateCommand();
                command.CommandText = "SELECT COUNT(*) FROM articles";
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

            using var transaction = _connection.BeginTransaction(deferred: false);
            _insert.Enlist(transaction);
            var added = 0;
            for (var i = 0; i < articles.Count; i++)
            {
                if (_insert.Add(articles[i], i, reader))
                {
                    added++;
                }
            }

            // Disposing an uncommitted transaction rolls it back, so any exception above leaves
            // the store as it was.
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
            _readerOfId.Value = articleId;
            return _readerOf.ExecuteScalar() as string;
        }
    }

    public IReadOnlyList<string> ArticlesNotReadBy(string reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT id FROM articles WHERE read_by <> $reader ORDER BY seq";
            command.Parameters.AddWithValue("$reader", reader);
            var ids = new List<string>();
            using var rows = command.ExecuteReader();
            while (rows.Read())
            {
                ids.Add(rows.GetString(0));
            }

            return ids;
        }
    }

    public IReadOnlyList<string> SourcesOf(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _sourcesId.Value = articleId;
            var paths = new List<string>();
            using var reader = _sources.ExecuteReader();
            while (reader.Read())
            {
                paths.Add(reader.GetString(0));
            }

            return paths;
        }
    }

    public int RemoveArticles(IReadOnlyList<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var transaction = _connection.BeginTransaction(deferred: false);
            using var delete = _connection.CreateCommand();
            delete.Transaction = transaction;
            // Annotations, paths and reprint links go with the row (ON DELETE CASCADE), the full-text entry by trigger.
            delete.CommandText = "DELETE FROM articles WHERE id = $id";
            var id = delete.Parameters.Add("$id", SqliteType.Text);
            var removed = 0;
            foreach (var articleId in articleIds)
            {
                id.Value = articleId;
                removed += delete.ExecuteNonQuery();
            }

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
            using var transaction = _connection.BeginTransaction(deferred: false);
            using (var clear = _connection.CreateCommand())
            {
                clear.Transaction = transaction;
                clear.CommandText = "DELETE FROM reprints";
                clear.ExecuteNonQuery();
            }

            using var insert = _connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO reprints (article_id, original_id, similarity, kind) VALUES ($id, $original, $similarity, $kind)";
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var original = insert.Parameters.Add("$original", SqliteType.Text);
            var similarity = insert.Parameters.Add("$similarity", SqliteType.Real);
            var kind = insert.Parameters.Add("$kind", SqliteType.Text);
            foreach (var link in links)
            {
                id.Value = link.ArticleId;
                original.Value = link.OriginalId;
                similarity.Value = link.Similarity;
                kind.Value = StoredArticleRow.ReprintKind(link);
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
            using var command = _connection.CreateCommand();
            command.CommandText = "SELECT article_id, original_id, similarity, kind FROM reprints ORDER BY article_id";
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
            using var command = _connection.CreateCommand();
            command.CommandText = LoadSql;
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
            _insert.Dispose();
            _sources.Dispose();
            _readerOf.Dispose();
            try
            {
                // Keeps query plans good for the next opener; cheap when nothing changed.
                using var optimize = _connection.CreateCommand();
                optimize.CommandText = "PRAGMA optimize";
                optimize.ExecuteNonQuery();
            }
            catch (SqliteException)
            {
                // Closing must not fail because housekeeping did.
            }

            _connection.Dispose();
        }
    }

    /// <summary>Reads a pragma's value; for tests and diagnostics.</summary>
    internal string? ReadPragma(string name)
    {
        if (!name.All(c => char.IsAsciiLetter(c) || c == '_'))
        {
            throw new ArgumentException("Not a pragma name.", nameof(name));
        }

        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = "PRAGMA " + name;
            return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Runs a query on the store's connection; lets tests look underneath the interface.</summary>
    internal List<object?[]> Query(string sql, params (string Name, object? Value)[] parameters)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            using var command = _connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, value) in parameters)
            {
                command.Parameters.AddWithValue(name, value ?? DBNull.Value);
            }

            var rows = new List<object?[]>();
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var row = new object?[reader.FieldCount];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            return rows;
        }
    }

    private static void Configure(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();

        // journal_mode answers with the mode in force: "memory" for :memory:, "wal" for files.
        command.CommandText = FormattableString.Invariant($"""
            PRAGMA journal_mode = WAL;
            PRAGMA synchronous = NORMAL;
            PRAGMA foreign_keys = ON;
            PRAGMA busy_timeout = {BusyTimeoutMilliseconds};
            """);
        command.ExecuteNonQuery();
    }

    private static (SqliteCommand Command, SqliteParameter Id) Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var id = command.Parameters.Add("$id", SqliteType.Text);
        command.Prepare();
        return (command, id);
    }

    private static DateOnly? ReadDate(System.Data.Common.DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal)
            ? null
            : DateOnly.ParseExact(reader.GetString(ordinal), DateFormat, CultureInfo.InvariantCulture);

    private static object DateValue(DateOnly? date) =>
        date is { } d ? d.ToString(DateFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    private static object TextValue(string? text) => (object?)text ?? DBNull.Value;

    /// <summary>
    /// The three insert statements, compiled once per store and re-bound per row: parsing SQL per
    /// row would dominate the cost of small articles.
    /// </summary>
    private sealed class PreparedInsert : IDisposable
    {
        private readonly SqliteCommand _article;
        private readonly SqliteParameter _id;
        private readonly SqliteParameter _sourcePath;
        private readonly SqliteParameter _headline;
        private readonly SqliteParameter _outlet;
        private readonly SqliteParameter _byline;
        private readonly SqliteParameter _datelinePlace;
        private readonly SqliteParameter _publishedValue;
        private readonly SqliteParameter _publishedBasis;
        private readonly SqliteParameter _publishedEarliest;
        private readonly SqliteParameter _publishedLatest;
        private readonly SqliteParameter _url;
        private readonly SqliteParameter _body;
        private readonly SqliteParameter _paragraphs;
        private readonly SqliteParameter _posts;
        private readonly SqliteParameter _modified;
        private readonly SqliteParameter _language;
        private readonly SqliteParameter _authors;
        private readonly SqliteParameter _publishedSource;
        private readonly SqliteParameter _readBy;

        private readonly SqliteCommand _annotations;
        private readonly SqliteParameter _annotationsId;
        private readonly SqliteParameter _formatVersion;
        private readonly SqliteParameter _json;

        private readonly SqliteCommand _source;
        private readonly SqliteParameter _sourceId;
        private readonly SqliteParameter _sourceSourcePath;

        private readonly SqliteCommand _readerOf;
        private readonly SqliteParameter _readerOfId;

        public PreparedInsert(SqliteConnection connection)
        {
            _article = connection.CreateCommand();
            _article.CommandText = InsertArticleSql;
            _id = Text(_article, "$id");
            _sourcePath = Text(_article, "$source_path");
            _headline = Text(_article, "$headline");
            _outlet = Text(_article, "$outlet");
            _byline = Text(_article, "$byline");
            _datelinePlace = Text(_article, "$dateline_place");
            _publishedValue = Text(_article, "$published_value");
            _publishedBasis = Text(_article, "$published_basis");
            _publishedEarliest = Text(_article, "$published_earliest");
            _publishedLatest = Text(_article, "$published_latest");
            _url = Text(_article, "$url");
            _body = Text(_article, "$body");
            _paragraphs = Text(_article, "$paragraphs");
            _posts = Text(_article, "$posts");
            _modified = Text(_article, "$modified");
            _language = Text(_article, "$language");
            _authors = Text(_article, "$authors");
            _publishedSource = Text(_article, "$published_source");
            _readBy = Text(_article, "$read_by");

            _annotations = connection.CreateCommand();
            _annotations.CommandText = InsertAnnotationsSql;
            _annotationsId = Text(_annotations, "$id");
            _formatVersion = _annotations.Parameters.Add("$format_version", SqliteType.Integer);
            _json = Text(_annotations, "$json");

            _source = connection.CreateCommand();
            _source.CommandText = InsertSourceSql;
            _sourceId = Text(_source, "$id");
            _sourceSourcePath = Text(_source, "$source_path");

            _readerOf = connection.CreateCommand();
            _readerOf.CommandText = ReaderOfSql;
            _readerOfId = Text(_readerOf, "$id");

            _article.Prepare();
            _readerOf.Prepare();
            _annotations.Prepare();
            _source.Prepare();
        }

        public void Enlist(SqliteTransaction transaction)
        {
            _article.Transaction = transaction;
            _annotations.Transaction = transaction;
            _source.Transaction = transaction;
            _readerOf.Transaction = transaction;
        }

        /// <summary>
        /// Stores the article unless its id is known under the same reader stamp, rewriting it when
        /// known under another; records its path either way. True when new.
        /// </summary>
        public bool Add(AnnotatedArticle annotated, int index, string reader)
        {
            StoredArticleRow.Validate(annotated, index);
            var article = annotated.Article;
            _readerOfId.Value = article.Id;
            var isNew = _readerOf.ExecuteScalar() is null;

            _id.Value = article.Id;
            _sourcePath.Value = article.SourcePath;
            _headline.Value = TextValue(article.Headline);
            _outlet.Value = TextValue(article.Outlet);
            _byline.Value = TextValue(article.Byline);
            _datelinePlace.Value = TextValue(article.DatelinePlace);
            var published = article.Published;
            _publishedValue.Value = DateValue(published.Value);
            _publishedBasis.Value = published.Basis.ToString();
            _publishedEarliest.Value = DateValue(published.Earliest);
            _publishedLatest.Value = DateValue(published.Latest);
            _url.Value = TextValue(article.Url);
            _body.Value = TextValue(article.Body);
            _paragraphs.Value = JsonSerializer.Serialize(article.Paragraphs, StorageJsonContext.Default.IReadOnlyListTextSpan);
            _posts.Value = JsonSerializer.Serialize(article.Posts, StorageJsonContext.Default.IReadOnlyListEmbeddedPost);
            _modified.Value = TextValue(article.Modified);
            _language.Value = TextValue(article.Language);
            _authors.Value = TextValue(StoredArticleRow.AuthorsJson(article.Authors));
            _publishedSource.Value = TextValue(article.PublishedSource);
            _readBy.Value = reader;
            var written = _article.ExecuteNonQuery() == 1;

            if (written)
            {
                _annotationsId.Value = article.Id;
                _formatVersion.Value = StoredAnnotations.FormatVersion;
                _json.Value = JsonSerializer.Serialize(StoredAnnotations.From(annotated), StorageJsonContext.Default.StoredAnnotations);
                _annotations.ExecuteNonQuery();
            }

            _sourceId.Value = article.Id;
            _sourceSourcePath.Value = article.SourcePath;
            _source.ExecuteNonQuery();
            return isNew;
        }

        public void Dispose()
        {
            _article.Dispose();
            _annotations.Dispose();
            _source.Dispose();
            _readerOf.Dispose();
        }

        private static SqliteParameter Text(SqliteCommand command, string name) =>
            command.Parameters.Add(name, SqliteType.Text);
    }
}
