using System.Diagnostics;
using System.Globalization;
using System.Text;
using Storyline.Eval.Metrics;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Eval;

/// <summary>Scores of one TimeML set, with the seconds spent in the tagger and the bytes it read.</summary>
public sealed record TimexSetResult(string Set, int Documents, TimexCounts Counts, double Seconds, long Bytes)
{
    public double MegabytesPerSecond => Seconds == 0 ? 0 : Bytes / 1e6 / Seconds;
}

/// <summary>
/// TempEval-3 Task A (time expression spans, types and values) on TimeBank and AQUAINT: the plain
/// text of each document and its DCT go to <see cref="TimexTagger.Tag"/>, and its output is scored
/// against the inline TIMEX3 gold with <see cref="TimexScoring"/>.
/// </summary>
public sealed class TimexEval
{
    private const int WarmUpDocuments = 10;

    /// <summary>
    /// The sets scored by "both" (or "all"), in the order printed. AQUAINT-dev and AQUAINT-held are the two
    /// halves of AQUAINT (<see cref="SplitHalves"/>): dev is analysed, held is only scored (docs/timex.md, round 8).
    /// </summary>
    public static IReadOnlyList<string> Sets { get; } = ["TimeBank", "AQUAINT", "AQUAINT-dev", "AQUAINT-held"];

    /// <summary>Sets whose errors --errors refuses to list: looking at them would spoil the held-out estimate.</summary>
    public static IReadOnlyList<string> HeldOutSets { get; } = ["AQUAINT", "AQUAINT-held"];

    /// <summary>The sets one --set value names: one set by name (any case), or all of them for "both" or "all".</summary>
    public static IReadOnlyList<string> Select(string set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (string.Equals(set, "both", StringComparison.OrdinalIgnoreCase) || string.Equals(set, "all", StringComparison.OrdinalIgnoreCase))
        {
            return Sets;
        }
        return [Sets.FirstOrDefault(s => string.Equals(s, set, StringComparison.OrdinalIgnoreCase))
            ?? throw new FormatException($"unknown set '{set}' ({string.Join(", ", Sets)}, both or all)")];
    }

    /// <summary>
    /// Splits file names in two halves: sorted ordinally, even indexes (0, 2, 4, ...) are dev, odd ones held.
    /// Depends only on the names, so every run and every machine gets the same halves.
    /// </summary>
    public static (IReadOnlyList<string> Dev, IReadOnlyList<string> Held) SplitHalves(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var sorted = names.Order(StringComparer.Ordinal).ToList();
        return (sorted.Where((_, i) => i % 2 == 0).ToList(), sorted.Where((_, i) => i % 2 == 1).ToList());
    }

    /// <summary>The documents of one named set under <paramref name="dataDir"/> (a folder, or one half of AQUAINT/).</summary>
    public static IReadOnlyList<TimeMlDocument> LoadNamedSet(string dataDir, string set) =>
        SetFiles(dataDir, set).Select(TimeMlReader.ReadFile).ToList();

    /// <summary>The .tml files of one named set, in ordinal order.</summary>
    public static IReadOnlyList<string> SetFiles(string dataDir, string set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var half = set.EndsWith("-dev", StringComparison.Ordinal) ? 0 : set.EndsWith("-held", StringComparison.Ordinal) ? 1 : -1;
        var folder = half < 0 ? set : set[..set.LastIndexOf('-')];
        var files = Directory.GetFiles(Path.Combine(dataDir, folder), "*.tml").Order(StringComparer.Ordinal).ToList();
        if (half < 0)
        {
            return files;
        }
        var (dev, held) = SplitHalves(files.Select(Path.GetFileName).OfType<string>());
        var chosen = (half == 0 ? dev : held).ToHashSet(StringComparer.Ordinal);
        return files.Where(f => chosen.Contains(Path.GetFileName(f))).ToList();
    }

    /// <summary>The held-out sets among <paramref name="sets"/>, whose errors must not be listed.</summary>
    public static IReadOnlyList<string> HeldOutAmong(IEnumerable<string> sets) =>
        sets.Where(s => HeldOutSets.Contains(s, StringComparer.OrdinalIgnoreCase)).ToList();

