using System.Collections.Frozen;
using System.Globalization;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>The tables <see cref="ClaimExtractor"/> reads from <c>Language/Data/claims/</c>.</summary>
internal sealed class ClaimExtractorLexicon
{
    private ClaimExtractorLexicon() { }

    /// <summary>Currency markers before the number: "$", "US$", "Rs", "EUR".</summary>
    public FrozenDictionary<string, string> PrefixCurrencies { get; private init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Currency words after the number (lowercase, or ISO codes as written): "dollars", "USD".</summary>
    public FrozenDictionary<string, string> SuffixCurrencies { get; private init; } = FrozenDictionary<string, string>.Empty;

    public FrozenDictionary<string, double> Units { get; private init; } = FrozenDictionary<string, double>.Empty;

    public FrozenDictionary<string, double> Tens { get; private init; } = FrozenDictionary<string, double>.Empty;

    public FrozenDictionary<string, double> Scales { get; private init; } = FrozenDictionary<string, double>.Empty;

    public FrozenDictionary<string, double> ShortScales { get; private init; } = FrozenDictionary<string, double>.Empty;

    /// <summary>Qualifier phrases as word arrays, longest first.</summary>
    public IReadOnlyList<string[]> Qualifiers { get; private init; } = [];

    public FrozenSet<string> TimeNouns { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Months { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> IrregularPlurals { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> NotPlurals { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Prepositions { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Links { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Stops { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> ChangeVerbs { get; private init; } = FrozenSet<string>.Empty;

    public FrozenSet<string> Determiners { get; private init; } = FrozenSet<string>.Empty;

    public static ClaimExtractorLexicon Load()
    {
        var prefix = new Dictionary<string, string>(StringComparer.Ordinal);
        var suffix = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fields in Rows("Language/Data/claims/currencies.tsv", 3))
        {
            (fields[2] == "prefix" ? prefix : suffix)[fields[0]] = fields[1];
        }

        var numbers = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var fields in Rows("Language/Data/claims/numbers.tsv", 3))
        {
            if (!numbers.TryGetValue(fields[2], out var table))
            {
                table = new Dictionary<string, double>(StringComparer.Ordinal);
                numbers[fields[2]] = table;
            }

            table[fields[0]] = double.Parse(fields[1], CultureInfo.InvariantCulture);
        }

        var classes = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var fields in Rows("Language/Data/claims/words.tsv", 2))
        {
            if (!classes.TryGetValue(fields[0], out var set))
            {
                set = new HashSet<string>(StringComparer.Ordinal);
                classes[fields[0]] = set;
            }

            set.Add(fields[1]);
        }

        var qualifiers = EmbeddedData.ReadLines("Language/Data/claims/qualifiers.txt")
            .Select(l => l.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .OrderByDescending(words => words.Length)
            .ToArray();

        return new ClaimExtractorLexicon
        {
            PrefixCurrencies = prefix.ToFrozenDictionary(StringComparer.Ordinal),
            SuffixCurrencies = suffix.ToFrozenDictionary(StringComparer.Ordinal),
            Units = Table(numbers, "unit"),
            Tens = Table(numbers, "tens"),
            Scales = Table(numbers, "scale"),
            ShortScales = Table(numbers, "short"),
            Qualifiers = qualifiers,
            TimeNouns = Class(classes, "time"),
            Months = Class(classes, "month"),
            IrregularPlurals = Class(classes, "plural"),
            NotPlurals = Class(classes, "notplural"),
            Prepositions = Class(classes, "prep"),
            Links = Class(classes, "link"),
            Stops = Class(classes, "stop"),
            ChangeVerbs = Class(classes, "change"),
            Determiners = Class(classes, "det"),
        };
    }

    private static IEnumerable<string[]> Rows(string path, int columns) =>
        EmbeddedData.ReadLines(path)
            .Select(line => line.Split('\t', StringSplitOptions.TrimEntries))
            .Where(fields => fields.Length >= columns);

    private static FrozenDictionary<string, double> Table(Dictionary<string, Dictionary<string, double>> numbers, string kind) =>
        numbers.TryGetValue(kind, out var table) ? table.ToFrozenDictionary(StringComparer.Ordinal) : FrozenDictionary<string, double>.Empty;

    private static FrozenSet<string> Class(Dictionary<string, HashSet<string>> classes, string name) =>
        classes.TryGetValue(name, out var set) ? set.ToFrozenSet(StringComparer.Ordinal) : FrozenSet<string>.Empty;
}
