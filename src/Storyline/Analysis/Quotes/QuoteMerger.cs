using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Quotes;

/// <summary>
/// Joins the quotes of all articles: the same words carried by several outlets become one quote
/// citing every article (a shorter excerpt of a longer quote joins it too, and so does a quote worded
/// almost the same, such as one with an article dropped), and each speaker is mapped to its canonical entity.
/// </summary>
public sealed class QuoteMerger
{
    /// <summary>An excerpt this many words long or longer joins the longer quote that contains it.</summary>
    private const int MinExcerptWords = 5;

    /// <summary>Quotes this many words long or longer may join a group worded almost the same.</summary>
    private const int MinNearWords = 6;

    /// <summary>How much of two quotes' words must match in order for them to be one quote.</summary>
    private const double NearSimilarity = 0.85;

    public IReadOnlyList<QuoteRecord> Merge(IReadOnlyList<AnnotatedArticle> articles, EntityResolution entities)
    {
        var found = new List<(Quote Quote, AnnotatedArticle Article, string Key, string? SpeakerId)>();
        var speakers = SpeakerIndex(entities);
        foreach (var annotated in articles)
        {
            foreach (var quote in annotated.Quotes)
            {
                var key = TextKey.Of(quote.Text);
                if (key.Length == 0)
                {
                    continue;
                }
                found.Add((quote, annotated, key, SpeakerOf(quote, annotated, entities, speakers)));
            }
        }
        // Longest first, so excerpts find the full quote they come from. Groups are found through an
        // index of their word 4-grams: an excerpt's first four words lead to the quotes that may contain it.
        var groups = new List<List<(Quote Quote, AnnotatedArticle Article, string Key, string? SpeakerId)>>();
        var exact = new Dictionary<string, int>(StringComparer.Ordinal);
        var byGram = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var bySpeaker = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var item in found.OrderByDescending(f => f.Key.Length).ThenBy(f => f.Article.Article.Id, StringComparer.Ordinal).ThenBy(f => f.Quote.Span.Start))
        {
            var words = item.Key.Split(' ');
            if (!exact.TryGetValue(item.Key, out var home) && words.Length >= MinExcerptWords
                && byGram.TryGetValue(string.Join(' ', words.Take(4)), out var candidates))
            {
                home = candidates.FirstOrDefault(g => groups[g][0].Key.Contains(item.Key, StringComparison.Ordinal), -1);
            }
            else if (!exact.ContainsKey(item.Key))
            {
                // A short excerpt ("stay tuned") joins a longer quote only from the same speaker.
                home = item.SpeakerId is not null && bySpeaker.TryGetValue(item.SpeakerId, out var same)
                    ? same.FirstOrDefault(g => groups[g][0].Key.Contains(item.Key, StringComparison.Ordinal), -1)
                    : -1;
            }
            if (home < 0 && words.Length >= MinNearWords)
            {
                home = NearHome(words, item.SpeakerId, groups, byGram);
            }

            if (home >= 0)
            {
                groups[home].Add(item);
                continue;
            }
            groups.Add([item]);
            var index = groups.Count - 1;
            exact[item.Key] = index;
            if (item.SpeakerId is not null)
            {
                if (!bySpeaker.TryGetValue(item.SpeakerId, out var mine))
                {
                    bySpeaker[item.SpeakerId] = mine = [];
                }
                mine.Add(index);
            }
            for (var i = 0; i + 4 <= words.Length; i++)
            {
                var gram = string.Join(' ', words, i, 4);
                if (!byGram.TryGetValue(gram, out var list))
                {
                    byGram[gram] = list = [];
                }
                if (list.Count == 0 || list[^1] != index)
                {
                    list.Add(index);
                }
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

    /// <summary>
    /// The group of a quote worded almost the same ("reviewed the progress" / "reviewed progress"): one that shares a
    /// word 4-gram, has no speaker other than this one, and whose words match in order (2 x longest common
    /// subsequence / both lengths) at least <see cref="NearSimilarity"/>, with no number among the words that differ,
    /// so "a 40% tariff" and "a 45% tariff" stay two quotes for the contradiction finder. -1 when none.
    /// </summary>
    private static int NearHome(string[] words, string? speakerId, List<List<(Quote Quote, AnnotatedArticle Article, string Key, string? SpeakerId)>> groups, Dictionary<string, List<int>> byGram)
    {
        var seen = new HashSet<int>();
        for (var i = 0; i + 4 <= words.Length; i++)
        {
            if (!byGram.TryGetValue(string.Join(' ', words, i, 4), out var candidates))
            {
                continue;
            }

            foreach (var g in candidates)
            {
                if (!seen.Add(g))
                {
                    continue;
                }

                var other = groups[g][0];
                if (speakerId is not null && other.SpeakerId is not null && !string.Equals(speakerId, other.SpeakerId, StringComparison.Ordinal))
                {
                    continue;
                }

                var otherWords = other.Key.Split(' ');
                if (AlmostSame(words, otherWords) || AlmostExcerpt(words, otherWords))
                {
                    return g;
                }
            }
        }

        return -1;
    }

    /// <summary>Word-order similarity at least <see cref="NearSimilarity"/>, and no number among the words outside the common subsequence.</summary>
    internal static bool AlmostSame(string[] a, string[] b)
    {
        if (2.0 * Math.Min(a.Length, b.Length) / (a.Length + b.Length) < NearSimilarity)
        {
            return false;
        }

        // Longest common subsequence of words, keeping the table to mark the words left over.
        var table = Lcs(a, b);
        if (2.0 * table[0, 0] / (a.Length + b.Length) < NearSimilarity)
        {
            return false;
        }

        return NoNumberDiffers(a, b, table, wholeOfB: true);
    }

    /// <summary>
    /// An excerpt worded almost as in a longer quote ("had a very warm and engaging conversation" inside "Had very warm
    /// and engaging conversation with ... prosperity."): at least <see cref="NearSimilarity"/> of the excerpt's words
    /// found in order within a stretch of the longer quote not much longer than the excerpt, and no number among the
    /// words that differ there.
    /// </summary>
    internal static bool AlmostExcerpt(string[] excerpt, string[] quote)
    {
        if (excerpt.Length >= quote.Length)
        {
            return false;
        }

        // Each stretch of the quote a little longer than the excerpt, so that a common word far away cannot stand in.
        var width = excerpt.Length + Math.Max(2, excerpt.Length / 5);
        for (var start = 0; start < quote.Length; start++)
        {
            if (!string.Equals(quote[start], excerpt[0], StringComparison.Ordinal) && (excerpt.Length < 2 || !string.Equals(quote[start], excerpt[1], StringComparison.Ordinal)))
            {
                continue;
            }

            var stretch = quote[start..Math.Min(quote.Length, start + width)];
            var table = Lcs(excerpt, stretch);
            if (table[0, 0] >= NearSimilarity * excerpt.Length && NoNumberDiffers(excerpt, stretch, table, wholeOfB: false))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words outside the common subsequence of a and b hold no number: all of a's, and b's over the
    /// stretch the subsequence spans, or all of b's when <paramref name="wholeOfB"/>.
    /// </summary>
    private static bool NoNumberDiffers(string[] a, string[] b, int[,] table, bool wholeOfB)
    {
        int x = 0, y = 0, last = -1;
        var leftOut = new List<int>();
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal) && table[x, y] == table[x + 1, y + 1] + 1)
            {
                last = y;
                x++;
                y++;
            }
            else if (table[x + 1, y] >= table[x, y + 1])
            {
                if (HasDigit(a[x]))
                {
                    return false;
                }

                x++;
            }
            else
            {
                leftOut.Add(y);
                y++;
            }
        }

        for (; y < b.Length; y++)
        {
            leftOut.Add(y);
        }

        return !a[x..].Any(HasDigit) && !leftOut.Any(k => (wholeOfB || k < last) && HasDigit(b[k]));
    }

    private static bool HasDigit(string word) => word.Any(char.IsAsciiDigit);

    /// <summary>The suffix table of the longest common subsequence of two word lists: [i, j] is the length for a[i..] and b[j..].</summary>
    private static int[,] Lcs(string[] a, string[] b)
    {
        var table = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                table[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
            }
        }

        return table;
    }

