namespace Storyline.Eval.Metrics;

/// <summary>An entity chunk: tokens Start..End-1 (indices into the whole token stream) of one type.</summary>
public readonly record struct NerChunk(int Start, int End, string Type);

/// <summary>Entity counts for one type (or all): gold chunks, predicted chunks, and predicted chunks that match a gold one exactly.</summary>
public readonly record struct NerTypeCounts(int Gold, int Predicted, int Correct)
{
    // conlleval reads an empty denominator as 0, not 1.
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public NerTypeCounts Add(NerTypeCounts other) => new(Gold + other.Gold, Predicted + other.Predicted, Correct + other.Correct);
}

/// <summary>Overall and per-type entity counts, plus token accuracy, as conlleval prints them.</summary>
public sealed record NerCounts(NerTypeCounts Overall, IReadOnlyDictionary<string, NerTypeCounts> ByType, int Tokens, int TokensRight)
{
    public double Accuracy => Tokens == 0 ? 0 : (double)TokensRight / Tokens;
}

/// <summary>
/// Entity-level scoring exactly as the CoNLL conlleval script does it: chunks start and end by
/// conlleval's startOfChunk/endOfChunk rules (so an I- tag after O or after another type opens a
/// chunk), and a predicted chunk is right only if a gold chunk has the same type and both boundaries.
/// </summary>
public static class NerScoring
{
    /// <summary>
    /// Scores sentences of gold and predicted tags (same shape). Sentence ends are chunk boundaries,
    /// as the blank lines are for conlleval.
    /// </summary>
    public static NerCounts Score(IReadOnlyList<IReadOnlyList<string>> gold, IReadOnlyList<IReadOnlyList<string>> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("gold and predicted have a different number of sentences", nameof(predicted));
        }

        var goldChunks = new List<NerChunk>();
        var predictedChunks = new List<NerChunk>();
        var offset = 0;
        var tokens = 0;
        var right = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            if (gold[s].Count != predicted[s].Count)
            {
                throw new ArgumentException($"sentence {s}: {gold[s].Count} gold tags but {predicted[s].Count} predicted", nameof(predicted));
            }

            goldChunks.AddRange(Chunks(gold[s], offset));
            predictedChunks.AddRange(Chunks(predicted[s], offset));
            for (var i = 0; i < gold[s].Count; i++)
            {
                tokens++;
                right += string.Equals(gold[s][i], predicted[s][i], StringComparison.Ordinal) ? 1 : 0;
            }

            offset += gold[s].Count;
        }

        return Count(goldChunks, predictedChunks, tokens, right);
    }

    public static NerCounts Count(IReadOnlyList<NerChunk> gold, IReadOnlyList<NerChunk> predicted, int tokens, int tokensRight)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var byType = new SortedDictionary<string, NerTypeCounts>(StringComparer.Ordinal);
        var goldSet = gold.ToHashSet();
        foreach (var g in gold)
        {
            byType[g.Type] = byType.GetValueOrDefault(g.Type).Add(new NerTypeCounts(1, 0, 0));
        }

        foreach (var p in predicted)
        {
            byType[p.Type] = byType.GetValueOrDefault(p.Type).Add(new NerTypeCounts(0, 1, goldSet.Contains(p) ? 1 : 0));
        }

        var overall = byType.Values.Aggregate(default(NerTypeCounts), (a, b) => a.Add(b));
        return new NerCounts(overall, byType, tokens, tokensRight);
    }

    /// <summary>The chunks of one sentence's tags by conlleval's rules; token indices are shifted by <paramref name="offset"/>.</summary>
    public static IReadOnlyList<NerChunk> Chunks(IReadOnlyList<string> tags, int offset = 0)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var chunks = new List<NerChunk>();
        var previousTag = "O";
        var previousType = "";
        var start = -1;
        for (var i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ("O", "");
            if (start >= 0 && EndOfChunk(previousTag, tag, previousType, type))
            {
                chunks.Add(new NerChunk(offset + start, offset + i, previousType));
                start = -1;
            }

            if (StartOfChunk(previousTag, tag, previousType, type))
            {
                start = i;
            }

            previousTag = tag;
            previousType = type;
        }

        return chunks;
    }

    private static (string Tag, string Type) Split(string label)
    {
        var dash = label.IndexOf('-', StringComparison.Ordinal);
        return dash < 0 ? (label, "") : (label[..dash], label[(dash + 1)..]);
    }

    // conlleval's endOfChunk, for the tags it knows (B, I, E, S, O).
    private static bool EndOfChunk(string previousTag, string tag, string previousType, string type) =>
        (previousTag == "B" && tag is "B" or "S" or "O")
        || (previousTag == "I" && tag is "B" or "S" or "O")
        || (previousTag == "E" && tag is "E" or "I" or "O" or "B" or "S")
        || previousTag == "S"
        || (previousTag != "O" && previousType != type);

    // conlleval's startOfChunk.
    private static bool StartOfChunk(string previousTag, string tag, string previousType, string type) =>
        tag is "B" or "S"
        || (previousTag is "E" or "S" or "O" && tag is "E" or "I")
        || (tag != "O" && previousType != type);
}
