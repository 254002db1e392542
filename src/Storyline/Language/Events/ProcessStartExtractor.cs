using System.Text.RegularExpressions;
using Storyline.Model;

namespace Storyline.Language.Events;

/// <summary>
/// Finds sentences that say when a process began: "began trade talks after the tariffs of April",
/// "formal talks have been underway since March", "the strike started on Monday". Each becomes a
/// <see cref="ProcessStart"/> that the cross-article analysis compares, so two sources that place
/// the start of the same talks in different months are reported as disagreeing.
/// </summary>
public sealed partial class ProcessStartExtractor
{
    /// <summary>How many words may stand between an opening verb and its process ("began formal trade talks").</summary>
    private const int OpenerReach = 3;

    /// <summary>How many words may stand between a process and the verb after it ("talks on the trade pact began").</summary>
    private const int OpenedReach = 6;

    /// <summary>A time this close after the verb dates the start itself ("began in March", "underway since last March").</summary>
    private const int WithinReach = 4;

    /// <summary>A time this close after "after"/"before" is the one the start is placed against.</summary>
    private const int BoundReach = 25;

    private static readonly System.Buffers.SearchValues<char> ClausePunctuation = System.Buffers.SearchValues.Create(",;:()—–\"“”");

    /// <summary>How far from the process "since" may stand in "negotiators from the two countries have been working on a trade agreement since March".</summary>
    private const int OngoingReach = 16;

    private readonly Dictionary<string, string> _processes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _agents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _ordinals = new(StringComparer.Ordinal);

    /// <summary>Every process and agent word, so the sentences that name none (nearly all) are passed over unread.</summary>
    private readonly System.Buffers.SearchValues<string> _heads;

