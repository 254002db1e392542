using Storyline.Analysis;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class StoryBuilderTests
{
    private static AnnotatedArticle Article(string id, string published, string body) => AnnotatedText.Of(id, published, body);

    private const string First = "Mayor Ilse Varn held a meeting with the Police and the Army in Dravik on Monday.";
    private const string Second = "Governor Oren Tasse held a meeting with the Police and the Army in Dravik on Saturday.";

    [Fact]
    public void Events_sharing_only_a_place_the_police_and_the_army_are_two_stories_titled_by_who_met()
    {
        var graph = new StoryAnalyzer().Analyze([Article("a1", "2025-03-04", First), Article("b1", "2025-06-09", Second)]);

        Assert.DoesNotContain(graph.Stories, s => s.ArticleIds.Contains("a1") && s.ArticleIds.Contains("b1"));
        Assert.Contains(graph.Stories, s => s.Title == "Ilse Varn and Dravik: meeting");
    }
}
