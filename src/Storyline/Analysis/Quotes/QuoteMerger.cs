using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Quotes;

/// <summary>
/// Joins the quotes of all articles: the same words carried by several outlets become one quote
/// citing every article (a shorter excerpt of a longer quote joins it too), and each speaker is
/// mapped to its canonical entity.
/// </summary>
public sealed class QuoteMerger
{
    /// <summary>An excerpt this many words long or longer joins the longer quote that contains it.</summary>
    private const int MinExcerptWords = 5;

    public IReadOnlyList<QuoteRecord> Merge(IReadOnlyList<AnnotatedArticle> articles, EntityResolution entities)
    {
        var found = new List<(Quote Quote, AnnotatedArticle Article, string Key, string? SpeakerId)>();
        foreach (var annotated in articles)
        {
            foreach (var quote in annotated.Quotes)
            {
                var key = TextKey.Of(quote.Text);
                if (key.Length == 0)
                {
                    continue;
                }
                found.Add((quote, annotated, key, SpeakerOf(quote, annotated, entities)));
            }
        }
        // Longest first, so excerpts find the full quote they come from.
        var groups = new List<List<(Quote Quote, AnnotatedArticle Article, string Key, string? SpeakerId)>>();
        foreach (var item in found.OrderByDescending(f => f.Key.Length).ThenBy(f => f.Article.Article.Id, StringComparer.Ordinal).ThenBy(f => f.Quote.Span.Start))
        {
            var home = groups.FirstOrDefault(g => string.Equals(g[0].Key, item.Key, StringComparison.Ordinal)
                || (item.Key.Count(c => c == ' ') + 1 >= MinExcerptWords && g[0].Key.Contains(item.Key, StringComparison.Ordinal)));
            if (home is null)
            {
                groups.Add([item]);
            }
            else
            {
                home.Add(item);
            }
        }
        var records = new List<QuoteRecord>();
        foreach (var group in groups)
        {
            // The post itself is the source of words other outlets quote from it.
            var primary = group.FirstOrDefault(g => g.Quote.Kind == QuoteKind.Post);
            primary = primary.Quote is null ? group[0] : primary;
            var speakerId = group.Select(g => g.SpeakerId).FirstOrDefault(s => s is not null);
            var speakerName = speakerId is not null ? entities.ById(speakerId)?.Name : group.Select(g => g.Quote.Speaker).FirstOrDefault(s => s is not null);
            var also = group
                .Where(g => !string.Equals(g.Article.Article.Id, primary.Article.Article.Id, StringComparison.Ordinal))
                .Select(g => new Citation(g.Article.Article.Id, g.Quote.Span.Start, g.Quote.Span.End))
                .DistinctBy(c => c.ArticleId)
                .ToList();
            records.Add(new QuoteRecord(
                StableId.Of("q", primary.Key),
                primary.Quote.Text,
                primary.Quote.Kind.ToString().ToLowerInvariant(),
                speakerId,
                speakerName,
                primary.Article.Article.Id,
                primary.Quote.Span.Start,
                primary.Quote.Span.End,
                also));
        }
        return records.OrderBy(r => r.ArticleId, StringComparer.Ordinal).ThenBy(r => r.Start).ToList();
    }

    private static string? SpeakerOf(Quote quote, AnnotatedArticle annotated, EntityResolution entities)
    {
        if (quote.SpeakerSpan is { } span)
        {
            var mention = annotated.Mentions.FirstOrDefault(m => m.Span.Overlaps(span));
            if (mention is not null && entities.IdOf(mention.EntityKey) is { } id)
            {
                return id;
            }
        }
        if (quote.Speaker is null)
        {
            return null;
        }
        // Post authors and unlinked speakers: the entity whose name or alias the speaker text contains.
        var speaker = quote.Speaker;
        return entities.Entities
            .Where(e => e.Type is EntityType.Person or EntityType.Organization)
            .Where(e => speaker.Contains(e.Name, StringComparison.OrdinalIgnoreCase)
                || e.Aliases.Any(a => a.Length > 3 && string.Equals(a, speaker, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(e => e.Name.Length)
            .Select(e => e.Id)
            .FirstOrDefault();
    }
}