    public int Run(string dataDir, string set, TextWriter output, int errors = 0, TextWriter? errorOutput = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var sets = Select(set);
        var refused = HeldOutAmong(sets);
        if (errors > 0 && refused.Count > 0)
        {
            (errorOutput ?? output).WriteLine($"--errors refused: {string.Join(" and ", refused)} is held out (scores only); use --set TimeBank or --set AQUAINT-dev");
            return 2;
        }
        var tagger = new TimexTagger();
        var loaded = sets.ToDictionary(s => s, s => LoadNamedSet(dataDir, s), StringComparer.Ordinal);
        var results = sets.Select(s => Score(tagger, s, loaded[s])).ToList();

        output.WriteLine("TempEval-3 Task A, time expressions (TBAQ-cleaned); strict = exact span, relaxed = overlap, one to one;");
        output.WriteLine("type and value accuracy over relaxed matches; value F1 = relaxed F1 x value accuracy; MB/s: Tag calls only");
        output.WriteLine();
        output.WriteLine($"{"system / set",-44} {"docs",5} {"gold",5} {"pred",5} {"sP",6} {"sR",6} {"sF1",6} {"rP",6} {"rR",6} {"rF1",6} {"type",6} {"value",6} {"valF1",6} {"MB/s",6}");
        foreach (var r in results)
        {
            var c = r.Counts;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{"Storyline, " + r.Set,-44} {r.Documents,5} {c.Gold,5} {c.Predicted,5} {c.StrictSpan.Precision,6:0.000} {c.StrictSpan.Recall,6:0.000} {c.StrictSpan.F1,6:0.000} {c.RelaxedSpan.Precision,6:0.000} {c.RelaxedSpan.Recall,6:0.000} {c.RelaxedSpan.F1,6:0.000} {c.TypeAccuracy,6:0.000} {c.ValueAccuracy,6:0.000} {c.ValueF1,6:0.000} {r.MegabytesPerSecond,6:0.00}"));
        }
        output.WriteLine($"{"HeidelTime, published (platinum test set)",-44} {"-",5} {"-",5} {"-",5} {"-",6} {"-",6} {"~0.81",6} {"-",6} {"-",6} {"-",6} {"-",6} {"-",6} {"~0.78",6} {"-",6}");
        output.WriteLine($"{"SUTime, published (platinum test set)",-44} {"-",5} {"-",5} {"-",5} {"-",6} {"-",6} {"-",6} {"-",6} {"-",6} {"-",6} {"-",6} {"-",6} {"~0.67",6} {"-",6}");
        output.WriteLine();
        output.WriteLine("published rows are TempEval-3 results on the platinum test set, not on these files");
        foreach (var r in results)
        {
            var c = r.Counts;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Set}: strict {c.Strict}, relaxed {c.Relaxed}, type right {c.TypeRight}, value right {c.ValueRight}; {r.Bytes / 1e6:0.000} MB tagged in {r.Seconds:0.000} s"));
        }
        // TempEval-3 scores no mod; these lines are ours, over the same relaxed matches.
        foreach (var r in results)
        {
            var c = r.Counts;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Set}: mod (START, END, APPROX, MORE_THAN...) over relaxed matches: gold {c.ModGold}, ours {c.ModPredicted}, same {c.ModRight}; P {c.Mods.Precision:0.000} R {c.Mods.Recall:0.000} F1 {c.Mods.F1:0.000}"));
        }
        if (errors > 0)
        {
            foreach (var s in sets)
            {
                WriteErrors(tagger, s, loaded[s], errors, output);
            }
        }
        return 0;
    }

    /// <summary>The kinds of error --errors lists, in the order printed.</summary>
    public enum ErrorKind
    {
        Missed,
        Spurious,
        Boundary,
        WrongValue,
        WrongType,
        WrongMod,
    }

    /// <summary>One scoring error: the gold and/or predicted mention and where it is.</summary>
    public sealed record TimexError(ErrorKind Kind, string Document, TimexMention? Gold, TimexMention? Predicted, string GoldText, string PredictedText, string Context);

    /// <summary>Every error of one document: unmatched gold (missed), unmatched predictions (spurious), relaxed but not exact pairs (boundary), pairs with another value or type.</summary>
    public static IReadOnlyList<TimexError> Errors(TimeMlDocument doc, IReadOnlyList<TimexMention> predicted)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = TimexScoring.RelaxedPairs(predicted, doc.Gold);
        var goldPaired = new bool[doc.Gold.Count];
        var predPaired = new bool[predicted.Count];
        var errors = new List<TimexError>();
        foreach (var pair in pairs)
        {
            goldPaired[pair.Gold] = true;
            predPaired[pair.Predicted] = true;
            var g = doc.Gold[pair.Gold];
            var p = predicted[pair.Predicted];
            var span = TextSpan.FromBounds(Math.Min(g.Span.Start, p.Span.Start), Math.Max(g.Span.End, p.Span.End));
            if (g.Span != p.Span)
            {
                errors.Add(Make(ErrorKind.Boundary, doc, g, p, span));
            }
            if (!string.Equals(g.Value, p.Value, StringComparison.Ordinal))
            {
                errors.Add(Make(ErrorKind.WrongValue, doc, g, p, span));
            }
            if (!string.Equals(g.Type, p.Type, StringComparison.Ordinal))
            {
                errors.Add(Make(ErrorKind.WrongType, doc, g, p, span));
            }
            if (!string.Equals(g.Mod, p.Mod, StringComparison.Ordinal))
            {
                errors.Add(Make(ErrorKind.WrongMod, doc, g, p, span));
            }
        }
        for (var i = 0; i < doc.Gold.Count; i++)
        {
            if (!goldPaired[i])
            {
                errors.Add(Make(ErrorKind.Missed, doc, doc.Gold[i], null, doc.Gold[i].Span));
            }
        }
        for (var i = 0; i < predicted.Count; i++)
        {
            if (!predPaired[i])
            {
                errors.Add(Make(ErrorKind.Spurious, doc, null, predicted[i], predicted[i].Span));
            }
        }
        return errors;
    }

    private static TimexError Make(ErrorKind kind, TimeMlDocument doc, TimexMention? gold, TimexMention? predicted, TextSpan span)
    {
        const int Window = 50;
        var text = doc.Text;
        var start = Math.Max(0, span.Start - Window);
        var end = Math.Min(text.Length, span.End + Window);
        var context = (text[start..span.Start] + "[" + text[span.Start..span.End] + "]" + text[span.End..end])
            .ReplaceLineEndings(" ");
        return new TimexError(kind, doc.Id, gold, predicted,
            gold is null ? "" : text.Substring(gold.Span.Start, gold.Span.Length),
            predicted is null ? "" : text.Substring(predicted.Span.Start, predicted.Span.Length),
            context);
    }

    private static void WriteErrors(TimexTagger tagger, string set, IReadOnlyList<TimeMlDocument> documents, int count, TextWriter output)
    {
        var all = new List<TimexError>();
        foreach (var doc in documents)
        {
            all.AddRange(Errors(doc, tagger.Tag(doc.Text, doc.CreationDate).Select(ToMention).ToList()));
        }
        foreach (var group in all.GroupBy(e => e.Kind).OrderBy(g => g.Key))
        {
            output.WriteLine();
            output.WriteLine($"== {set}: {group.Key} ({group.Count()}); most frequent surface forms:");
            var forms = group.GroupBy(e => (e.GoldText + " | " + e.PredictedText).ToLowerInvariant())
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(count);
            output.WriteLine("   " + string.Join("; ", forms.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Key} x{g.Count()}"))));
            foreach (var e in group.Take(count))
            {
                output.WriteLine($"  {e.Document}: gold {Describe(e.Gold, e.GoldText)} / ours {Describe(e.Predicted, e.PredictedText)}");
                output.WriteLine($"      {e.Context}");
            }
        }
    }

    private static string Describe(TimexMention? m, string text) =>
        m is null ? "-" : $"\"{text.ReplaceLineEndings(" ")}\" {m.Type} {m.Value}" + (m.Mod is null ? "" : " mod " + m.Mod);

    public static TimexSetResult Score(TimexTagger tagger, string set, IReadOnlyList<TimeMlDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var doc in documents.Take(WarmUpDocuments))
        {
            tagger.Tag(doc.Text, doc.CreationDate);
        }

        var totals = TimexCounts.Zero;
        var ticks = 0L;
        var bytes = 0L;
        foreach (var doc in documents)
        {
            var start = Stopwatch.GetTimestamp();
            var times = tagger.Tag(doc.Text, doc.CreationDate);
            ticks += Stopwatch.GetTimestamp() - start;
            bytes += Encoding.UTF8.GetByteCount(doc.Text);
            totals = totals.Add(TimexScoring.Score(times.Select(ToMention).ToList(), doc.Gold));
        }
        return new TimexSetResult(set, documents.Count, totals, (double)ticks / Stopwatch.Frequency, bytes);
    }

    public static TimexMention ToMention(TimeExpression time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return new TimexMention(time.Span, time.Type.ToString().ToUpperInvariant(), time.Value, time.Mod);
    }
}
