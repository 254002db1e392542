using Storyline.Model;

namespace Storyline.Analysis.Timeline;

/// <summary>
/// Every dated event, news and background alike, and other dated entries (starts of processes), in
/// calendar order. A background mention that can only be one other dated event of the same kind and
/// actors ("imposed tariffs in September" beside the tariffs imposed on 15 September) is that event
/// told again: its citations join that event's row rather than standing as a second row.
/// </summary>
public sealed class TimelineBuilder
{
    private sealed record Dated(StoryEvent Event, TimexRange Range);

    public IReadOnlyList<TimelineEntry> Build(IReadOnlyList<StoryEvent> events, IReadOnlyList<TimelineEntry>? others = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        var entries = new List<(TimexRange Range, TimelineEntry Entry)>();
        foreach (var entry in others ?? [])
        {
            if (TimexRange.TryParse(entry.Date, out var range))
            {
                entries.Add((range, entry));
            }
        }
        var dated = events
            .Select(e => e.Date is { } date && TimexRange.TryParse(date.Value, out var range) ? new Dated(e, range) : null)
            .OfType<Dated>()
            .ToList();
        var index = new KindActorIndex(dated);
        var folded = Fold(dated, index);
        foreach (var d in dated)
        {
            if (!folded.TryGetValue(d.Event.Id, out var citations))
            {
                continue;
            }
            entries.Add((d.Range, new TimelineEntry(d.Event.Date!.Value, RowText(d, index), d.Event.Id, citations)));
        }
        return entries
            .OrderBy(x => x.Range.Start)
            .ThenBy(x => x.Range.End)
            .ThenBy(x => x.Entry.Text, StringComparer.Ordinal)
            .Select(x => x.Entry)
            .ToList();
    }

    /// <summary>
    /// The row's words: the title, and what a reader needs beside it: that it is only scheduled or
    /// background, how long a strike lasted by its end, or the last day of a "two-day visit".
    /// </summary>
    private static string RowText(Dated d, KindActorIndex index)
    {
        var e = d.Event;
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        return e.IsScheduled ? $"{e.Title} (scheduled)"
            : e.IsBackground ? $"{e.Title} (background)"
            : e.IsEnd && StartOf(d, index) is { } start ? $"{e.Title} ({Lasted(start.Range.Start, d.Range.Start)}, since {start.Event.Date!.Value})"
            : e.Date!.LastDay is { } last && e.Date.Days > 1 ? string.Create(inv, $"{e.Title} ({e.Date.Days} days, to {last:yyyy-MM-dd})")
            : e.Title;
    }

    /// <summary>
    /// The start an end event closes: the latest news event of the same kind before it that is not an
    /// end itself and shares an actor, both dated to the day ("the strike began on 6 October" for the
    /// strike that ended on the 24th).
    /// </summary>
    private static Dated? StartOf(Dated end, KindActorIndex index) =>
        end.Range.Precision != TimexPrecision.Day ? null
        : index.Before(end, end.Range.Start)
            .Where(d => !d.Event.IsEnd && !d.Event.IsBackground && d.Range.Precision == TimexPrecision.Day)
            .OrderByDescending(d => d.Range.Start)
            .ThenBy(d => d.Event.Id, StringComparer.Ordinal)
            .FirstOrDefault();

    /// <summary>"18 days", counted from the first day to the last, both included as news does ("the 18-day strike").</summary>
    private static string Lasted(DateOnly first, DateOnly last)
    {
        var days = last.DayNumber - first.DayNumber + 1;
        return days == 1 ? "1 day" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{days} days");
    }

    /// <summary>
    /// The rows that stay, by event id, each with its citations and those of the background mentions
    /// folded into it. Background mentions are taken from the widest date to the narrowest, so one
    /// folded into a second that is itself folded ends in the most precise row.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<Citation>> Fold(List<Dated> dated, KindActorIndex index)
    {
        var rows = dated.ToDictionary(d => d.Event.Id, d => (IReadOnlyList<Citation>)d.Event.Date!.Citations, StringComparer.Ordinal);
        var widestFirst = dated
            .Where(d => d.Event.IsBackground)
            .OrderByDescending(d => d.Range.End.DayNumber - d.Range.Start.DayNumber)
            .ThenBy(d => d.Event.Date!.Citations.Count)
            .ThenBy(d => d.Event.Id, StringComparer.Ordinal);
        foreach (var background in widestFirst)
        {
            if (Target(background, index, rows) is not { } target)
            {
                continue;
            }
            rows[target.Event.Id] = [.. rows[target.Event.Id], .. rows[background.Event.Id].Where(c => !rows[target.Event.Id].Contains(c))];
            rows.Remove(background.Event.Id);
        }
        return rows;
    }

