using System.Text.RegularExpressions;

namespace Storyline.Language.Events;

/// <summary>A word as the event stages read it: letters and digits, joined by inner apostrophes and hyphens ("Kestria's", "high-level").</summary>
internal static partial class EventWords
{
    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();
}
