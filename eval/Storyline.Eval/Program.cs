using System.Globalization;
using Storyline.Eval;

// Scores Storyline against external gold data in /work/shared/eval (see docs/eval.md).
const string Usage = """
    usage: Storyline.Eval clustering [--data DIR] [--threshold SIM] [--story-threshold SIM]
           Storyline.Eval dating [--data DIR] [--misses N]
           Storyline.Eval quotes [--data FILE]
           Storyline.Eval timex [--data DIR] [--set TimeBank|AQUAINT|AQUAINT-dev|AQUAINT-held|both|all] [--errors N]
               (--errors only on TimeBank or AQUAINT-dev: AQUAINT and AQUAINT-held are held out)
           Storyline.Eval timex-compare [--data DIR] [--set TimeBank|AQUAINT|AQUAINT-dev|AQUAINT-held|both|all] [--repo DIR]
           Storyline.Eval extraction [--data DIR] [--worst N]
           Storyline.Eval extraction-compare [--data DIR] [--scripts DIR]
           Storyline.Eval ner [--data FILE] [--model FILE] [--predictions FILE]
           Storyline.Eval ner-compare [--data FILE] [--compare DIR] [--model FILE]
           Storyline.Eval ner-clusters [--shared DIR] [--out FILE] [--method kmeans|brown] [--min-count N] [--window N] [--context N] [--depth N]
           Storyline.Eval ner-train [--train FILE[,FILE...]] [--dev FILE] [--out FILE] [--epochs N] [--seed N] [--prune W] [--runs N] [--list-dropout F] [--dropout-lists a,b]
    """;

const string NerDev = "/work/shared/eval/ner/conllpp_dev.txt";

if (args.Length == 0)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var options = new Dictionary<string, string>(StringComparer.Ordinal);
for (var i = 1; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
    {
        Console.Error.WriteLine($"unexpected argument '{args[i]}'");
        Console.Error.WriteLine(Usage);
        return 2;
    }
    options[args[i]] = args[++i];
}

try
{
    switch (args[0])
    {
        case "clustering":
            var threshold = Number(options, "--threshold", 0.3);
            return new ClusteringEval().Run(
                options.GetValueOrDefault("--data", "/work/shared/eval/clustering"),
                threshold,
                Number(options, "--story-threshold", threshold),
                Console.Out);
        case "dating":
            return new DatingEval().Run(options.GetValueOrDefault("--data", "/work/shared/eval/clustering"), Console.Out, (int)Number(options, "--misses", 0));
        case "quotes":
            return new QuotesEval().Run(options.GetValueOrDefault("--data", "/work/shared/eval/quotes/dev.jsonl"), Console.Out);
        case "timex":
            return new TimexEval().Run(
                options.GetValueOrDefault("--data", "/work/shared/eval/timex"),
                options.GetValueOrDefault("--set", "both"),
                Console.Out,
                (int)Number(options, "--errors", 0),
                Console.Error);
        case "timex-compare":
            return new TimexCompare().Run(
                options.GetValueOrDefault("--data", "/work/shared/eval/timex"),
                options.GetValueOrDefault("--set", "both"),
                options.GetValueOrDefault("--repo", Directory.GetCurrentDirectory()),
                Console.Out);
        case "extraction":
            return new ExtractionEval().Run(
                options.GetValueOrDefault("--data", "/work/shared/eval/article-extraction"),
                (int)Number(options, "--worst", 0),
                Console.Out);
        case "extraction-compare":
            return new ExtractionCompare().Run(
                options.GetValueOrDefault("--data", "/work/shared/eval/article-extraction"),
                options.GetValueOrDefault("--scripts", "eval/compare/readability"),
                Console.Out,
                Console.Error);
        case "ner":
            return NerEval.Run(options.GetValueOrDefault("--data", NerDev), options.GetValueOrDefault("--model"), Console.Out, options.GetValueOrDefault("--predictions"));
        case "ner-compare":
            return NerCompare.Run(options.GetValueOrDefault("--data", NerDev), options.GetValueOrDefault("--compare", "eval/compare/ner"), Console.Out, Console.Error, options.GetValueOrDefault("--model"));
        case "ner-clusters":
            var clusterDefaults = new Storyline.Language.Ner.NerClustererOptions();
            return NerClustersBuild.Run(
                options.GetValueOrDefault("--shared", "/work/shared"),
                options.GetValueOrDefault("--out", "src/Storyline/Language/Data/ner/clusters.tsv"),
                options.GetValueOrDefault("--method", "kmeans"),
                new Storyline.Language.Ner.NerClustererOptions
                {
                    MinCount = (int)Number(options, "--min-count", clusterDefaults.MinCount),
                    ContextWords = (int)Number(options, "--context", clusterDefaults.ContextWords),
                    MaxDepth = (int)Number(options, "--depth", clusterDefaults.MaxDepth),
                    Window = (int)Number(options, "--window", clusterDefaults.Window),
                },
                Console.Out);
        case "ner-train":
            var defaults = new Storyline.Language.Ner.NerTrainerOptions();
            return NerEval.Train(
                options.GetValueOrDefault("--train", "/work/shared/eval/ner/conllpp_train.txt"),
                options.GetValueOrDefault("--dev", NerDev),
                options.GetValueOrDefault("--out", "src/Storyline/Language/Data/ner/model.bin.gz"),
                new Storyline.Language.Ner.NerTrainerOptions
                {
                    Epochs = (int)Number(options, "--epochs", defaults.Epochs),
                    Seed = (int)Number(options, "--seed", defaults.Seed),
                    Prune = (float)Number(options, "--prune", defaults.Prune),
                    Runs = (int)Number(options, "--runs", defaults.Runs),
                    ListDropout = Number(options, "--list-dropout", defaults.ListDropout),
                    DropoutLists = options.TryGetValue("--dropout-lists", out var dropped) ? dropped.Split(',', StringSplitOptions.RemoveEmptyEntries) : defaults.DropoutLists,
                },
                Console.Out);
        default:
            Console.Error.WriteLine($"unknown mode '{args[0]}'");
            Console.Error.WriteLine(Usage);
            return 2;
    }
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or InvalidDataException or FormatException or System.Xml.XmlException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}

static double Number(Dictionary<string, string> options, string name, double fallback) =>
    options.TryGetValue(name, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;
