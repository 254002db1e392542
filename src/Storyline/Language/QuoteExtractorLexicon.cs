using System.Collections.Frozen;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>The word lists <see cref="QuoteExtractor"/> reads from <c>Language/Data/quotes/</c>.</summary>
internal sealed class QuoteExtractorLexicon
{
    private QuoteExtractorLexicon(
        FrozenSet<string> speechVerbs,
        FrozenSet<string> speechNouns,
        IReadOnlyDictionary<string, HashSet<string>> classes)
    {
        SpeechVerbs = speechVerbs;
        SpeechNouns = speechNouns;
        Determiners = Class(classes, "det");
        Pronouns = Class(classes, "pron");
        Skippable = Class(classes, "skip");
        Stops = Class(classes, "stop");
        Links = Class(classes, "link");
        TitleWords = Class(classes, "title");
    }

    public FrozenSet<string> SpeechVerbs { get; }

    public FrozenSet<string> SpeechNouns { get; }

    public FrozenSet<string> Determiners { get; }

    public FrozenSet<string> Pronouns { get; }

    public FrozenSet<string> Skippable { get; }

    public FrozenSet<string> Stops { get; }

    public FrozenSet<string> Links { get; }

    public FrozenSet<string> TitleWords { get; }

    public static QuoteExtractorLexicon Load()
    {
        var verbs = EmbeddedData.ReadLines("Language/Data/quotes/speech_verbs.txt")
            .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var nouns = EmbeddedData.ReadLines("Language/Data/quotes/speech_nouns.txt")
            .Select(l => l.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in EmbeddedData.ReadLines("Language/Data/quotes/speaker_phrase.tsv"))
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

        return new QuoteExtractorLexicon(verbs, nouns, classes);
    }

    private static FrozenSet<string> Class(IReadOnlyDictionary<string, HashSet<string>> classes, string name) =>
        classes.TryGetValue(name, out var set) ? set.ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
}
