using System.Globalization;
using System.Text;
using Storyline.Model;

namespace Storyline.Reports;

/// <summary>Writes report.md: the same story graph as a Markdown document with source labels [S1], [S2]...</summary>
public sealed class MarkdownReportWriter
{
    public string Render(StoryGraph graph)
    {
        var view = new ReportView(graph);
        var md = new StringBuilder();
        md.Append("# Storyline report\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{graph.Articles.Count} articles, {graph.Events.Count} events in {graph.Stories.Count} stories, {graph.Entities.Count} entities, {graph.Quotes.Count} quotes, {graph.Claims.Count} numbers, {graph.Contradictions.Count} contradictions.\n\n");

        md.Append("## Stories\n\n");
        foreach (var story in graph.Stories)
        {
            md.Append(CultureInfo.InvariantCulture, $"### {Escape(story.Title)}\n\n");
            foreach (var id in story.EventIds)
            {
                if (view.Event(id) is { } e)
                {
                    md.Append(CultureInfo.InvariantCulture, $"- {DateText(e)} — {Escape(e.Title)}{(e.IsBackground ? " (background)" : "")}{(e.IsScheduled ? " (scheduled)" : "")} {Sources(view, e.ArticleIds)}\n");
                }
            }
            md.Append('\n');
        }

        md.Append("## Timeline\n\n| Date | What | Sources |\n|---|---|---|\n");
        foreach (var entry in graph.Timeline)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {ReadableDate.Of(entry.Date)} | {Escape(entry.Text)} | {Sources(view, entry.Citations.Select(c => c.ArticleId))} |\n");
        }
        md.Append('\n');

        md.Append("## Events\n\n");
        foreach (var e in graph.Events.Where(e => !e.IsBackground))
        {
            md.Append(CultureInfo.InvariantCulture, $"### {Escape(e.Title)}\n\n");
            md.Append(CultureInfo.InvariantCulture, $"- Type: {e.Type} / {e.Mode}\n- Date: {DateText(e)}{DateSources(view, e)}\n");
            if (e.IsScheduled)
            {
                md.Append("- Scheduled: the date is later than every report of it; it had not happened when they were written\n");
            }
            if (e.Date is { Disagreements.Count: > 0 } date)
            {
                md.Append(CultureInfo.InvariantCulture, $"- Sources disagree on the date: {Escape(string.Join("; ", date.Disagreements))}\n");
            }
            md.Append(CultureInfo.InvariantCulture, $"- Actors: {Escape(string.Join(", ", e.ActorIds.Select(view.EntityName)))}\n");
            md.Append(CultureInfo.InvariantCulture, $"- Reported by: {Sources(view, e.ArticleIds)}\n\n");
            foreach (var sentence in e.Summary)
            {
                md.Append(CultureInfo.InvariantCulture, $"> {Escape(sentence.Text)} [{view.Label(sentence.Citation.ArticleId)}:{sentence.Citation.Start}-{sentence.Citation.End}]\n>\n");
            }
            md.Append('\n');
        }

        md.Append("## Who said what\n\n");
        foreach (var q in graph.Quotes)
        {
            var also = q.AlsoIn.Count == 0 ? "" : $", also in {Sources(view, q.AlsoIn.Select(c => c.ArticleId))}";
            // Reported speech is not the speaker's own words: no quote marks.
            var words = q.Kind == "indirect" ? $"(reported) {Escape(q.Text)}" : $"“{Escape(q.Text)}”";
            md.Append(CultureInfo.InvariantCulture, $"- **{Escape(q.SpeakerName ?? "unattributed")}**: {words} [{view.Label(q.ArticleId)}:{q.Start}-{q.End}]{also}\n");
        }
        md.Append('\n');

        md.Append("## Numbers reported\n\n| Figure | About | Sources |\n|---|---|---|\n");
        foreach (var c in graph.Claims)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(c.Text)} | {Escape(c.About)} | {Sources(view, c.Citations.Select(x => x.ArticleId))} |\n");
        }
        md.Append('\n');

        md.Append("## Where sources disagree\n\n");
        if (graph.Contradictions.Count == 0)
        {
            md.Append("No contradictions found.\n");
        }
        foreach (var c in graph.Contradictions)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {Escape(view.WithLabels(c.Description))} {Sources(view, c.Citations.Select(x => x.ArticleId))}\n");
        }
        md.Append('\n');

        md.Append("## People, organizations and places\n\n| Name | Type | Also called | Sources |\n|---|---|---|---|\n");
        foreach (var entity in graph.Entities)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Escape(entity.Name)} | {JsonReportWriter.TypeName(entity.Type)} | {Escape(string.Join(", ", entity.Aliases))} | {entity.ArticleIds.Count} |\n");
        }
        md.Append('\n');

        md.Append("## Sources\n\n| | Headline | Outlet | Byline | Dateline | Published | Reprint of | File |\n|---|---|---|---|---|---|---|---|\n");
        foreach (var record in graph.Articles)
        {
            var a = record.Article;
            var reprint = record.DuplicateOf is null ? "" : record.IsRevision ? view.Label(record.DuplicateOf) + " (revision)" : view.Label(record.DuplicateOf);
            md.Append(CultureInfo.InvariantCulture, $"| {view.Label(a.Id)} | {Escape(a.Headline)} | {Escape(a.Outlet ?? "")} | {Escape(a.Byline ?? "")} | {Escape(a.DatelinePlace ?? "")} | {ReportView.Published(a)} | {reprint} | {Escape(a.SourcePath)} |\n");
        }
        return md.ToString();
    }

    /// <summary>The words each source dates the event with, so a reader can check the date without opening the report's JSON.</summary>
    private static string DateSources(ReportView view, StoryEvent e) =>
        e.Date is not { Citations.Count: > 0 } date ? ""
        : ", from " + string.Join(", ", date.Citations.Select(c => $"“{Escape(view.CitedText(c))}” [{view.Label(c.ArticleId)}:{c.Start}-{c.End}]"));

    private static string DateText(StoryEvent e) => e.Date is { } d ? $"{ReadableDate.Of(d.Value)}{ReportView.Lasting(d)} (confidence {ReportView.Confidence(d.Confidence)})" : "undated";

    private static string Sources(ReportView view, IEnumerable<string> articleIds) =>
        string.Join(" ", articleIds.Distinct(StringComparer.Ordinal).Select(id => $"[{view.Label(id)}]"));

    /// <summary>Article text is untrusted: neutralize Markdown and HTML syntax so it renders as written.</summary>
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#')
            {
                builder.Append('\\');
            }
            builder.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return builder.ToString();
    }
}
