using System.Text.Json;
using System.Text.Json.Serialization;
using Storyline.Model;

namespace Storyline.Storage;

/// <summary>
/// The per-article annotations as one stored document: an <see cref="AnnotatedArticle"/> without its
/// <see cref="Article"/>, whose fields live in table columns so the body text is stored once.
/// </summary>
internal sealed record StoredAnnotations(
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<NumericClaim> Claims,
    IReadOnlyList<EventMention> Events,
    IReadOnlyList<ProcessStart>? Starts)
{
    /// <summary>Bump when the document shape changes incompatibly; readers refuse versions they do not know.</summary>
    public const int FormatVersion = 1;

    public static StoredAnnotations From(AnnotatedArticle a) =>
        new(a.Sentences, a.Mentions, a.Entities, a.Times, a.Quotes, a.Claims, a.Events, a.Starts);

    /// <summary>Documents written before process starts were read have none; they read as an empty list.</summary>
    public AnnotatedArticle With(Article article) =>
        new(article, Sentences, Mentions, Entities, Times, Quotes, Claims, Events, Starts ?? []);
}

/// <summary>
/// The JSON every storage engine writes (SQLite TEXT today, PostgreSQL jsonb later), so documents move
/// between engines unchanged. Conventions, fixed because stored data outlives the code:
/// property names are snake_case ("speaker_span", "is_background"); enums are their C# member names
/// as strings ("Person", "Direct"), so renaming an enum member is a format change; TextSpan is
/// {"start":n,"length":n} (its computed End is not stored); DateOnly is ISO "yyyy-MM-dd"; null
/// properties are omitted; NaN and infinities are written as "NaN", "Infinity", "-Infinity".
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    Converters = [typeof(TextSpanJsonConverter)])]
[JsonSerializable(typeof(StoredAnnotations))]
[JsonSerializable(typeof(IReadOnlyList<TextSpan>))]
[JsonSerializable(typeof(IReadOnlyList<EmbeddedPost>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

/// <summary>Writes a span as its two defining numbers only; <see cref="TextSpan.End"/> is derived.</summary>
internal sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    private static readonly JsonEncodedText StartName = JsonEncodedText.Encode("start");
    private static readonly JsonEncodedText LengthName = JsonEncodedText.Encode("length");

    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A text span must be an object {\"start\":n,\"length\":n}.");
        }

        int? start = null;
        int? length = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            if (reader.TokenType != JsonTokenType.PropertyName)
            {
                throw new JsonException("Malformed text span.");
            }

            var isStart = reader.ValueTextEquals(StartName.EncodedUtf8Bytes);
            var isLength = reader.ValueTextEquals(LengthName.EncodedUtf8Bytes);
            reader.Read();
            if (isStart)
            {
                start = reader.GetInt32();
            }
            else if (isLength)
            {
                length = reader.GetInt32();
            }
            else
            {
                reader.Skip();
            }
        }

        return start is { } s && length is { } l
            ? new TextSpan(s, l)
            : throw new JsonException("A text span needs both \"start\" and \"length\".");
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteNumber(StartName, value.Start);
        writer.WriteNumber(LengthName, value.Length);
        writer.WriteEndObject();
    }
}
