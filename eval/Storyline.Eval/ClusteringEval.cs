using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Storyline.Analysis;
using Storyline.Analysis.Events;
using Storyline.Eval.Baseline;
using Storyline.Eval.Metrics;
using Storyline.Ingest;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Eval;

/// <summary>One line of the ECB+ <c>labels.jsonl</c>.</summary>
public sealed record ClusterLabel(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("story")] string Story,
    [property: JsonPropertyName("event")] string Event);

/// <summary>Scores of one clustering against the gold events and stories.</summary>
public sealed record ClusteringScore(string System, PrecisionRecall Events, int EventClusters, PrecisionRecall Stories, int StoryClusters, double Seconds);

/// <summary>
/// ECB+ articles to events to stories: Storyline's event and story clusters and a TF-IDF
/// average-link baseline, each scored with B-cubed against the gold sub-topics and topics.
/// </summary>
public sealed class ClusteringEval
{
    public int Run(string dataFolder, double eventThreshold, double storyThreshold, TextWriter output)
    {
        var labelsPath = Path.Combine(dataFolder, "labels.jsonl");
        var labels = File.ReadLines(labelsPath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<ClusterLabel>(line) ?? throw new InvalidDataException($"{labelsPath}: empty label line"))
            .ToList();
        var texts = labels.Select(l => File.ReadAllText(Path.Combine(dataFolder, "articles", l.File))).ToList();
        var goldEvents = labels.Select(l => l.Event).ToList();
        var goldStories = labels.Select(l => l.Story).ToList();

        var ours = RunStoryline(labels, texts);
        var timer = Stopwatch.StartNew();
        var cut = new TfIdfBaseline().Build(texts);
        var baselineEvents = cut(eventThreshold).Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        var baselineStories = cut(storyThreshold).Select(l => l.ToString(CultureInfo.InvariantCulture)).ToList();
        timer.Stop();

        var rows = new List<ClusteringScore>
        {
            Score("Storyline", ours.Events, ours.Stories, goldEvents, goldStories, ours.Seconds),
            Score(string.Create(CultureInfo.InvariantCulture, $"TF-IDF avg-link (sim>={eventThreshold:0.00}/{storyThreshold:0.00})"),
                baselineEvents, baselineStories, goldEvents, goldStories, timer.Elapsed.TotalSeconds),
        };

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ECB+ clustering (dev, topics 1-35): {labels.Count} articles, {goldEvents.Distinct(StringComparer.Ordinal).Count()} gold events, {goldStories.Distinct(StringComparer.Ordinal).Count()} gold stories"));
        output.WriteLine("B-cubed; clusters = predicted clusters; seconds = clean+annotate+analyze (Storyline) or vectorize+cluster (baseline), one thread");
        output.WriteLine();
        output.WriteLine($"{"system",-36} {"ev P",6} {"ev R",6} {"ev F1",6} {"ev cl",6} {"st P",6} {"st R",6} {"st F1",6} {"st cl",6} {"seconds",8}");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{row.System,-36} {row.Events.Precision,6:0.000} {row.Events.Recall,6:0.000} {row.Events.F1,6:0.000} {row.EventClusters,6} {row.Stories.Precision,6:0.000} {row.Stories.Recall,6:0.000} {row.Stories.F1,6:0.000} {row.StoryClusters,6} {row.Seconds,8:0.00}"));
        }
        output.WriteLine($"{"published TF-IDF, tuned (README)",-36} {"-",6} {"-",6} {"~0.87",6} {"-",6} {"-",6} {"-",6} {"~0.89",6} {"-",6} {"-",8}");
        output.WriteLine($"{"gold",-36} {"",6} {"",6} {"",6} {goldEvents.Distinct(StringComparer.Ordinal).Count(),6} {"",6} {"",6} {"",6} {goldStories.Distinct(StringComparer.Ordinal).Count(),6}");
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Storyline: {ours.EventCount} events ({ours.BackgroundCount} background), {ours.StoryCount} stories; {ours.ArticlesInNoEvent} articles in no event, {ours.ArticlesInNoStory} in no story; {ours.ArticlesWithMentions} articles have a non-background event mention"));
        return 0;
    }

    private static ClusteringScore Score(string system, IReadOnlyList<string> events, IReadOnlyList<string> stories,
        IReadOnlyList<string> goldEvents, IReadOnlyList<string> goldStories, double seconds) =>
        new(system,
            BCubed.Score(events, goldEvents), events.Distinct(StringComparer.Ordinal).Count(),
            BCubed.Score(stories, goldStories), stories.Distinct(StringComparer.Ordinal).Count(),
            seconds);

    private sealed record StorylineRun(
        IReadOnlyList<string> Events, IReadOnlyList<string> Stories, double Seconds,
        int EventCount, int BackgroundCount, int StoryCount, int ArticlesInNoEvent, int ArticlesInNoStory, int ArticlesWithMentions);

    private static StorylineRun RunStoryline(List<ClusterLabel> labels, List<string> texts)
    {
        var timer = Stopwatch.StartNew();
        var cleaner = new ArticleCleaner();
        var annotator = new ArticleAnnotator();
        var annotated = new List<AnnotatedArticle>(labels.Count);
        for (var i = 0; i < labels.Count; i++)
        {
            var article = cleaner.Clean(new SourceDocument(labels[i].File, DocumentFormat.PlainText, texts[i], DocumentHints.None));
            annotated.Add(annotator.Annotate(article));
        }
        var graph = new StoryAnalyzer().Analyze(annotated);
        timer.Stop();

        var eventOf = PredictedEvents(graph.Events);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var story in graph.Stories)
        {
            foreach (var eventId in story.EventIds)
            {
                storyOf.TryAdd(eventId, story.Id);
            }
        }

        // Articles with identical bodies share an id and so share a prediction; an article in no
        // event (or an event in no story) is a cluster of its own, named after its file.
        var events = new List<string>(labels.Count);
        var stories = new List<string>(labels.Count);
        int noEvent = 0, noStory = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            var id = annotated[i].Article.Id;
            if (eventOf.TryGetValue(id, out var eventId))
            {
                events.Add(eventId);
                if (storyOf.TryGetValue(eventId, out var storyId))
                {
                    stories.Add(storyId);
                }
                else
                {
                    stories.Add("single:" + labels[i].File);
                    noStory++;
                }
            }
            else
            {
                events.Add("single:" + labels[i].File);
                stories.Add("single:" + labels[i].File);
                noEvent++;
                noStory++;
            }
        }
        return new StorylineRun(events, stories, timer.Elapsed.TotalSeconds,
            graph.Events.Count, graph.Events.Count(e => e.IsBackground), graph.Stories.Count, noEvent, noStory,
            annotated.Count(a => a.Events.Any(e => !e.IsBackground)));
    }

    /// <summary>Per article id, the event its lead reports (<see cref="ArticleLeads"/>), as the product decides it when dating articles.</summary>
    public static IReadOnlyDictionary<string, string> PredictedEvents(IReadOnlyList<StoryEvent> events) =>
        ArticleLeads.Of(events).ToDictionary(kv => kv.Key, kv => kv.Value.Id, StringComparer.Ordinal);
}
