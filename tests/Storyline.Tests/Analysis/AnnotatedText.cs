using System.Globalization;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

/// <summary>Articles for the analysis tests: a body, its day from a dateline, annotated as the pipeline does.</summary>
internal static class AnnotatedText
{
    private static readonly ArticleAnnotator Annotator = new();

    public static AnnotatedArticle Of(string id, string published, string body, string? headline = null) =>
        Annotator.Annotate(new Article(id, id + ".txt", headline ?? "h", null, null, null,
            new PublicationDate(DateOnly.Parse(published, CultureInfo.InvariantCulture), DateBasis.Dateline),
            body, [new TextSpan(0, body.Length)], []));
}
