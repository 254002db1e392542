using System.Globalization;
using System.Text.RegularExpressions;
using Storyline.Model;

namespace Storyline.Reports;

/// <summary>Look-ups the human-readable reports share: short source labels, names, cited text.</summary>
internal sealed partial class ReportView
{
    private readonly Dictionary<string, ArticleRecord> _articles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _labels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CanonicalEntity> _entities = new(StringComparer.Ordinal);

    public ReportView(StoryGraph graph)
    {
        Graph = graph;
        for (var i = 0; i < graph.Articles.Count; i++)
        {
            var record = graph.Articles[i];
            _articles[record.Article.Id] = record;
            _labels[record.Article.Id] = "S" + (i + 1).ToString(CultureInfo.InvariantCulture);
        }
        foreach (var entity in graph.Entities)
        {
            _entities[entity.Id] = entity;
        }
    }

    public StoryGraph Graph { get; }

    public string Label(string articleId) => _labels.GetValueOrDefault(articleId, articleId);

    /// <summary>A description with the article ids it names ("some 12,000 (acab18295331a161)") turned into source labels ("S24").</summary>
    public string WithLabels(string text) =>
        IdLike().Replace(text, m => _labels.GetValueOrDefault(m.Value, m.Value));

    public ArticleRecord? Article(string articleId) => _articles.GetValueOrDefault(articleId);

    public string EntityName(string id) => _entities.TryGetValue(id, out var e) ? e.Name : id;

    public StoryEvent? Event(string id) => Graph.Events.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));

    /// <summary>The characters a citation points at, or an empty string when it points outside the body.</summary>
    public string CitedText(Citation citation)
    {
        if (!_articles.TryGetValue(citation.ArticleId, out var record))
        {
            return "";
        }
        var body = record.Article.Body;
        return citation.Start >= 0 && citation.End <= body.Length && citation.Start <= citation.End
            ? body[citation.Start..citation.End]
            : "";
    }

    public static string Published(Article article) => article.Published switch
    {
        { Value: { } v, Basis: var b } => $"{v:yyyy-MM-dd} ({Basis(b)})",
        { Earliest: { } e, Latest: { } l } => $"between {e:yyyy-MM-dd} and {l:yyyy-MM-dd} (from the event it reports)",
        _ => "unknown",
    };

    public static string Basis(DateBasis basis) => basis switch
    {
        DateBasis.Metadata => "metadata",
        DateBasis.Dateline => "dateline",
        DateBasis.BodyText => "date in text",
        DateBasis.EventCluster => "from event",
        DateBasis.Captured => "archive capture date",
        _ => "unknown",
    };

    /// <summary>" to 2026-01-13 (2 days)" for an event whose reports say how long it lasted; empty otherwise.</summary>
    public static string Lasting(EventDate date) =>
        date.Days is { } days && date.LastDay is { } last && days > 1
            ? string.Create(CultureInfo.InvariantCulture, $" to {last:yyyy-MM-dd} ({days} days)")
            : "";

    public static string Confidence(double value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[\w-]+", RegexOptions.CultureInvariant)]
    private static partial Regex IdLike();
}
