using Storyline.Model;

namespace Storyline.Time;

/// <summary>How a word joins two days: <see cref="Range"/> covers the days between them, <see cref="Pair"/> names both.</summary>
public enum RangeJoin
{
    None,
    Range,
    Pair,
    Alternative,
}

/// <summary>
/// The words that join two days ("5 to 9 March", "Dec. 8-9", "April 24 and 25"), read from
/// <c>Time/Data/range-joiners.tsv</c>: one list for the time stage, which lends a month across the
/// join, and for events, which read a range of days as a duration.
/// </summary>
public sealed class RangeJoiners
{
    private readonly WordTable<RangeJoin> _joins = new(EmbeddedData.ReadLines("Time/Data/range-joiners.tsv")
        .Select(l => l.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        .Select(r => (r[0], Enum.Parse<RangeJoin>(r[1], ignoreCase: true))));

    /// <summary>How <paramref name="word"/> (a word or a dash, without spaces) joins the days either side of it.</summary>
    public RangeJoin Of(ReadOnlySpan<char> word) => _joins.TryGet(word, out var join) ? join : RangeJoin.None;

    /// <summary>True for a dash, which joins only when glued to both days ("8-9", not "8 - 9").</summary>
    public static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "\u2010" or "\u2011" or "\u2013";
}
