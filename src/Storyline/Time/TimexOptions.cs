namespace Storyline.Time;

/// <summary>Settings of <see cref="TimexTagger"/>; the defaults suit English news.</summary>
public sealed class TimexOptions
{
    /// <summary>The smallest four-digit number read as a year ("in 2024").</summary>
    public int MinYear { get; init; } = 1800;

    /// <summary>The largest four-digit number read as a year.</summary>
    public int MaxYear { get; init; } = 2199;

    /// <summary>
    /// Multiplies the confidence of relative expressions resolved against a date found in the text
    /// because no document date was given.
    /// </summary>
    public double TextAnchorFactor { get; init; } = 0.8;

    /// <summary>Whether durations ("two-day", "for three years") are tagged.</summary>
    public bool IncludeDurations { get; init; } = true;

    /// <summary>Whether recurring times ("every week", "annually") are tagged.</summary>
    public bool IncludeSets { get; init; } = true;
}
