using System.Globalization;
using System.Text;
using System.Xml;
using Storyline.Eval.Metrics;
using Storyline.Model;

namespace Storyline.Eval;

/// <summary>A TimeML document: its creation date, the plain text of TEXT and the gold TIMEX3s with spans into it.</summary>
public sealed record TimeMlDocument(string Id, DateOnly? CreationDate, string Text, IReadOnlyList<TimexMention> Gold);

/// <summary>
/// Reads TimeML (TempEval-3 .tml). The text is every character inside TEXT with all tags removed and
/// entities decoded (the XML reader does both, and turns CR LF into LF as XML requires); each TIMEX3
/// inside TEXT becomes a gold mention over the characters it encloses.
/// </summary>
public static class TimeMlReader
{
    public static TimeMlDocument Read(string id, string xml)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        using var reader = XmlReader.Create(new StringReader(xml), settings);
        var text = new StringBuilder();
        var gold = new List<TimexMention>();
        DateOnly? dct = null;
        bool inText = false, inDct = false;
        (int Start, string Type, string Value, string? Mod)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "DCT":
                    inDct = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inDct && dct is null:
                    dct = ParseDate(reader.GetAttribute("value"));
                    break;
                case XmlNodeType.Element when reader.LocalName == "TIMEX3" && inText && !reader.IsEmptyElement:
                    if (open is not null)
                    {
                        throw new InvalidDataException($"{id}: nested TIMEX3 at line {LineOf(reader)}");
                    }
                    open = (text.Length, reader.GetAttribute("type") ?? string.Empty, reader.GetAttribute("value") ?? string.Empty, reader.GetAttribute("mod") is { Length: > 0 } mod ? mod : null);
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "TIMEX3" && inText && open is { } o:
                    gold.Add(new TimexMention(TextSpan.FromBounds(o.Start, text.Length), o.Type, o.Value, o.Mod));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
                default:
                    break;
            }
        }
        return new TimeMlDocument(id, dct, text.ToString(), gold);
    }

    public static TimeMlDocument ReadFile(string path) =>
        Read(Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));

    /// <summary>The first ten characters of a TIMEX3 value as yyyy-MM-dd, else null.</summary>
    public static DateOnly? ParseDate(string? value) =>
        value is { Length: >= 10 }
        && DateOnly.TryParseExact(value.AsSpan(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    private static int LineOf(XmlReader reader) => reader is IXmlLineInfo info ? info.LineNumber : 0;
}
