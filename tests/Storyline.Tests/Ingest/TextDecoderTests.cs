using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public sealed class TextDecoderTests
{
    [Fact]
    public void Smart_quotes_in_windows_1252_mislabelled_as_utf8_become_typographic_quotes()
    {
        byte[] bytes = [.. "The mayor called it "u8, 0x93, .. "fair"u8, 0x94, .. " and "u8, 0x96, .. " twice"u8, 0x85];

        Assert.Equal("The mayor called it \u201Cfair\u201D and \u2013 twice\u2026", TextDecoder.Decode(bytes, out _));
    }

    [Fact]
    public void Valid_utf8_around_a_stray_1252_byte_is_kept_as_utf8()
    {
        byte[] bytes = [.. "Caf\u00E9 \u201Copen\u201D "u8, 0xE9, .. "t\u00E9"u8];

        Assert.Equal("Caf\u00E9 \u201Copen\u201D \u00E9t\u00E9", TextDecoder.Decode(bytes, out _));
    }

    [Theory]
    [InlineData("windows-1252")]
    [InlineData("iso-8859-1")]
    [InlineData("ISO8859-1")]
    [InlineData("us-ascii")]
    public void Latin_1_labels_decode_as_windows_1252_as_browsers_do(string label)
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, 0x20, 0x93, .. "ok"u8, 0x94];

        Assert.Equal("Caf\u00E9 \u201Cok\u201D", TextDecoder.Decode(bytes, label, out _));
    }

    [Fact]
    public void A_legacy_label_on_bytes_that_are_clearly_utf8_is_not_believed()
    {
        var bytes = Encoding.UTF8.GetBytes("Caf\u00E9 \u201Copen\u201D");

        Assert.Equal("Caf\u00E9 \u201Copen\u201D", TextDecoder.Decode(bytes, "iso-8859-1", out _));
    }

    [Fact]
    public void A_byte_order_mark_wins_over_a_declared_charset()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("\u00E9t\u00E9")];

        Assert.Equal("\u00E9t\u00E9", TextDecoder.Decode(bytes, "windows-1251", out _));
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1251\">", "windows-1251")]
    [InlineData("<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-2\">", "ISO-8859-2")]
    [InlineData("<meta charset=utf-8>", "utf-8")]
    [InlineData("<p>no meta</p>", null)]
    public void Meta_charset_is_found_in_the_page_head(string head, string? expected)
    {
        Assert.Equal(expected, TextDecoder.MetaCharsetOf(Encoding.ASCII.GetBytes("<html><head>" + head + "</head>")));
    }

    [Theory]
    [InlineData("text/html; charset=ISO-8859-1", "ISO-8859-1")]
    [InlineData("text/html;charset=\"utf-8\"", "utf-8")]
    [InlineData("text/html", null)]
    [InlineData(null, null)]
    public void The_charset_of_a_content_type_is_read(string? contentType, string? expected)
    {
        Assert.Equal(expected, TextDecoder.CharsetOf(contentType));
    }

    [Fact]
    public void An_unknown_label_is_ignored()
    {
        Assert.Equal("plain", TextDecoder.Decode("plain"u8, "x-no-such-charset", out _));
    }

    [Property(MaxTest = 300)]
    public bool Any_bytes_decode_to_valid_unicode_or_give_a_reason(byte[] bytes, bool declareLatin1)
    {
        var text = TextDecoder.DecodeHtml(bytes, declareLatin1 ? "iso-8859-1" : null, out var problem);
        return text is null ? !string.IsNullOrEmpty(problem) : IsValidUtf16(text);
    }

    [Property(MaxTest = 300)]
    public bool Valid_utf8_text_round_trips(NonNull<string> value)
    {
        var text = value.Get.Replace("\0", string.Empty, StringComparison.Ordinal);
        if (!IsValidUtf16(text))
        {
            return true;
        }

        return TextDecoder.Decode(Encoding.UTF8.GetBytes(text), out _) == text;
    }

    private static bool IsValidUtf16(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
