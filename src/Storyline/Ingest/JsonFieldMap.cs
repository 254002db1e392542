namespace Storyline.Ingest;

/// <summary>
/// Where the article fields of a JSON Lines record live, as dotted paths into nested objects
/// ("source.name"). A field left null is found by the usual names (text/body/content, title/headline...).
/// Built from <c>--field text=body --field outlet=source.name</c> by <see cref="TryParse"/>.
/// </summary>
public sealed record JsonFieldMap(
    string? Text = null,
    string? Headline = null,
    string? Date = null,
    string? Url = null,
    string? Outlet = null,
    string? Byline = null)
{
    /// <summary>No mapping: every field found by its usual names.</summary>
    public static JsonFieldMap Default { get; } = new();

    /// <summary>The field names <c>--field</c> accepts, with their aliases.</summary>
    public const string FieldNames = "text, title (headline), date (published), url (link), outlet (source), byline (author)";

    /// <summary>Reads <c>name=path</c> specs; on a bad one returns false and a one-line <paramref name="problem"/>.</summary>
    public static bool TryParse(IEnumerable<string>? specs, out JsonFieldMap map, out string? problem)
    {
        map = Default;
        problem = null;
        if (specs is null)
        {
            return true;
        }

        foreach (var spec in specs)
        {
            var equals = spec.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? spec[..equals].Trim() : string.Empty;
            var path = equals > 0 ? spec[(equals + 1)..].Trim() : string.Empty;
            if (name.Length == 0 || path.Length == 0 || path.Split('.').Any(part => part.Length == 0))
            {
                problem = $"--field '{spec}' is not name=path (for example text=body or outlet=source.name)";
                return false;
            }

            switch (name.ToLowerInvariant())
            {
                case "text" or "body":
                    map = map with { Text = path };
                    break;
                case "title" or "headline":
                    map = map with { Headline = path };
                    break;
                case "date" or "published":
                    map = map with { Date = path };
                    break;
                case "url" or "link":
                    map = map with { Url = path };
                    break;
                case "outlet" or "source":
                    map = map with { Outlet = path };
                    break;
                case "byline" or "author" or "authors":
                    map = map with { Byline = path };
                    break;
                default:
                    problem = $"--field '{name}' is not a field; use {FieldNames}";
                    return false;
            }
        }

        return true;
    }
}
