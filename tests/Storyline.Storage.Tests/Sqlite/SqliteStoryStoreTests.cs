using Storyline.Pipeline;
using Storyline.Storage.Sqlite;

namespace Storyline.Storage.Tests.Sqlite;

/// <summary>The storage contract on a database file, the way the CLI uses it.</summary>
public sealed class SqliteFileStoryStoreTests : StoryStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();
    private int _stores;

    protected override IStoryStore CreateStore() =>
        SqliteStoryStore.Open(_folder.File(FormattableString.Invariant($"store{++_stores}.db")));

    public void Dispose() => _folder.Dispose();
}

/// <summary>The storage contract on an in-memory database.</summary>
public sealed class SqliteMemoryStoryStoreTests : StoryStoreContract
{
    protected override IStoryStore CreateStore() => SqliteStoryStore.Open(SqliteStoryStore.InMemory);
}
