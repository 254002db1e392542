namespace Storyline.Model;

/// <summary>A pointer to the characters of an article body that support a fact.</summary>
public sealed record Citation(string ArticleId, int Start, int End);

public sealed record CanonicalEntity(
    string Id,
    string Name,
    EntityType Type,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> ArticleIds);

/// <summary>A date with how sure we are of it; <c>Value</c> is a TIMEX3 value (day, month, year, week...).</summary>
/// <summary>A day some sources give for an event that its chosen date does not cover, and the articles that give it.</summary>
public sealed record DateDisagreement(string Value, IReadOnlyList<string> ArticleIds)
{
    /// <summary>As the reports write it: "2025-12-10 (a3, a4)".</summary>
    public override string ToString() => $"{Value} ({string.Join(", ", ArticleIds)})";
}

/// <summary>When an event happened; <c>Duration</c> (TIMEX3, "P2D") when its reports say how long it lasted ("a two-day visit").</summary>
public sealed record EventDate(string Value, double Confidence, IReadOnlyList<Citation> Citations, IReadOnlyList<DateDisagreement> Disagreements, string? Duration = null)
{
    /// <summary>How many days it lasted, first and last included ("P2D" is 2, "P1W" 7); null without a duration of days or weeks.</summary>
    public int? Days => TimexAmount.TryParse(Duration, out var amount) ? amount.Days : null;

    /// <summary>The last day of an event dated to its first day that lasted <see cref="Days"/> days: "2026-01-12" and "P2D" end on 2026-01-13.</summary>
    public DateOnly? LastDay => Days is { } days && TimexRange.TryParse(Value, out var range) && range.Precision == TimexPrecision.Day
        ? range.Start.AddDays(days - 1)
        : null;
}

public sealed record SummarySentence(string Text, Citation Citation);

public sealed record StoryEvent(
    string Id,
    string Title,
    string Type,
    string Mode,
    EventDate? Date,
    IReadOnlyList<string> ActorIds,
    IReadOnlyList<string> ArticleIds,
    bool IsBackground,
    IReadOnlyList<SummarySentence> Summary,
    IReadOnlyList<Citation> Mentions,
    bool IsEnd = false,
    bool IsScheduled = false);

public sealed record Story(string Id, string Title, IReadOnlyList<string> EventIds, IReadOnlyList<string> ArticleIds);

public sealed record QuoteRecord(
    string Id,
    string Text,
    string Kind,
    string? SpeakerId,
    string? SpeakerName,
    string ArticleId,
    int Start,
    int End,
    IReadOnlyList<Citation> AlsoIn);

public sealed record ClaimRecord(
    string Id,
    string Text,
    double Value,
    string Unit,
    string About,
    IReadOnlyList<Citation> Citations);

/// <summary>Two sources that report different values for the same thing.</summary>
public sealed record Contradiction(string Id, string Topic, string Description, IReadOnlyList<Citation> Citations);

public sealed record TimelineEntry(string Date, string Text, string? EventId, IReadOnlyList<Citation> Citations);

/// <summary>An article as it appears in the report, with the cross-article facts about it.</summary>
/// <summary>An article in the report; <c>IsRevision</c> says the link to <c>DuplicateOf</c> is an update of the same page, not a reprint.</summary>
public sealed record ArticleRecord(Article Article, string? DuplicateOf, double? DuplicateSimilarity, bool IsRevision = false);

/// <summary>Everything the cross-article analysis produced; what every report format renders.</summary>
public sealed record StoryGraph(
    IReadOnlyList<ArticleRecord> Articles,
    IReadOnlyList<CanonicalEntity> Entities,
    IReadOnlyList<StoryEvent> Events,
    IReadOnlyList<Story> Stories,
    IReadOnlyList<QuoteRecord> Quotes,
    IReadOnlyList<ClaimRecord> Claims,
    IReadOnlyList<Contradiction> Contradictions,
    IReadOnlyList<TimelineEntry> Timeline);
