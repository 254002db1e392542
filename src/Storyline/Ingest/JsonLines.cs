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

    public static IEnumerable<ReadOutcome> Parse(string path, string text)
    {
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
            yield return ParseLine(path, lineNumber, line);
        }

        if (!any)
        {
            yield return ReadOutcome.Failure(path, "file is empty");
        }
    }

    private static ReadOutcome ParseLine(string path, int lineNumber, string line)
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

            var body = FirstString(root, TextFields);
            if (body is null)
            {
                return ReadOutcome.Failure(origin, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} has no text field"));
            }

            var hints = new DocumentHints(
                Headline: Clean(FirstString(root, HeadlineFields)),
                Outlet: Clean(FirstString(root, OutletFields)),
                Byline: Clean(FirstString(root, BylineFields)),
                Url: Clean(FirstString(root, UrlFields)),
                Published: Clean(FirstString(root, DateFields)));
            return ReadOutcome.Success(new SourceDocument(origin, DocumentFormat.JsonRecord, TextNormalizer.Normalize(body), hints));
        }
    }

    /// <summary>The first field of <paramref name="names"/> that holds a non-blank string (or, for bylines, an array of strings).</summary>
    private static string? FirstString(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (!root.TryGetProperty(name, out var value))
            {
                continue;
            }

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