    public ProcessStartExtractor()
    {
        foreach (var line in EmbeddedData.ReadLines("Language/Data/events/starts.tsv"))
        {
            var cols = line.Split('\t');
            if (cols[0] is "process" or "agent")
            {
                (cols[0] == "process" ? _processes : _agents)[cols[1]] = cols[2];
                continue;
            }
            if (cols[0] == "ordinal")
            {
                _ordinals[cols[1]] = int.Parse(cols[2], System.Globalization.CultureInfo.InvariantCulture);
                continue;
            }
            if (!_phrases.TryGetValue(cols[0], out var list))
            {
                _phrases[cols[0]] = list = [];
            }
            list.Add(cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        foreach (var list in _phrases.Values)
        {
            list.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
        _heads = System.Buffers.SearchValues.Create([.. _processes.Keys, .. _agents.Keys], StringComparison.OrdinalIgnoreCase);
    }

    /// <param name="day">The article's day: how long a process "has run" is counted back from it. Without one, only counts told through another occurrence ("had run for a year when the strike began") are read.</param>
    /// <param name="events">The article's event mentions: a start may be told through one of them ("launched at the summit").</param>
    public IReadOnlyList<ProcessStart> Extract(string text, IReadOnlyList<Sentence> sentences, IReadOnlyList<EntityMention> mentions, IReadOnlyList<TimeExpression> times, DateOnly? day, IReadOnlyList<EventMention>? events = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sentences);
        var found = new List<ProcessStart>();
        foreach (var sentence in sentences)
        {
            var span = sentence.Span;
            if (!text.AsSpan(span.Start, span.Length).ContainsAny(_heads))
            {
                continue;
            }
            var words = EventWords.Pattern().Matches(text, span.Start).TakeWhile(m => m.Index + m.Length <= span.End).ToList();
            var lower = words.Select(w => w.Value.ToLowerInvariant()).ToArray();
            for (var h = 0; h < lower.Length; h++)
            {
                var start = _processes.TryGetValue(lower[h], out var kind)
                        ? Read(text, span, words, lower, h, kind, mentions, times, events ?? []) ?? Lasting(text, span, words, lower, h, kind, mentions, times, day, events ?? [])
                    : _agents.TryGetValue(lower[h], out kind)
                        ? Ongoing(text, span, words, lower, h, kind, mentions, times) ?? Lasting(text, span, words, lower, h, kind, mentions, times, day, events ?? [])
                    : null;
                if (start is not null)
                {
                    found.Add(start);
                    break;
                }
            }
        }
        return found;
    }

    private ProcessStart? Read(string text, TextSpan sentence, List<Match> words, string[] lower, int head, string kind, IReadOnlyList<EntityMention> mentions, IReadOnlyList<TimeExpression> times, IReadOnlyList<EventMention> events)
    {
        // "began [formal trade] talks": an opening verb a few words before the process, nothing but words between.
        int verbStart = -1, verbEnd = -1, topicFrom = head, topicTo = head;
        for (var i = Math.Max(0, head - OpenerReach - 1); i < head && verbStart < 0; i++)
        {
            if (PhraseAt("opens", lower, i) is { } length && i + length <= head && Joined(text, words, i, head))
            {
                (verbStart, verbEnd, topicFrom, topicTo) = (i, i + length - 1, i + length, head);
            }
        }
        if (verbStart < 0)
        {
            // "talks [on the trade pact] have been underway": the verb after the process.
            for (var i = head + 1; i <= Math.Min(lower.Length - 1, head + OpenedReach) && verbStart < 0; i++)
            {
                if (PhraseAt("opened", lower, i) is { } length && Joined(text, words, head, i))
                {
                    (verbStart, verbEnd, topicFrom, topicTo) = (i, i + length - 1, head + 1, i);
                }
            }
        }
        if (verbStart < 0)
        {
            return Ongoing(text, sentence, words, lower, head, kind, mentions, times);
        }
        if (HasPhrase("plan", lower, Math.Max(0, verbStart - 3), verbStart))
        {
            return null;
        }
        var last = Math.Max(verbEnd, head);
        StartBound bound;
        TimeExpression? time = null;
        TextSpan? anchor = null;
        if (Placement(text, sentence, words, lower, last, times) is { } placed)
        {
            (bound, time) = placed;
        }
        else if (AnchoredAt(text, sentence, words, last, events) is { } anchored)
        {
            (bound, anchor) = anchored;
        }
        else
        {
            return null;
        }
        var topics = new List<string>();
        // Between the process and a verb after it, only a prepositional phrase names it ("talks on the trade
        // pact began"); "negotiations the two governments opened" has the subject of a relative clause there.
        if (verbStart < head || lower[topicFrom] is "on" or "over" or "about" or "for" or "into")
        {
            AddTopics(words, lower, topicFrom, topicTo, topics);
        }
        // "India's trade talks began": the lowercase words just before the process name it too.
        for (var i = head - 1; i >= Math.Max(0, head - 2) && verbStart > head && Joined(text, words, i, head); i--)
        {
            AddTopics(words, lower, i, i + 1, topics);
        }
        return Start(sentence, words, head, kind, topics, bound, time, mentions) with { Anchor = anchor };
    }

    /// <summary>
    /// "Talks were launched at the summit", "began talks after the dock strike": with no time of its own, a
    /// start placed at, during, after or before the next occurrence the sentence reports (an event mention
    /// a few words after the process) takes that occurrence's date, which the analysis finds from its event.
    /// </summary>
    private static (StartBound Bound, TextSpan Trigger)? AnchoredAt(string text, TextSpan sentence, List<Match> words, int last, IReadOnlyList<EventMention> events)
    {
        var from = words[last].Index + words[last].Length;
        if (NextMention(events, sentence, from) is not { } mention
            || AnchorGap().Match(text, from, mention.Trigger.Start - from) is not { Success: true } between)
        {
            return null;
        }
        var bound = between.Groups["cue"].Value.ToLowerInvariant() switch
        {
            "after" or "following" => StartBound.After,
            "before" => StartBound.Before,
            _ => StartBound.Within,
        };
        return (bound, mention.Trigger);
    }

    /// <summary>
    /// Between the process and the other occurrence: at most three words ("with Kestria"), a preposition,
    /// and at most three words more ("at their first", "after the"); no clause punctuation.
    /// </summary>
    [GeneratedRegex(@"\G\s+(?:[\w'’-]+\s+){0,3}?(?<cue>at|during|after|following|before)\s+(?:[\w'’-]+\s+){0,3}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AnchorGap();

    /// <summary>
    /// "Negotiators have met regularly since March", "the two governments have been negotiating a
    /// trade agreement since March": an activity in the perfect, running since a time, began then.
    /// Only the verbs of an activity count ("have met", "have been working"); "the strike has cost the
    /// port millions since Monday" says nothing of when the strike began.
    /// </summary>
    private ProcessStart? Ongoing(string text, TextSpan sentence, List<Match> words, string[] lower, int head, string kind, IReadOnlyList<EntityMention> mentions, IReadOnlyList<TimeExpression> times)
    {
        var perfect = -1;
        for (var i = Math.Max(0, head - 3); i < Math.Min(lower.Length, head + OngoingReach) && perfect < 0; i++)
        {
            if (lower[i] is "have" or "has" or "had" && HasPhrase("ongoing", lower, i + 1, Math.Min(lower.Length, i + 4)))
            {
                perfect = i;
            }
        }
        if (perfect < 0 || HasPhrase("plan", lower, Math.Max(0, perfect - 2), perfect + 1))
        {
            return null;
        }
        var verb = perfect + 1;
        while (verb < lower.Length - 1 && PhraseAt("ongoing", lower, verb) is null)
        {
            verb++;
        }
        // The last word of the activity: "working" in "have been working".
        verb += (PhraseAt("ongoing", lower, verb) ?? 1) - 1;
        for (var k = Math.Max(verb, head) + 1; k < Math.Min(lower.Length - 1, head + OngoingReach); k++)
        {
            if (lower[k] != "since" || !Joined(text, words, verb, k))
            {
                continue;
            }
            var time = times.FirstOrDefault(t => t.Span.Start == words[k + 1].Index && IsDate(t));
            if (time is null)
            {
                return null;
            }
            var topics = new List<string>();
            AddTopics(words, lower, Math.Max(verb, head) + 1, k, topics);
            return Start(sentence, words, head, kind, topics, StartBound.Within, time, mentions);
        }
        return null;
    }

    /// <summary>
    /// "Talks have dragged on for eight months", "the strike, now in its third week", "now three years into
    /// the war": how long the process has run up to the article's day, so it began about that long before.
    /// A count from a past day ("talks had run for a year when ...") is not read: its day is not the article's.
    /// </summary>
    private ProcessStart? Lasting(string text, TextSpan sentence, List<Match> words, string[] lower, int head, string kind, IReadOnlyList<EntityMention> mentions, IReadOnlyList<TimeExpression> times, DateOnly? day, IReadOnlyList<EventMention> events)
    {
        // Without the article's day only the counts told through another occurrence are read ("had run for a year
        // when the strike began", "after eight months of talks, they signed"); the rest count back from that day.
        var reach = Math.Min(lower.Length - 1, head + OngoingReach);
        for (var i = head + 1; i < reach; i++)
        {
            // "talks had run for a year when the strike began": counted back from the occurrence after "when".
            if (lower[i] == "had" && HadRunWhen(text, sentence, words, lower, head, i, times, events, mentions, kind) is { } hadRun)
            {
                return hadRun;
            }
            // "talks [, which] have run for eight months", "have now dragged on for more than a year".
            if (day is { } today && lower[i] is "have" or "has" && !HasPhrase("plan", lower, Math.Max(0, i - 2), i))
            {
                if (RunFor(text, words, lower, times, i) is { } amount && CountedBack(amount, today) is { } counted)
                {
                    var opener = words.FindIndex(w => w.Index == amount.Span.Start);
                    var bound = HasPhraseAt("longer", lower, opener) ? StartBound.Before : HasPhraseAt("shorter", lower, opener) ? StartBound.After : StartBound.Around;
                    return Start(sentence, words, head, kind, TopicsBetween(words, lower, head, i), bound, counted, mentions);
                }
                // "have dragged on for months": two of them at least, so it began before the month two months back.
                if (RunFor(text, words, lower, times, i) is { Value: ['P', 'X', 'D' or 'W' or 'M' or 'Y'] } vague)
                {
                    var floor = Back(today, vague.Value[2], 2, vague.Span, vague.Text, vague.Confidence * 0.5);
                    return Start(sentence, words, head, kind, TopicsBetween(words, lower, head, i), StartBound.Before, floor, mentions);
                }
            }
            // "the strike, now in its third week".
            if (day is { } now && lower[i] == "in" && i + 3 < lower.Length && lower[i + 1] is "its" or "their" && lower[i - 1] is "now" or "is" or "are"
                && _ordinals.TryGetValue(lower[i + 2], out var ordinal) && Unit(lower[i + 3]) is { } unit)
            {
                var span = new TextSpan(words[i + 2].Index, words[i + 3].Index + words[i + 3].Length - words[i + 2].Index);
                var time = Back(now, unit, ordinal - 1, span, text.Substring(span.Start, span.Length), confidence: 0.6);
                return Start(sentence, words, head, kind, TopicsBetween(words, lower, head, i), StartBound.Around, time, mentions);
            }
        }
        // "now three years into the war": an amount of time, "into", then the process a few generic words on.
        var into = head - 1;
        while (into > 0 && lower[into] != "into" && head - into <= OpenerReach && HasPhrase("generic", lower, into, into + 1))
        {
            into--;
        }
        if (day is { } current && into > 0 && lower[into] == "into" && Joined(text, words, into, head)
            && times.FirstOrDefault(t => t.Span.End == words[into - 1].Index + words[into - 1].Length && t.Type == TimexType.Duration) is { } before
            && words.FindIndex(w => w.Index == before.Span.Start) is var first and > 0 && HasPhraseAt("present", lower, first - 1)
            && CountedBack(before, current) is { } back)
        {
            return Start(sentence, words, head, kind, [], StartBound.Around, back, mentions);
        }
        return Spent(text, sentence, words, lower, head, kind, mentions, times, day, events);
    }

    /// <summary>
    /// "Talks had run for a year when the strike began": the process began that long before the occurrence
    /// after "when", whose date the analysis takes from its event.
    /// </summary>
    private ProcessStart? HadRunWhen(string text, TextSpan sentence, List<Match> words, string[] lower, int head, int had, IReadOnlyList<TimeExpression> times, IReadOnlyList<EventMention> events, IReadOnlyList<EntityMention> mentions, string kind)
    {
        if (RunFor(text, words, lower, times, had) is not { } amount || !TimexAmount.TryParse(amount.Value, out _))
        {
            return null;
        }
        // "when" right after the amount: "had run for a year when ...".
        var when = words.FindIndex(w => w.Index > amount.Span.End && w.Index <= amount.Span.End + 2);
        if (when < 0 || lower[when] != "when")
        {
            return null;
        }
        return NextMention(events, sentence, words[when].Index + words[when].Length) is { } told
            ? Start(sentence, words, head, kind, TopicsBetween(words, lower, head, had), StartBound.Around, null, mentions) with { Anchor = told.Trigger, Elapsed = amount }
            : null;
    }

    /// <summary>
    /// "After eight months of trade talks, the two sides signed a pact on Tuesday": the talks began that
    /// long before the day the sentence tells of, or, told in the present ("... the sides remain apart"),
    /// before the article's day. Told in the past with no day ("... the two sides signed a pact"), the
    /// count is anchored to the occurrence the sentence reports after it, and dated by its event.
    /// </summary>
    private ProcessStart? Spent(string text, TextSpan sentence, List<Match> words, string[] lower, int head, string kind, IReadOnlyList<EntityMention> mentions, IReadOnlyList<TimeExpression> times, DateOnly? today, IReadOnlyList<EventMention> events)
    {
        var of = head - 1;
        while (of > 0 && lower[of] != "of" && head - of <= OpenerReach && char.IsLower(words[of].Value[0]))
        {
            of--;
        }
        if (of <= 0 || lower[of] != "of" || !Joined(text, words, of, head)
            || times.FirstOrDefault(t => t.Span.End == words[of - 1].Index + words[of - 1].Length && t.Type == TimexType.Duration) is not { } spent
            // Only "after"/"following" looks back: "the shooting sparked five days of riots" runs forward from its day.
            || words.FindIndex(w => w.Index == spent.Span.Start) is not (> 0 and var first) || !HasPhraseAt("after", lower, first - 1))
        {
            return null;
        }
        var day = times
            .Where(t => sentence.Contains(t.Span) && t.Type is TimexType.Date or TimexType.Time)
            .Select(t => TimexRange.TryParse(t.Value, out var r) && r.Precision == TimexPrecision.Day ? r.Start : (DateOnly?)null)
            .FirstOrDefault(d => d is not null);
        var anchor = day ?? (HasPhrase("present", lower, 0, lower.Length) ? today : null);
        var topics = new List<string>();
        AddTopics(words, lower, of + 1, head, topics);
        if (anchor is { } from)
        {
            return CountedBack(spent, from) is { } back ? Start(sentence, words, head, kind, topics, StartBound.Around, back, mentions) : null;
        }
        return TimexAmount.TryParse(spent.Value, out _)
            && NextMention(events, sentence, words[head].Index + words[head].Length) is { } told
            ? Start(sentence, words, head, kind, topics, StartBound.Around, null, mentions) with { Anchor = told.Trigger, Elapsed = spent }
            : null;
    }

    /// <summary>
    /// "have run for eight months", "has now dragged on for more than a year", "had run for a year": after
    /// the auxiliary at <paramref name="aux"/>, a verb of lasting, "for" and an amount of time; the amount.
    /// </summary>
    private TimeExpression? RunFor(string text, List<Match> words, string[] lower, IReadOnlyList<TimeExpression> times, int aux)
    {
        var verb = aux + 1 < lower.Length && lower[aux + 1] is "now" or "already" ? aux + 2 : aux + 1;
        var length = verb < lower.Length ? PhraseAt("lasting", lower, verb) ?? PhraseAt("ongoing", lower, verb) : null;
        var forAt = verb + (length ?? 0);
        return length is not null && forAt < lower.Length - 1 && lower[forAt] == "for" && Joined(text, words, aux, forAt)
            ? times.FirstOrDefault(t => t.Span.Start == words[forAt + 1].Index && t.Type == TimexType.Duration)
            : null;
    }

    /// <summary>The first occurrence the sentence reports from <paramref name="from"/> on: what a start told through another event is anchored to.</summary>
    private static EventMention? NextMention(IReadOnlyList<EventMention> events, TextSpan sentence, int from) =>
        events.Where(m => m.Sentence == sentence && m.Trigger.Start >= from).MinBy(m => m.Trigger.Start);

    /// <summary>The day, week, month or year an amount of time ("eight months", "P8M") counts back to from <paramref name="today"/>.</summary>
    private static TimeExpression? CountedBack(TimeExpression amount, DateOnly today)
    {
        return TimexAmount.TryParse(amount.Value, out var counted) && counted.Count <= 100
            ? Back(today, counted.Unit, counted.Count, amount.Span, amount.Text, amount.Confidence * 0.7)
            : null;
    }

    private static TimeExpression Back(DateOnly today, char unit, int count, TextSpan span, string surface, double confidence) =>
        new(span, surface, TimexType.Date, new TimexAmount(count, unit).Before(today), today, Math.Round(confidence, 2));

    private static char? Unit(string word) => word switch
    {
        "day" => 'D',
        "week" => 'W',
        "month" => 'M',
        "year" => 'Y',
        _ => null,
    };

    /// <summary>The naming words between the process and its verb ("on the fishing accord" in "talks on the fishing accord have run ...").</summary>
    private List<string> TopicsBetween(List<Match> words, string[] lower, int head, int verb)
    {
        var topics = new List<string>();
        if (head + 1 < verb && lower[head + 1] is "on" or "over" or "about" or "for" or "into")
        {
            AddTopics(words, lower, head + 1, verb, topics);
        }
        // "trade talks", and at the head of a sentence "Peace talks": the words just before the process name it.
        for (var i = head - 1; i >= Math.Max(0, head - 2) && !HasPhrase("generic", lower, i, i + 1) && (i == 0 || char.IsLower(words[i].Value[0])); i--)
        {
            AddTopics(words, lower, i, i + 1, topics);
        }
        return topics;
    }

    private bool HasPhraseAt(string kind, string[] lower, int index) => index >= 0 && index < lower.Length && PhraseAt(kind, lower, index) is not null;

    private static ProcessStart Start(TextSpan sentence, List<Match> words, int head, string kind, List<string> topics, StartBound bound, TimeExpression? time, IReadOnlyList<EntityMention> mentions)
    {
        var actors = mentions
            .Where(m => sentence.Contains(m.Span) && m.Type is EntityType.Person or EntityType.Organization or EntityType.Gpe or EntityType.Norp)
            .Select(m => m.EntityKey)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var process = new TextSpan(words[head].Index, words[head].Length);
        return new ProcessStart(sentence, process, kind, topics.Distinct(StringComparer.Ordinal).ToList(), bound, time, actors);
    }

    /// <summary>The time the start is placed against, and how: within it, after it or before it.</summary>
    private (StartBound Bound, TimeExpression Time)? Placement(string text, TextSpan sentence, List<Match> words, string[] lower, int last, IReadOnlyList<TimeExpression> times)
    {
        var from = words[last].Index + words[last].Length;
        var time = times.FirstOrDefault(t => t.Span.Start >= from && sentence.Contains(t.Span) && IsDate(t));
        if (time is not null)
        {
            var gap = Enumerable.Range(last + 1, lower.Length - last - 1).TakeWhile(i => words[i].Index < time.Span.Start).ToList();
            var clauseBreak = text.AsSpan(from, time.Span.Start - from).IndexOfAny(';', ':') >= 0;
            if (!clauseBreak && gap.Count <= BoundReach)
            {
                var cueAt = gap.FirstOrDefault(i => PhraseAt("after", lower, i) is not null || PhraseAt("before", lower, i) is not null, -1);
                if (cueAt >= 0 && cueAt <= last + 3)
                {
                    return (PhraseAt("after", lower, cueAt) is not null ? StartBound.After : StartBound.Before, time);
                }
                // "opened this year" (nothing between), "began in March", "underway since last March".
                if (cueAt < 0 && gap.Count <= WithinReach && !text.AsSpan(from, time.Span.Start - from).ContainsAny(ClausePunctuation))
                {
                    return (StartBound.Within, time);
                }
            }
        }
        // "In March, the two sides began talks": a time that opens the sentence after a preposition and is
        // set off by a comma. A bare date at the head of a sentence is more often a dateline than the start.
        var opening = times.FirstOrDefault(t => sentence.Contains(t.Span) && t.Span.End <= words[last].Index && IsDate(t)
            && OpensWith(text.AsSpan(sentence.Start, t.Span.Start - sentence.Start).Trim())
            && text.AsSpan(t.Span.End, Math.Min(2, sentence.End - t.Span.End)).TrimStart().StartsWith(","));
        return opening is null ? null : (StartBound.Within, opening);
    }

    private static bool OpensWith(ReadOnlySpan<char> prefix) =>
        prefix.Equals("in", StringComparison.OrdinalIgnoreCase) || prefix.Equals("on", StringComparison.OrdinalIgnoreCase)
        || prefix.Equals("since", StringComparison.OrdinalIgnoreCase) || prefix.Equals("during", StringComparison.OrdinalIgnoreCase);

    /// <summary>A date or time with a calendar range, and not one after the day it was read against: a start still to come is a plan.</summary>
    private static bool IsDate(TimeExpression time) =>
        time.Type is TimexType.Date or TimexType.Time && TimexRange.TryParse(time.Value, out var range)
        && (time.Anchor is not { } anchor || range.Start <= anchor);

    /// <summary>Content words of the phrase that name the process: "trade" in "formal trade talks", "pact" in "talks on the pact".</summary>
    private void AddTopics(List<Match> words, string[] lower, int from, int to, List<string> topics)
    {
        for (var i = from; i < to; i++)
        {
            var word = lower[i];
            if ((char.IsUpper(words[i].Value[0]) && i > 0) || HasPhrase("generic", lower, i, i + 1) || !word.All(char.IsLetter))
            {
                continue;
            }
            topics.Add(word.Length > 3 && word.EndsWith('s') ? word[..^1] : word);
        }
    }

    /// <summary>Whether only spaces and hyphens stand between words <paramref name="from"/> and <paramref name="to"/>.</summary>
    private static bool Joined(string text, List<Match> words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            var gapStart = words[i].Index + words[i].Length;
            foreach (var c in text.AsSpan(gapStart, words[i + 1].Index - gapStart))
            {
                if (!char.IsWhiteSpace(c) && c != '-')
                {
                    return false;
                }
            }
        }
        return true;
    }

    private int? PhraseAt(string kind, string[] lower, int index)
    {
        if (!_phrases.TryGetValue(kind, out var phrases))
        {
            return null;
        }
        foreach (var phrase in phrases)
        {
            if (index + phrase.Length <= lower.Length && phrase.AsSpan().SequenceEqual(lower.AsSpan(index, phrase.Length)))
            {
                return phrase.Length;
            }
        }
        return null;
    }

    private bool HasPhrase(string kind, string[] lower, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (PhraseAt(kind, lower, i) is { } length && i + length <= to)
            {
                return true;
            }
        }
        return false;
    }
}
