using System.Globalization;
using System.Net;
using System.Text;
using Storyline.Model;

namespace Storyline.Reports;

/// <summary>
/// Writes report.html: one self-contained page (no scripts, no outside resources) with stories,
/// timeline, events and their cited summaries, quotes, numbers, disagreements, entities and
/// sources. Every piece of article text is HTML-encoded; every citation links to its source.
/// </summary>
public sealed class HtmlReportWriter
{
    private const string Style = """
        body{font:15px/1.5 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem;color:#1d1d1f}
        h1{margin-bottom:.2rem}h2{border-bottom:2px solid #ddd;padding-bottom:.2rem;margin-top:2.5rem}
        .muted{color:#666}.tag{display:inline-block;background:#eef;border-radius:4px;padding:0 .4rem;font-size:.8rem;margin-right:.3rem}
        .bg{background:#f3f3f3}.warn{background:#fff4e5;border-left:4px solid #f90;padding:.4rem .8rem;margin:.4rem 0}
        table{border-collapse:collapse;width:100%;margin:.5rem 0}td,th{border-bottom:1px solid #e3e3e3;padding:.3rem .5rem;text-align:left;vertical-align:top}
        blockquote{margin:.4rem 0 .4rem 1rem;padding-left:.8rem;border-left:3px solid #ccd}
        a.cite{font-size:.8rem;text-decoration:none;background:#f0f4ff;border-radius:3px;padding:0 .25rem;margin-left:.2rem}
        .event{border:1px solid #e3e3e3;border-radius:6px;padding:.6rem 1rem;margin:.8rem 0}
        details{margin:.3rem 0}summary{cursor:pointer}.body p{margin:.3rem 0}
        """;

