using System.Globalization;
using Storyline.Model;

namespace Storyline.Language.Events;

/// <summary>A trigger phrase as words, with the event kind it reports.</summary>
public sealed record EventTrigger(IReadOnlyList<string> Words, string Type, string Mode, int Weight);

/// <summary>Trigger phrases and cue words for event mentions, read once from the data files.</summary>
public sealed class EventLexicon
{
    private readonly Dictionary<string, List<EventTrigger>> _triggersByFirstWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _cues = new(StringComparer.Ordinal);

    public EventLexicon()
    {
        foreach (var line in EmbeddedData.ReadLines("Language/Data/events/triggers.tsv"))
        {
            var cols = line.Split('\t');
            var words = cols[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var trigger = new EventTrigger(words, cols[1], cols[2], int.Parse(cols[3], CultureInfo.InvariantCulture));
            if (!_triggersByFirstWord.TryGetValue(words[0], out var list))
            {
                _triggersByFirstWord[words[0]] = list = [];
            }
            list.Add(trigger);
        }
        foreach (var list in _triggersByFirstWord.Values)
        {
            // Longest phrase first so "phone call" wins over "call".
            list.Sort((a, b) => b.Words.Count.CompareTo(a.Words.Count));
        }
        foreach (var line in EmbeddedData.ReadLines("Language/Data/events/cues.tsv"))
        {
            var cols = line.Split('\t');
            if (!_cues.TryGetValue(cols[0], out var list))
            {
                _cues[cols[0]] = list = [];
            }
            list.Add(cols[1].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>The longest trigger that starts at word <paramref name="index"/>, if any.</summary>
    public EventTrigger? TriggerAt(IReadOnlyList<string> words, int index)
    {
        if (!_triggersByFirstWord.TryGetValue(words[index], out var candidates))
        {
            return null;
        }
        foreach (var trigger in candidates)
        {
            if (Matches(words, index, trigger.Words))
            {
                return trigger;
            }
        }
        return null;
    }

    /// <summary>Whether <paramref name="phrase"/> is, word for word, one of the cues of <paramref name="kind"/>.</summary>
    public bool IsCue(string kind, IReadOnlyList<string> phrase) =>
        _cues.TryGetValue(kind, out var phrases) && phrases.Any(p => p.SequenceEqual(phrase, StringComparer.Ordinal));

    /// <summary>Whether a cue of <paramref name="kind"/> occurs among words [from, to).</summary>
    public bool HasCue(string kind, IReadOnlyList<string> words, int from, int to) => FirstCue(kind, words, from, to) >= 0;

    /// <summary>The index of the first word of the first cue of <paramref name="kind"/> among words [from, to); -1 when none.</summary>
    public int FirstCue(string kind, IReadOnlyList<string> words, int from, int to)
    {
        if (!_cues.TryGetValue(kind, out var phrases))
        {
            return -1;
        }
        from = Math.Max(0, from);
        to = Math.Min(words.Count, to);
        for (var i = from; i < to; i++)
        {
            foreach (var phrase in phrases)
            {
                if (i + phrase.Length <= to && Matches(words, i, phrase))
                {
                    return i;
                }
            }
        }
        return -1;
    }

    private static bool Matches(IReadOnlyList<string> words, int index, IReadOnlyList<string> phrase)
    {
        if (index + phrase.Count > words.Count)
        {
            return false;
        }
        for (var k = 0; k < phrase.Count; k++)
        {
            if (!string.Equals(words[index + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
