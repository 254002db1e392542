using System.Globalization;
using System.Text;
using System.Xml;
using Storyline.Model;

namespace Storyline.Time;

/// <summary>
/// Writes a text and its time expressions as a TimeML document (TIMEX3 tags inline in TEXT, the DCT in DCT),
/// the format TempEval-3's scorer and other TimeML tools read. The text inside TEXT is the input character for
/// character, so tag offsets are the expressions' offsets: carriage returns are written as character references
/// (a reader would otherwise fold CR LF to LF), and a character XML cannot hold (a control character, a lone
/// surrogate) is written as U+FFFD, one character for one.
/// </summary>
public static class TimeMlWriter
{
    /// <summary>The TimeML document; with no <paramref name="documentDate"/> it has no DCT element.</summary>
    public static string Write(string documentId, string text, DateOnly? documentDate, IReadOnlyList<TimeExpression> times)
    {
        ArgumentNullException.ThrowIfNull(documentId);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(times);
        // The declaration is written by hand: a writer over a StringBuilder would declare UTF-16.
        var builder = new StringBuilder(text.Length + (times.Count * 64) + 256).Append("<?xml version=\"1.0\" ?>\n");
        var settings = new XmlWriterSettings { NewLineHandling = NewLineHandling.Entitize, OmitXmlDeclaration = true, Indent = false, ConformanceLevel = ConformanceLevel.Fragment };
        using (var writer = XmlWriter.Create(builder, settings))
        {
            writer.WriteStartElement("TimeML");
            writer.WriteString("\n");
            writer.WriteElementString("DOCID", XmlSafe(documentId));
            writer.WriteString("\n");
            if (documentDate is { } day)
            {
                writer.WriteStartElement("DCT");
                var dct = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                WriteTimex(writer, "t0", "DATE", dct, null, "CREATION_TIME", dct);
                writer.WriteEndElement();
                writer.WriteString("\n");
            }
            writer.WriteStartElement("TEXT");
            var at = 0;
            var id = 1;
            foreach (var t in times.OrderBy(t => t.Span.Start))
            {
                if (t.Span.Start < at || t.Span.End > text.Length)
                {
                    continue;
                }
                writer.WriteString(XmlSafe(text[at..t.Span.Start]));
                WriteTimex(writer, "t" + id.ToString(CultureInfo.InvariantCulture), t.Type.ToString().ToUpperInvariant(), t.Value, t.Mod, "NONE",
                    XmlSafe(text[t.Span.Start..t.Span.End]));
                id++;
                at = t.Span.End;
            }
            writer.WriteString(XmlSafe(text[at..]));
            writer.WriteEndElement();
            writer.WriteString("\n");
            writer.WriteEndElement();
        }
        return builder.Append('\n').ToString();
    }

    private static void WriteTimex(XmlWriter writer, string id, string type, string value, string? mod, string function, string surface)
    {
        writer.WriteStartElement("TIMEX3");
        writer.WriteAttributeString("tid", id);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("value", value);
        if (mod is not null)
        {
            writer.WriteAttributeString("mod", mod);
        }
        writer.WriteAttributeString("functionInDocument", function);
        writer.WriteString(surface);
        writer.WriteEndElement();
    }

    /// <summary>The text with every character XML 1.0 cannot hold replaced by U+FFFD, keeping its length.</summary>
    private static string XmlSafe(string text)
    {
        char[]? chars = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]) || !XmlConvert.IsXmlChar(text[i]))
            {
                chars ??= text.ToCharArray();
                chars[i] = '\uFFFD';
            }
        }
        return chars is null ? text : new string(chars);
    }
}
