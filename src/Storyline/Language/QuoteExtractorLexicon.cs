using System.Collections.Frozen;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>The word lists <see cref="QuoteExtractor"/> reads from <c>Language/Data/quotes/</c>.</summary>
internal sealed class QuoteExtractorLexicon
{
    private QuoteExtractorLexicon(
        FrozenSet<string> speechVerbs,
        FrozenSet<string> speechNouns,
        IReadOnlyDictionary<string, HashSet<string>> classes,
        IReadOnlyDictionary<string, HashSet<string>> indirect)
    {
        SpeechVerbs = speechVerbs;
        SpeechNouns = speechNouns;
        Determiners = Class(classes, "det");
        Pronouns = Class(classes, "pron");
        Skippable = Class(classes, "skip");
        Stops = Class(classes, "stop");
        Links = Class(classes, "link");
        TitleWords = Class(classes, "title");
        BareReportVerbs = Class(indirect, "bare");
        TellVerbs = Class(indirect, "tell");
        ThatReportVerbs = Class(indirect, "that");
        TimeWords = Class(indirect, "time");
        Prepositions = Class(indirect, "prep");
        Listeners = Class(indirect, "listener");
        ClauseOpeners = Class(indirect, "open");
        Objects = Class(indirect, "object");
        NotOpeners = Class(indirect, "notopen");
        NotBareOpeners = Class(indirect, "notbare");
        Participles = Class(indirect, "participle");
    }

    public FrozenSet<string> SpeechVerbs { get; }

    public FrozenSet<string> SpeechNouns { get; }

    public FrozenSet<string> Determiners { get; }

    public FrozenSet<string> Pronouns { get; }

    public FrozenSet<string> Skippable { get; }

    public FrozenSet<string> Stops { get; }

    public FrozenSet<string> Links { get; }

    public FrozenSet<string> TitleWords { get; }

    /// <summary>Verb forms whose reported clause may follow them directly ("said the talks would resume").</summary>
    public FrozenSet<string> BareReportVerbs { get; }

    /// <summary>Verb forms with a listener before the clause ("told reporters that ...").</summary>
    public FrozenSet<string> TellVerbs { get; }

    /// <summary>Verb forms that report speech only before "that" or a pronoun ("warned that ...").</summary>
    public FrozenSet<string> ThatReportVerbs { get; }

    public FrozenSet<string> TimeWords { get; }

    public FrozenSet<string> Prepositions { get; }

    public FrozenSet<string> Listeners { get; }

    public FrozenSet<string> ClauseOpeners { get; }

    /// <summary>Words that are a verb's object rather than the start of a reported clause ("said something").</summary>
    public FrozenSet<string> Objects { get; }

    /// <summary>Words that never open a reported clause: prepositions, "and", relative pronouns.</summary>
    public FrozenSet<string> NotOpeners { get; }

    /// <summary>
    /// Words that never open a clause reported without "that": a preposition that starts the verb's own
    /// adverbial ("said at the opening of ..."), or a verb that shows a relative clause ("which her office said
    /// lasted an hour").
    /// </summary>
    public FrozenSet<string> NotBareOpeners { get; }

    /// <summary>Participles that after "when" or "while" make a phrase, not a clause ("when asked").</summary>
    public FrozenSet<string> Participles { get; }

    public static QuoteExtractorLexicon Load()
    {
        var verbs = EmbeddedData.ReadLines("Language/Data/quotes/speech_verbs.txt")
            .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var nouns = EmbeddedData.ReadLines("Language/Data/quotes/speech_nouns.txt")
            .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        return new QuoteExtractorLexicon(verbs, nouns, ReadClasses("Language/Data/quotes/speaker_phrase.tsv"), ReadClasses("Language/Data/quotes/indirect_speech.tsv"));
    }

    private static Dictionary<string, HashSet<string>> ReadClasses(string path)
    {
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines(path))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var name = line[..tab].Trim();
            if (!classes.TryGetValue(name, out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                classes[name] = set;
            }

            set.Add(line[(tab + 1)..].Trim().ToLowerInvariant());
        }

        return classes;
    }

    private static FrozenSet<string> Class(IReadOnlyDictionary<string, HashSet<string>> classes, string name) =>
        classes.TryGetValue(name, out var set) ? set.ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
}
