using Npgsql;

namespace Storyline.Storage.Postgres;

/// <summary>
/// The PostgreSQL schema as ordered migrations, the same shape as the SQLite one: script N takes
/// a database from version N-1 to N, the version lives in <c>storyline_schema</c>, and shipped
/// scripts are never edited. Column meanings match the SQLite store, so a corpus moves between
/// engines field for field.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>Any fixed number: the advisory lock that keeps two openers from migrating at once.</summary>
    private const long MigrationLock = 0x53746F72796C696E;

    public static IReadOnlyList<string> Migrations { get; } =
    [
        // Version 1. JSON is stored as text, not jsonb: jsonb rewrites documents (key order,
        // numbers), and the documents must come back as written. seq is the insertion order.
        """
        CREATE TABLE articles (
            id                 text PRIMARY KEY,
            seq                bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
            source_path        text NOT NULL,
            headline           text NOT NULL,
            outlet             text,
            byline             text,
            dateline_place     text,
            published_value    date,
            published_basis    text NOT NULL,
            published_earliest date,
            published_latest   date,
            url                text,
            body               text NOT NULL,
            paragraphs         text NOT NULL,
            posts              text NOT NULL,
            search             tsvector GENERATED ALWAYS AS (to_tsvector('simple', headline || ' ' || body)) STORED
        );

        CREATE INDEX articles_search ON articles USING gin (search);

        CREATE TABLE article_sources (
            article_id  text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            seq         bigint GENERATED ALWAYS AS IDENTITY,
            source_path text NOT NULL,
            PRIMARY KEY (article_id, source_path)
        );

        CREATE TABLE annotations (
            article_id     text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            format_version integer NOT NULL,
            json           text NOT NULL
        );
        """,

        // Version 2. Page metadata the HTML reader finds: modification time (never the publication
        // date), language, authors (JSON list), and which source the publication date came from.
        """
        ALTER TABLE articles ADD COLUMN modified text;
        ALTER TABLE articles ADD COLUMN language text;
        ALTER TABLE articles ADD COLUMN authors text;
        ALTER TABLE articles ADD COLUMN published_source text;
        """,

        // Version 3. The copies the last analysis found, so a corpus can be asked for them directly.
        """
        CREATE TABLE reprints (
            article_id  text PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            original_id text NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            similarity  double precision NOT NULL,
            kind        text NOT NULL CHECK (kind IN ('reprint', 'revision'))
        );
        """,

        // Version 4. The build that read each article ('' before the stamp existed); see SqliteSchema.
        """
        ALTER TABLE articles ADD COLUMN read_by text NOT NULL DEFAULT '';
        """,
    ];

    public static int LatestVersion => Migrations.Count;

    /// <summary>Brings the database up to the latest version, one transaction per script.</summary>
    public static void Migrate(NpgsqlConnection connection, IReadOnlyList<string> migrations, string displayName)
    {
        using (var create = new NpgsqlCommand("CREATE TABLE IF NOT EXISTS storyline_schema (version integer NOT NULL)", connection))
        {
            create.ExecuteNonQuery();
        }

        var current = ReadVersion(connection, null);
        ThrowIfNewer(current, migrations.Count, displayName);
        while (current < migrations.Count)
        {
            using var transaction = connection.BeginTransaction();
            using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
            {
                lockCommand.Parameters.AddWithValue("key", MigrationLock);
                lockCommand.ExecuteNonQuery();
            }

            current = ReadVersion(connection, transaction);
            ThrowIfNewer(current, migrations.Count, displayName);
            if (current < migrations.Count)
            {
                using (var script = new NpgsqlCommand(migrations[current], connection, transaction))
                {
                    script.ExecuteNonQuery();
                }

                using var record = new NpgsqlCommand("DELETE FROM storyline_schema; INSERT INTO storyline_schema (version) VALUES (@version)", connection, transaction);
                record.Parameters.AddWithValue("version", current + 1);
                record.ExecuteNonQuery();
                current++;
            }

            transaction.Commit();
        }
    }

    public static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM storyline_schema", connection, transaction);
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
