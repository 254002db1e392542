using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>
/// Stand-ins for the sentence splitter and entity recognizer, so the quote and claim tests only
/// depend on the stage under test: sentences end at ". ", "! ", "? " (after any closing quote mark)
/// and at line breaks; mentions are named by hand.
/// </summary>
internal static class QuotesTestText
{
    public static IReadOnlyList<Sentence> Sentences(string text)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                Add(sentences, text, start, i, paragraph);
                paragraph++;
                start = i + 1;
                continue;
            }

            if (c is '.' or '!' or '?')
            {
                var end = i + 1;
                while (end < text.Length && text[end] is '”' or '"' or '’')
                {
                    end++;
                }

                if (end < text.Length && text[end] == ' ')
                {
                    Add(sentences, text, start, end, paragraph);
                    start = end + 1;
                    i = end;
                }
            }
        }

        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            sentences.Add(new Sentence(TextSpan.FromBounds(start, end), paragraph));
        }
    }

    /// <summary>Every whole-word occurrence of each name, as a mention of the given type.</summary>
    public static IReadOnlyList<EntityMention> Mentions(string text, params (string Name, EntityType Type)[] names)
    {
        var mentions = new List<EntityMention>();
        foreach (var (name, type) in names)
        {
            var from = 0;
            while (from < text.Length)
            {
                var at = text.IndexOf(name, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                var end = at + name.Length;
                var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                var wordEnd = end == text.Length || !char.IsLetter(text[end]);
                if (wordStart && wordEnd)
                {
                    mentions.Add(new EntityMention(new TextSpan(at, name.Length), name, type, type.ToString().ToLowerInvariant() + ":" + name.ToLowerInvariant()));
                }

                from = end;
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return mentions;
    }
}
