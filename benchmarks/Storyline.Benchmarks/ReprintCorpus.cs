using System.Text;

namespace Storyline.Benchmarks;

/// <summary>One generated document and the reprint group it belongs to (its original's number).</summary>
internal readonly record struct ReprintDocument(string Text, int Group);

/// <summary>
/// A corpus with known reprints for measuring near-duplicate detection. Documents come in topics
/// (ten or so articles that share names, topic words and often one quoted statement, the hard
/// negatives: same story, different article); a fifth of the articles are reprinted one to four
/// times with 0 to 20% of their words edited: scattered substitutions, deletions and insertions,
/// rewritten phrases, and sometimes an outlet's own first line. Word frequencies follow Zipf's law
/// with English function words at the top. Deterministic for a seed, and each topic is generated
/// from its own seed so topics can be built in parallel and streamed.
/// </summary>
internal sealed class ReprintCorpus
{
    private static readonly string[] FunctionWords =
    [
        "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "it", "with", "as", "he",
        "by", "at", "said", "from", "his", "an", "be", "has", "have", "are", "were", "had", "not", "but",
        "this", "they", "which", "its", "their", "been", "will", "would", "after", "who", "also", "more",
        "than", "we", "or", "one", "about", "there", "into", "could", "over", "two", "new", "year", "she",
        "her", "them", "all", "when", "up", "out", "if", "can", "so", "no", "other", "some", "last",
    ];

    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "sta", "vor", "bel", "du", "fen", "gri", "hal", "jo", "kel", "lun", "mar",
        "nes", "or", "pra", "quil", "ros", "sen", "tor", "ul", "ven", "wes", "yar", "zel", "an", "ber", "cin",
    ];

    private readonly int _seed;
    private readonly string[] _vocabulary;
    private readonly double[] _cumulative;

    public ReprintCorpus(int seed, int vocabularySize = 40_000)
    {
        _seed = seed;
        var random = new Random(seed);
        var words = new HashSet<string>(FunctionWords, StringComparer.Ordinal);
        var vocabulary = new List<string>(FunctionWords);
        while (vocabulary.Count < vocabularySize)
        {
            var word = new StringBuilder();
            var syllables = 2 + random.Next(3);
            for (var s = 0; s < syllables; s++)
            {
                word.Append(Syllables[random.Next(Syllables.Length)]);
            }
            if (words.Add(word.ToString()))
            {
                vocabulary.Add(word.ToString());
            }
        }
        _vocabulary = [.. vocabulary];
        // Zipf with exponent 1: the word of rank r is drawn with weight 1/r.
        _cumulative = new double[_vocabulary.Length];
        var total = 0.0;
        for (var r = 0; r < _vocabulary.Length; r++)
        {
            total += 1.0 / (r + 1);
            _cumulative[r] = total;
        }
        for (var r = 0; r < _cumulative.Length; r++)
        {
            _cumulative[r] /= total;
        }
    }

    /// <summary>Documents of one topic: its articles, each followed by its reprints. Group ids count from <paramref name="firstId"/>.</summary>
    public List<ReprintDocument> Topic(int topic, int firstId)
    {
        var random = new Random(unchecked((_seed * 1_000_003) + topic));
        var names = Enumerable.Range(0, 4).Select(_ => Capitalize(RareWord(random))).ToArray();
        var topicWords = Enumerable.Range(0, 30).Select(_ => _vocabulary[100 + random.Next(5_000)]).ToArray();
        var statement = Sentence(random, names, topicWords, 15 + random.Next(15));
        var documents = new List<ReprintDocument>();
        var articles = 6 + random.Next(9);
        for (var a = 0; a < articles; a++)
        {
            var group = firstId + documents.Count;
            var text = Article(random, names, topicWords, random.NextDouble() < 0.6 ? statement : null);
            documents.Add(new ReprintDocument(text, group));
            if (random.NextDouble() < 0.2)
            {
                var copies = 1 + random.Next(4);
                for (var c = 0; c < copies; c++)
                {
                    documents.Add(new ReprintDocument(Edit(random, text, random.NextDouble() * 0.2), group));
                }
            }
        }
        return documents;
    }

    private string Article(Random random, string[] names, string[] topicWords, string? statement)
    {
        var text = new StringBuilder();
        var words = 150 + random.Next(750);
        var written = 0;
        var quoted = statement is null;
        while (written < words)
        {
            var paragraph = 2 + random.Next(3);
            for (var s = 0; s < paragraph && written < words; s++)
            {
                if (!quoted && random.NextDouble() < 0.2)
                {
                    text.Append('“').Append(statement).Append("” ").Append(names[random.Next(names.Length)]).Append(" said. ");
                    written += 20;
                    quoted = true;
                    continue;
                }
                var length = 8 + random.Next(22);
                text.Append(Sentence(random, names, topicWords, length)).Append(' ');
                written += length;
            }
            text.Length--;
            text.Append('\n');
        }
        return text.ToString();
    }

    private string Sentence(Random random, string[] names, string[] topicWords, int length)
    {
        var sentence = new StringBuilder();
        for (var w = 0; w < length; w++)
        {
            var roll = random.NextDouble();
            var word = roll < 0.04 ? names[random.Next(names.Length)]
                : roll < 0.16 ? topicWords[random.Next(topicWords.Length)]
                : roll < 0.18 ? random.Next(2, 2000).ToString(System.Globalization.CultureInfo.InvariantCulture)
                : ZipfWord(random);
            if (w == 0)
            {
                word = Capitalize(word);
            }
            sentence.Append(word).Append(w == length - 1 ? "." : random.NextDouble() < 0.08 ? ", " : " ");
        }
        return sentence.ToString();
    }

    /// <summary>
    /// Changes about <paramref name="rate"/> of the words the way outlets edit wire copy: a quarter
    /// as scattered one-word changes, the rest as rewritten phrases, dropped or added sentences and
    /// a trimmed ending.
    /// </summary>
    private string Edit(Random random, string text, double rate)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(' ').ToList()).ToList();
        var total = lines.Sum(l => l.Count);
        var budget = (int)Math.Round(rate * total);
        if (budget > 4 && random.NextDouble() < 0.3)
        {
            var first = new List<string> { "Wire", "copy", "via", Capitalize(RareWord(random)) };
            lines.Insert(0, first);
            budget -= first.Count;
        }
        while (budget > 0)
        {
            var line = lines[random.Next(lines.Count)];
            if (line.Count < 2)
            {
                continue;
            }
            var at = random.Next(line.Count);
            var roll = random.NextDouble();
            if (roll < 0.25)
            {
                switch (random.Next(3))
                {
                    case 0:
                        line[at] = ZipfWord(random);
                        break;
                    case 1:
                        line.RemoveAt(at);
                        break;
                    default:
                        line.Insert(at, ZipfWord(random));
                        break;
                }
                budget--;
            }
            else if (roll < 0.6)
            {
                // A rewritten phrase: a run of words replaced by as many new ones.
                var run = Math.Max(1, Math.Min(Math.Min(3 + random.Next(8), budget), line.Count - at));
                for (var k = 0; k < run; k++)
                {
                    line[at + k] = ZipfWord(random);
                }
                budget -= run;
            }
            else if (roll < 0.85)
            {
                // A sentence dropped or one of the outlet's own added, at a sentence boundary.
                var start = SentenceStart(line, at);
                if (random.Next(2) == 0)
                {
                    var end = start;
                    while (end < line.Count - 1 && !line[end].EndsWith('.'))
                    {
                        end++;
                    }
                    var run = Math.Min(end - start + 1, Math.Max(budget, 1));
                    line.RemoveRange(start, Math.Min(run, line.Count - start));
                    budget -= run;
                }
                else
                {
                    var added = Sentence(random, [Capitalize(RareWord(random))], [ZipfWord(random)], Math.Max(1, Math.Min(8 + random.Next(15), budget))).Split(' ');
                    line.InsertRange(start, added);
                    budget -= added.Length;
                }
            }
            else
            {
                // A trimmed ending: the last words of the last paragraph.
                var last = lines[^1];
                var run = Math.Min(Math.Min(5 + random.Next(20), budget), last.Count - 1);
                if (run <= 0)
                {
                    continue;
                }
                last.RemoveRange(last.Count - run, run);
                budget -= run;
            }
        }
        return string.Join('\n', lines.Where(l => l.Count > 0).Select(l => string.Join(' ', l))) + "\n";
    }

    private static int SentenceStart(List<string> line, int at)
    {
        while (at > 0 && !line[at - 1].EndsWith('.'))
        {
            at--;
        }
        return at;
    }

    private string ZipfWord(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return _vocabulary[Math.Min(index < 0 ? ~index : index, _vocabulary.Length - 1)];
    }

    private string RareWord(Random random) => _vocabulary[5_000 + random.Next(_vocabulary.Length - 5_000)];

    private static string Capitalize(string word) =>
        word.Length == 0 ? word : string.Concat(word[..1].ToUpperInvariant(), word.AsSpan(1));
}
