namespace Storyline.Language.Ner;

/// <summary>One CoNLL sentence: its tokens (first column) and tags (last column; O when there is only one column).</summary>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags);

/// <summary>The sentences between two -DOCSTART- lines.</summary>
public sealed record ConllDocument(IReadOnlyList<ConllSentence> Sentences);

/// <summary>Reads CoNLL-2003 style files: space- or tab-separated columns, blank lines between sentences, -DOCSTART- between documents.</summary>
public static class ConllReader
{
    public static IReadOnlyList<ConllDocument> ReadFile(string path)
    {
        using var reader = new StreamReader(path);
        return Read(reader);
    }

    public static IReadOnlyList<ConllDocument> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var documents = new List<ConllDocument>();
        var sentences = new List<ConllSentence>();
        var tokens = new List<string>();
        var tags = new List<string>();
        void EndSentence()
        {
            if (tokens.Count > 0)
            {
                sentences.Add(new ConllSentence([.. tokens], [.. tags]));
                tokens.Clear();
                tags.Clear();
            }
        }

        void EndDocument()
        {
            EndSentence();
            if (sentences.Count > 0)
            {
                documents.Add(new ConllDocument([.. sentences]));
                sentences.Clear();
            }
        }

        while (reader.ReadLine() is { } line)
        {
            var columns = Columns(line);
            if (columns.Length == 0)
            {
                EndSentence();
            }
            else if (IsDocStart(columns[0]))
            {
                EndDocument();
            }
            else
            {
                tokens.Add(columns[0]);
                tags.Add(columns.Length > 1 ? columns[^1] : "O");
            }
        }

        EndDocument();
        return documents;
    }

    internal static string[] Columns(string line) =>
        line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);

    internal static bool IsDocStart(string firstColumn) => string.Equals(firstColumn, "-DOCSTART-", StringComparison.Ordinal);
}
