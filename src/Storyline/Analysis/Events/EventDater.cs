using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>
/// Dates an event from the time expressions attached to its mentions in every article that reports
/// it. The most precise value with the most support wins; day values that fall outside it are kept
/// as disagreements, so the report says where sources differ instead of choosing silently.
/// </summary>
public sealed class EventDater
{
    public EventDate? Date(EventCluster cluster)
    {
        var evidence = new List<(TimeExpression Time, TimexRange Range, string ArticleId)>();
        foreach (var report in cluster.Reports)
        {
            foreach (var mention in report.Mentions)
            {
                if (mention.Time is { } time && TimexRange.TryParse(time.Value, out var range))
                {
                    evidence.Add((time, range, report.ArticleId));
                }
            }
        }
        if (evidence.Count == 0)
        {
            return null;
        }
        var candidates = evidence
            .GroupBy(e => e.Time.Value, StringComparer.Ordinal)
            .Select(g => (
                Value: g.Key,
                g.First().Range,
                Support: g.Sum(e => e.Time.Confidence),
                Articles: g.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count(),
                Items: g.ToList()))
            .OrderByDescending(c => c.Articles * PrecisionWeight(c.Range.Precision) * c.Support)
            .ThenBy(c => c.Value, StringComparer.Ordinal)
            .ToList();
        var best = candidates[0];
        // A source disagrees when it gives another day and never the chosen one; an article that says
        // "late on Monday" and "on Tuesday" names the call's day and the day it was reported.
        // Visits, meetings and strikes last days: a source naming the next day is not contradicting.
        var slack = cluster.Mode is "visit" or "meeting" or "strike" or "negotiation" or "demonstration" ? 1 : 0;
        var agreeing = evidence.Where(e => e.Range.Start <= best.Range.End && e.Range.End >= best.Range.Start)
            .Select(e => e.ArticleId).ToHashSet(StringComparer.Ordinal);
        var disagreements = candidates.Skip(1)
            .Where(c => best.Range.Precision == TimexPrecision.Day && c.Range.Precision == TimexPrecision.Day)
            .Where(c => c.Range.End.AddDays(slack) < best.Range.Start || c.Range.Start > best.Range.End.AddDays(slack))
            .Where(c => c.Items.Any(i => !agreeing.Contains(i.ArticleId)))
            .Select(c => new DateDisagreement(c.Value, c.Items.Select(i => i.ArticleId).Where(id => !agreeing.Contains(id)).Distinct(StringComparer.Ordinal).ToList()))
            .ToList();
        var supporting = evidence.Where(e => e.Range.Start <= best.Range.End && e.Range.End >= best.Range.Start).ToList();
        var agreeingArticles = supporting.Select(e => e.ArticleId).Distinct(StringComparer.Ordinal).Count();
        var confidence = Math.Min(1.0, supporting.Max(e => e.Time.Confidence) + (0.05 * (agreeingArticles - 1)));
        if (disagreements.Count > 0)
        {
            confidence *= 0.7;
        }
        if (best.Range.Precision != TimexPrecision.Day)
        {
            confidence = Math.Min(confidence, 0.6);
        }
        // The words that give the date, not those that merely contain it: "Thursday" dates the call, "this
        // year" in the same report agrees with it but says nothing a reader needs to check the day.
        var bestLength = best.Range.End.DayNumber - best.Range.Start.DayNumber;
        var citations = supporting
            .Where(e => e.Range.End.DayNumber - e.Range.Start.DayNumber <= bestLength)
            .Select(e => new Citation(e.ArticleId, e.Time.Span.Start, e.Time.Span.End))
            .Distinct()
            .ToList();
        // "a two-day visit": how long it lasted, as most of its reports say, for an event dated to the day.
        var duration = best.Range.Precision != TimexPrecision.Day ? null : cluster.Reports
            .SelectMany(r => r.Mentions.Select(m => (m.Duration?.Value, r.ArticleId)))
            .Where(d => d.Value is not null)
            .GroupBy(d => d.Value!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(d => d.ArticleId).Distinct(StringComparer.Ordinal).Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .FirstOrDefault();
        return new EventDate(best.Value, Math.Round(confidence, 2), citations, disagreements, duration);
    }

    private static double PrecisionWeight(TimexPrecision precision) => precision switch
    {
        TimexPrecision.Day => 4,
        TimexPrecision.Week => 2.5,
        TimexPrecision.Month => 2,
        TimexPrecision.Season or TimexPrecision.Quarter => 1.5,
        _ => 1,
    };
}
