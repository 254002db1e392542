namespace Storyline.Ingest;

/// <summary>Limits and mappings for <see cref="InputReader"/>.</summary>
public sealed class InputReaderOptions
{
    /// <summary>
    /// Files larger than this are refused before any byte is read (default 20 MB). WARC files are
    /// streamed and may be any size; this limit then applies to each record.
    /// </summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Where JSON Lines fields live (<c>--field text=body</c>); by default the usual names.</summary>
    public JsonFieldMap Fields { get; init; } = JsonFieldMap.Default;

    /// <summary>Opens the stream the path "-" reads (standard input unless a host or test supplies another).</summary>
    public Func<Stream>? StandardInput { get; init; }
}
