using System.Diagnostics;
using System.Globalization;
using Storyline.Analysis.Duplicates;

namespace Storyline.Benchmarks;

/// <summary>
/// `reprints --documents N`: generates a corpus with known reprints (<see cref="ReprintCorpus"/>),
/// signs every document and groups the signatures with the detector the pipeline uses, then prints
/// precision and recall of reprint pairs, time per phase and peak memory. Texts are generated and
/// signed topic by topic and dropped, so only signatures are held, as in a real run over a store.
/// </summary>
internal static class ReprintRunner
{
    public static int Run(int documents, int seed)
    {
        var inv = CultureInfo.InvariantCulture;
        var corpus = new ReprintCorpus(seed);
        var detector = new DuplicateDetector();
        var signatures = new List<ReprintSignature>(documents);
        var truth = new List<int>(documents);
        var topics = new List<int>(documents);
        long signTicks = 0;
        long bytes = 0;
        var wall = Stopwatch.StartNew();
        const int TopicsPerChunk = 500;
        var topic = 0;
        while (signatures.Count < documents)
        {
            var chunk = new (List<ReprintDocument> Documents, ReprintSignature[] Signatures, long Ticks, int[] Bytes)[TopicsPerChunk];
            var first = topic;
            Parallel.For(0, TopicsPerChunk, t =>
            {
                // Group ids are made unique after the chunk is built; here they count from 0 per topic.
                var docs = corpus.Topic(first + t, 0);
                var signed = new ReprintSignature[docs.Count];
                var start = Stopwatch.GetTimestamp();
                for (var d = 0; d < docs.Count; d++)
                {
                    signed[d] = detector.Sign(docs[d].Text);
                }
                var ticks = Stopwatch.GetTimestamp() - start;
                chunk[t] = (docs, signed, ticks, docs.Select(doc => System.Text.Encoding.UTF8.GetByteCount(doc.Text)).ToArray());
            });
            for (var t = 0; t < chunk.Length; t++)
            {
                var (docs, signed, ticks, size) = chunk[t];
                var offset = signatures.Count;
                for (var d = 0; d < docs.Count && signatures.Count < documents; d++)
                {
                    signatures.Add(signed[d]);
                    truth.Add(offset + docs[d].Group);
                    topics.Add(first + t);
                    bytes += size[d];
                }
                signTicks += ticks;
            }
            topic += TopicsPerChunk;
        }
        var generatedAndSigned = wall.Elapsed;
        var held = GC.GetTotalMemory(forceFullCollection: true);
        Console.Error.WriteLine(string.Create(inv, $"signed {signatures.Count} documents in {generatedAndSigned.TotalSeconds:0.0} s; grouping"));
        var groupWatch = Stopwatch.StartNew();
        var predicted = detector.Group(signatures);
        var grouping = groupWatch.Elapsed;
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;

        Console.Error.WriteLine(string.Create(inv, $"grouped in {grouping.TotalSeconds:0.0} s; scoring"));
        var (precision, recall, goldPairs, predictedPairs) = PairScores(truth, predicted);
        Console.Error.WriteLine(string.Create(inv, $"pairs scored at {wall.Elapsed.TotalSeconds:0.0} s"));
        var (lowestCopy, highestSibling) = Margins(signatures, truth, topics);
        Console.Error.WriteLine(string.Create(inv, $"margins at {wall.Elapsed.TotalSeconds:0.0} s"));
        var signSeconds = signTicks / (double)Stopwatch.Frequency;
        Console.WriteLine(string.Create(inv, $"documents: {signatures.Count} ({bytes / 1048576.0:0} MB of text, {topic} topics) on {Environment.ProcessorCount} cores, seed {seed}"));
        Console.WriteLine(string.Create(inv, $"reprint pairs: {goldPairs} true, {predictedPairs} found"));
        Console.WriteLine(string.Create(inv, $"precision {precision:0.0000}, recall {recall:0.0000}"));
        Console.WriteLine(string.Create(inv, $"estimated similarity: lowest of a true pair {lowestCopy:0.00}, highest of two different articles in one topic {highestSibling:0.00}, threshold {new DuplicateDetectorOptions().Threshold:0.00}"));
        Console.WriteLine(string.Create(inv, $"signing: {signatures.Count / signSeconds:0} documents/s per core ({bytes / 1048576.0 / signSeconds:0.0} MB/s per core)"));
        Console.WriteLine(string.Create(inv, $"generate + sign (all cores): {generatedAndSigned.TotalSeconds:0.0} s; group (LSH, verify, union): {grouping.TotalSeconds:0.0} s"));
        Console.WriteLine(string.Create(inv, $"peak memory: {peak / 1048576.0:0} MB (generation included); managed heap holding the signatures: {held / 1048576.0:0} MB"));
        return 0;
    }

    /// <summary>How far apart the classes are: the least similar true pair, and the most similar pair of different articles on one topic.</summary>
    private static (double LowestCopy, double HighestSibling) Margins(List<ReprintSignature> signatures, List<int> truth, List<int> topics)
    {
        var lowest = 1.0;
        var highest = 0.0;
        foreach (var topic in Enumerable.Range(0, signatures.Count).GroupBy(i => topics[i]))
        {
            var members = topic.ToList();
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    var similarity = DuplicateDetector.Estimate(signatures[members[x]], signatures[members[y]]);
                    if (truth[members[x]] == truth[members[y]])
                    {
                        lowest = Math.Min(lowest, similarity);
                    }
                    else
                    {
                        highest = Math.Max(highest, similarity);
                    }
                }
            }
        }
        return (lowest, highest);
    }

    /// <summary>Pairs of documents in one group: true pairs share a true group, found pairs a predicted one.</summary>
    private static (double Precision, double Recall, long Gold, long Predicted) PairScores(List<int> truth, int[] predicted)
    {
        var gold = Pairs(truth.Select(g => (g, 0)));
        var found = Pairs(predicted.Select(g => (g, 0)));
        var both = Pairs(Enumerable.Range(0, truth.Count).Select(i => (truth[i], predicted[i])));
        return (found == 0 ? 1 : (double)both / found, gold == 0 ? 1 : (double)both / gold, gold, found);
    }

    /// <summary>How many pairs of items share a key.</summary>
    private static long Pairs(IEnumerable<(int, int)> keys)
    {
        var sizes = new Dictionary<(int, int), long>();
        foreach (var key in keys)
        {
            sizes[key] = sizes.GetValueOrDefault(key) + 1;
        }
        return sizes.Values.Sum(n => n * (n - 1) / 2);
    }
}