    /// <summary>
    /// The one row a background mention can be: same kind, a shared actor, dated within the mention's
    /// range. News beats background; with two news rows in range ("tariffs in September" and two tariff
    /// days that month) the mention could be either and keeps its own row. A background row of the same
    /// range takes the mention only when it is cited at least as often (ties: the smaller id).
    /// </summary>
    private static Dated? Target(Dated background, KindActorIndex index, Dictionary<string, IReadOnlyList<Citation>> rows)
    {
        var fits = index.Within(background)
            .Where(d => !ReferenceEquals(d, background) && rows.ContainsKey(d.Event.Id))
            .ToList();
        var news = fits.Where(d => !d.Event.IsBackground).ToList();
        if (news.Count > 0)
        {
            return news.Count == 1 ? news[0] : null;
        }
        var narrower = fits.Where(d => d.Range.End.DayNumber - d.Range.Start.DayNumber < background.Range.End.DayNumber - background.Range.Start.DayNumber).ToList();
        if (narrower.Count > 0)
        {
            return narrower.Count == 1 ? narrower[0] : null;
        }
        var mine = rows[background.Event.Id].Count;
        var same = fits.Where(d => rows[d.Event.Id].Count > mine
            || (rows[d.Event.Id].Count == mine && string.CompareOrdinal(d.Event.Id, background.Event.Id) < 0)).ToList();
        return same.Count == 1 ? same[0] : null;
    }

    /// <summary>
    /// Dated events filed by kind and actor, each list in order of the start of its date, so finding the
    /// events of an event's kind and actors within (or before) a range reads a few entries, not the corpus.
    /// </summary>
    private sealed class KindActorIndex
    {
        private readonly Dictionary<string, List<Dated>> _byKey = new(StringComparer.Ordinal);

        public KindActorIndex(List<Dated> dated)
        {
            foreach (var d in dated)
            {
                foreach (var key in Keys(d))
                {
                    if (!_byKey.TryGetValue(key, out var list))
                    {
                        _byKey[key] = list = [];
                    }
                    list.Add(d);
                }
            }
            foreach (var list in _byKey.Values)
            {
                list.Sort((a, b) => a.Range.Start.CompareTo(b.Range.Start));
            }
        }

        /// <summary>Events of the same kind sharing an actor with <paramref name="of"/>, dated inside its range.</summary>
        public IEnumerable<Dated> Within(Dated of)
        {
            var seen = new HashSet<Dated>(ReferenceEqualityComparer.Instance);
            foreach (var key in Keys(of))
            {
                var list = _byKey[key];
                for (var i = FirstAtOrAfter(list, of.Range.Start); i < list.Count && list[i].Range.Start <= of.Range.End; i++)
                {
                    if (list[i].Range.End <= of.Range.End && seen.Add(list[i]))
                    {
                        yield return list[i];
                    }
                }
            }
        }

        /// <summary>Events of the same kind sharing an actor with <paramref name="of"/> whose dates start before <paramref name="day"/>.</summary>
        public IEnumerable<Dated> Before(Dated of, DateOnly day)
        {
            var seen = new HashSet<Dated>(ReferenceEqualityComparer.Instance);
            foreach (var key in Keys(of))
            {
                var list = _byKey[key];
                for (var i = FirstAtOrAfter(list, day) - 1; i >= 0; i--)
                {
                    if (seen.Add(list[i]))
                    {
                        yield return list[i];
                    }
                }
            }
        }

        private static IEnumerable<string> Keys(Dated d) =>
            d.Event.ActorIds.Distinct(StringComparer.Ordinal).Select(a => $"{d.Event.Type}|{d.Event.Mode}|{a}");

        private static int FirstAtOrAfter(List<Dated> list, DateOnly day)
        {
            var (lo, hi) = (0, list.Count);
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (list[mid].Range.Start < day)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
