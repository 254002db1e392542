using System.Buffers;
using System.Text;

namespace Storyline.Ingest;

/// <summary>What the first bytes of an input say it is.</summary>
internal enum SniffedFormat
{
    Text,
    Html,
    Feed,
    JsonLines,
    Warc,
    Gzip,
}

/// <summary>
/// Tells formats apart by their first bytes, for inputs without a file name (standard input):
/// gzip magic, "WARC/", '{' for JSON Lines, '&lt;' for markup (a feed when the root element is
/// rss, feed or rdf:RDF, else HTML), anything else plain text.
/// </summary>
internal static class InputSniffer
{
    /// <summary>How many bytes <see cref="Sniff"/> wants to see (fewer is fine at the end of a short input).</summary>
    public const int HeadBytes = 4096;

    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\r\n/>");

    public static SniffedFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && head[0] == 0x1F && head[1] == 0x8B)
        {
            return SniffedFormat.Gzip;
        }

        var text = HeadText(head).AsSpan().TrimStart();
        if (text.StartsWith("WARC/", StringComparison.Ordinal))
        {
            return SniffedFormat.Warc;
        }

        if (text.StartsWith("{", StringComparison.Ordinal))
        {
            return SniffedFormat.JsonLines;
        }

        if (text.StartsWith("<", StringComparison.Ordinal))
        {
            return IsFeedRoot(text) ? SniffedFormat.Feed : SniffedFormat.Html;
        }

        return SniffedFormat.Text;
    }

    /// <summary>True when the markup's first element is a feed root (rss, feed, rdf:RDF).</summary>
    public static bool IsFeed(ReadOnlySpan<byte> head) => IsFeedRoot(HeadText(head).AsSpan().TrimStart());

    private static string HeadText(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF))
        {
            var encoding = head[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(head[2..(2 + ((head.Length - 2) & ~1))]);
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        // Markup names are ASCII; Latin-1 keeps one char per byte whatever the real encoding.
        return Encoding.Latin1.GetString(head);
    }

    private static bool IsFeedRoot(ReadOnlySpan<char> text)
    {
        while (text.StartsWith("<", StringComparison.Ordinal))
        {
            if (text.StartsWith("<?", StringComparison.Ordinal))
            {
                var end = text.IndexOf("?>", StringComparison.Ordinal);
                text = end < 0 ? [] : text[(end + 2)..].TrimStart();
                continue;
            }

            if (text.StartsWith("<!--", StringComparison.Ordinal))
            {
                var end = text.IndexOf("-->", StringComparison.Ordinal);
                text = end < 0 ? [] : text[(end + 3)..].TrimStart();
                continue;
            }

            if (text.StartsWith("<!", StringComparison.Ordinal))
            {
                // A DOCTYPE: an HTML one settles it, anything else is passed over.
                if (text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                var end = text.IndexOf('>');
                text = end < 0 ? [] : text[(end + 1)..].TrimStart();
                continue;
            }

            var name = text[1..];
            var stop = name.IndexOfAny(NameEnd);
            name = stop < 0 ? name : name[..stop];
            var colon = name.IndexOf(':');
            var local = colon >= 0 ? name[(colon + 1)..] : name;
            return local.SequenceEqual("rss") || local.SequenceEqual("feed") || local.SequenceEqual("RDF");
        }

        return false;
    }
}
