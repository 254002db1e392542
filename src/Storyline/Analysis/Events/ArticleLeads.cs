using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>
/// Which event an article is about. News is written lead first: the occurrence the article reports is
/// the one its earliest sentence tells, while later sentences bring in reactions and background that
/// may be years old (an obituary's lead is the death, not the scandal it goes on to recall).
/// </summary>
public static class ArticleLeads
{
    /// <summary>Per article id, the non-background event holding the article's earliest mention (first listed on ties).</summary>
    public static IReadOnlyDictionary<string, StoryEvent> Of(IEnumerable<StoryEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var lead = new Dictionary<string, (StoryEvent Event, int Start)>(StringComparer.Ordinal);
        foreach (var ev in events.Where(e => !e.IsBackground))
        {
            foreach (var mention in ev.Mentions)
            {
                if (!lead.TryGetValue(mention.ArticleId, out var current) || mention.Start < current.Start)
                {
                    lead[mention.ArticleId] = (ev, mention.Start);
                }
            }
        }
        return lead.ToDictionary(kv => kv.Key, kv => kv.Value.Event, StringComparer.Ordinal);
    }
}
