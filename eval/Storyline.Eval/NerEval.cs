using System.Diagnostics;
using System.Globalization;
using Storyline.Eval.Metrics;
using Storyline.Language.Ner;

namespace Storyline.Eval;

/// <summary>Scores of one tagger on one CoNLL file, with the seconds spent tagging.</summary>
public sealed record NerResult(string System, NerCounts Counts, int Tokens, double Seconds)
{
    public double TokensPerSecond => Seconds == 0 ? 0 : Tokens / Seconds;
}

/// <summary>
/// CoNLL-2003 named entities: `ner` scores the shipped <see cref="NerTagger"/> on a CoNLL file
/// (conlleval's entity-level P/R/F1, overall and per type, and tokens/s on one thread); `ner-train`
/// trains a model on the train split and reports the dev score after every epoch.
/// </summary>
public sealed class NerEval
{
    public static int Run(string dataFile, string? modelPath, TextWriter output, string? predictionsPath = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var model = modelPath is null ? NerModel.LoadEmbedded() : NerModel.Load(modelPath);
        var loadSeconds = watch.Elapsed.TotalSeconds;
        var tagger = new NerTagger(model);
        var readySeconds = watch.Elapsed.TotalSeconds;
        var documents = ConllReader.ReadFile(dataFile);
        var result = Score(tagger, documents);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"CoNLL-2003 NER, {Path.GetFileName(dataFile)}: {documents.Count} documents, {result.Tokens} tokens; model {model.FeatureCount} features, loaded in {loadSeconds:0.000} s; tagger (with clusters and gazetteers) ready in {readySeconds:0.000} s"));
        output.WriteLine();
        Print([result], output);
        if (predictionsPath is not null)
        {
            WritePredictions(tagger, documents, predictionsPath);
        }

        return 0;
    }

    /// <summary>Writes "token gold predicted" per line, a blank line between sentences, for error analysis.</summary>
    private static void WritePredictions(NerTagger tagger, IReadOnlyList<ConllDocument> documents, string path)
    {
        using var writer = new StreamWriter(path);
        foreach (var doc in documents)
        {
            var tags = tagger.TagDocument(doc.Sentences.Select(s => s.Tokens).ToList());
            for (var s = 0; s < doc.Sentences.Count; s++)
            {
                for (var t = 0; t < doc.Sentences[s].Tokens.Count; t++)
                {
                    writer.WriteLine($"{doc.Sentences[s].Tokens[t]} {doc.Sentences[s].Tags[t]} {tags[s][t]}");
                }

                writer.WriteLine();
            }
        }
    }

    /// <param name="trainFiles">One CoNLL file, or several separated by commas, read in that order (the shipped model is trained on train and dev together).</param>
    public static int Train(string trainFiles, string devFile, string outPath, NerTrainerOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(trainFiles);
        ArgumentNullException.ThrowIfNull(output);
        var paths = trainFiles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var train = paths.SelectMany(ConllReader.ReadFile).ToList();
        var dev = ConllReader.ReadFile(devFile);
        var trainer = new NerTrainer(options);
        var watch = Stopwatch.StartNew();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"training on {train.Count} documents ({string.Join(" + ", paths.Select(Path.GetFileName))}), {options.Epochs} epochs, {options.Runs} runs from seed {options.Seed}, prune {options.Prune}, list dropout {options.ListDropout} ({string.Join(", ", options.DropoutLists)})"));
        if (paths.Any(p => string.Equals(Path.GetFullPath(p), Path.GetFullPath(devFile), StringComparison.Ordinal)))
        {
            output.WriteLine($"note: {Path.GetFileName(devFile)} is also training data, so the dev figures below are not held out");
        }

        var model = trainer.Train(train, (epoch, m) =>
        {
            var r = Score(trainer.Tagger(m), dev);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {epoch,2}: dev P {r.Counts.Overall.Precision:0.0000} R {r.Counts.Overall.Recall:0.0000} F1 {r.Counts.Overall.F1:0.0000}  features {m.FeatureCount}  {watch.Elapsed.TotalSeconds:0} s"));
        });
        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        model.Save(outPath);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath}: {model.FeatureCount} features, {new FileInfo(outPath).Length / 1048576.0:0.00} MB"));

        // What is shipped is what was saved: score the model read back (weights rounded to half floats).
        var saved = NerModel.Load(outPath);
        var result = Score(trainer.Tagger(saved), dev);
        output.WriteLine();
        Print([result with { System = "Storyline (saved model)" }], output);
        return 0;
    }

    /// <summary>Tags every document (after an untimed warm-up pass) and scores the tags against the gold column.</summary>
    public static NerResult Score(NerTagger tagger, IReadOnlyList<ConllDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        var inputs = documents.Select(d => (IReadOnlyList<IReadOnlyList<string>>)d.Sentences.Select(s => s.Tokens).ToList()).ToList();
        // One untimed pass first, so that the timed one runs fully jitted code.
        foreach (var doc in inputs)
        {
            tagger.TagDocument(doc);
        }

        var predicted = new List<IReadOnlyList<string>>();
        var start = Stopwatch.GetTimestamp();
        foreach (var doc in inputs)
        {
            predicted.AddRange(tagger.TagDocument(doc));
        }

        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        var gold = documents.SelectMany(d => d.Sentences.Select(s => s.Tags)).ToList();
        var counts = NerScoring.Score(gold, predicted);
        return new NerResult("Storyline", counts, counts.Tokens, seconds);
    }

    public static void Print(IReadOnlyList<NerResult> results, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(results);
        ArgumentNullException.ThrowIfNull(output);
        var types = results.SelectMany(r => r.Counts.ByType.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        output.Write($"{"system",-28} {"P",6} {"R",6} {"F1",6}");
        foreach (var t in types)
        {
            output.Write($" {t + " P",7} {t + " R",7} {t + " F1",7}");
        }

        output.WriteLine($" {"tokens/s",10}");
        foreach (var r in results)
        {
            var o = r.Counts.Overall;
            output.Write(string.Create(CultureInfo.InvariantCulture, $"{r.System,-28} {o.Precision,6:0.0000} {o.Recall,6:0.0000} {o.F1,6:0.0000}"));
            foreach (var t in types)
            {
                var c = r.Counts.ByType.GetValueOrDefault(t);
                output.Write(string.Create(CultureInfo.InvariantCulture, $" {c.Precision,7:0.0000} {c.Recall,7:0.0000} {c.F1,7:0.0000}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $" {r.TokensPerSecond,10:0}"));
        }

        output.WriteLine();
        foreach (var r in results)
        {
            var o = r.Counts.Overall;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.System}: {o.Gold} gold entities, {o.Predicted} found, {o.Correct} right; token accuracy {r.Counts.Accuracy:0.0000}; {r.Tokens} tokens in {r.Seconds:0.000} s"));
        }
    }
}
