using Storyline.Pipeline;
using Storyline.Storage.Postgres;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>The storage contract on a real PostgreSQL server, one new database per store.</summary>
[Collection(PostgresServerGroup.Name)]
public sealed class PostgresStoryStoreTests(PostgresServer server) : StoryStoreContract
{
    protected override IStoryStore CreateStore() => PostgresStoryStore.Open(server.CreateDatabase());
}