    /// <summary>Names of people and organizations (and their longer aliases) to the entity id, case-insensitively.</summary>
    private static Dictionary<string, string> SpeakerIndex(EntityResolution entities)
    {
        var index = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var e in entities.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization))
        {
            index.TryAdd(e.Name, e.Id);
        }
        foreach (var e in entities.Entities.Where(e => e.Type is EntityType.Person or EntityType.Organization))
        {
            foreach (var alias in e.Aliases.Where(a => a.Length > 3))
            {
                // Aliases only ever match a whole speaker ("the Kestrian premier"), never a word inside one.
                index.TryAdd("=" + alias, e.Id);
            }
        }
        return index;
    }

    private static string? SpeakerOf(Quote quote, AnnotatedArticle annotated, EntityResolution entities, Dictionary<string, string> speakers)
    {
        if (quote.SpeakerSpan is { } span)
        {
            // A person is the speaker only as the head of the phrase: "the Trump administration" and "Roe's lawyers"
            // speak for someone else. A place may be a modifier: "the Indian government" speaks for India.
            var mention = annotated.Mentions.FirstOrDefault(m => m.Span.Overlaps(span) && (m.Type != EntityType.Person || m.Span.End >= span.End));
            if (mention is not null && entities.IdOf(mention.EntityKey) is { } id)
            {
                return id;
            }
        }
        if (quote.Speaker is null)
        {
            return null;
        }
        // Post authors and unlinked speakers ("Ambassador Jane Roe"): the longest known name or alias among the speaker's word runs.
        if (speakers.TryGetValue("=" + quote.Speaker, out var whole))
        {
            return whole;
        }
        var words = quote.Speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var length = words.Length; length >= 1; length--)
        {
            for (var start = 0; start + length <= words.Length; start++)
            {
                if (speakers.TryGetValue(string.Join(' ', words, start, length), out var id) && (length > 1 || words.Length == 1))
                {
                    return id;
                }
            }
        }
        return null;
    }
}
