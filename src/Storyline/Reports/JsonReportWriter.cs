using System.Text.Encodings.Web;
using System.Text.Json;
using Storyline.Model;

namespace Storyline.Reports;

/// <summary>
/// Writes report.json: the story graph in the documented, versioned schema (docs/report-schema.md).
/// Written field by field rather than serialized from the records, so renaming a C# property can
/// never silently change the published format. Output is deterministic: no clock, stable order.
/// </summary>
public sealed class JsonReportWriter
{
    public const string SchemaVersion = "1.3";

    public void Write(StoryGraph graph, Stream output)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Indented = true,
            // Non-ASCII letters and typographic quotes stay readable; HTML-significant characters are still escaped.
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        });
        json.WriteStartObject();
        json.WriteString("schema_version", SchemaVersion);
        json.WriteString("generator", "storyline");
        json.WriteStartObject("counts");
        json.WriteNumber("articles", graph.Articles.Count);
        json.WriteNumber("entities", graph.Entities.Count);
        json.WriteNumber("events", graph.Events.Count);
        json.WriteNumber("stories", graph.Stories.Count);
        json.WriteNumber("quotes", graph.Quotes.Count);
        json.WriteNumber("claims", graph.Claims.Count);
        json.WriteNumber("contradictions", graph.Contradictions.Count);
        json.WriteEndObject();

        json.WriteStartArray("articles");
        foreach (var record in graph.Articles)
        {
            var a = record.Article;
            json.WriteStartObject();
            json.WriteString("id", a.Id);
            json.WriteString("source_path", a.SourcePath);
            json.WriteString("headline", a.Headline);
            WriteNullable(json, "outlet", a.Outlet);
            WriteNullable(json, "byline", a.Byline);
            WriteNullable(json, "dateline_place", a.DatelinePlace);
            WriteNullable(json, "url", a.Url);
            WriteNullable(json, "language", a.Language);
            WriteNullable(json, "modified", a.Modified);
            if (a.Authors is { } authors)
            {
                json.WriteStartArray("authors");
                foreach (var author in authors)
                {
                    json.WriteStringValue(author);
                }
                json.WriteEndArray();
            }
            else
            {
                json.WriteNull("authors");
            }
            json.WriteStartObject("published");
            WriteNullable(json, "value", a.Published.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("basis", BasisName(a.Published.Basis));
            if (a.Published.Earliest is { } earliest)
            {
                json.WriteString("earliest", earliest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            if (a.Published.Latest is { } latest)
            {
                json.WriteString("latest", latest.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            json.WriteEndObject();
            WriteNullable(json, "duplicate_of", record.DuplicateOf);
            if (record.DuplicateSimilarity is { } similarity)
            {
                json.WriteNumber("duplicate_similarity", similarity);
            }
            else
            {
                json.WriteNull("duplicate_similarity");
            }
            WriteNullable(json, "duplicate_kind", record.DuplicateOf is null ? null : record.IsRevision ? "revision" : "reprint");
            json.WriteStartArray("embedded_posts");
            foreach (var post in a.Posts)
            {
                json.WriteStartObject();
                json.WriteString("text", post.Text);
                WriteNullable(json, "author", post.Author);
                WriteNullable(json, "handle", post.Handle);
                WriteNullable(json, "date", post.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                json.WriteNumber("start", post.Span.Start);
                json.WriteNumber("end", post.Span.End);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteString("body", a.Body);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("entities");
        foreach (var e in graph.Entities)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("name", e.Name);
            json.WriteString("type", TypeName(e.Type));
            WriteStrings(json, "aliases", e.Aliases);
            WriteStrings(json, "article_ids", e.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("events");
        foreach (var e in graph.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("title", e.Title);
            json.WriteString("type", e.Type);
            json.WriteString("mode", e.Mode);
            json.WriteBoolean("background", e.IsBackground);
            json.WriteBoolean("ends", e.IsEnd);
            json.WriteBoolean("scheduled", e.IsScheduled);
            if (e.Date is { } date)
            {
                json.WriteStartObject("date");
                json.WriteString("value", date.Value);
                json.WriteNumber("confidence", date.Confidence);
                WriteCitations(json, "citations", date.Citations);
                WriteStrings(json, "disagreements", date.Disagreements.Select(d => d.ToString()).ToList());
                json.WriteString("duration", date.Duration);
                json.WriteEndObject();
            }
            else
            {
                json.WriteNull("date");
            }
            WriteStrings(json, "actor_ids", e.ActorIds);
            WriteStrings(json, "article_ids", e.ArticleIds);
            json.WriteStartArray("summary");
            foreach (var sentence in e.Summary)
            {
                json.WriteStartObject();
                json.WriteString("text", sentence.Text);
                WriteCitation(json, "citation", sentence.Citation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteCitations(json, "mentions", e.Mentions);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("stories");
        foreach (var s in graph.Stories)
        {
            json.WriteStartObject();
            json.WriteString("id", s.Id);
            json.WriteString("title", s.Title);
            WriteStrings(json, "event_ids", s.EventIds);
            WriteStrings(json, "article_ids", s.ArticleIds);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("quotes");
        foreach (var q in graph.Quotes)
        {
            json.WriteStartObject();
            json.WriteString("id", q.Id);
            json.WriteString("text", q.Text);
            json.WriteString("kind", q.Kind);
            WriteNullable(json, "speaker_id", q.SpeakerId);
            WriteNullable(json, "speaker", q.SpeakerName);
            json.WriteString("article_id", q.ArticleId);
            json.WriteNumber("start", q.Start);
            json.WriteNumber("end", q.End);
            WriteCitations(json, "also_in", q.AlsoIn);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("claims");
        foreach (var c in graph.Claims)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("text", c.Text);
            json.WriteNumber("value", c.Value);
            json.WriteString("unit", c.Unit);
            json.WriteString("about", c.About);
            WriteStrings(json, "article_ids", c.Citations.Select(x => x.ArticleId).Distinct(StringComparer.Ordinal).ToList());
            WriteCitations(json, "citations", c.Citations);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("contradictions");
        foreach (var c in graph.Contradictions)
        {
            json.WriteStartObject();
            json.WriteString("id", c.Id);
            json.WriteString("topic", c.Topic);
            json.WriteString("description", c.Description);
            WriteCitations(json, "citations", c.Citations);
            json.WriteEndObject();
        }
        json.WriteEndArray();

        json.WriteStartArray("timeline");
        foreach (var t in graph.Timeline)
        {
            json.WriteStartObject();
            json.WriteString("date", t.Date);
            json.WriteString("text", t.Text);
            WriteNullable(json, "event_id", t.EventId);
            WriteCitations(json, "citations", t.Citations);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>An entity type as the report writes it: PERSON, ORG, GPE, LOC, NORP, EVENT, LAW, PRODUCT, MISC.</summary>
    public static string TypeName(EntityType type) => type switch
    {
        EntityType.Person => "PERSON",
        EntityType.Organization => "ORG",
        EntityType.Gpe => "GPE",
        EntityType.Location => "LOC",
        EntityType.Norp => "NORP",
        EntityType.Event => "EVENT",
        EntityType.Law => "LAW",
        EntityType.Product => "PRODUCT",
        _ => "MISC",
    };

    /// <summary>How a publication date was found, as the report writes it: "metadata", "dateline", "body_text"...</summary>
    public static string BasisName(DateBasis basis) => Snake(basis.ToString());

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteCitation(Utf8JsonWriter json, string name, Citation citation)
    {
        json.WriteStartObject(name);
        WriteCitationFields(json, citation);
        json.WriteEndObject();
    }

    private static void WriteCitations(Utf8JsonWriter json, string name, IEnumerable<Citation> citations)
    {
        json.WriteStartArray(name);
        foreach (var citation in citations)
        {
            json.WriteStartObject();
            WriteCitationFields(json, citation);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCitationFields(Utf8JsonWriter json, Citation citation)
    {
        json.WriteString("article_id", citation.ArticleId);
        json.WriteNumber("start", citation.Start);
        json.WriteNumber("end", citation.End);
    }
}
