namespace Storyline.Ingest;

/// <summary>Limits for <see cref="InputReader"/>.</summary>
public sealed class InputReaderOptions
{
    /// <summary>Files larger than this are refused before any byte is read (default 20 MB).</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;
}
