using Storyline.Model;

namespace Storyline.Analysis.Entities;

/// <summary>The corpus-wide entities and how each article-local key maps onto them.</summary>
public sealed record EntityResolution(IReadOnlyList<CanonicalEntity> Entities, IReadOnlyDictionary<string, string> IdByKey)
{
    public string? IdOf(string key) => IdByKey.GetValueOrDefault(key);

    public CanonicalEntity? ById(string id) => Entities.FirstOrDefault(e => string.Equals(e.Id, id, StringComparison.Ordinal));
}

/// <summary>
/// Joins the entities of every article into one identity per person, organization and place:
/// the same key in two articles is the same entity, and a surname used alone in one article
/// ("Roe") joins the one full name in the corpus that ends with it ("Jane Roe").
/// </summary>
public sealed class EntityResolver
{
    public EntityResolution Resolve(IReadOnlyList<AnnotatedArticle> articles)
    {
        var byKey = new Dictionary<string, Accumulator>(StringComparer.Ordinal);
        foreach (var annotated in articles)
        {
            foreach (var entity in annotated.Entities)
            {
                if (!byKey.TryGetValue(entity.Key, out var acc))
                {
                    byKey[entity.Key] = acc = new Accumulator(entity.Key, entity.Type);
                }
                acc.Add(entity, annotated.Article.Id);
            }
        }

        var rootOf = byKey.Keys.ToDictionary(k => k, k => k, StringComparer.Ordinal);
        MergeSurnames(byKey, rootOf);
        MergeDemonyms(byKey, rootOf);
        MergeUntyped(byKey, rootOf);
        FlattenRoots(rootOf);

        var idByKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new List<CanonicalEntity>();
        foreach (var group in byKey.Values.GroupBy(a => rootOf[a.Key], StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var root = byKey[group.Key];
            var id = StableId.Of("ent", group.Key);
            var names = group.SelectMany(a => a.NameCounts).GroupBy(p => p.Key, StringComparer.Ordinal)
                .Select(g => (Name: g.Key, Count: g.Sum(p => p.Value)))
                .ToList();
            var name = names.Where(n => n.Name.Contains(' ', StringComparison.Ordinal) || names.Count == 1)
                .DefaultIfEmpty(names[0])
                .OrderByDescending(n => n.Count).ThenByDescending(n => n.Name.Length).ThenBy(n => n.Name, StringComparer.Ordinal)
                .First().Name;
            var aliases = Aliases(group, name);
            var articleIds = group.SelectMany(a => a.ArticleIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            // A demonym joined to its country is named and typed by the country.
            if (root.Type == EntityType.Gpe)
            {
                name = group.Where(a => a.Type == EntityType.Gpe).SelectMany(a => a.NameCounts).OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).FirstOrDefault() ?? name;
                aliases = Aliases(group, name);
            }
            entities.Add(new CanonicalEntity(id, name, root.Type, aliases, articleIds));
            foreach (var member in group)
            {
                idByKey[member.Key] = id;
            }
        }
        entities.Sort((a, b) => b.ArticleIds.Count != a.ArticleIds.Count
            ? b.ArticleIds.Count.CompareTo(a.ArticleIds.Count)
            : string.CompareOrdinal(a.Name, b.Name));
        return new EntityResolution(entities, idByKey);
    }

    /// <summary>Every other surface form, once: "the Veldoran president" and "The Veldoran president" are one alias.</summary>
    private static List<string> Aliases(IEnumerable<Accumulator> group, string name) =>
        group.SelectMany(a => a.Aliases)
            .Where(a => !string.Equals(a, name, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static void MergeSurnames(Dictionary<string, Accumulator> byKey, Dictionary<string, string> rootOf)
    {
        var fullNamesBySurname = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var acc in byKey.Values.Where(a => a.Type == EntityType.Person))
        {
            var name = NameOf(acc.Key);
            var space = name.LastIndexOf(' ');
            if (space > 0)
            {
                var surname = name[(space + 1)..];
                if (!fullNamesBySurname.TryGetValue(surname, out var list))
                {
                    fullNamesBySurname[surname] = list = [];
                }
                list.Add(acc.Key);
            }
        }
        foreach (var acc in byKey.Values.Where(a => a.Type == EntityType.Person))
        {
            var name = NameOf(acc.Key);
            if (!name.Contains(' ', StringComparison.Ordinal) && fullNamesBySurname.TryGetValue(name, out var full) && full.Count == 1)
            {
                rootOf[acc.Key] = full[0];
            }
        }
    }

    /// <summary>
    /// A nationality no article could tie to its country ("Veldoran" where "Veldora" is not named)
    /// joins the one place in the corpus whose name it extends: Veldora + n, Kestria + n.
    /// </summary>
    private static void MergeDemonyms(Dictionary<string, Accumulator> byKey, Dictionary<string, string> rootOf)
    {
        var places = byKey.Values.Where(a => a.Type == EntityType.Gpe).Select(a => (a.Key, Name: NameOf(a.Key))).ToList();
        // A demonym an article typed as a place ("Veldoran" read as a country) is a demonym all the same.
        foreach (var acc in byKey.Values.Where(a => a.Type is EntityType.Norp or EntityType.Gpe))
        {
            var demonym = NameOf(acc.Key);
            var matches = places
                .Where(p => !string.Equals(p.Key, acc.Key, StringComparison.Ordinal) && p.Name.Length >= 4 && demonym.Length > p.Name.Length && demonym.Length - p.Name.Length <= 3
                    && demonym.StartsWith(p.Name[..^1], StringComparison.Ordinal))
                .ToList();
            if (matches.Count == 1)
            {
                rootOf[acc.Key] = matches[0].Key;
            }
        }
    }

    /// <summary>
    /// One name typed differently across articles ("Hollis Brandt" a person in five, MISC or a place in
    /// one) is the entity most articles say it is; a MISC name that is the surname of one person joins them.
    /// </summary>
    private static void MergeUntyped(Dictionary<string, Accumulator> byKey, Dictionary<string, string> rootOf)
    {
        foreach (var group in byKey.Values.GroupBy(a => NameOf(a.Key), StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var ranked = group.OrderByDescending(a => a.ArticleIds.Count).ThenBy(a => a.Type == EntityType.Misc ? 1 : 0).ThenBy(a => a.Key, StringComparer.Ordinal).ToList();
            var dominant = ranked[0];
            foreach (var other in ranked.Skip(1))
            {
                if (other.Type == EntityType.Misc || dominant.ArticleIds.Count >= 2 * other.ArticleIds.Count)
                {
                    rootOf[other.Key] = rootOf[dominant.Key];
                }
            }
        }
        var people = byKey.Values.Where(a => a.Type == EntityType.Person).ToList();
        foreach (var acc in byKey.Values.Where(a => a.Type == EntityType.Misc && string.Equals(rootOf[a.Key], a.Key, StringComparison.Ordinal)))
        {
            var name = NameOf(acc.Key);
            var owners = people.Where(t => NameOf(t.Key).EndsWith(" " + name, StringComparison.Ordinal)).ToList();
            if (owners.Count == 1)
            {
                rootOf[acc.Key] = rootOf[owners[0].Key];
            }
        }
    }

    /// <summary>Merges chain (a surname to a MISC name to a person); every key must point at its final root.</summary>
    private static void FlattenRoots(Dictionary<string, string> rootOf)
    {
        foreach (var key in rootOf.Keys.ToList())
        {
            var root = key;
            for (var steps = 0; steps < rootOf.Count && !string.Equals(rootOf[root], root, StringComparison.Ordinal); steps++)
            {
                root = rootOf[root];
            }
            rootOf[key] = root;
        }
        // A cycle would leave two keys pointing at each other; make the smaller one the root.
        foreach (var key in rootOf.Keys.ToList())
        {
            var target = rootOf[key];
            if (!string.Equals(rootOf[target], target, StringComparison.Ordinal))
            {
                var root = string.CompareOrdinal(target, rootOf[target]) < 0 ? target : rootOf[target];
                rootOf[target] = root;
                rootOf[key] = root;
            }
        }
    }

    private static string NameOf(string key) => key[(key.IndexOf(':', StringComparison.Ordinal) + 1)..];

    private sealed class Accumulator(string key, EntityType type)
    {
        public string Key { get; } = key;

        public EntityType Type { get; } = type;

        public Dictionary<string, int> NameCounts { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Aliases { get; } = new(StringComparer.Ordinal);

        public HashSet<string> ArticleIds { get; } = new(StringComparer.Ordinal);

        public void Add(ArticleEntity entity, string articleId)
        {
            NameCounts[entity.Name] = NameCounts.GetValueOrDefault(entity.Name) + Math.Max(1, entity.Mentions.Count);
            Aliases.Add(entity.Name);
            foreach (var alias in entity.Aliases)
            {
                Aliases.Add(alias);
            }
            ArticleIds.Add(articleId);
        }
    }
}
