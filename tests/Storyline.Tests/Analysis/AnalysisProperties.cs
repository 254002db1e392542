using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Analysis;
using Storyline.Analysis.Duplicates;
using Storyline.Model;

namespace Storyline.Tests.Analysis;

public sealed class AnalysisProperties
{
    private static readonly string[] Names = ["Jane Roe", "Arno Vell", "Mira Sato", "Oskar Brandt"];
    private static readonly (string, string)[] Kinds = [("CONSULT", "phone call"), ("CONSULT", "visit"), ("SANCTION", "tariff")];
    private static readonly string[] Dates = ["2025-11-03", "2025-11-04", "2025-12-01", "2025-09", "PAST_REF"];

    private static Gen<IReadOnlyList<AnnotatedArticle>> Corpora() =>
        from count in Gen.Choose(1, 12)
        from specs in Gen.ArrayOf(Spec(), count)
        select Build(specs);

    private static Gen<(int Kind, int Date, int Actors, bool Background)> Spec() =>
        from kind in Gen.Choose(0, Kinds.Length - 1)
        from date in Gen.Choose(0, Dates.Length - 1)
        from actors in Gen.Choose(0, 5)
        from background in Gen.Elements(true, false)
        select (kind, date, actors, background);

    private static IReadOnlyList<AnnotatedArticle> Build((int Kind, int Date, int Actors, bool Background)[] specs)
    {
        var corpus = new TestCorpus();
        foreach (var (kind, date, actors, background) in specs)
        {
            var people = Names.Where((_, i) => ((actors >> (i % 3)) & 1) == 1 || i == actors % Names.Length).ToArray();
            var body = $"{string.Join(" and ", people)} took part in a {Kinds[kind].Item2} about steel and harbour fees.";
            corpus.Add(body, "2025-12-05", Kinds[kind], people, Dates[date], background);
        }
        return corpus.Articles;
    }

    [Property(MaxTest = 200)]
    public Property Every_event_mention_belongs_to_exactly_one_event() =>
        Prop.ForAll(Corpora().ToArbitrary(), articles =>
        {
            var graph = new StoryAnalyzer().Analyze(articles);
            var cited = graph.Events.SelectMany(e => e.Mentions).ToList();
            return cited.Count == cited.Distinct().Count();
        });

    [Property(MaxTest = 200)]
    public Property The_timeline_is_in_calendar_order() =>
        Prop.ForAll(Corpora().ToArbitrary(), articles =>
        {
            var starts = new StoryAnalyzer().Analyze(articles).Timeline
                .Select(t => TimexRange.TryParse(t.Date, out var r) ? r.Start : DateOnly.MinValue)
                .ToList();
            return starts.SequenceEqual(starts.Order());
        });

    [Property(MaxTest = 200)]
    public Property Stories_partition_the_events() =>
        Prop.ForAll(Corpora().ToArbitrary(), articles =>
        {
            var graph = new StoryAnalyzer().Analyze(articles);
            var inStories = graph.Stories.SelectMany(s => s.EventIds).ToList();
            return inStories.Count == graph.Events.Count && inStories.ToHashSet().SetEquals(graph.Events.Select(e => e.Id));
        });

    [Property(MaxTest = 100)]
    public Property Duplicate_links_point_from_a_copy_to_an_original_that_is_not_itself_a_copy(NonEmptyString[] texts)
    {
        var articles = texts.Select((t, i) => new Article($"a{i}", "x", "h", null, null, null, PublicationDate.Unknown, t.Get + " " + texts[0].Get, [], [])).ToList();
        var links = new DuplicateDetector().Find(articles);
        var copies = links.Select(l => l.ArticleId).ToHashSet();
        return (links.All(l => l.ArticleId != l.OriginalId && !copies.Contains(l.OriginalId)) && copies.Count == links.Count).ToProperty();
    }

    [Property(MaxTest = 100)]
    public Property Similarity_is_symmetric(NonEmptyString a, NonEmptyString b)
    {
        var detector = new DuplicateDetector();
        return (detector.Similarity(a.Get, b.Get) == detector.Similarity(b.Get, a.Get)).ToProperty();
    }
}
