using Npgsql;
using Storyline.Pipeline;
using Storyline.Storage.Postgres;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage;

/// <summary>Opens the store a <c>--db</c> value names: a PostgreSQL URL, or else a SQLite file (":memory:" for none).</summary>
public static class StoryStores
{
    /// <summary>
    /// <c>postgresql://user:password@host:port/database</c> (or <c>postgres://</c>) opens the
    /// PostgreSQL store; anything else is a SQLite file path.
    /// </summary>
    public static IStoryStore Open(string target)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(target);
        return IsPostgresUrl(target) ? PostgresStoryStore.Open(ConnectionString(target)) : SqliteStoryStore.Open(target);
    }

    public static bool IsPostgresUrl(string target) =>
        target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase);

    /// <summary>Npgsql's key=value connection string for a PostgreSQL URL.</summary>
    public static string ConnectionString(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new StoryStoreException("not a PostgreSQL URL (postgresql://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port < 0 ? 5432 : uri.Port,
            Database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database ? database : "storyline",
        };
        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        return builder.ConnectionString;
    }
}
