using System.Globalization;
using BenchmarkDotNet.Running;

namespace Storyline.Benchmarks;

/// <summary>
/// `throughput [--articles N] [--seed S]` runs the end-to-end runner; `reprints [--documents N]
/// [--seed S]` measures near-duplicate detection on a generated corpus with known reprints; `warc
/// [--articles N]` times WARC ingest; anything else goes to
/// BenchmarkDotNet's switcher (e.g. `--filter *Annotate*`).
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "warc")
        {
            return ThroughputRunner.RunWarc(Option(args, "--articles", 10000), Option(args, "--seed", 42));
        }
        if (args.Length > 0 && args[0] == "throughput")
        {
            var articles = Option(args, "--articles", 1000);
            var seed = Option(args, "--seed", 42);
            return ThroughputRunner.Run(articles, seed);
        }
        if (args.Length > 0 && args[0] == "reprints")
        {
            return ReprintRunner.Run(Option(args, "--documents", 100_000), Option(args, "--seed", 42));
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
