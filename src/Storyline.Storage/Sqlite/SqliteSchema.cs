using Microsoft.Data.Sqlite;

namespace Storyline.Storage.Sqlite;

/// <summary>
/// The schema as an ordered list of migrations: script N takes a database from version N-1 to N.
/// The version lives in <c>PRAGMA user_version</c>. Scripts are append-only: a shipped script is
/// never edited, a change is a new script.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Migrations { get; } =
    [
        // Version 1. Article fields are columns (queryable, body stored once); Paragraphs and Posts,
        // which are only ever read with the article, are JSON. seq is the insertion order and the
        // rowid the full-text index points at. No timestamps: storage never reads the clock.
        """
        CREATE TABLE articles (
            id                 TEXT PRIMARY KEY NOT NULL,
            seq                INTEGER NOT NULL UNIQUE,
            source_path        TEXT NOT NULL,
            headline           TEXT NOT NULL,
            outlet             TEXT,
            byline             TEXT,
            dateline_place     TEXT,
            published_value    TEXT,
            published_basis    TEXT NOT NULL,
            published_earliest TEXT,
            published_latest   TEXT,
            url                TEXT,
            body               TEXT NOT NULL,
            paragraphs         TEXT NOT NULL,
            posts              TEXT NOT NULL
        );

        CREATE TABLE article_sources (
            article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            source_path TEXT NOT NULL,
            PRIMARY KEY (article_id, source_path)
        );

        CREATE TABLE annotations (
            article_id     TEXT PRIMARY KEY NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            format_version INTEGER NOT NULL,
            json           TEXT NOT NULL
        );

        -- External-content index: it keeps only the index, the text stays in articles.
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            headline, body,
            content = 'articles', content_rowid = 'seq',
            tokenize = 'unicode61 remove_diacritics 2'
        );

        CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
            INSERT INTO articles_fts(rowid, headline, body) VALUES (new.seq, new.headline, new.body);
        END;

        CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
        END;
        """,

        // Version 2. Page metadata the HTML reader finds: modification time (never the publication
        // date), language, authors (JSON list), and which source the publication date came from.
        """
        ALTER TABLE articles ADD COLUMN modified TEXT;
        ALTER TABLE articles ADD COLUMN language TEXT;
        ALTER TABLE articles ADD COLUMN authors TEXT;
        ALTER TABLE articles ADD COLUMN published_source TEXT;
        """,

        // Version 3. The copies the last analysis found, so a corpus can be asked for them directly.
        """
        CREATE TABLE reprints (
            article_id  TEXT PRIMARY KEY NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            original_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity  REAL NOT NULL,
            kind        TEXT NOT NULL CHECK (kind IN ('reprint', 'revision'))
        );
        """,

        // Version 4. The build that read each article ('' for rows stored before the stamp existed),
        // so a newer build reads again what an older one stored. A re-read rewrites the row in
        // place, so the full-text index follows updates as well.
        """
        ALTER TABLE articles ADD COLUMN read_by TEXT NOT NULL DEFAULT '';

        CREATE TRIGGER articles_fts_update AFTER UPDATE OF headline, body ON articles BEGIN
            INSERT INTO articles_fts(articles_fts, rowid, headline, body) VALUES ('delete', old.seq, old.headline, old.body);
            INSERT INTO articles_fts(rowid, headline, body) VALUES (new.seq, new.headline, new.body);
        END;
        """,
    ];

    public static int LatestVersion => Migrations.Count;

    /// <summary>
    /// Brings the database up to the version of <paramref name="migrations"/>, one transaction per
    /// script so a failing script leaves the previous version intact.
    /// </summary>
    public static void Migrate(SqliteConnection connection, IReadOnlyList<string> migrations, string displayName)
    {
        var current = ReadVersion(connection, null);
        ThrowIfNewer(current, migrations.Count, displayName);
        while (current < migrations.Count)
        {
            // IMMEDIATE takes the write lock up front; re-reading the version under it means two
            // processes opening a new file at once do not both run the same script.
            using var transaction = connection.BeginTransaction(deferred: false);
            current = ReadVersion(connection, transaction);
            ThrowIfNewer(current, migrations.Count, displayName);
            if (current < migrations.Count)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = migrations[current];
                command.ExecuteNonQuery();

                // PRAGMA takes no parameters; the value is an int we produced.
                command.CommandText = FormattableString.Invariant($"PRAGMA user_version = {current + 1}");
                command.ExecuteNonQuery();
                current++;
            }

            transaction.Commit();
        }
    }

    public static int ReadVersion(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void ThrowIfNewer(int version, int known, string displayName)
    {
        if (version > known)
        {
            throw new StoryStoreException(FormattableString.Invariant(
                $"{displayName}: database schema version {version} is newer than this build supports ({known}); use a newer Storyline."));
        }
    }
}
