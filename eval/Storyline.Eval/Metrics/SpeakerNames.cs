namespace Storyline.Eval.Metrics;

/// <summary>
/// Whether a predicted speaker names the same person as a gold speaker reference: case-insensitive,
/// and either name holds the other's last word ("McCallum" and "Doug McCallum" agree, and so, by the
/// same rule, does a lone "Doug"; "he" and "Doug McCallum" do not). Whole words only, so "Li" does
/// not agree with "Oliver".
/// </summary>
public static class SpeakerNames
{
    public static bool Agree(string? predicted, string? gold)
    {
        var p = Words(predicted);
        var g = Words(gold);
        if (p.Count == 0 || g.Count == 0)
        {
            return false;
        }
        return p.Contains(g[^1], StringComparer.Ordinal) || g.Contains(p[^1], StringComparer.Ordinal);
    }

    /// <summary>Lower-cased words of a name, without a trailing possessive ("Smith's" is "smith").</summary>
    public static IReadOnlyList<string> Words(string? name)
    {
        var words = new List<string>();
        if (string.IsNullOrWhiteSpace(name))
        {
            return words;
        }
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var inWord = i < name.Length && char.IsLetterOrDigit(name[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = name[start..i].ToLowerInvariant();
                var possessive = word == "s" && start >= 1 && name[start - 1] is '\'' or '\u2019';
                if (!possessive)
                {
                    words.Add(word);
                }
                start = -1;
            }
        }
        return words;
    }
}
