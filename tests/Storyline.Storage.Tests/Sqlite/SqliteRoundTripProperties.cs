using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Model;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>Random articles, random text in every field: what goes in comes out, exactly and in order.</summary>
public sealed class SqliteRoundTripProperties
{
    private static readonly string[] Fragments =
    [
        "'", "\"", "'); DROP TABLE articles;--", "\0", "\\", "\n", "\r\n", "%", "_", "$1", "?", "--", "/*", "🤝", "🇳🇴",
        "東京", "Łódź", "\u200b", "\ufeff", "\u0301", " ", "said", "NULL", "{\"start\":1}",
    ];

    // SQLite stores UTF-8, which cannot hold a lone surrogate (see SqliteSpecificTests); random
    // strings are made well-formed so the property is about exactness, not that documented loss.
    private static readonly Gen<string> Text = Gen.OneOf(
        ArbMap.Default.GeneratorFor<string>().Select(s => WellFormed(s ?? "")),
        Gen.Elements(Fragments).ArrayOf().Select(string.Concat));

    private static readonly Gen<string?> OptionalText = Gen.OneOf(Gen.Constant<string?>(null), Text.Select(s => (string?)s));

    private static readonly Gen<DateOnly> Date = Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber).Select(DateOnly.FromDayNumber);

    private static readonly Gen<DateOnly?> OptionalDate = Gen.OneOf(Gen.Constant<DateOnly?>(null), Date.Select(d => (DateOnly?)d));

    private static readonly Gen<int> Int = ArbMap.Default.GeneratorFor<int>();

    private static readonly Gen<double> Double = ArbMap.Default.GeneratorFor<double>();

    private static readonly Gen<TextSpan> Span = Int.Zip(Int, (start, length) => new TextSpan(start, length));

    private static readonly Gen<TextSpan?> OptionalSpan = Gen.OneOf(Gen.Constant<TextSpan?>(null), Span.Select(s => (TextSpan?)s));

    private static readonly Gen<TimeExpression> Time =
        from span in Span
        from text in Text
        from type in Gen.Elements(Enum.GetValues<TimexType>())
        from value in Text
        from anchor in OptionalDate
        from confidence in Double
        select new TimeExpression(span, text, type, value, anchor, confidence);

    private static readonly Gen<Article> ArticleGen =
        from id in Text
        from sourcePath in Text
        from headline in Text
        from outlet in OptionalText
        from byline in OptionalText
        from place in OptionalText
        from published in
            from value in OptionalDate
            from basis in Gen.Elements(Enum.GetValues<DateBasis>())
            from earliest in OptionalDate
            from latest in OptionalDate
            select new PublicationDate(value, basis, earliest, latest)
        from body in Text
        from paragraphs in Span.ArrayOf()
        from posts in (
            from span in Span
            from text in Text
            from author in OptionalText
            from handle in OptionalText
            from date in OptionalDate
            select new EmbeddedPost(span, text, author, handle, date)).ArrayOf()
        from url in OptionalText
        select new Article("id:" + id, sourcePath, headline, outlet, byline, place, published, body, paragraphs, posts, url);

    private static readonly Gen<AnnotatedArticle> Annotated =
        from article in ArticleGen
        from sentences in Span.Zip(Int, (span, paragraph) => new Sentence(span, paragraph)).ArrayOf()
        from mentions in (
            from span in Span
            from text in Text
            from type in Gen.Elements(Enum.GetValues<EntityType>())
            from key in Text
            select new EntityMention(span, text, type, key)).ArrayOf()
        from entities in (
            from key in Text
            from name in Text
            from type in Gen.Elements(Enum.GetValues<EntityType>())
            from aliases in Text.ArrayOf()
            from spans in Span.ArrayOf()
            select new ArticleEntity(key, name, type, aliases, spans)).ArrayOf()
        from times in Time.ArrayOf()
        from quotes in (
            from span in Span
            from text in Text
            from kind in Gen.Elements(Enum.GetValues<QuoteKind>())
            from speaker in OptionalText
            from speakerSpan in OptionalSpan
            select new Quote(span, text, kind, speaker, speakerSpan)).ArrayOf()
        from claims in (
            from span in Span
            from text in Text
            from value in Double
            from unit in Text
            from about in Text
            from sentence in Span
            select new NumericClaim(span, text, value, unit, about, sentence)).ArrayOf()
        from events in (
            from sentence in Span
            from trigger in Span
            from type in Text
            from mode in Text
            from actors in Text.ArrayOf()
            from time in Gen.OneOf(Gen.Constant<TimeExpression?>(null), Time.Select(t => (TimeExpression?)t))
            from place in OptionalText
            from background in ArbMap.Default.GeneratorFor<bool>()
            select new EventMention(sentence, trigger, type, mode, actors, time, place, background)).ArrayOf()
        from starts in (
            from sentence in Span
            from process in Span
            from kind in Text
            from topics in Text.ArrayOf()
            from bound in Gen.Elements(Enum.GetValues<StartBound>())
            from time in Gen.OneOf(Gen.Constant<TimeExpression?>(null), Time.Select(t => (TimeExpression?)t))
            from actors in Text.ArrayOf()
            from anchor in Gen.OneOf(Gen.Constant<TextSpan?>(null), Span.Select(a => (TextSpan?)a))
            select new ProcessStart(sentence, process, kind, topics, bound, time, actors, anchor)).ArrayOf()
        select new AnnotatedArticle(article, sentences, mentions, entities, times, quotes, claims, events, starts);

    // Repeated ids (same article seen at another path) come from picking earlier articles again.
    private static readonly Gen<AnnotatedArticle[]> Batch =
        from articles in Annotated.Resize(6).ArrayOf()
        from repeats in Gen.Choose(0, 3)
        from picks in Gen.Choose(0, Math.Max(0, articles.Length - 1)).ArrayOf(articles.Length == 0 ? 0 : repeats)
        from paths in Text.ArrayOf(articles.Length == 0 ? 0 : repeats)
        select articles
            .Concat(picks.Select((p, i) => articles[p] with { Article = articles[p].Article with { SourcePath = paths[i] } }))
            .ToArray();

    [Property(MaxTest = 150)]
    public Property Random_articles_round_trip_exactly_with_every_source_path() =>
        Prop.ForAll(Batch.ToArbitrary(), batch =>
        {
            using var store = SqliteStoryStore.Open(SqliteStoryStore.InMemory);
            var expected = batch.DistinctBy(a => a.Article.Id, StringComparer.Ordinal).ToList();

            Assert.Equal(expected.Count, store.AddArticles(batch));

            DeepEqual.Assert(expected, store.LoadArticles());
            Assert.Equal(expected.Count, store.ArticleCount);
            foreach (var article in expected)
            {
                var id = article.Article.Id;
                Assert.True(store.ContainsArticle(id));
                var paths = batch.Where(a => string.Equals(a.Article.Id, id, StringComparison.Ordinal))
                    .Select(a => a.Article.SourcePath)
                    .Distinct(StringComparer.Ordinal);
                Assert.Equal(paths, store.SourcesOf(id));
            }
        });

    private static string WellFormed(string s)
    {
        var builder = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                builder.Append(s, i++, 2);
            }
            else
            {
                builder.Append(char.IsSurrogate(s[i]) ? '\ufffd' : s[i]);
            }
        }

        return builder.ToString();
    }
}
