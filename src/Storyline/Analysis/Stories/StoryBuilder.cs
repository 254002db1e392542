using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Stories;

/// <summary>
/// Groups events into stories: events reported or recalled by the same article belong to one story
/// (the call and the tariffs it is set against), and so do events whose news reports share two or
/// more actors.
/// </summary>
public sealed class StoryBuilder
{
    /// <summary>Only an event's leading actors tie it to other events; a long tail of names would join everything.</summary>
    private const int MaxActorsPerEvent = 6;

    /// <summary>Common-noun names ("Police", "Government") that tie no two events together (Analysis/Data/generic_actors.txt).</summary>
    private readonly HashSet<string> _generic = new(EmbeddedData.ReadLines("Analysis/Data/generic_actors.txt"), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Story> Build(IReadOnlyList<StoryEvent> events, EntityResolution entities)
    {
        var sets = new UnionFind(events.Count);
        var byArticle = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            foreach (var articleId in events[i].ArticleIds)
            {
                if (byArticle.TryGetValue(articleId, out var other))
                {
                    sets.Union(i, other);
                }
                else
                {
                    byArticle[articleId] = i;
                }
            }
        }
        // News events sharing two actors: indexed by actor pair, so no event is compared with every other.
        var byPair = new Dictionary<(string, string), int>();
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].IsBackground)
            {
                continue;
            }
            var actors = events[i].ActorIds.Take(MaxActorsPerEvent)
                .Where(a => entities.ById(a) is not { } entity || !_generic.Contains(entity.Name))
                .Order(StringComparer.Ordinal).ToList();
            for (var a = 0; a < actors.Count; a++)
            {
                for (var b = a + 1; b < actors.Count; b++)
                {
                    if (byPair.TryGetValue((actors[a], actors[b]), out var other))
                    {
                        sets.Union(i, other);
                    }
                    else
                    {
                        byPair[(actors[a], actors[b])] = i;
                    }
                }
            }
        }
        var stories = new List<Story>();
        foreach (var group in Enumerable.Range(0, events.Count).GroupBy(i => sets.Find(i)))
        {
            var members = group.Select(i => events[i]).ToList();
            var articleIds = members.SelectMany(e => e.ArticleIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var eventIds = members.Select(e => e.Id).ToList();
            stories.Add(new Story(StableId.Of("s", string.Join('|', eventIds.Order(StringComparer.Ordinal))), Title(members, entities), eventIds, articleIds));
        }
        return stories.OrderByDescending(s => s.ArticleIds.Count).ThenBy(s => s.Title, StringComparer.Ordinal).ToList();
    }

    /// <summary>"A and B: phone call, tariff" — the story's leading actors and what happened between them.</summary>
    private string Title(List<StoryEvent> events, EntityResolution entities)
    {
        // An actor weighs by the articles that report it taking part in the story's news, each counted once:
        // the leader on every call outweighs the minister of one visit told by as many outlets.
        var actors = events.SelectMany(e => e.ActorIds.SelectMany(a => e.ArticleIds.Select(id => (Actor: a, Article: id, e.IsBackground))))
            .GroupBy(x => x.Actor, StringComparer.Ordinal)
            .Select(g => (Entity: entities.ById(g.Key),
                Weight: (2 * g.Where(x => !x.IsBackground).Select(x => x.Article).Distinct(StringComparer.Ordinal).Count())
                    + g.Where(x => x.IsBackground).Select(x => x.Article).Distinct(StringComparer.Ordinal).Count()))
            .Where(x => x.Entity is not null && !_generic.Contains(x.Entity.Name))
            .OrderBy(x => x.Entity!.Type == EntityType.Person ? 0 : 1)
            .ThenByDescending(x => x.Weight)
            .ThenBy(x => x.Entity!.Name, StringComparer.Ordinal)
            .Take(2)
            .Select(x => x.Entity!.Name)
            .ToList();
        var modes = events.Where(e => !e.IsBackground).DefaultIfEmpty(events[0])
            .GroupBy(e => e.Mode, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(e => e.ArticleIds.Count))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(3)
            .Select(g => g.Key);
        var who = actors.Count == 0 ? "Story" : string.Join(" and ", actors);
        return $"{who}: {string.Join(", ", modes)}";
    }
}
