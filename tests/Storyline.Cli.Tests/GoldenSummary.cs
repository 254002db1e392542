using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Storyline.Model;

namespace Storyline.Cli.Tests;

/// <summary>
/// A readable digest of a report (events, stories, reprints, contradictions, other timeline entries) with ids replaced by
/// file names, so a change in what Storyline finds on the samples shows up as a reviewable diff.
/// Update it deliberately: STORYLINE_UPDATE_GOLDEN=1 dotnet test --filter golden.
/// </summary>
internal static class GoldenSummary
{
    public static string Of(StoryGraph graph)
    {
        var files = graph.Articles.ToDictionary(a => a.Article.Id, a => Path.GetFileName(a.Article.SourcePath), StringComparer.Ordinal);
        string Files(IEnumerable<string> ids) => string.Join(" ", ids.Select(id => files.GetValueOrDefault(id, id)).Order(StringComparer.Ordinal));
        var text = new StringBuilder();
        text.Append("# events\n");
        foreach (var e in graph.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"{e.Date?.Value ?? "undated"} | {e.Type}/{e.Mode}{(e.IsBackground ? " (background)" : "")} | {e.Title} | {Files(e.ArticleIds)}\n");
        }
        text.Append("# stories\n");
        foreach (var s in graph.Stories)
        {
            text.Append(CultureInfo.InvariantCulture, $"{s.Title} | {s.EventIds.Count} events | {Files(s.ArticleIds)}\n");
        }
        text.Append("# reprints\n");
        foreach (var a in graph.Articles.Where(a => a.DuplicateOf is not null))
        {
            text.Append(CultureInfo.InvariantCulture, $"{files[a.Article.Id]} -> {files[a.DuplicateOf!]}\n");
        }
        text.Append("# contradictions\n");
        foreach (var c in graph.Contradictions)
        {
            var description = files.Aggregate(c.Description, (d, f) => d.Replace(f.Key, f.Value, StringComparison.Ordinal));
            text.Append(description).Append('\n');
        }
        text.Append("# timeline entries that are not events\n");
        foreach (var t in graph.Timeline.Where(t => t.EventId is null))
        {
            text.Append(CultureInfo.InvariantCulture, $"{t.Date} | {t.Text} | {Files(t.Citations.Select(c => c.ArticleId).Distinct(StringComparer.Ordinal))}\n");
        }
        return text.ToString();
    }

    /// <summary>The Golden folder in the source tree (only for rewriting the baseline).</summary>
    public static string SourceFolder([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "Golden");
}
