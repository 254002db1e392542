using Storyline.Analysis.Events;
using Storyline.Model;

namespace Storyline.Analysis.Summaries;

public sealed class EventSummarizerOptions
{
    public int MaxSentences { get; init; } = 3;

    /// <summary>Sentences sharing more than this share of their words say the same thing; keep one.</summary>
    public double MaxOverlap { get; init; } = 0.5;
}

/// <summary>
/// An extractive summary of an event: sentences taken verbatim from the reports, each citing the
/// article and characters it came from. Lead sentences, sentences naming more actors and a date,
/// and sentences from originals rather than reprints come first; near-repeats are dropped.
/// </summary>
public sealed class EventSummarizer(EventSummarizerOptions? options = null)
{
    private readonly EventSummarizerOptions _options = options ?? new EventSummarizerOptions();

    public IReadOnlyList<SummarySentence> Summarize(EventCluster cluster, IReadOnlyDictionary<string, Article> articles, IReadOnlySet<string> reprints)
    {
        var candidates = new List<(SummarySentence Sentence, double Score, HashSet<string> Words)>();
        foreach (var report in cluster.Reports)
        {
            if (!articles.TryGetValue(report.ArticleId, out var article))
            {
                continue;
            }
            foreach (var mention in report.Mentions)
            {
                var text = mention.Sentence.Of(article.Body);
                if (text.Length < 30 || text.Length > 400)
                {
                    continue;
                }
                var position = article.Body.AsSpan(0, mention.Sentence.Start).Count('\n');
                var score = (mention.Sentence.Start == 0 ? 2.0 : position < 2 ? 1.0 : 0)
                    + (0.4 * Math.Min(3, mention.ActorKeys.Count))
                    + (mention.Time is null ? 0 : 0.6)
                    - (reprints.Contains(report.ArticleId) ? 1.5 : 0)
                    - (text.Contains('“', StringComparison.Ordinal) || text.Contains('"', StringComparison.Ordinal) ? 0.3 : 0);
                candidates.Add((new SummarySentence(text, new Citation(article.Id, mention.Sentence.Start, mention.Sentence.End)), score, Words(text)));
            }
        }
        var chosen = new List<(SummarySentence Sentence, HashSet<string> Words)>();
        foreach (var candidate in candidates
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Sentence.Citation.ArticleId, StringComparer.Ordinal)
            .ThenBy(c => c.Sentence.Citation.Start))
        {
            if (chosen.Count >= _options.MaxSentences)
            {
                break;
            }
            if (chosen.Any(c => Overlap(c.Words, candidate.Words) > _options.MaxOverlap))
            {
                continue;
            }
            chosen.Add((candidate.Sentence, candidate.Words));
        }
        return chosen.Select(c => c.Sentence).ToList();
    }

    private static HashSet<string> Words(string text) =>
        text.Split([' ', ',', '.', ';', ':', '“', '”', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant())
            .Where(w => w.Length > 3)
            .ToHashSet(StringComparer.Ordinal);

    private static double Overlap(HashSet<string> a, HashSet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }
        return (double)a.Count(b.Contains) / Math.Min(a.Count, b.Count);
    }
}
