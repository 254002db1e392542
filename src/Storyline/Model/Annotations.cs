namespace Storyline.Model;

public sealed record Sentence(TextSpan Span, int Paragraph);

public enum TokenKind
{
    Word,
    Number,
    Punctuation,
    Symbol,
}

public readonly record struct Token(TextSpan Span, TokenKind Kind);

public enum EntityType
{
    Person,
    Organization,
    /// <summary>Countries, cities, states: places with a government.</summary>
    Gpe,
    /// <summary>Other locations: regions, seas, mountains.</summary>
    Location,
    /// <summary>Nationalities and religious or political groups ("Indian", "Russian").</summary>
    Norp,
    Event,
    Law,
    Product,
    Misc,
}

/// <summary>One occurrence of an entity in an article. <c>EntityKey</c> links it to the article-local entity.</summary>
public sealed record EntityMention(TextSpan Span, string Text, EntityType Type, string EntityKey);

/// <summary>
/// An entity as known inside one article: every mention that refers to it, under its fullest name.
/// <c>Key</c> is stable across articles for the same name (e.g. "person:narendra modi") so that the
/// cross-article canonicalizer can start from it.
/// </summary>
public sealed record ArticleEntity(string Key, string Name, EntityType Type, IReadOnlyList<string> Aliases, IReadOnlyList<TextSpan> Mentions);

public enum TimexType
{
    Date,
    Time,
    Duration,
    Set,
}

/// <summary>
/// A time expression normalized to a TIMEX3 value ("2025-12-11", "2025-08", "2025-W50", "P2D", "PAST_REF").
/// <c>Anchor</c> is the date it was resolved against (null when absolute).
/// </summary>
/// <summary>
/// A time expression as TIMEX3 reads it: <paramref name="Mod"/> is its TIMEX3 mod ("early March" START,
/// "about two years" APPROX, "more than a decade ago" BEFORE), null when it has none; the value never holds it.
/// </summary>
public sealed record TimeExpression(TextSpan Span, string Text, TimexType Type, string Value, DateOnly? Anchor, double Confidence, string? Mod = null);

public enum QuoteKind
{
    /// <summary>"..." with a speaker verb ("said", "stated").</summary>
    Direct,
    /// <summary>Introduced by a colon: Gor stated: "...".</summary>
    Colon,
    /// <summary>The text of an embedded social-media post.</summary>
    Post,
    /// <summary>Reported speech without quote marks: the clause in "Gor said the talks would resume".</summary>
    Indirect,
}

/// <summary>A quote. <c>Span</c> covers the quoted words without the quote marks, or the reported clause of indirect speech.</summary>
public sealed record Quote(TextSpan Span, string Text, QuoteKind Kind, string? Speaker, TextSpan? SpeakerSpan);

/// <summary>A number reported in the text: 50% tariffs, $45.8 billion deficit, eight calls.</summary>
public sealed record NumericClaim(TextSpan Span, string Text, double Value, string Unit, string About, TextSpan Sentence);

/// <summary>
/// One sentence that reports an occurrence. <c>Type</c> is a PLOVER category (CONSULT, SANCTION, ...),
/// <c>Mode</c> the kind within it (phone call, visit, tariff, ...). <c>IsBackground</c> marks a past
/// event mentioned for context rather than the occurrence the article reports.
/// </summary>
public sealed record EventMention(
    TextSpan Sentence,
    TextSpan Trigger,
    string Type,
    string Mode,
    IReadOnlyList<string> ActorKeys,
    TimeExpression? Time,
    string? Place,
    bool IsBackground,
    TimeExpression? Duration = null,
    bool IsPlanned = false)
{
    /// <summary>An occurrence that ended this many days or more before the article's day is background.</summary>
    public const int BackgroundDays = 4;
}

/// <summary>How a sentence places the start of a process against its time expression.</summary>
public enum StartBound
{
    /// <summary>"Talks began in March", "talks have been underway since March": the start lies within the time.</summary>
    Within,
    /// <summary>"Began talks after the tariffs of April": the start is no earlier than the time.</summary>
    After,
    /// <summary>"Opened talks before the June summit": the start is no later than the time.</summary>
    Before,
    /// <summary>
    /// "Talks that have run for eight months", "the strike, now in its third week": the start is counted
    /// back from the article's day, so it lies about at the time, give or take one of its own units.
    /// </summary>
    Around,
}

/// <summary>
/// One sentence's account of when a process began: trade talks, a war, a strike. <c>Kind</c> is the
/// process noun in its canonical form ("talks" for negotiations too), <c>Topics</c> the words that say
/// which one ("trade"); comparing these across articles is how Storyline finds sources that disagree on
/// when something started. A start told through another occurrence with no time of its own ("talks
/// were launched at the summit") has no <c>Time</c> but an <c>Anchor</c>: the trigger of that occurrence,
/// whose date the analysis takes from its event; with an <c>Elapsed</c> amount ("after eight months of
/// talks, they signed"), the start lies that long before the occurrence.
/// </summary>
public sealed record ProcessStart(
    TextSpan Sentence,
    TextSpan Process,
    string Kind,
    IReadOnlyList<string> Topics,
    StartBound Bound,
    TimeExpression? Time,
    IReadOnlyList<string> ActorKeys,
    TextSpan? Anchor = null,
    TimeExpression? Elapsed = null);

/// <summary>Everything the per-article stages found. A pure function of the article and the shared models.</summary>
public sealed record AnnotatedArticle(
    Article Article,
    IReadOnlyList<Sentence> Sentences,
    IReadOnlyList<EntityMention> Mentions,
    IReadOnlyList<ArticleEntity> Entities,
    IReadOnlyList<TimeExpression> Times,
    IReadOnlyList<Quote> Quotes,
    IReadOnlyList<NumericClaim> Claims,
    IReadOnlyList<EventMention> Events,
    IReadOnlyList<ProcessStart> Starts);
