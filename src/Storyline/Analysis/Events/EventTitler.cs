using Storyline.Analysis.Entities;
using Storyline.Model;

namespace Storyline.Analysis.Events;

/// <summary>A short headline for an event from its kind and its main actors ("A and B speak by phone").</summary>
public sealed class EventTitler
{
    /// <summary>The kinds of occurrence that run over days and whose end is an event of its own (Analysis/Data/event_end_modes.txt).</summary>
    private readonly HashSet<string> _endingModes = new(EmbeddedData.ReadLines("Analysis/Data/event_end_modes.txt"), StringComparer.Ordinal);

    private readonly string[] _endCues = [.. EmbeddedData.ReadLines("Analysis/Data/event_ends.txt")];

    /// <summary>Whether an event of this mode, told by these sentences, is the end of the occurrence: most of them say it is over ("ended", "called off", "back to work").</summary>
    public bool IsEnd(string mode, IReadOnlyList<string>? sentences)
    {
        if (!_endingModes.Contains(mode) || sentences is null || sentences.Count == 0)
        {
            return false;
        }
        var ending = sentences.Count(s => _endCues.Any(c => s.Contains(c, StringComparison.OrdinalIgnoreCase)));
        return ending * 2 > sentences.Count;
    }

    public string Title(EventCluster cluster, IReadOnlyList<string> actorIds, EntityResolution entities, string? place, IReadOnlyList<string>? sentences = null)
    {
        var people = actorIds.Select(entities.ById).Where(e => e is not null).Select(e => e!).ToList();
        // Leaders are the subject of consultations; countries and organizations of tariffs and strikes.
        // A statement's speaker and a tariff's imposer come first in the actor order; no type preference.
        var preferPeople = cluster.Type is "CONSULT" or "AGREE" or "REQUEST";
        var ranked = cluster.Type is "STATEMENT" or "SANCTION" ? people : people
            .OrderBy(e => preferPeople ? (e.Type == EntityType.Person ? 0 : 1) : (e.Type == EntityType.Person ? 1 : 0))
            .ToList();
        var a = ranked.Count > 0 ? ranked[0].Name : null;
        var b = ranked.Skip(1).FirstOrDefault(e => e.Type == ranked[0].Type || !preferPeople)?.Name;
        var both = b is null ? a : $"{a} and {b}";
        var title = cluster.Mode switch
        {
            "phone call" => both is null ? "Phone call" : b is null ? $"{a} holds a phone call" : $"{both} speak by phone",
            "visit" => place is not null ? $"{a ?? "Delegation"} visits {place}" : $"{a ?? "Official"} makes a visit" + (b is null ? "" : $" ({b})"),
            "meeting" => both is null ? "Meeting" : b is null ? $"{a} holds a meeting" : $"{both} meet",
            "negotiation" => both is null ? "Negotiations" : $"Negotiations involving {both}",
            // Who is hit is too often a nationality of goods ("Russian oil") to name in a title; the actors list has them.
            "tariff" => a is null ? "Tariffs imposed" : $"{a} imposes tariffs",
            "sanctions" => a is null ? "Sanctions imposed" : $"{a} imposes sanctions",
            "agreement" => both is null ? "Agreement reached" : b is null ? $"{a} reaches an agreement" : $"{both} reach an agreement",
            "strike" => a is null ? "Strike" : $"Strike involving {both}",
            "demonstration" => a is null ? "Protest" : $"Protest involving {both}",
            "statement" => a is null ? "Statement" : $"{a} issues a statement",
            "news" => both is null ? "News report" : $"News involving {both}",
            "attack" => place is not null ? $"Attack in {place}" : a is null ? "Attack" : $"Attack involving {both}",
            _ => both is null ? Capitalize(cluster.Mode) : $"{Capitalize(cluster.Mode)} involving {both}",
        };
        return IsEnd(cluster.Mode, sentences) ? title + " ends" : title;
    }

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
