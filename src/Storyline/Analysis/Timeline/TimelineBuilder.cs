using Storyline.Model;

namespace Storyline.Analysis.Timeline;

/// <summary>Every dated event, news and background alike, and other dated entries (starts of processes), in calendar order.</summary>
public sealed class TimelineBuilder
{
    public IReadOnlyList<TimelineEntry> Build(IReadOnlyList<StoryEvent> events, IReadOnlyList<TimelineEntry>? others = null)
    {
        var dated = new List<(TimexRange Range, TimelineEntry Entry)>();
        foreach (var entry in others ?? [])
        {
            if (TimexRange.TryParse(entry.Date, out var range))
            {
                dated.Add((range, entry));
            }
        }
        foreach (var e in events)
        {
            if (e.Date is { } date && TimexRange.TryParse(date.Value, out var range))
            {
                var text = e.IsBackground ? $"{e.Title} (background)" : e.Title;
                dated.Add((range, new TimelineEntry(date.Value, text, e.Id, date.Citations)));
            }
        }
        return dated
            .OrderBy(x => x.Range.Start)
            .ThenBy(x => x.Range.End)
            .ThenBy(x => x.Entry.Text, StringComparer.Ordinal)
            .Select(x => x.Entry)
            .ToList();
    }
}
