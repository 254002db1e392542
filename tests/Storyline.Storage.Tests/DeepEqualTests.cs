using Storyline.Model;
using Xunit.Sdk;

namespace Storyline.Storage.Tests;

public sealed class DeepEqualTests
{
    [Fact]
    public void Equal_content_in_different_list_instances_is_equal()
    {
        DeepEqual.Assert(TestArticles.Make("a1"), TestArticles.Make("a1"));
    }

    [Fact]
    public void A_difference_deep_inside_a_list_is_reported_with_its_path()
    {
        var original = TestArticles.Make("a1");
        var post = original.Article.Posts[0];
        var changed = original with { Article = original.Article with { Posts = [post with { Author = "Someone Else" }] } };

        var error = Assert.Throws<XunitException>(() => DeepEqual.Assert(original, changed));
        Assert.Contains("Article.Posts[0].Author", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_and_empty_text_are_different()
    {
        var withNull = TestArticles.Make("a1", outlet: null);
        var withEmpty = TestArticles.Make("a1", outlet: "");

        Assert.Throws<XunitException>(() => DeepEqual.Assert(withNull, withEmpty));
    }

    [Fact]
    public void The_test_article_spans_point_into_its_body()
    {
        var annotated = TestArticles.Make("a1");
        var body = annotated.Article.Body;
        Assert.All(annotated.Mentions, m => Assert.Equal(m.Text, m.Span.Of(body)));
        Assert.All(annotated.Quotes, q => Assert.Equal(q.Text, q.Span.Of(body)));
        Assert.NotEmpty(annotated.Events);
        Assert.NotEmpty(annotated.Claims);
        Assert.Equal(DateBasis.Dateline, annotated.Article.Published.Basis);
    }
}
