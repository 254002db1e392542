using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Storyline.Eval.Metrics;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Eval;

/// <summary>One gold quote of the GenderGapTracker set; spans are [start, end) into the article text.</summary>
public sealed record GoldQuote(
    [property: JsonPropertyName("quote")] string Quote,
    [property: JsonPropertyName("quote_span")] int[]? QuoteSpan,
    [property: JsonPropertyName("speaker")] string? Speaker,
    [property: JsonPropertyName("speaker_reference")] string? SpeakerReference);

/// <summary>One article line of <c>dev.jsonl</c>.</summary>
public sealed record GoldArticle(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("outlet")] string? Outlet,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("quotes")] IReadOnlyList<GoldQuote> Quotes);

/// <summary>Counts behind the quote scores, summed over articles.</summary>
public sealed record QuoteCounts(int Predicted, int Gold, int GoldDirect, int Matched, int MatchedDirect, int SpeakersRight, int SpeakersRightDirect)
{
    public static QuoteCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0);

    public QuoteCounts Add(QuoteCounts o) => new(Predicted + o.Predicted, Gold + o.Gold, GoldDirect + o.GoldDirect,
        Matched + o.Matched, MatchedDirect + o.MatchedDirect, SpeakersRight + o.SpeakersRight, SpeakersRightDirect + o.SpeakersRightDirect);

    public double Precision => PrecisionRecall.Ratio(Matched, Predicted);

    public PrecisionRecall All => new(Precision, PrecisionRecall.Ratio(Matched, Gold));

    public double RecallDirect => PrecisionRecall.Ratio(MatchedDirect, GoldDirect);

    public double SpeakerAccuracy => PrecisionRecall.Ratio(SpeakersRight, Matched);

    public double SpeakerAccuracyDirect => PrecisionRecall.Ratio(SpeakersRightDirect, MatchedDirect);
}

/// <summary>
/// Quotes and speakers against the GenderGapTracker dev set. Spans are compared on the raw text,
/// so the article is built from it directly rather than cleaned.
/// </summary>
public sealed class QuotesEval
{
    private static readonly char[] QuoteMarks = ['"', '\u201C', '\u201D', '\u201E', '\'', '\u2018', '\u2019', '\u00AB', '\u00BB'];

    public int Run(string dataPath, TextWriter output)
    {
        var articles = File.ReadLines(dataPath)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<GoldArticle>(line) ?? throw new InvalidDataException($"{dataPath}: empty line"))
            .ToList();
        var annotator = new ArticleAnnotator();
        var timer = System.Diagnostics.Stopwatch.StartNew();
        var totals = QuoteCounts.Zero;
        foreach (var gold in articles)
        {
            totals = totals.Add(Score(gold, annotator.Annotate(ToArticle(gold))));
        }
        timer.Stop();

        var all = totals.All;
        var published = new PrecisionRecall(0.846, 0.827);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GenderGapTracker quotes (dev): {articles.Count} articles, {totals.Gold} gold quotes ({totals.GoldDirect} direct), {totals.Predicted} predicted, {timer.Elapsed.TotalSeconds:0.00} s"));
        output.WriteLine("match = spans overlap by at least half of the shorter, one to one; speaker accuracy over matched quotes");
        output.WriteLine();
        output.WriteLine($"{"system",-30} {"P",6} {"R all",6} {"F1 all",6} {"R dir",6} {"spk",6} {"spk dir",7}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"Storyline",-30} {all.Precision,6:0.000} {all.Recall,6:0.000} {all.F1,6:0.000} {totals.RecallDirect,6:0.000} {totals.SpeakerAccuracy,6:0.000} {totals.SpeakerAccuracyDirect,7:0.000}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"GenderGapTracker (published)",-30} {published.Precision,6:0.000} {published.Recall,6:0.000} {published.F1,6:0.000} {"-",6} {0.86,6:0.00} {"-",7}"));
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"matched {totals.Matched} of {totals.Gold} gold ({totals.MatchedDirect} of {totals.GoldDirect} direct); speakers right {totals.SpeakersRight}; published F1 is computed from its P and R, on the full set"));
        return 0;
    }

    public static Article ToArticle(GoldArticle gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var text = gold.Text;
        var paragraphs = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start)
                {
                    paragraphs.Add(TextSpan.FromBounds(start, i));
                }
                start = i + 1;
            }
        }
        return new Article(gold.Id, gold.Id, string.Empty, gold.Outlet, null, null, PublicationDate.Unknown, text, paragraphs, []);
    }

    public static bool IsDirect(GoldQuote quote)
    {
        ArgumentNullException.ThrowIfNull(quote);
        var trimmed = quote.Quote.TrimStart();
        return trimmed.Length > 0 && QuoteMarks.Contains(trimmed[0]);
    }

    public static QuoteCounts Score(GoldArticle gold, AnnotatedArticle annotated)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(annotated);
        var predicted = annotated.Quotes;
        var goldSpans = gold.Quotes
            .Select(q => q.QuoteSpan is [var s, var e] && e > s ? TextSpan.FromBounds(s, e) : (TextSpan?)null)
            .ToList();
        var pairs = SpanMatcher.Match(predicted.Select(q => q.Span).ToList(), goldSpans);
        int matchedDirect = 0, right = 0, rightDirect = 0;
        foreach (var pair in pairs)
        {
            var goldQuote = gold.Quotes[pair.Gold];
            var direct = IsDirect(goldQuote);
            var agrees = SpeakerNames.Agree(SpeakerName(predicted[pair.Predicted], annotated), goldQuote.SpeakerReference);
            matchedDirect += direct ? 1 : 0;
            right += agrees ? 1 : 0;
            rightDirect += direct && agrees ? 1 : 0;
        }
        return new QuoteCounts(predicted.Count, gold.Quotes.Count, gold.Quotes.Count(IsDirect), pairs.Count, matchedDirect, right, rightDirect);
    }

    /// <summary>The article entity's fullest name for the mention at the speaker span, else the speaker as written.</summary>
    public static string? SpeakerName(Quote quote, AnnotatedArticle annotated)
    {
        ArgumentNullException.ThrowIfNull(quote);
        ArgumentNullException.ThrowIfNull(annotated);
        if (quote.SpeakerSpan is { } span)
        {
            var mention = annotated.Mentions.FirstOrDefault(m => m.Span == span)
                ?? annotated.Mentions.FirstOrDefault(m => m.Span.Overlaps(span));
            var entity = mention is null ? null : annotated.Entities.FirstOrDefault(e => string.Equals(e.Key, mention.EntityKey, StringComparison.Ordinal));
            if (entity is not null)
            {
                return entity.Name;
            }
        }
        return quote.Speaker;
    }
}
