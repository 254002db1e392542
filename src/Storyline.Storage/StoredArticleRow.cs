using System.Data.Common;
using System.Text.Json;
using Storyline.Model;
using Storyline.Pipeline;

namespace Storyline.Storage;

/// <summary>
/// The article row both engines store and load, column for column: what a batch must hold before
/// it is written, and how a loaded row (in the column order of each engine's load query) becomes
/// an <see cref="AnnotatedArticle"/> again. Only the date columns differ between engines.
/// </summary>
internal static class StoredArticleRow
{
    /// <summary>
    /// The conflict clause of both engines' insert: an article stored by another reader (build) is
    /// rewritten in place, every field but its id, insertion order and first path; one stored by the
    /// same reader is left as it is.
    /// </summary>
    public const string RewriteByAnotherReader = """
        ON CONFLICT (id) DO UPDATE SET
            headline = excluded.headline, outlet = excluded.outlet, byline = excluded.byline,
            dateline_place = excluded.dateline_place, published_value = excluded.published_value,
            published_basis = excluded.published_basis, published_earliest = excluded.published_earliest,
            published_latest = excluded.published_latest, url = excluded.url, body = excluded.body,
            paragraphs = excluded.paragraphs, posts = excluded.posts, modified = excluded.modified,
            language = excluded.language, authors = excluded.authors,
            published_source = excluded.published_source, read_by = excluded.read_by
        WHERE articles.read_by <> excluded.read_by
        """;

    /// <summary>Refuses a batch entry no engine can store, naming its place in the batch.</summary>
    public static void Validate(AnnotatedArticle? annotated, int index)
    {
        if (annotated?.Article is not { } article)
        {
            throw new ArgumentException(FormattableString.Invariant($"Article {index} of the batch is null."), nameof(annotated));
        }

        if (string.IsNullOrEmpty(article.Id) || article.SourcePath is null || article.Published is null)
        {
            throw new ArgumentException(
                FormattableString.Invariant($"Article {index} of the batch has no id, source path or publication date."),
                nameof(annotated));
        }
    }

    /// <summary>
    /// Columns: id, source_path, headline, outlet, byline, dateline_place, published_value,
    /// published_basis, published_earliest, published_latest, url, body, paragraphs, posts,
    /// annotations format_version, annotations json, modified, language, authors, published_source.
    /// </summary>
    public static AnnotatedArticle Read(DbDataReader reader, string displayName, Func<DbDataReader, int, DateOnly?> readDate)
    {
        var id = reader.GetString(0);
        if (reader.IsDBNull(14))
        {
            throw Damaged(displayName, id, "has no annotations");
        }

        var formatVersion = reader.GetInt32(14);
        if (formatVersion > StoredAnnotations.FormatVersion)
        {
            throw Damaged(displayName, id, FormattableString.Invariant(
                $"has annotations in format {formatVersion}, newer than this build reads ({StoredAnnotations.FormatVersion})"));
        }

        try
        {
            var published = new PublicationDate(
                readDate(reader, 6),
                Enum.Parse<DateBasis>(reader.GetString(7)),
                readDate(reader, 8),
                readDate(reader, 9));
            var article = new Article(
                id,
                reader.GetString(1),
                reader.GetString(2),
                Text(reader, 3),
                Text(reader, 4),
                Text(reader, 5),
                published,
                reader.GetString(11),
                Deserialize(reader.GetString(12), StorageJsonContext.Default.IReadOnlyListTextSpan),
                Deserialize(reader.GetString(13), StorageJsonContext.Default.IReadOnlyListEmbeddedPost),
                Text(reader, 10),
                Text(reader, 16),
                Text(reader, 17),
                Text(reader, 18) is { } authors ? Deserialize(authors, StorageJsonContext.Default.IReadOnlyListString) : null,
                Text(reader, 19));
            return Deserialize(reader.GetString(15), StorageJsonContext.Default.StoredAnnotations).With(article);
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentException)
        {
            throw Damaged(displayName, id, "cannot be read: " + e.Message, e);
        }
    }

    /// <summary>Authors as a JSON list; null stays null so "not known" and "none" stay apart.</summary>
    public static string? AuthorsJson(IReadOnlyList<string>? authors) =>
        authors is null ? null : JsonSerializer.Serialize(authors, StorageJsonContext.Default.IReadOnlyListString);

    public static string ReprintKind(ReprintLink link) => link.IsRevision ? "revision" : "reprint";

    /// <summary>Rows of article_id, original_id, similarity, kind.</summary>
    public static List<ReprintLink> ReadReprints(DbDataReader reader)
    {
        var links = new List<ReprintLink>();
        while (reader.Read())
        {
            links.Add(new ReprintLink(reader.GetString(0), reader.GetString(1), reader.GetDouble(2), reader.GetString(3) == "revision"));
        }

        return links;
    }

    public static string? Text(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static StoryStoreException Damaged(string displayName, string id, string problem, Exception? inner = null)
    {
        var message = $"{displayName}: stored article {id} {problem}";
        return inner is null ? new StoryStoreException(message) : new StoryStoreException(message, inner);
    }

    private static T Deserialize<T>(string json, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type) =>
        JsonSerializer.Deserialize(json, type) ?? throw new JsonException("The stored document is null.");
}
