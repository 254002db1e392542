using Storyline.Model;

namespace Storyline.Language.Ner;

/// <summary>
/// The rules of fine_types.tsv that give a name the tagger typed in CoNLL's four types a finer type by its
/// words ("the Paris Agreement" is a LAW, "the Olympics" an EVENT, "Hindus" NORP). Read once; immutable.
/// </summary>
internal sealed class NerFineTypes
{
    private readonly List<Rule> _rules = [];

    public NerFineTypes()
        : this(EmbeddedData.ReadLines("Language/Data/ner/fine_types.tsv"))
    {
    }

    /// <param name="lines">Rows of the file, comments already removed.</param>
    /// <exception cref="InvalidDataException">A row does not have four columns or names an unknown type or place.</exception>
    public NerFineTypes(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        foreach (var line in lines)
        {
            var columns = line.Split('\t');
            if (columns.Length != 4)
            {
                throw new InvalidDataException($"fine_types.tsv: expected word, type, where, from in '{line}'.");
            }

            var type = columns[1] switch
            {
                "LAW" => EntityType.Law,
                "EVENT" => EntityType.Event,
                "ORG" => EntityType.Organization,
                "NORP" => EntityType.Norp,
                _ => throw new InvalidDataException($"fine_types.tsv: unknown type '{columns[1]}'."),
            };
            var where = columns[2] switch
            {
                "last" => Where.Last,
                "any" => Where.Any,
                "only" => Where.Only,
                _ => throw new InvalidDataException($"fine_types.tsv: unknown place '{columns[2]}'."),
            };
            _rules.Add(new Rule(columns[0], type, where, [.. columns[3].Split('|')]));
        }
    }

    private enum Where
    {
        Last,
        Any,
        Only,
    }

    /// <summary>The finer type the first applicable rule gives a name of <paramref name="conllType"/>, or null when none applies.</summary>
    public EntityType? TypeOf(string conllType, IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        if (tokens.Count == 0)
        {
            return null;
        }

        foreach (var rule in _rules)
        {
            if (!rule.From.Contains(conllType, StringComparer.Ordinal))
            {
                continue;
            }

            var applies = rule.Where switch
            {
                Where.Last => tokens.Count > 1 && string.Equals(tokens[^1], rule.Word, StringComparison.Ordinal),
                Where.Any => tokens.Count > 1 && tokens.Contains(rule.Word, StringComparer.Ordinal),
                _ => tokens.Count == 1 && string.Equals(tokens[0], rule.Word, StringComparison.Ordinal),
            };
            if (applies)
            {
                return rule.Type;
            }
        }

        return null;
    }

    private sealed record Rule(string Word, EntityType Type, Where Where, string[] From);
}
