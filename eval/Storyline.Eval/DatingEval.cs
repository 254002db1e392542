using System.Globalization;
using System.Text.Json;
using Storyline.Analysis;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Model;
using Storyline.Pipeline;

namespace Storyline.Eval;

/// <summary>How well articles with no date of their own are dated by the events they report.</summary>
public sealed record DatingScore(int Dated, int Masked, int Inherited, int Right, double MedianWidthDays, double MedianMissDays, int Undated, int UndatedInherited)
{
    /// <summary>The hidden dates the inherited range missed, with the range given, for --misses.</summary>
    public IReadOnlyList<DatingMiss> Misses { get; init; } = [];
}

/// <summary>An article whose inherited range does not hold its hidden date.</summary>
public sealed record DatingMiss(string File, DateOnly Truth, DateOnly Earliest, DateOnly Latest, string Headline, string Lead);

/// <summary>
/// Inherited publication dates, scored on real articles: the ECB+ articles that carry their own date
/// (a date line, a "First Published" line) have it hidden, five folds in turn, and the corpus is
/// analyzed again; an inherited range is right when it holds the hidden day. There is no gold for
/// the articles that never had a date, so for them only the share that inherits one is printed. The
/// corpus is analyzed as <c>storyline analyze</c> does it (<see cref="StorylinePipeline.Analyze"/>): articles
/// that inherit a date are read again against it.
/// </summary>
public sealed class DatingEval
{
    private const int Folds = 5;

    public int Run(string dataFolder, TextWriter output, int misses = 0)
    {
        var score = Score(dataFolder);
        output.WriteLine("Inherited publication dates, ECB+ (topics 1-35): each dated article's own date hidden in turn (5 folds), corpus analyzed again");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles with a date of their own: {score.Dated}; hidden: {score.Masked}; given an inherited range: {score.Inherited} ({Share(score.Inherited, score.Masked)})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"range holds the hidden day: {score.Right} of {score.Inherited} ({Share(score.Right, score.Inherited)}); median range {score.MedianWidthDays:0} days; median miss {score.MedianMissDays:0} days"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"articles with no date at all: {score.Undated}; given an inherited range: {score.UndatedInherited} ({Share(score.UndatedInherited, score.Undated)}; no gold to score)"));
        foreach (var miss in score.Misses.Take(misses))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  miss {miss.File}: published {miss.Truth:yyyy-MM-dd}, given {miss.Earliest:yyyy-MM-dd} to {miss.Latest:yyyy-MM-dd}: {miss.Headline}\n      {miss.Lead}"));
        }
        return 0;
    }

    public static DatingScore Score(string dataFolder)
    {
        var labelsPath = Path.Combine(dataFolder, "labels.jsonl");
        var files = File.ReadLines(labelsPath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<ClusterLabel>(line) ?? throw new InvalidDataException($"{labelsPath}: empty label line"))
            .Select(l => l.File)
            .ToList();
        var cleaner = new ArticleCleaner();
        var annotator = new ArticleAnnotator();
        var articles = files
            .Select(f => cleaner.Clean(new SourceDocument(f, DocumentFormat.PlainText, File.ReadAllText(Path.Combine(dataFolder, "articles", f)), DocumentHints.None)))
            // Identical bodies share an id; one copy each keeps a hidden date from hiding behind its twin.
            .DistinctBy(a => a.Id)
            .ToList();
        var annotated = articles.Select(annotator.Annotate).ToList();
        var dated = Enumerable.Range(0, articles.Count).Where(i => articles[i].Published.Value is not null).ToList();

        var widths = new List<double>();
        var misses = new List<double>();
        var missed = new List<DatingMiss>();
        int inherited = 0, right = 0;
        for (var fold = 0; fold < Folds; fold++)
        {
            var hidden = dated.Where((_, k) => k % Folds == fold).ToHashSet();
            var input = annotated
                .Select((a, i) => hidden.Contains(i) ? annotator.Annotate(a.Article with { Published = PublicationDate.Unknown }) : a)
                .ToList();
            var graph = new StorylinePipeline().Analyze(input);
            var byId = graph.Articles.ToDictionary(r => r.Article.Id, r => r.Article.Published, StringComparer.Ordinal);
            var leads = Storyline.Analysis.Events.ArticleLeads.Of(graph.Events);
            foreach (var i in hidden)
            {
                var truth = articles[i].Published.Value!.Value;
                if (byId[articles[i].Id] is not { Basis: DateBasis.EventCluster, Earliest: { } earliest, Latest: { } latest })
                {
                    continue;
                }
                inherited++;
                widths.Add(latest.DayNumber - earliest.DayNumber + 1);
                if (truth >= earliest && truth <= latest)
                {
                    right++;
                }
                else
                {
                    misses.Add(Math.Min(Math.Abs(truth.DayNumber - earliest.DayNumber), Math.Abs(truth.DayNumber - latest.DayNumber)));
                    missed.Add(new DatingMiss(articles[i].SourcePath, truth, earliest, latest, articles[i].Headline, Lead(input[i], leads.GetValueOrDefault(articles[i].Id))));
                }
            }
        }

        var whole = new StorylinePipeline().Analyze(annotated).Articles;
        var undated = whole.Count(r => r.Article.Published.Basis is DateBasis.Unknown or DateBasis.EventCluster);
        var undatedInherited = whole.Count(r => r.Article.Published.Basis == DateBasis.EventCluster);
        return new DatingScore(dated.Count, dated.Count, inherited, right, Median(widths), Median(misses), undated, undatedInherited)
        {
            Misses = [.. missed.OrderBy(m => m.File, StringComparer.Ordinal)],
        };
    }

    /// <summary>The lead event's title and date, and how the article's own lead mention of it is dated.</summary>
    private static string Lead(AnnotatedArticle article, StoryEvent? lead)
    {
        if (lead is null)
        {
            return "no lead event";
        }
        var start = lead.Mentions.Where(m => m.ArticleId == article.Article.Id).Min(m => m.Start);
        var own = article.Events.FirstOrDefault(e => e.Sentence.Start <= start && start < e.Sentence.End && !e.IsBackground);
        return $"lead \"{lead.Title}\" {lead.Date?.Value}; its mention here: {own?.Mode} {(own?.Time is { } t ? $"\"{t.Text}\" {t.Value}" : "undated")}";
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : (part / (double)whole).ToString("0.000", CultureInfo.InvariantCulture);

    private static double Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        values.Sort();
        return values.Count % 2 == 1 ? values[values.Count / 2] : (values[(values.Count / 2) - 1] + values[values.Count / 2]) / 2;
    }
}
