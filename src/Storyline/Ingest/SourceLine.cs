namespace Storyline.Ingest;

/// <summary>How a line of input is laid out, which decides whether hard-wrapped lines may be joined.</summary>
internal enum LineKind
{
    Blank,
    Text,
    /// <summary>Headings, list items, table rows: always a paragraph of their own.</summary>
    Structural,
    /// <summary>A Markdown heading: a paragraph of its own and a headline candidate.</summary>
    Heading,
}

internal readonly record struct SourceLine(string Text, LineKind Kind)
{
    public bool IsBlank => Kind == LineKind.Blank;
}
