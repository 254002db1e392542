using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Storyline.Eval.Metrics;
using Storyline.Language.Ner;

namespace Storyline.Eval;

/// <summary>
/// `ner-compare`: scores the shipped tagger and the npm taggers wink-nlp and compromise on the same
/// CoNLL sentences in the same run. The sentences go to eval/compare/ner/tag.js as lines of
/// space-joined tokens; their character-offset entities come back, are mapped to CoNLL types
/// (docs/ner.md) and aligned to the tokens they overlap, and all three are scored with conlleval's rules.
/// </summary>
public static class NerCompare
{
    /// <summary>How each library's entity types map onto CoNLL's; unlisted types are not CoNLL entities and are dropped.</summary>
    public static IReadOnlyDictionary<string, string> TypeMap { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["compromise:Person"] = "PER",
        ["compromise:Organization"] = "ORG",
        ["compromise:Place"] = "LOC",
        ["compromise:Demonym"] = "MISC",
    };

    public static int Run(string dataFile, string scriptDirectory, TextWriter output, TextWriter errors, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        if (!Directory.Exists(Path.Combine(scriptDirectory, "node_modules", "wink-nlp")) || !Directory.Exists(Path.Combine(scriptDirectory, "node_modules", "compromise")))
        {
            errors.WriteLine($"ner-compare needs the npm taggers: run 'npm install --prefix {scriptDirectory}' first (needs node and npm).");
            return 1;
        }

        var documents = ConllReader.ReadFile(dataFile);
        var sentences = documents.SelectMany(d => d.Sentences).ToList();
        var gold = sentences.Select(s => s.Tags).ToList();
        var tagger = new NerTagger(modelPath is null ? NerModel.LoadEmbedded() : NerModel.Load(modelPath));
        var results = new List<NerResult> { NerEval.Score(tagger, documents) };
        foreach (var (system, seconds, found) in RunNode(scriptDirectory, sentences))
        {
            var predicted = sentences.Select((s, i) => ToTags(s.Tokens, found[i], system)).ToList();
            var counts = NerScoring.Score(gold, predicted);
            results.Add(new NerResult(system, counts, counts.Tokens, seconds));
        }

        output.WriteLine($"CoNLL-2003 NER, {Path.GetFileName(dataFile)}: {sentences.Count} sentences; each system tags the same sentences (the npm ones one sentence at a time, without document context)");
        output.WriteLine();
        NerEval.Print(results, output);
        output.WriteLine();
        output.WriteLine("type mapping: " + string.Join(", ", TypeMap.Select(p => $"{p.Key} -> {p.Value}")) + "; wink-nlp's types (DATE, CARDINAL, MONEY...) have no CoNLL counterpart");
        return 0;
    }

    /// <summary>Token start offsets in the sentence line the npm taggers see (tokens joined by single spaces).</summary>
    public static int[] TokenStarts(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var starts = new int[tokens.Count];
        var at = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            starts[i] = at;
            at += tokens[i].Length + 1;
        }

        return starts;
    }

    /// <summary>
    /// IOB2 tags from character-offset entities: an entity covers every token it overlaps, the first
    /// one B and the rest I. Entities of unmapped types are dropped; one that overlaps a token already
    /// covered by an earlier-starting entity is dropped too.
    /// </summary>
    public static IReadOnlyList<string> ToTags(IReadOnlyList<string> tokens, IReadOnlyList<(int Start, int End, string Type)> entities, string system)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(entities);
        var starts = TokenStarts(tokens);
        var tags = Enumerable.Repeat("O", tokens.Count).ToArray();
        foreach (var (start, end, type) in entities.OrderBy(e => e.Start).ThenByDescending(e => e.End))
        {
            if (!TypeMap.TryGetValue(system + ":" + type, out var conll))
            {
                continue;
            }

            var covered = Enumerable.Range(0, tokens.Count).Where(i => starts[i] < end && starts[i] + tokens[i].Length > start).ToList();
            if (covered.Count == 0 || covered.Any(i => tags[i] != "O"))
            {
                continue;
            }

            for (var k = 0; k < covered.Count; k++)
            {
                tags[covered[k]] = (k == 0 ? "B-" : "I-") + conll;
            }
        }

        return tags;
    }

    private static List<(string System, double Seconds, List<List<(int Start, int End, string Type)>> Found)> RunNode(string scriptDirectory, List<ConllSentence> sentences)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(scriptDirectory, "tag.js")])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start) ?? throw new IOException("could not start node");
        var reading = process.StandardOutput.ReadToEndAsync();
        foreach (var s in sentences)
        {
            process.StandardInput.Write(string.Join(' ', s.Tokens));
            process.StandardInput.Write('\n');
        }

        process.StandardInput.Close();
        var text = reading.GetAwaiter().GetResult();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new IOException($"node {Path.Combine(scriptDirectory, "tag.js")} exited with {process.ExitCode}");
        }

        var results = new List<(string, double, List<List<(int, int, string)>>)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var found = root.GetProperty("sentences").EnumerateArray()
                .Select(s => s.EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32(), e[2].GetString() ?? "")).ToList())
                .ToList();
            if (found.Count != sentences.Count)
            {
                throw new InvalidDataException($"{root.GetProperty("system").GetString()} answered {found.Count} sentences of {sentences.Count}");
            }

            results.Add((root.GetProperty("system").GetString() ?? "?", root.GetProperty("seconds").GetDouble(), found));
        }

        return results;
    }
}
