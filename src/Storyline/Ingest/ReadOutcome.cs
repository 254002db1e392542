using Storyline.Model;

namespace Storyline.Ingest;

/// <summary>One result of reading: exactly one of <see cref="Document"/> and <see cref="Error"/> is set.</summary>
public sealed record ReadOutcome(SourceDocument? Document, IngestError? Error)
{
    public static ReadOutcome Success(SourceDocument document) => new(document, null);

    public static ReadOutcome Failure(string origin, string problem) => new(null, new IngestError(origin, problem));
}
