using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class EntityResolverTests
{
    private static AnnotatedArticle Article(string id, params (string Key, string Name, EntityType Type)[] entities) =>
        new(
            new Article(id, id, "h", null, null, null, PublicationDate.Unknown, "x", [], []),
            [], [],
            entities.Select(e => new ArticleEntity(e.Key, e.Name, e.Type, [e.Name], [new TextSpan(0, 1)])).ToList(),
            [], [], [], [], []);

    [Fact]
    public void A_surname_alone_in_one_article_joins_the_only_full_name_that_ends_with_it()
    {
        var resolution = new EntityResolver().Resolve(
        [
            Article("a1", ("person:jana roe", "Jana Roe", EntityType.Person)),
            Article("a2", ("person:roe", "Roe", EntityType.Person)),
        ]);

        var roe = Assert.Single(resolution.Entities);
        Assert.Equal("Jana Roe", roe.Name);
        Assert.Equal(["a1", "a2"], roe.ArticleIds);
    }

    [Fact]
    public void A_name_typed_differently_in_a_few_articles_is_what_most_articles_say()
    {
        var resolution = new EntityResolver().Resolve(
        [
            Article("a1", ("person:tomas reyk", "Tomas Reyk", EntityType.Person)),
            Article("a2", ("person:tomas reyk", "Tomas Reyk", EntityType.Person)),
            Article("a3", ("misc:tomas reyk", "Tomas Reyk", EntityType.Misc)),
            Article("a4", ("gpe:tomas reyk", "Tomas Reyk", EntityType.Gpe)),
        ]);

        var reyk = Assert.Single(resolution.Entities);
        Assert.Equal(EntityType.Person, reyk.Type);
        Assert.Equal(4, reyk.ArticleIds.Count);
    }

    [Fact]
    public void A_demonym_joins_the_country_it_is_formed_from()
    {
        var resolution = new EntityResolver().Resolve(
        [
            Article("a1", ("gpe:veldora", "Veldora", EntityType.Gpe)),
            Article("a2", ("norp:veldoran", "Veldoran", EntityType.Norp)),
            Article("a3", ("gpe:veldoran", "Veldoran", EntityType.Gpe)),
            Article("a4", ("gpe:kestria", "Kestria", EntityType.Gpe)),
        ]);

        var veldora = Assert.Single(resolution.Entities, e => e.Name == "Veldora");
        Assert.Contains("Veldoran", veldora.Aliases);
        Assert.Equal(3, veldora.ArticleIds.Count);
        Assert.Equal(2, resolution.Entities.Count);
    }

    [Fact]
    public void The_report_lists_people_and_places_but_not_a_stray_capitalized_word_seen_once()
    {
        var graph = new Storyline.Analysis.StoryAnalyzer().Analyze(
        [
            Article("a1", ("person:jana roe", "Jana Roe", EntityType.Person), ("misc:mover", "Mover", EntityType.Misc), ("misc:quad", "Quad", EntityType.Misc)),
            Article("a2", ("misc:quad", "Quad", EntityType.Misc)),
        ]);

        Assert.Equal(["Jana Roe", "Quad"], graph.Entities.Select(e => e.Name).Order());
    }
}
