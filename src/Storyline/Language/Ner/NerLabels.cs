namespace Storyline.Language.Ner;

/// <summary>
/// The nine IOB2 labels over CoNLL's four entity types. Label 0 is O; a type t has B at 2t+1 and I at 2t+2,
/// so the type of a label is (label-1)/2 and its "inside" bit is whether the label is even.
/// </summary>
public static class NerLabels
{
    public const int Count = 9;

    /// <summary>The label before the first token of a sentence, for the previous-label features.</summary>
    internal const int Start = Count;

    public static IReadOnlyList<string> Names { get; } = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static IReadOnlyList<string> Types { get; } = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The label index of an IOB2 tag; anything that is not one of the nine reads as O.</summary>
    public static int Parse(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        for (var i = 1; i < Count; i++)
        {
            if (string.Equals(Names[i], tag, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return 0;
    }

    /// <summary>0..3 for PER, ORG, LOC, MISC; -1 for O.</summary>
    public static int TypeOf(int label) => label is > 0 and < Count ? (label - 1) / 2 : -1;

    public static bool IsInside(int label) => label is > 0 and < Count && label % 2 == 0;

    public static bool IsBegin(int label) => label is > 0 and < Count && label % 2 == 1;

    /// <summary>IOB2: an I-X label continues a B-X or I-X; everything else may follow anything.</summary>
    public static bool IsAllowed(int previous, int label) =>
        !IsInside(label) || (previous is > 0 and < Count && TypeOf(previous) == TypeOf(label));
}
