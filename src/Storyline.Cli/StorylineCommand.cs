using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Storyline.Ingest;
using Storyline.Model;
using Storyline.Pipeline;
using Storyline.Storage;
using Storyline.Storage.Sqlite;
using Storyline.Time;

namespace Storyline.Cli;

/// <summary>The `storyline` command line. Verbs are thin: they parse, call the pipeline or a stage, and print.</summary>
internal static class StorylineCommand
{
    /// <summary>JSON lines for people and tools: quotes and apostrophes stay readable; nothing here is embedded in HTML.</summary>
    private static readonly JsonSerializerOptions JsonLines = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Exit codes, documented in docs/cli.md.</summary>
    public const int Ok = 0;
    public const int Failed = 1;
    public const int UsageError = 2;
    public const int SomeInputsSkipped = 3;

    /// <summary>Runs one command line; <paramref name="stdin"/> stands in for standard input (the path "-") when given.</summary>
    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, Stream? stdin = null)
    {
        var output = stdout ?? Console.Out;
        var errors = stderr ?? Console.Error;
        Func<Stream>? input = stdin is null ? null : () => new NonClosingStream(stdin);
        var root = new RootCommand("Storyline: turns overlapping news coverage into a sourced, structured account of what happened.");
        root.Subcommands.Add(AnalyzeCommand(output, errors, input));
        root.Subcommands.Add(ExtractCommand(output, errors, input));
        root.Subcommands.Add(TimexCommand(output, errors, input));
        root.Subcommands.Add(NerCommand(output, errors, input));
        root.Subcommands.Add(EntitiesCommand(output, errors));
        root.Subcommands.Add(TimelineCommand(output, errors));
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                errors.WriteLine($"storyline: {error.Message}");
            }
            errors.WriteLine("storyline: see 'storyline --help'");
            return UsageError;
        }
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = errors });
    }

    /// <summary>The repeatable --field option of the verbs that read inputs.</summary>
    private static Option<string[]> FieldOption() => new("--field")
    {
        Description = "Where a JSON Lines field lives, as name=path with dotted paths into nested objects (text=body, title=headline, date=published_at, url=link, outlet=source.name, byline=author). Repeatable; unmapped fields use the usual names.",
        Arity = ArgumentArity.ZeroOrMore,
        AllowMultipleArgumentsPerToken = false,
    };

    /// <summary>Reader options from --field; null (after printing why) when a mapping is malformed.</summary>
    private static InputReaderOptions? ReaderOptions(string[]? fields, Func<Stream>? stdin, TextWriter errors)
    {
        if (!JsonFieldMap.TryParse(fields, out var map, out var problem))
        {
            errors.WriteLine($"storyline: {problem}");
            return null;
        }
        return new InputReaderOptions { Fields = map, StandardInput = stdin };
    }

    private static Command AnalyzeCommand(TextWriter output, TextWriter errors, Func<Stream>? stdin)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of articles (.txt, .md, .html, .htm), JSON Lines (.jsonl), feeds (.rss, .atom, .xml) and web archives (.warc, .warc.gz); '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var fields = FieldOption();
        var outDir = new Option<string>("--out") { Description = "Folder for report.json, report.html and report.md.", DefaultValueFactory = _ => "report" };
        var db = new Option<string?>("--db") { Description = "Where to keep the corpus: a SQLite file, or a PostgreSQL URL (postgresql://user:password@host:port/database); later runs add to it and report on all of it. Without it the corpus lives in memory for this run." };
        var command = new Command("analyze", "Read articles, find events, stories, quotes, numbers and contradictions, and write a cited report.") { paths, outDir, db, fields };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths)!;
            var target = parse.GetValue(outDir)!;
            var dbPath = parse.GetValue(db);
            if (ReaderOptions(parse.GetValue(fields), stdin, errors) is not { } readerOptions)
            {
                return UsageError;
            }
            try
            {
                using var store = StoryStores.Open(dbPath ?? ":memory:");
                var pipeline = new StorylinePipeline(new PipelineOptions { Reader = readerOptions });
                var result = RunWithProgress(pipeline, inputs, store, errors);
                foreach (var error in result.Errors)
                {
                    errors.WriteLine($"storyline: skipped {error.Origin}: {error.Problem}");
                }
                if (result.Graph.Articles.Count == 0)
                {
                    errors.WriteLine("storyline: no articles to analyze (every input was skipped)");
                    return Failed;
                }
                StorylinePipeline.WriteReports(result.Graph, target);
                var g = result.Graph;
                output.WriteLine($"{result.ArticlesRead} articles read, {result.ArticlesAdded} new; {g.Events.Count} events in {g.Stories.Count} stories, {g.Entities.Count} entities, {g.Quotes.Count} quotes, {g.Claims.Count} numbers, {g.Contradictions.Count} contradictions.");
                if (result.ArticlesRewritten + result.ArticlesReplaced + result.ArticlesReannotated is var older and > 0)
                {
                    // Said once, so a user knows why an upgraded build's report moved.
                    output.WriteLine($"{older} stored article(s) had been read by another build: {result.ArticlesRewritten} read again from their files, {result.ArticlesReplaced} replaced by a new reading of their files, {result.ArticlesReannotated} annotated again from the store{(result.ArticlesReannotated > 0 ? " (add their files again to refresh their stored dates)" : "")}.");
                }
                output.WriteLine($"Report written to {Path.Combine(target, "report.html")} (also report.json, report.md).");
                if (result.Errors.Count > 0)
                {
                    errors.WriteLine($"storyline: {result.Errors.Count} input(s) skipped; the report covers the rest.");
                    return SomeInputsSkipped;
                }
                return Ok;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Data.Common.DbException or StoryStoreException)
            {
                errors.WriteLine($"storyline: {ex.Message}");
                return Failed;
            }
        });
        return command;
    }

    private static PipelineResult RunWithProgress(StorylinePipeline pipeline, string[] inputs, IStoryStore store, TextWriter errors)
    {
        if (!Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive && ReferenceEquals(errors, Console.Error))
        {
            PipelineResult? result = null;
            AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
                .Start(ctx =>
                {
                    var annotate = ctx.AddTask("Reading and annotating", maxValue: 1);
                    ProgressTask? reannotate = null;
                    var analyze = ctx.AddTask("Analyzing across articles", maxValue: 1, autoStart: false);
                    var progress = new SynchronousProgress(p =>
                    {
                        // Shown only when a run has stored articles of another build to annotate again.
                        var task = p.Stage switch
                        {
                            "analyze" => analyze,
                            "re-annotate" => reannotate ??= ctx.AddTaskBefore("Annotating stored articles again", analyze, autoStart: false),
                            _ => annotate,
                        };
                        if (!task.IsStarted)
                        {
                            task.StartTask();
                        }
                        task.MaxValue = p.Total ?? Math.Max(task.MaxValue, p.Done + 1);
                        task.Value = p.Done;
                    });
                    result = pipeline.Run(inputs, store, progress);
                });
            return result!;
        }
        // Not a terminal: plain lines a log can keep.
        return pipeline.Run(inputs, store, new SynchronousProgress(p =>
        {
            if (p.Total is { } total)
            {
                errors.WriteLine($"storyline: {p.Stage}: {p.Done}/{total}");
            }
            else
            {
                errors.WriteLine($"storyline: {p.Stage}: {p.Done}");
            }
        }));
    }

    private static Command ExtractCommand(TextWriter output, TextWriter errors, Func<Stream>? stdin)
    {
        var file = new Argument<string>("file") { Description = "One input: an article, or a JSON Lines file, feed or WARC of several; '-' reads standard input." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object a line per article instead of text." };
        var fields = FieldOption();
        var command = new Command("extract", "Print the article(s) found in one input, cleaned, without storing anything.") { file, json, fields };
        command.SetAction(parse =>
        {
            if (ReaderOptions(parse.GetValue(fields), stdin, errors) is not { } readerOptions)
            {
                return UsageError;
            }
            var cleaner = new ArticleCleaner();
            var skipped = 0;
            var printed = 0;
            foreach (var outcome in new InputReader(readerOptions).Read([parse.GetValue(file)!]))
            {
                if (outcome.Error is { } error)
                {
                    errors.WriteLine($"storyline: skipped {error.Origin}: {error.Problem}");
                    skipped++;
                    continue;
                }
                Article article;
                try
                {
                    article = cleaner.Clean(outcome.Document!);
                }
                // Input is untrusted: whatever one page does to the cleaner costs that page only.
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    errors.WriteLine($"storyline: skipped {outcome.Document!.Origin}: could not be cleaned: {ex.Message}");
                    skipped++;
                    continue;
                }
                if (article.Body.Length == 0)
                {
                    errors.WriteLine($"storyline: skipped {outcome.Document!.Origin}: no article text left after removing markup and boilerplate");
                    skipped++;
                    continue;
                }
                printed++;
                if (parse.GetValue(json))
                {
                    output.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = article.Id,
                        source_path = article.SourcePath,
                        headline = article.Headline,
                        outlet = article.Outlet,
                        byline = article.Byline,
                        dateline_place = article.DatelinePlace,
                        published = new { value = article.Published.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), basis = Storyline.Reports.JsonReportWriter.BasisName(article.Published.Basis), source = article.PublishedSource },
                        modified = article.Modified,
                        authors = article.Authors,
                        language = article.Language,
                        url = article.Url,
                        body = article.Body,
                    }, JsonLines));
                }
                else
                {
                    if (printed > 1)
                    {
                        output.WriteLine();
                    }
                    output.WriteLine($"# {article.Headline}");
                    output.WriteLine($"outlet: {article.Outlet ?? "-"} | byline: {article.Byline ?? "-"} | dateline: {article.DatelinePlace ?? "-"} | published: {article.Published.Value?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-"} ({Storyline.Reports.JsonReportWriter.BasisName(article.Published.Basis)})");
                    output.WriteLine();
                    output.WriteLine(article.Body);
                }
            }
            return skipped == 0 ? Ok : printed == 0 ? Failed : SomeInputsSkipped;
        });
        return command;
    }

    private static Command TimexCommand(TextWriter output, TextWriter errors, Func<Stream>? stdin)
    {
        var dct = new Option<string>("--dct") { Description = "Document creation time, YYYY-MM-DD: what relative expressions resolve against; 'none' for a text with no date of its own.", Required = true };
        var file = new Argument<string?>("file") { Description = "Text file to read; '-' or none reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "json: one JSON line per expression; timeml: the text as a TimeML document with TIMEX3 tags.", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "timeml");
        var command = new Command("timex", "Print the time expressions in a text as JSON lines (start, end, text, type, value), offsets into the text as read; or the text as TimeML.") { dct, format, file };
        command.SetAction(parse =>
        {
            DateOnly? date = null;
            if (parse.GetValue(dct) is not "none")
            {
                if (!DateOnly.TryParseExact(parse.GetValue(dct), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
                {
                    errors.WriteLine("storyline: --dct must be a date like 2025-12-11, or none");
                    return Failed;
                }
                date = day;
            }
            var path = parse.GetValue(file);
            if (ReadText(path, stdin, errors) is not { } text)
            {
                return Failed;
            }
            var times = new TimexTagger().Tag(text, date);
            if (parse.GetValue(format) == "timeml")
            {
                output.Write(TimeMlWriter.Write(path is null or "-" ? "stdin" : Path.GetFileNameWithoutExtension(path), text, date, times));
                return Ok;
            }
            foreach (var t in times)
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    start = t.Span.Start,
                    end = t.Span.End,
                    text = t.Text,
                    type = t.Type.ToString().ToUpperInvariant(),
                    value = t.Value,
                    anchor = t.Anchor?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    confidence = t.Confidence,
                    mod = t.Mod,
                }, JsonLines));
            }
            return Ok;
        });
        return command;
    }

    /// <summary>
    /// A text file or standard input, decoded as analyze decodes a plain-text file: a binary file, or one over
    /// analyze's size limit, is one error line naming it (and null) instead of a silent or unbounded read.
    /// </summary>
    private static string? ReadText(string? path, Func<Stream>? stdin, TextWriter errors)
    {
        var name = path is null or "-" ? "-" : path;
        try
        {
            using var source = path is null or "-" ? stdin?.Invoke() ?? Console.OpenStandardInput() : File.OpenRead(path);
            var bytes = Storyline.Ingest.InputReader.ReadCapped(source, new Storyline.Ingest.InputReaderOptions().MaxFileBytes, out var problem);
            var text = bytes is null ? null : Storyline.Ingest.TextDecoder.Decode(bytes, null, out problem);
            if (text is null)
            {
                errors.WriteLine($"storyline: {name}: {problem}");
            }
            return text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.WriteLine($"storyline: {name}: {ex.Message}");
            return null;
        }
    }

    private static Command NerCommand(TextWriter output, TextWriter errors, Func<Stream>? stdin)
    {
        var conll = new Option<bool>("--conll") { Description = "Read CoNLL lines (token first) and print each with one more column, the predicted IOB2 tag (PER, ORG, LOC, MISC)." };
        var file = new Argument<string?>("file") { Description = "File to read; '-' or none reads standard input.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("ner", "Print the named entities in a text as JSON lines (start, end, text, type), offsets into the text as read; or tag CoNLL lines with --conll.") { conll, file };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file);
            var tagger = new Storyline.Language.Ner.NerTagger();
            if (parse.GetValue(conll))
            {
                // CoNLL input is read a line at a time, so it needs no size limit.
                try
                {
                    using var owned = path is null or "-" ? null : new StreamReader(path);
                    tagger.TagConll(owned ?? (stdin is null ? Console.In : new StreamReader(stdin())), output);
                    return Ok;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    errors.WriteLine($"storyline: {path}: {ex.Message}");
                    return Failed;
                }
            }
            if (ReadText(path, stdin, errors) is not { } text)
            {
                return Failed;
            }
            foreach (var e in tagger.Recognize(text))
            {
                output.WriteLine(JsonSerializer.Serialize(new
                {
                    start = e.Span.Start,
                    end = e.Span.End,
                    text = e.Text,
                    type = Storyline.Reports.JsonReportWriter.TypeName(e.Type),
                    conll = e.ConllType,
                }, JsonLines));
            }
            return Ok;
        });
        return command;
    }

    private static Command EntitiesCommand(TextWriter output, TextWriter errors)
    {
        var db = new Option<string>("--db") { Description = "The SQLite file or PostgreSQL URL an earlier 'analyze --db' filled.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per entity instead of a table." };
        var command = new Command("entities", "List a corpus's canonical entities with type, aliases and article counts, most mentioned first.") { db, json };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            if (!StoryStores.IsPostgresUrl(path) && !File.Exists(path))
            {
                errors.WriteLine($"storyline: {path}: no such database");
                return Failed;
            }
            try
            {
                using var store = StoryStores.Open(path);
                var entities = new Storyline.Analysis.Entities.EntityResolver().Resolve(new StorylinePipeline().LoadCurrent(store).Articles).Entities;
                if (parse.GetValue(json))
                {
                    foreach (var e in entities)
                    {
                        output.WriteLine(JsonSerializer.Serialize(new { id = e.Id, name = e.Name, type = Storyline.Reports.JsonReportWriter.TypeName(e.Type), aliases = e.Aliases, articles = e.ArticleIds.Count }, JsonLines));
                    }
                    return Ok;
                }
                output.WriteLine($"{"ARTICLES",8}  {"TYPE",-7} {"NAME",-32} ALIASES");
                foreach (var e in entities)
                {
                    output.WriteLine($"{e.ArticleIds.Count,8}  {Storyline.Reports.JsonReportWriter.TypeName(e.Type),-7} {e.Name,-32} {string.Join("; ", e.Aliases)}");
                }
                return Ok;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException or StoryStoreException)
            {
                errors.WriteLine($"storyline: {ex.Message}");
                return Failed;
            }
        });
        return command;
    }

    private static Command TimelineCommand(TextWriter output, TextWriter errors)
    {
        var db = new Option<string>("--db") { Description = "The SQLite file or PostgreSQL URL an earlier 'analyze --db' filled.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per entry (date, text, event_id, sources) instead of a table." };
        var from = new Option<string?>("--from") { Description = "Only entries whose dates reach this day or later (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only entries whose dates begin on this day or earlier (YYYY-MM-DD)." };
        var command = new Command("timeline", "Print a corpus's timeline: dated events and starts of processes in calendar order, with the files that date them.") { db, json, from, to };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(db)!;
            DateOnly? first = null, last = null;
            foreach (var (value, name) in new[] { (parse.GetValue(from), "--from"), (parse.GetValue(to), "--to") })
            {
                if (value is null)
                {
                    continue;
                }
                if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    errors.WriteLine($"storyline: {name} must be a date like 2025-12-11");
                    return UsageError;
                }
                if (name == "--from")
                {
                    first = day;
                }
                else
                {
                    last = day;
                }
            }
            if (!StoryStores.IsPostgresUrl(path) && !File.Exists(path))
            {
                errors.WriteLine($"storyline: {path}: no such database");
                return Failed;
            }
            try
            {
                using var store = StoryStores.Open(path);
                var pipeline = new StorylinePipeline();
                var articles = pipeline.LoadCurrent(store).Articles;
                var files = articles.ToDictionary(a => a.Article.Id, a => Path.GetFileName(a.Article.SourcePath), StringComparer.Ordinal);
                var graph = pipeline.Analyze(articles);
                // Entries are kept when their range meets the window: "2025-12" is in a window from 2025-12-11.
                var shown = graph.Timeline
                    .Where(entry => TimexRange.TryParse(entry.Date, out var range) && !(first is { } f && range.End < f) && !(last is { } l && range.Start > l))
                    .ToList();
                // The date column is as wide as its widest date ("2026-01-13 morning"), so the texts line up.
                var width = shown.Select(entry => Storyline.Reports.ReadableDate.Of(entry.Date).Length).DefaultIfEmpty(0).Max();
                foreach (var entry in shown)
                {
                    var sources = entry.Citations.Select(c => files.GetValueOrDefault(c.ArticleId, c.ArticleId)).Distinct(StringComparer.Ordinal).ToList();
                    output.WriteLine(parse.GetValue(json)
                        ? JsonSerializer.Serialize(new { date = entry.Date, when = Storyline.Reports.ReadableDate.Of(entry.Date), text = entry.Text, event_id = entry.EventId, sources }, JsonLines)
                        : $"{Storyline.Reports.ReadableDate.Of(entry.Date).PadRight(width)}  {entry.Text}  [{string.Join(", ", sources)}]");
                }
                return Ok;
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Data.Common.DbException or StoryStoreException)
            {
                errors.WriteLine($"storyline: {ex.Message}");
                return Failed;
            }
        });
        return command;
    }

    /// <summary>Standard input handed in by a host: the reader disposes what it opens, but this stream is the host's.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => inner.CanRead;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    /// <summary>Reports progress on the calling thread (Progress&lt;T&gt; would post to the thread pool and lag).</summary>
    private sealed class SynchronousProgress(Action<PipelineProgress> report) : IProgress<PipelineProgress>
    {
        public void Report(PipelineProgress value) => report(value);
    }
}
