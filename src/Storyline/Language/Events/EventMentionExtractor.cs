using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Language.Events;

/// <summary>
/// Finds the sentences that report an occurrence (a call, a visit, a tariff, an agreement...), with
/// the actors, time and place the sentence gives, and whether the occurrence is the article's news or
/// background it recalls.
/// </summary>
public sealed class EventMentionExtractor(EventLexicon lexicon)
{
    /// <summary>How many words before a trigger a negation or background cue may stand.</summary>
    private const int CueWindow = 10;

    /// <summary>How many sentences away an undated mention may find the day it happened.</summary>
    private const int BorrowWindow = 8;

    /// <summary>A lead's date that ended up to this many days before the article belongs to what the lead recalls.</summary>
    private const int RecalledLeadDays = 92;

    private readonly RangeJoiners _rangeJoiners = new();

    public IReadOnlyList<EventMention> Extract(
        Article article,
        IReadOnlyList<Sentence> sentences,
        IReadOnlyList<EntityMention> mentions,
        IReadOnlyList<TimeExpression> times)
    {
        var text = article.Body;
        var found = new List<EventMention>();
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s].Span;
            var words = EventWords.Pattern().Matches(text.Substring(sentence.Start, sentence.Length));
            var lower = new string[words.Count];
            for (var i = 0; i < words.Count; i++)
            {
                lower[i] = words[i].Value.ToLowerInvariant();
            }
            // "After eight months of talks, they signed", "talks had run for a year when they struck": words that
            // count time spent before an occurrence are no background cue for it.
            var cues = lower.Select((word, w) => (word is "after" or "following" && DurationAt(w + 1))
                || (word == "had" && Enumerable.Range(w + 1, 3).Any(f => f + 1 < lower.Length && lower[f] == "for" && DurationAt(f + 1))) ? "" : word).ToArray();
            bool DurationAt(int w) => w < words.Count && times.Any(t => t.Type == TimexType.Duration && t.Span.Start == sentence.Start + words[w].Index);
            var seenTypes = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < lower.Length; i++)
            {
                var trigger = lexicon.TriggerAt(lower, i);
                if (trigger is null || !IsOccurrence(trigger, lower, i, s) || Hypothetical(lower, i, trigger.Words.Count))
                {
                    continue;
                }
                // "Spoke to reporters", "a conversation with the suspect": talk with someone unnamed is no call.
                if (lexicon.IsCue("party-check", trigger.Words) && !NamedPartyAfter(words, lower, i + trigger.Words.Count, trigger.Words[^1] is "to" or "with"))
                {
                    i += trigger.Words.Count - 1;
                    continue;
                }
                if (!seenTypes.Add(trigger.Type))
                {
                    continue;
                }
                var last = words[i + trigger.Words.Count - 1];
                var triggerSpan = TextSpan.FromBounds(sentence.Start + words[i].Index, sentence.Start + last.Index + last.Length);
                // "Summit Entertainment", "Strike Force": a trigger word inside a name is part of the name.
                if (mentions.Any(m => m.Span.Start < triggerSpan.End && triggerSpan.Start < m.Span.End
                    && m.Type is EntityType.Person or EntityType.Organization or EntityType.Gpe or EntityType.Location))
                {
                    i += trigger.Words.Count - 1;
                    continue;
                }
                var actors = ActorsIn(sentence, triggerSpan, mentions);
                if (trigger.Mode is "tariff" or "sanctions")
                {
                    actors = ImposerFirst(actors, words, lower, sentence, triggerSpan, mentions);
                }
                if (actors.Count == 0 && trigger.Type is not "DISASTER")
                {
                    continue;
                }
                // "Dispatchers got a call shortly after 3:30 a.m.", "police received a call of a man being shot": a call
                // brought in with "a" and one named side is a report coming in, not two parties speaking ("since the
                // call", with one side, is the call the article told of).
                if (trigger.Words is ["call"] && i > 0 && lower[i - 1] == "a" && actors.Count < 2)
                {
                    continue;
                }
                // A tariff happens when it is imposed: "signed a deal on Thursday that slashes the tariff ... Dunmere
                // imposed last September" dates the tariff by the verb that imposes it, not by the deal's day.
                var time = NearestDate(text, sentence, trigger.Mode is "tariff" or "sanctions" ? ImposeCue(words, lower, sentence, triggerSpan) ?? triggerSpan : triggerSpan,
                    times, t => ModifiesOtherTrigger(t, words, lower, sentence, i) || (trigger.Type == "DISASTER" && After(article, t)));
                var background = IsBackground(article, time, cues, i);
                found.Add(new EventMention(sentence, triggerSpan, trigger.Type, trigger.Mode, actors, time, PlaceAfter(text, triggerSpan, sentence, mentions), background,
                    LastingBefore(text, sentence, triggerSpan, times) ?? DaysOfRange(text, sentence, time, times), lexicon.HasCue("plan", lower, i - CueWindow, i)));
                i += trigger.Words.Count - 1;
            }
            // "confirmed" or "announced" beside a call or a visit reports that occurrence, not a statement of its own.
            if (found.Count(m => m.Sentence == sentence) > 1)
            {
                found.RemoveAll(m => m.Sentence == sentence && m.Type == "STATEMENT");
            }
        }
        // Every article reports something: its lead is the article's news (OTHER / news), so articles on any
        // subject still group into events. Where the lead also names a known kind of occurrence, the analysis
        // keeps the news only if no event of that kind stands for the article (StoryAnalyzer).
        if (sentences.Count > 0)
        {
            var lead = sentences[0].Span;
            var first = EventWords.Pattern().Match(text, lead.Start, lead.Length);
            var trigger = first.Success ? new TextSpan(first.Index, first.Length) : new TextSpan(lead.Start, 0);
            var time = NearestDate(text, lead, trigger, times);
            // The lead is what the article reports: a date in it that ended days before the article's own belongs
            // to something the lead recalls ("held for trial in the September killings"), so the news goes undated.
            var background = IsBackground(article, time, [], 0);
            if (background && time is not null && (article.Published.Value ?? article.Published.Earliest) is { } published
                && TimexRange.TryParse(time.Value, out var recalled) && recalled.End >= published.AddDays(-RecalledLeadDays))
            {
                time = null;
                background = false;
            }
            found.Insert(0, new EventMention(lead, trigger, "OTHER", "news", ActorsIn(lead, trigger, mentions), time, null, background));
        }
        return BorrowDates(article, sentences, mentions, found, times);
    }

    /// <summary>
    /// "Modi held a phone call with Trump ..." and, later, "Modi discussed trade with Trump on Thursday":
    /// an undated news mention takes the day named in a nearby sentence about the same two actors.
    /// </summary>
    private List<EventMention> BorrowDates(Article article, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions, List<EventMention> found, IReadOnlyList<TimeExpression> times)
    {
        for (var m = 0; m < found.Count; m++)
        {
            var mention = found[m];
            if (mention.Time is not null || mention.IsBackground || mention.ActorKeys.Count < 2)
            {
                continue;
            }
            var index = IndexOf(sentences, mention.Sentence);
            TimeExpression? borrowed = null;
            for (var s = Math.Max(0, index - BorrowWindow); s < Math.Min(sentences.Count, index + BorrowWindow + 1) && borrowed is null; s++)
            {
                var other = sentences[s].Span;
                if (other == mention.Sentence || found.Any(f => f.Sentence == other && !string.Equals(f.Type, mention.Type, StringComparison.Ordinal)))
                {
                    continue;
                }
                var day = times.FirstOrDefault(t => other.Contains(t.Span) && t.Type is TimexType.Date or TimexType.Time
                    && TimexRange.TryParse(t.Value, out var r) && r.Precision == TimexPrecision.Day);
                if (day is not null && mention.ActorKeys.Take(2).All(k => MentionsIn(other, k)))
                {
                    borrowed = day;
                }
            }
            if (borrowed is not null)
            {
                found[m] = mention with { Time = borrowed, IsBackground = IsBackground(article, borrowed, [], 0) };
            }
        }
        return found;

        bool MentionsIn(TextSpan sentence, string key) => mentions.Any(x => sentence.Contains(x.Span) && string.Equals(x.EntityKey, key, StringComparison.Ordinal));
    }

    private static int IndexOf(IReadOnlyList<Sentence> sentences, TextSpan span)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Span == span)
            {
                return i;
            }
        }
        return -1;
    }

    private bool IsOccurrence(EventTrigger trigger, string[] words, int index, int sentenceIndex)
    {
        if (lexicon.HasCue("negation", words, index - CueWindow, index))
        {
            return false;
        }
        var next = index + trigger.Words.Count < words.Length ? words[index + trigger.Words.Count] : "";
        switch (trigger.Mode)
        {
            // "calls for", "call on", "call it" ask for or name something; they are not phone calls. Only the bare
            // word: "spoke by telephone on Thursday" and "held a phone call on Monday" are calls on a day.
            case "phone call" when trigger.Words is ["call"] or ["calls"] && next is "for" or "on" or "to" or "it" or "him" or "her" or "them":
                return false;
            // "a distress call", "the first 911 call", "asked to call Sgt. Roe", "reached by telephone": a signal,
            // an errand or a reporter's question, not two parties speaking (not-call cues).
            case "phone call" when trigger.Words is ["call"] or ["calls"] or ["by", "telephone"] or ["by", "phone"] && lexicon.HasCue("not-call", words, index - 1, index):
                return false;
            // "The most threatened wildlife", "threatened and endangered species": an adjective, not a threat.
            case "threat" when trigger.Words is ["threatened"] && (lexicon.HasCue("not-threat-before", words, index - 1, index)
                || lexicon.HasCue("not-threat-after", words, index + 1, index + 2)):
                return false;
            // "Relieved of his duties": a person's tasks (not-tariff cues).
            case "tariff" when trigger.Words is ["duties"] && lexicon.HasCue("not-tariff", words, index - 1, index):
                return false;
            // "A heart attack", "a panic attack": an illness, not an assault (not-attack cues).
            case "attack" when trigger.Words is ["attack"] && lexicon.HasCue("not-attack", words, index - 1, index):
                return false;
            // A tariff is news when it is imposed, not when it is merely discussed.
            case "tariff" or "sanctions":
                return lexicon.HasCue("impose", words, 0, words.Length);
            // Statements are the news only where the article leads with them.
            case "statement":
                return sentenceIndex < 2;
            default:
                return true;
        }
    }

    /// <summary>
    /// Whether a time begins after the article's day. Nobody schedules an earthquake: "expect earthquake
    /// experts in the papers tomorrow" dates the papers, not the tremor the article reports.
    /// </summary>
    private static bool After(Article article, TimeExpression time) =>
        (article.Published.Value ?? article.Published.Latest) is { } published && TimexRange.TryParse(time.Value, out var range) && range.Start > published;

    private bool IsBackground(Article article, TimeExpression? time, string[] words, int index)
    {
        if (time is not null && (article.Published.Value ?? article.Published.Earliest) is { } published && TimexRange.TryParse(time.Value, out var range))
        {
            return range.End < published.AddDays(-EventMention.BackgroundDays);
        }
        return lexicon.HasCue("background", words, index - CueWindow, index);
    }

    /// <summary>
    /// "The visit was agreed during the December phone conversation": a date standing right before another
    /// trigger word names that occurrence's time, not the one of the trigger at <paramref name="current"/>.
    /// </summary>
    private bool ModifiesOtherTrigger(TimeExpression time, MatchCollection words, string[] lower, TextSpan sentence, int current)
    {
        for (var w = 0; w < words.Count; w++)
        {
            var start = sentence.Start + words[w].Index;
            if (start >= time.Span.End)
            {
                // Only a space between: "the December phone call"; "on Monday, meeting ..." is a date of its own.
                return w != current && start - time.Span.End == 1 && lexicon.TriggerAt(lower, w) is not null;
            }
        }
        return false;
    }

    /// <summary>The span of the word that imposes ("imposed", "slapped") nearest the trigger, if the sentence has one.</summary>
    private TextSpan? ImposeCue(MatchCollection words, string[] lower, TextSpan sentence, TextSpan trigger)
    {
        TextSpan? best = null;
        for (var w = 0; w < lower.Length; w++)
        {
            if (lexicon.HasCue("impose", lower, w, w + 1))
            {
                var span = new TextSpan(sentence.Start + words[w].Index, words[w].Length);
                if (best is not { } b || Math.Abs(span.Start - trigger.Start) < Math.Abs(b.Start - trigger.Start))
                {
                    best = span;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Who imposes a tariff is whoever stands nearest before the verb that imposes it ("Washington's
    /// imposition", "prompted the Trump administration to impose", "Trump ... slapped"), not the
    /// nationality of the goods that follow.
    /// </summary>
    private List<string> ImposerFirst(List<string> actors, MatchCollection words, string[] lower, TextSpan sentence, TextSpan trigger, IReadOnlyList<EntityMention> mentions)
    {
        var cue = -1;
        for (var w = 0; w < lower.Length; w++)
        {
            if (lexicon.HasCue("impose", lower, w, w + 1)
                && (cue < 0 || Math.Abs(sentence.Start + words[w].Index - trigger.Start) < Math.Abs(sentence.Start + words[cue].Index - trigger.Start)))
            {
                cue = w;
            }
        }
        if (cue < 0)
        {
            return actors;
        }
        var cueStart = sentence.Start + words[cue].Index;
        var imposer = mentions
            .Where(m => sentence.Contains(m.Span) && m.Span.End <= cueStart && m.Type is EntityType.Person or EntityType.Organization or EntityType.Gpe)
            .OrderByDescending(m => m.Span.End)
            .FirstOrDefault();
        if (imposer is null || !actors.Contains(imposer.EntityKey))
        {
            return actors;
        }
        return [imposer.EntityKey, .. actors.Where(a => !string.Equals(a, imposer.EntityKey, StringComparison.Ordinal))];
    }

    /// <summary>The actors of a sentence: those before the trigger, nearest first, then those after it.</summary>
    private static List<string> ActorsIn(TextSpan sentence, TextSpan trigger, IReadOnlyList<EntityMention> mentions)
    {
        var actors = new List<(string Key, int Distance)>();
        foreach (var mention in mentions)
        {
            if (sentence.Contains(mention.Span)
                && mention.Type is EntityType.Person or EntityType.Organization or EntityType.Gpe or EntityType.Norp)
            {
                // Negative distances mark actors before the trigger.
                var distance = mention.Span.End <= trigger.Start ? -(trigger.Start - mention.Span.End) - 1 : Math.Max(0, mention.Span.Start - trigger.End);
                var at = actors.FindIndex(a => string.Equals(a.Key, mention.EntityKey, StringComparison.Ordinal));
                if (at < 0)
                {
                    actors.Add((mention.EntityKey, distance));
                }
                else if (Math.Abs(distance) < Math.Abs(actors[at].Distance))
                {
                    actors[at] = (mention.EntityKey, distance);
                }
            }
        }
        // Subjects stand before the verb: "Kestria imposed tariffs on Veldoran steel" puts the imposer first.
        return actors.OrderBy(a => a.Distance < 0 ? 0 : 1).ThenBy(a => Math.Abs(a.Distance)).Select(a => a.Key).ToList();
    }

    private static TimeExpression? NearestDate(string text, TextSpan sentence, TextSpan trigger, IReadOnlyList<TimeExpression> times, Func<TimeExpression, bool>? elsewhere = null)
    {
        TimeExpression? best = null;
        var bestDistance = int.MaxValue;
        foreach (var time in times)
        {
            if (!sentence.Contains(time.Span) || time.Type is not (TimexType.Date or TimexType.Time) || elsewhere?.Invoke(time) == true)
            {
                continue;
            }
            // "the swimmer who starred in the 1940s dies at 91": a decade is when the actor was known, not when it happened.
            if (TimexRange.TryParse(time.Value, out var span) && span.Precision == TimexPrecision.Decade)
            {
                continue;
            }
            // "checked into rehab ... for a 2012 car crash case", "to host the 2014 Oscars": a year between a
            // determiner and a noun names the noun's time, not the occurrence's.
            if (span.Precision is TimexPrecision.Year or TimexPrecision.Half or TimexPrecision.Season or TimexPrecision.Quarter && Attributive(text, time.Span))
            {
                continue;
            }
            // "The call comes months after ... tariffs in August", "the visit follows the December phone call": a
            // date past "after" or "follows" belongs to something earlier.
            var between = time.Span.Start > trigger.End
                ? text.AsSpan(trigger.End, time.Span.Start - trigger.End)
                : text.AsSpan(time.Span.End, Math.Max(0, trigger.Start - time.Span.End));
            if (time.Span.Start > trigger.End && (between.Contains(" after ", StringComparison.Ordinal) || between.Contains(" since ", StringComparison.Ordinal)
                || between.Contains(" following ", StringComparison.Ordinal) || between.Contains(" follows ", StringComparison.Ordinal) || between.Contains(" followed ", StringComparison.Ordinal)))
            {
                continue;
            }
            // "went on strike on Monday ... after wage talks broke down": the trigger is what "after" points
            // back to, earlier than the day the sentence tells; "On Monday, after a delay, they spoke" is not.
            if (time.Span.End <= trigger.Start && ObjectOfAfter(between))
            {
                continue;
            }
            var distance = Math.Abs(time.Span.Start - trigger.Start);
            if (distance < bestDistance)
            {
                best = time;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// Whether the sentence speculates about the trigger at <paramref name="index"/>: a hypothetical cue
    /// before it ("may visit", "is expected to meet"), or after it in the same clause ("the call ... may
    /// pave the way"). A cue past a clause word belongs to that clause: "spoke by telephone on Monday and
    /// agreed that talks would begin" reports the call and speculates only about the talks.
    /// </summary>
    private bool Hypothetical(string[] lower, int index, int length)
    {
        if (lexicon.HasCue("hypothetical", lower, 0, index))
        {
            return true;
        }
        // A clause word right after the trigger opens a clause about it ("the talks that could resume").
        var cue = lexicon.FirstCue("hypothetical", lower, index + length, lower.Length);
        return cue >= 0 && !lexicon.HasCue("clause", lower, index + length + 1, cue);
    }

    /// <summary>
    /// Whether the words from <paramref name="next"/> name the other party of a call: after "to" or "with"
    /// (already read when <paramref name="afterPreposition"/>), a party cue ("him", "his counterpart") or,
    /// past any determiners, a capitalized word. With no "to" or "with" there is no party to judge, and the
    /// call stays. "Her" reads as a determiner: "spoke with her husband" is no call.
    /// </summary>
    private bool NamedPartyAfter(MatchCollection words, string[] lower, int next, bool afterPreposition)
    {
        if (!afterPreposition)
        {
            if (next >= lower.Length || lower[next] is not ("to" or "with"))
            {
                return true;
            }
            next++;
        }
        if (next < lower.Length && lexicon.HasCue("party", lower, next, next + 1))
        {
            return true;
        }
        while (next < lower.Length && Determiners.Contains(lower[next]))
        {
            next++;
        }
        return next < lower.Length && (char.IsUpper(words[next].Value[0]) || lexicon.HasCue("party", lower, next, next + 1));
    }

    /// <summary>The determiners and possessives the time stage knows (Time/Data/determiners.tsv; "s" is a split-off 's); read once, never changed.</summary>
    private static readonly FrozenSet<string> Determiners =
        EmbeddedData.ReadLines("Time/Data/determiners.tsv").ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"a 2012 car crash case", "the 2014 Oscars", "the company's 2012 results": a time right after a determiner and right before another word.</summary>
    private static bool Attributive(string text, TextSpan time)
    {
        var after = time.End;
        if (after + 1 >= text.Length || text[after] != ' ' || !char.IsLetter(text[after + 1]))
        {
            return false;
        }
        var before = time.Start - 1;
        if (before < 1 || text[before] != ' ')
        {
            return false;
        }
        var start = before;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        var word = text[start..before];
        // "the 2014 Oscars" but not "the year 2014 when": the word before must be a determiner, and the time must not start with one.
        return Determiners.Contains(word) && char.IsAsciiDigit(text[time.Start]);
    }

    /// <summary>
    /// "a two-day visit", "a three-day state visit", "a 48-hour strike": an amount of days or weeks right
    /// before the trigger, at most two words between, says how long the occurrence lasted.
    /// </summary>
    private static TimeExpression? LastingBefore(string text, TextSpan sentence, TextSpan trigger, IReadOnlyList<TimeExpression> times)
    {
        foreach (var time in times)
        {
            if (time.Type != TimexType.Duration || !sentence.Contains(time.Span) || time.Span.End > trigger.Start || trigger.Start - time.Span.End > 24
                || !TimexAmount.TryParse(time.Value, out var amount) || amount.Days is null || amount.Count > 99)
            {
                continue;
            }
            var between = text.AsSpan(time.Span.End, trigger.Start - time.Span.End).Trim();
            var words = between.IsEmpty ? 0 : between.Count(' ') + 1;
            if (words <= 2 && !between.ContainsAnyExcept(Letters))
            {
                return time;
            }
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz -");

    /// <summary>
    /// "From 5 to 9 March", "on Dec. 3-4": an occurrence dated by the first day of a range of days lasts to its
    /// last day; the duration counts both ends (P5D), spanning the words of the range.
    /// </summary>
    private TimeExpression? DaysOfRange(string text, TextSpan sentence, TimeExpression? first, IReadOnlyList<TimeExpression> times)
    {
        if (first is null || !TimexRange.TryParse(first.Value, out var start) || start.Precision != TimexPrecision.Day)
        {
            return null;
        }
        var last = times.FirstOrDefault(t => t.Span.Start > first.Span.End && t.Span.Start - first.Span.End <= 9 && sentence.Contains(t.Span));
        if (last is null || !TimexRange.TryParse(last.Value, out var end) || end.Precision != TimexPrecision.Day || end.Start <= start.Start
            || end.Start.DayNumber - start.Start.DayNumber > 60
            || _rangeJoiners.Of(text.AsSpan(first.Span.End, last.Span.Start - first.Span.End).Trim()) is not (RangeJoin.Range or RangeJoin.Pair))
        {
            return null;
        }
        var span = TextSpan.FromBounds(first.Span.Start, last.Span.End);
        var days = end.Start.DayNumber - start.Start.DayNumber + 1;
        return new(span, span.Of(text), TimexType.Duration, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"P{days}D"), null, Math.Min(first.Confidence, last.Confidence));
    }

    /// <summary>Whether the text before a trigger ends with "after"/"following" and at most three words, no comma: "after wage talks".</summary>
    private static bool ObjectOfAfter(ReadOnlySpan<char> between)
    {
        var at = Math.Max(between.LastIndexOf(" after ", StringComparison.Ordinal), between.LastIndexOf(" following ", StringComparison.Ordinal));
        if (at < 0)
        {
            return false;
        }
        var rest = between[(at + 1)..].Trim();
        var afterWord = rest.IndexOf(' ');
        rest = afterWord < 0 ? [] : rest[(afterWord + 1)..].Trim();
        return rest.IndexOfAny(',', ';') < 0 && rest.Count(' ') < 3;
    }

    /// <summary>"visit to X", "arrived in X": the place an event happened, where the sentence names it.</summary>
    private static string? PlaceAfter(string text, TextSpan trigger, TextSpan sentence, IReadOnlyList<EntityMention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Type is EntityType.Gpe or EntityType.Location && mention.Span.Start >= trigger.End && sentence.Contains(mention.Span)
                && mention.Span.Start - trigger.End <= 6)
            {
                var between = text.AsSpan(trigger.End, mention.Span.Start - trigger.End).Trim();
                if (between is "to" or "in" or "to the" or "in the")
                {
                    return mention.Text;
                }
            }
        }
        return null;
    }
}
