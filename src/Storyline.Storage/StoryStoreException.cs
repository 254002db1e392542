namespace Storyline.Storage;

/// <summary>A store that cannot be opened or read as this build expects: wrong file, newer schema, damaged data.</summary>
public sealed class StoryStoreException : Exception
{
    public StoryStoreException()
    {
    }

    public StoryStoreException(string message)
        : base(message)
    {
    }

    public StoryStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
