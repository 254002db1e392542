using System.Reflection;

namespace Storyline.Model;

/// <summary>
/// Reads the lexicons and gazetteers shipped inside the assembly. A file at
/// <c>src/Storyline/Language/Data/demonyms.tsv</c> is read as <c>"Language/Data/demonyms.tsv"</c>.
/// </summary>
public static class EmbeddedData
{
    public static string ReadText(string path)
    {
        using var stream = typeof(EmbeddedData).Assembly.GetManifestResourceStream(path)
            ?? throw new InvalidOperationException($"Embedded data file '{path}' is missing from {typeof(EmbeddedData).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Non-empty lines with '#' comments removed and whitespace trimmed.</summary>
    public static IEnumerable<string> ReadLines(string path)
    {
        foreach (var raw in ReadText(path).Split('\n'))
        {
            var hash = raw.IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? raw[..hash] : raw).Trim();
            if (line.Length > 0)
            {
                yield return line;
            }
        }
    }

    public static IReadOnlyList<string> Names() => typeof(EmbeddedData).Assembly.GetManifestResourceNames();
}
