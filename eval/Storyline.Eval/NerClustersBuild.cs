using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Storyline.Language;
using Storyline.Language.Ner;
using Storyline.Model;

namespace Storyline.Eval;

/// <summary>
/// `ner-clusters`: builds the tagger's word clusters (<see cref="NerClusterer"/>) from the unlabelled
/// text on this machine and writes them as `word TAB path` lines. CoNLL files give their token column
/// only (labels ignored; never the test split); news text is split and tokenized as the tagger does.
/// </summary>
public static partial class NerClustersBuild
{
    public static int Run(string shared, string outPath, string method, NerClustererOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var watch = Stopwatch.StartNew();
        var sentences = new List<IReadOnlyList<string>>();
        foreach (var file in new[] { "eval/ner/conllpp_train.txt", "eval/ner/conllpp_dev.txt" })
        {
            foreach (var doc in ConllReader.ReadFile(Path.Combine(shared, file)))
            {
                sentences.AddRange(doc.Sentences.Select(s => s.Tokens));
            }
        }

        var texts = new List<string>();
        texts.AddRange(Sorted(Path.Combine(shared, "eval/clustering/articles"), "*.txt").Select(File.ReadAllText));
        texts.AddRange(Sorted(Path.Combine(shared, "seeds"), "*.txt").Select(File.ReadAllText));
        texts.AddRange(Sorted(Path.Combine(shared, "eval/timex"), "*.tml").Select(f => System.Net.WebUtility.HtmlDecode(Tags().Replace(File.ReadAllText(f), " "))));
        foreach (var line in File.ReadLines(Path.Combine(shared, "eval/quotes/dev.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            if (json.RootElement.TryGetProperty("text", out var text) && text.GetString() is { } s)
            {
                texts.Add(s);
            }
        }

        using (var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(shared, "eval/article-extraction/ground-truth.json"))))
        {
            foreach (var article in truth.RootElement.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
            {
                if (article.Value.TryGetProperty("articleBody", out var body) && body.GetString() is { } s)
                {
                    texts.Add(s);
                }
            }
        }

        var splitter = new SentenceSplitter();
        var tokenizer = new Tokenizer();
        foreach (var text in texts)
        {
            foreach (var sentence in splitter.Split(text))
            {
                var tokens = new List<string>();
                foreach (var token in tokenizer.Tokenize(text, sentence.Span))
                {
                    var span = token.Span;
                    if (token.Kind == TokenKind.Word && span.Length > 2 && text[span.End - 2] is '\'' or '\u2019' && text[span.End - 1] is 's' or 'S')
                    {
                        tokens.Add(text.Substring(span.Start, span.Length - 2));
                        tokens.Add(text.Substring(span.End - 2, 2));
                    }
                    else
                    {
                        tokens.Add(text.Substring(span.Start, span.Length));
                    }
                }

                if (tokens.Count > 0)
                {
                    sentences.Add(tokens);
                }
            }
        }

        var tokenCount = sentences.Sum(s => s.Count);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"corpus: {sentences.Count} sentences, {tokenCount} tokens ({texts.Count} texts besides CoNLL train and dev), read in {watch.Elapsed.TotalSeconds:0.0} s"));
        var clusters = string.Equals(method, "brown", StringComparison.Ordinal)
            ? new NerBrownClusterer(options).Cluster(sentences)
            : new NerClusterer(options).Cluster(sentences);
        var builder = new StringBuilder();
        builder.Append(string.Equals(method, "brown", StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"# word clusters for the NER tagger: Storyline.Eval ner-clusters --method brown (min count {options.MinCount}, window {options.Window}); word TAB path\n")
            : string.Create(CultureInfo.InvariantCulture, $"# word clusters for the NER tagger: Storyline.Eval ner-clusters --method kmeans (min count {options.MinCount}, {options.ContextWords} context words, depth {options.MaxDepth}); word TAB path\n"));
        foreach (var c in clusters)
        {
            builder.Append(c.Word).Append('\t').Append(c.Path).Append('\n');
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(outPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        File.WriteAllText(outPath, builder.ToString(), new UTF8Encoding(false));
        var leaves = clusters.Select(c => c.Path).Distinct(StringComparer.Ordinal).Count();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {outPath}: {clusters.Count} words, {leaves} leaves, {new FileInfo(outPath).Length / 1024.0:0} KB, {watch.Elapsed.TotalSeconds:0.0} s in all"));
        return 0;
    }

    private static IEnumerable<string> Sorted(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            : [];

    [GeneratedRegex("<[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tags();
}
