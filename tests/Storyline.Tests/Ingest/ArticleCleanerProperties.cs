using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

/// <summary>Invariants of cleaning, on random strings and on random mixes of realistic article lines.</summary>
public sealed class ArticleCleanerProperties
{
    /// <summary>Lines of the kinds real articles mix: prose, headlines, bylines, datelines, furniture, posts, Markdown, HTML.</summary>
    private static readonly string[] Fragments =
    [
        "The harbour council of Velmora voted on Tuesday to approve the new ferry timetable.",
        "Officials said crews would start next week, and fares would stay the same.",
        "“We are pleased with the outcome,” the mayor said in a statement.",
        "Ferry Deal Signed After Long Talks",
        "",
        "",
        "By Jane Doe",
        "BY Coastal Desk",
        "By Ana Lind and Tomas Brek | Velmora Gazette",
        "MARROW, 3 November 2025: The council met again.",
        "NEW DELHI: Talks resumed in the capital.",
        "DUNMERE (Northwire) - Boats returned to port.",
        "LONDON, Jan 5 (Reuters) - Prices rose.",
        "READ: Council Debates Harbour Fees",
        "ALSO READ : Ferry Strike Ends",
        "Advertisement",
        "| Image: Harbour at dawn |",
        "![]() |",
        "Share this article: Facebook Twitter",
        "Deal done. Boats sail soon! pic.twitter.com/AbC123",
        "— Mira Solberg (@MiraSolberg) November 3, 2025",
        "- Port of Marrow (@MarrowPort) Nov 3, 2025",
        "Latest update: On December 11, 2025, the minister spoke.",
        "# Heading in Markdown",
        "The **bold** claim and a [link](https://example.org).",
        "- A list item about boats.",
        "<p>Fish &amp; chips</p>",
        "<article><p>Inside an article.</p></article>",
        "   spaced    out   line   ",
        "U.S. officials met Dr. Kray.",
        "Short line",
    ];

    private static readonly ArticleCleaner Cleaner = new();

    private static Arbitrary<string> RealisticText() =>
        Gen.Elements(Fragments).ListOf().Select(lines => string.Join("\n", lines)).ToArbitrary();

    private static Arbitrary<DocumentFormat> Formats() =>
        Gen.Elements(DocumentFormat.PlainText, DocumentFormat.Markdown, DocumentFormat.Html, DocumentFormat.JsonRecord).ToArbitrary();

    private static Article Clean(string text, DocumentFormat format) =>
        Cleaner.Clean(new SourceDocument("prop.txt", format, text, DocumentHints.None));

    private static bool SpansAreSound(Article article)
    {
        var previousEnd = -1;
        foreach (var span in article.Paragraphs)
        {
            if (span.Start < 0 || span.Length <= 0 || span.End > article.Body.Length || span.Start <= previousEnd)
            {
                return false;
            }

            // Paragraphs are separated by exactly one '\n' and hold no '\n' themselves.
            if (span.Start != previousEnd + 1 || span.Of(article.Body).Contains('\n', StringComparison.Ordinal))
            {
                return false;
            }

            previousEnd = span.End;
        }

        return previousEnd == (article.Paragraphs.Count == 0 ? -1 : article.Body.Length)
            && (article.Paragraphs.Count > 0 || article.Body.Length == 0)
            && article.Posts.All(post => article.Paragraphs.Contains(post.Span) && post.Span.Of(article.Body) == post.Text);
    }

    private static bool IsIdempotent(Article article)
    {
        var again = Clean(article.Body, DocumentFormat.PlainText);
        return again.Body == article.Body && again.Id == article.Id;
    }

    [Property(MaxTest = 300)]
    public Property Random_strings_in_every_format_clean_without_throwing_into_sound_spans() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Formats(), (text, format) => SpansAreSound(Clean(text ?? string.Empty, format)));

    [Property(MaxTest = 300)]
    public Property Realistic_mixes_in_every_format_clean_into_sound_spans() =>
        Prop.ForAll(RealisticText(), Formats(), (text, format) => SpansAreSound(Clean(text, format)));

    [Property(MaxTest = 300)]
    public Property Cleaning_a_cleaned_body_again_changes_nothing_for_random_strings() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), Formats(), (text, format) => IsIdempotent(Clean(text ?? string.Empty, format)));

    [Property(MaxTest = 500)]
    public Property Cleaning_a_cleaned_body_again_changes_nothing_for_realistic_mixes() =>
        Prop.ForAll(RealisticText(), Formats(), (text, format) => IsIdempotent(Clean(text, format)));

    [Property(MaxTest = 200)]
    public Property Html_made_of_random_tags_and_text_never_throws() =>
        Prop.ForAll(
            Gen.Elements("<p>", "</p>", "<article>", "</article>", "<div class=\"share\">", "</div>", "<li>", "<blockquote>", "<br>", "text", " & ", "<script>x</script>", "<time datetime=\"2025-13-45\">", "<meta property=\"og:title\" content=\"T\">", "<!--", "-->", "<h1>")
                .ListOf().Select(parts => string.Concat(parts)).ToArbitrary(),
            html => SpansAreSound(Clean(html, DocumentFormat.Html)));
}