    public string Render(StoryGraph graph)
    {
        var view = new ReportView(graph);
        var h = new StringBuilder();
        h.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">");
        h.Append("<title>Storyline report</title><style>").Append(Style).Append("</style></head><body>\n");
        h.Append("<h1>Storyline report</h1>");
        h.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">{graph.Articles.Count} articles · {graph.Events.Count} events in {graph.Stories.Count} stories · {graph.Entities.Count} entities · {graph.Quotes.Count} quotes · {graph.Claims.Count} numbers · {graph.Contradictions.Count} contradictions</p>\n");
        h.Append("<nav><a href=\"#stories\">Stories</a> · <a href=\"#timeline\">Timeline</a> · <a href=\"#events\">Events</a> · <a href=\"#quotes\">Who said what</a> · <a href=\"#numbers\">Numbers</a> · <a href=\"#disagreements\">Disagreements</a> · <a href=\"#entities\">Entities</a> · <a href=\"#sources\">Sources</a></nav>\n");

        h.Append("<h2 id=\"stories\">Stories</h2>\n");
        foreach (var story in graph.Stories)
        {
            h.Append(CultureInfo.InvariantCulture, $"<h3>{E(story.Title)}</h3><ul>");
            foreach (var id in story.EventIds)
            {
                if (view.Event(id) is { } e)
                {
                    h.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{E(e.Id)}\">{E(e.Title)}</a> <span class=\"muted\">{E(DateText(e))}</span>{(e.IsBackground ? " <span class=\"tag\">background</span>" : "")}{(e.IsScheduled ? " <span class=\"tag\">scheduled</span>" : "")}</li>");
                }
            }
            h.Append("</ul>\n");
        }

        h.Append("<h2 id=\"timeline\">Timeline</h2>\n<table><tr><th>Date</th><th>What</th><th>Sources</th></tr>");
        foreach (var entry in graph.Timeline)
        {
            var title = entry.EventId is null ? E(entry.Text) : $"<a href=\"#{E(entry.EventId)}\">{E(entry.Text)}</a>";
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(ReadableDate.Of(entry.Date))}</td><td>{title}</td><td>{Cites(view, entry.Citations)}</td></tr>");
        }
        h.Append("</table>\n");

        h.Append("<h2 id=\"events\">Events</h2>\n");
        foreach (var e in graph.Events)
        {
            h.Append(CultureInfo.InvariantCulture, $"<div class=\"event{(e.IsBackground ? " bg" : "")}\" id=\"{E(e.Id)}\"><h3>{E(e.Title)}</h3>");
            h.Append(CultureInfo.InvariantCulture, $"<p><span class=\"tag\">{E(e.Type)}</span><span class=\"tag\">{E(e.Mode)}</span>{(e.IsBackground ? "<span class=\"tag\">background</span>" : "")}{(e.IsScheduled ? "<span class=\"tag\">scheduled</span>" : "")} {E(DateText(e))}");
            if (e.Date is { } d)
            {
                h.Append(Cites(view, d.Citations));
            }
            h.Append("</p>");
            if (e.Date is { Disagreements.Count: > 0 } date)
            {
                h.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\">Sources disagree on the date: {E(string.Join("; ", date.Disagreements))}</p>");
            }
            h.Append(CultureInfo.InvariantCulture, $"<p>Actors: {E(string.Join(", ", e.ActorIds.Select(view.EntityName)))}<br>Reported by: {string.Join(" ", e.ArticleIds.Select(id => SourceLink(view, id)))}</p>");
            foreach (var sentence in e.Summary)
            {
                h.Append(CultureInfo.InvariantCulture, $"<blockquote>{E(sentence.Text)}{Cite(view, sentence.Citation)}</blockquote>");
            }
            h.Append("</div>\n");
        }

        h.Append("<h2 id=\"quotes\">Who said what</h2>\n<table><tr><th>Speaker</th><th>Quote</th><th>Sources</th></tr>");
        foreach (var q in graph.Quotes)
        {
            var cites = Cite(view, new Citation(q.ArticleId, q.Start, q.End)) + Cites(view, q.AlsoIn);
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(q.SpeakerName ?? "unattributed")}<br><span class=\"muted\">{E(q.Kind)}</span></td><td>{(q.Kind == "indirect" ? E(q.Text) : $"“{E(q.Text)}”")}</td><td>{cites}</td></tr>");
        }
        h.Append("</table>\n");

        h.Append("<h2 id=\"numbers\">Numbers reported</h2>\n<table><tr><th>Figure</th><th>About</th><th>Sources</th></tr>");
        foreach (var c in graph.Claims)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(c.Text)}</td><td>{E(c.About)}</td><td>{Cites(view, c.Citations)}</td></tr>");
        }
        h.Append("</table>\n");

        h.Append("<h2 id=\"disagreements\">Where sources disagree</h2>\n");
        if (graph.Contradictions.Count == 0)
        {
            h.Append("<p class=\"muted\">No contradictions found.</p>");
        }
        foreach (var c in graph.Contradictions)
        {
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"warn\">{E(view.WithLabels(c.Description))}{Cites(view, c.Citations)}</p>");
        }

        h.Append("<h2 id=\"entities\">People, organizations and places</h2>\n<table><tr><th>Name</th><th>Type</th><th>Also called</th><th>Sources</th></tr>");
        foreach (var entity in graph.Entities)
        {
            h.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(entity.Name)}</td><td>{JsonReportWriter.TypeName(entity.Type)}</td><td>{E(string.Join(", ", entity.Aliases))}</td><td>{string.Join(" ", entity.ArticleIds.Select(id => SourceLink(view, id)))}</td></tr>");
        }
        h.Append("</table>\n");

        h.Append("<h2 id=\"sources\">Sources</h2>\n");
        foreach (var record in graph.Articles)
        {
            var a = record.Article;
            h.Append(CultureInfo.InvariantCulture, $"<details id=\"{E(a.Id)}\"><summary><b>[{view.Label(a.Id)}]</b> {E(a.Headline)}</summary>");
            h.Append(CultureInfo.InvariantCulture, $"<p class=\"muted\">Outlet: {E(a.Outlet ?? "unknown")} · Byline: {E(a.Byline ?? "none")} · Dateline: {E(a.DatelinePlace ?? "none")} · Published: {E(ReportView.Published(a))} · File: {E(a.SourcePath)}");
            if (record.DuplicateOf is { } original)
            {
                h.Append(CultureInfo.InvariantCulture, $" · {(record.IsRevision ? "Revision of" : "Reprint of")} {SourceLink(view, original)}");
            }
            h.Append("</p><div class=\"body\">");
            foreach (var paragraph in a.Paragraphs)
            {
                h.Append(CultureInfo.InvariantCulture, $"<p>{E(paragraph.Of(a.Body))}</p>");
            }
            h.Append("</div></details>\n");
        }
        h.Append("</body></html>\n");
        return h.ToString();
    }

    private static string DateText(StoryEvent e) =>
        e.Date is { } d ? $"{ReadableDate.Of(d.Value)}{ReportView.Lasting(d)} (confidence {ReportView.Confidence(d.Confidence)})" : "undated";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string SourceLink(ReportView view, string articleId) =>
        $"<a class=\"cite\" href=\"#{E(articleId)}\">{E(view.Label(articleId))}</a>";

    private static string Cite(ReportView view, Citation citation) =>
        $"<a class=\"cite\" href=\"#{E(citation.ArticleId)}\" title=\"{E(view.CitedText(citation))}\">{E(view.Label(citation.ArticleId))}:{citation.Start}–{citation.End}</a>";

    private static string Cites(ReportView view, IEnumerable<Citation> citations) =>
        string.Concat(citations.Select(c => Cite(view, c)));
}
