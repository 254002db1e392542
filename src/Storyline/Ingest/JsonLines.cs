using System.Globalization;
using System.Text.Json;
using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>
/// JSON Lines: one article object per line. The common field names of scrapers and feed exports are
/// accepted; the first present non-empty field of each group wins.
/// </summary>
internal static class JsonLines
{
    private static readonly string[] TextFields = ["text", "body", "content", "article"];
    private static readonly string[] HeadlineFields = ["title", "headline"];
    private static readonly string[] DateFields = ["date", "published", "published_at", "pubDate"];
    private static readonly string[] UrlFields = ["url", "link"];
    private static readonly string[] OutletFields = ["outlet", "source", "site", "publisher"];
    private static readonly string[] BylineFields = ["byline", "author", "authors"];

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 64 };

    public static IEnumerable<ReadOutcome> Parse(string path, string text, JsonFieldMap? fields = null)
    {
        fields ??= JsonFieldMap.Default;
        var lineNumber = 0;
        var any = false;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            any = true;
            yield return ParseLine(path, lineNumber, line, fields);
        }

        if (!any)
        {
            yield return ReadOutcome.Failure(path, "file is empty");
        }
    }

    private static ReadOutcome ParseLine(string path, int lineNumber, string line, JsonFieldMap fields)
    {
        var origin = string.Create(CultureInfo.InvariantCulture, $"{path}:{lineNumber}");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line, Options);
        }
        catch (JsonException exception)
        {
            return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is not valid JSON: {FirstSentence(exception.Message)}"));
        }

        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} is not a JSON object"));
            }

            var body = Field(root, fields.Text, TextFields);
            if (body is null)
            {
                var where = fields.Text is null ? "no text field" : $"no text at '{fields.Text}'";
                return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} has {where}"));
            }

            var hints = new DocumentHints(
                Headline: Clean(Field(root, fields.Headline, HeadlineFields)),
                Outlet: Clean(Field(root, fields.Outlet, OutletFields)),
                Byline: Clean(Field(root, fields.Byline, BylineFields)),
                Url: Clean(Field(root, fields.Url, UrlFields)),
                Published: Clean(Field(root, fields.Date, DateFields, epochSeconds: true)));
            return ReadOutcome.Success(new SourceDocument(origin, DocumentFormat.JsonRecord, TextNormalizer.Normalize(body), hints));
        }
    }

    /// <summary>The value at the mapped dotted <paramref name="path"/> when one is given, else the first of the usual <paramref name="names"/>.</summary>
    private static string? Field(JsonElement root, string? path, string[] names, bool epochSeconds = false)
    {
        if (path is null)
        {
            return FirstString(root, names);
        }

        if (!TryResolve(root, path, out var value))
        {
            return null;
        }

        // Some APIs write dates as Unix time; seconds and milliseconds are told apart by size.
        if (epochSeconds && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var epoch) && epoch is > 0 and < 100_000_000_000_000)
        {
            var instant = epoch >= 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return instant.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        }

        return AsString(value);
    }

    /// <summary>Follows a dotted path through nested objects; a key that itself holds dots is tried whole first.</summary>
    private static bool TryResolve(JsonElement root, string path, out JsonElement value)
    {
        if (root.TryGetProperty(path, out value))
        {
            return true;
        }

        value = root;
        foreach (var part in path.Split('.'))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(part, out value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first field of <paramref name="names"/> that holds a non-blank string (or, for bylines, an array of strings).</summary>
    private static string? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && AsString(value) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>A non-blank string, the names in an array of strings or {"name": ...} objects, or an object's name; else null.</summary>
    private static string? AsString(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                var s = value.GetString();
                if (!string.IsNullOrWhiteSpace(s))
                {
                    return s;
                }

                break;
            case JsonValueKind.Array:
                var parts = value.EnumerateArray()
                    .Select(item => item.ValueKind switch
                    {
                        JsonValueKind.String => item.GetString(),
                        // Feeds often write authors as objects: [{"name": "Jane Doe"}].
                        JsonValueKind.Object when item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
                        _ => null,
                    })
                    .Where(item => !string.IsNullOrWhiteSpace(item))
                    .ToList();
                if (parts.Count > 0)
                {
                    return string.Join(", ", parts);
                }

                break;
            case JsonValueKind.Object when value.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String:
                var objectName = named.GetString();
                if (!string.IsNullOrWhiteSpace(objectName))
                {
                    return objectName;
                }

                break;
            default:
                break;
        }

        return null;
    }

    private static string? Clean(string? value) => value is null ? null : TextNormalizer.Normalize(value).Trim();

    private static string FirstSentence(string message)
    {
        // System.Text.Json messages end with "LineNumber: 0 | BytePositionInLine: 12."; keep the useful part.
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut] : message;
        var position = message.IndexOf("BytePositionInLine: ", StringComparison.Ordinal);
        if (position > 0)
        {
            var digits = message[(position + "BytePositionInLine: ".Length)..].TrimEnd('.');
            text = text.TrimEnd('.', ' ') + " (at byte " + digits + ")";
        }

        return text.TrimEnd();
    }
}
