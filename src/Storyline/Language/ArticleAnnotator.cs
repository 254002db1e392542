using Storyline.Language.Events;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Language;

/// <summary>
/// The per-article stages in order: sentences, entities, time expressions, quotes, numbers, event
/// mentions. A pure function of the article; the lexicons and gazetteers are loaded once here and
/// shared read-only, so one annotator serves every thread.
/// </summary>
public sealed class ArticleAnnotator
{
    private readonly SentenceSplitter _sentences = new();
    private readonly EntityRecognizer _entities = new(new Gazetteer(), new Ner.NerTagger());
    private readonly TimexTagger _times = new();
    private readonly QuoteExtractor _quotes = new();
    private readonly ClaimExtractor _claims = new();
    private readonly EventMentionExtractor _events = new(new EventLexicon());
    private readonly ProcessStartExtractor _starts = new();

    public AnnotatedArticle Annotate(Article article)
    {
        var text = article.Body;
        var sentences = _sentences.Split(text);
        // "The US president" is looked up on the article's own day; an inherited range counts only when it is one day.
        var published = article.Published;
        var day = published.Value ?? (published.Earliest is { } earliest && published.Latest == earliest ? earliest : null);
        var entities = _entities.Recognize(text, sentences, article.DatelinePlace, day);
        // An article dated only through the event it joined is read against that event's day.
        var times = _times.Tag(text, article.Published.Value ?? article.Published.Earliest);
        var quotes = _quotes.Extract(text, sentences, entities.Mentions, article.Posts);
        var claims = _claims.Extract(text, sentences);
        // "Today" inside a quote is the speaker's day, not the article's: quotes do not date events. Reported speech
        // ("the call took place on Monday, officials said") is the writer's wording, and its dates stand.
        var timesOutsideQuotes = times.Where(t => !quotes.Any(q => q.Kind != QuoteKind.Indirect && q.Span.Overlaps(t.Span))).ToList();
        var events = _events.Extract(article, sentences, entities.Mentions, timesOutsideQuotes);
        var starts = _starts.Extract(text, sentences, entities.Mentions, timesOutsideQuotes, day, events);
        return new AnnotatedArticle(article, sentences, entities.Mentions, entities.Entities, times, quotes, claims, events, starts);
    }
}
