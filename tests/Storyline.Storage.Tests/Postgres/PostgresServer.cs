using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Storyline.Storage.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the test run: initdb into a temporary folder, started with
/// pg_ctl on a free loopback port, stopped and deleted on dispose. The server binaries come from
/// the machine (Debian's postgresql package; .ci/run installs it). A machine without them fails
/// these tests with a message saying what to install: a storage engine that is never tested
/// must not pass as tested.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private const string User = "storyline";
    private readonly string _folder;
    private readonly string _pgCtl;
    private readonly string? _runAs;
    private int _databases;

    public PostgresServer()
    {
        var bin = FindBin() ?? throw new InvalidOperationException(
            "PostgreSQL server binaries (initdb, pg_ctl) were not found; install them with 'apt-get install postgresql'.");
        _pgCtl = Path.Combine(bin, "pg_ctl");
        // initdb and postgres refuse to run as root; as root, the cluster belongs to the postgres user.
        _runAs = Environment.UserName == "root" ? "postgres" : null;
        _folder = Path.Combine(Path.GetTempPath(), "storyline-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        var data = Path.Combine(_folder, "data");
        if (_runAs is not null)
        {
            Run("chown", ["-R", _runAs, _folder], asServerUser: false);
        }

        Port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", User, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asServerUser: true);
        var options = string.Create(CultureInfo.InvariantCulture,
            $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='{_folder}' -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
        Run(_pgCtl, ["-D", data, "-o", options, "-l", Path.Combine(_folder, "server.log"), "-w", "-t", "60", "start"], asServerUser: true);
        AdminConnectionString = Connection("postgres");
    }

    public int Port { get; }

    public string AdminConnectionString { get; }

    /// <summary>A new, empty database on the server; returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"store_{Interlocked.Increment(ref _databases)}");
        using var connection = new NpgsqlConnection(AdminConnectionString);
        connection.Open();
        // A database name cannot be a parameter; this one is made here from a counter.
        using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
        command.ExecuteNonQuery();
        return Connection(name);
    }

    public void Dispose()
    {
        try
        {
            Run(_pgCtl, ["-D", Path.Combine(_folder, "data"), "-m", "immediate", "-w", "stop"], asServerUser: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone; the folder is removed either way.
        }

        NpgsqlConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS temp cleaner gets it.
        }
    }

    private string Connection(string database) =>
        new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = Port, Username = User, Database = database, Pooling = false }.ConnectionString;

    private static string? FindBin()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            if (folder.Length > 0 && File.Exists(Path.Combine(folder, "initdb")) && File.Exists(Path.Combine(folder, "pg_ctl")))
            {
                return folder;
            }
        }

        const string Debian = "/usr/lib/postgresql";
        return Directory.Exists(Debian)
            ? Directory.GetDirectories(Debian).Select(v => Path.Combine(v, "bin")).Where(b => File.Exists(Path.Combine(b, "initdb"))).Order(StringComparer.Ordinal).LastOrDefault()
            : null;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, string[] arguments, bool asServerUser)
    {
        var start = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _folder,
        };
        if (asServerUser && _runAs is not null)
        {
            start.FileName = "runuser";
            foreach (var a in new[] { "-u", _runAs, "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }
        else
        {
            start.FileName = program;
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish in two minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Result}{output.Result}");
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PostgresServerGroup : ICollectionFixture<PostgresServer>
{
    public const string Name = "PostgreSQL server";
}
