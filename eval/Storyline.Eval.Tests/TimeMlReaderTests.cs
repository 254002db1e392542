using Storyline.Eval;
using Storyline.Model;

namespace Storyline.Eval.Tests;

public class TimeMlReaderTests
{
    // Written for this test: a made-up wire story about a fictional port.
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>TEST0001</DOCID>
        <DCT><TIMEX3 tid="t0" type="DATE" value="2031-03-14T09:30" functionInDocument="CREATION_TIME">20310314</TIMEX3></DCT>
        <TITLE>Port of Velmar</TITLE>
        <TEXT>
        Dock workers in Velmar <EVENT eid="e1" class="OCCURRENCE">walked</EVENT> out <TIMEX3 tid="t1" type="DATE" value="2031-03-13">yesterday</TIMEX3> &amp; said the strike would <EVENT eid="e2" class="OCCURRENCE">last</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="EQUAL_OR_MORE">two weeks</TIMEX3> <SIGNAL sid="s1">after</SIGNAL> &quot;talks&quot; failed <TIMEX3 tid="t3" type="SET" value="P1D" quant="EVERY">every day</TIMEX3>.
        </TEXT>
        </TimeML>
        """;

    private static readonly string ExpectedText =
        "\nDock workers in Velmar walked out yesterday & said the strike would last two weeks after \"talks\" failed every day.\n";

    [Fact]
    public void Tags_inside_TEXT_are_stripped_and_entities_decoded()
    {
        var doc = TimeMlReader.Read("TEST0001", Sample);

        Assert.Equal(ExpectedText, doc.Text);
    }

    [Fact]
    public void Gold_TIMEX3_offsets_point_at_their_surface_in_the_plain_text()
    {
        var doc = TimeMlReader.Read("TEST0001", Sample);

        Assert.Equal(3, doc.Gold.Count);
        Assert.Equal(["yesterday", "two weeks", "every day"], doc.Gold.Select(g => g.Span.Of(doc.Text)));
        Assert.Equal(TextSpan.FromBounds(35, 44), doc.Gold[0].Span); // 1 newline + "Dock workers in Velmar walked out " (34)
        Assert.Equal(["DATE", "DURATION", "SET"], doc.Gold.Select(g => g.Type));
        Assert.Equal(["2031-03-13", "P2W", "P1D"], doc.Gold.Select(g => g.Value));
        Assert.Equal([null, "EQUAL_OR_MORE", null], doc.Gold.Select(g => g.Mod));
    }

    [Fact]
    public void The_creation_date_is_the_first_ten_characters_of_the_DCT_value_and_is_not_a_gold_mention()
    {
        var doc = TimeMlReader.Read("TEST0001", Sample);

        Assert.Equal(new DateOnly(2031, 3, 14), doc.CreationDate);
        Assert.DoesNotContain(doc.Gold, g => g.Value.StartsWith("2031-03-14", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1998-01-08", 1998, 1, 8)]
    [InlineData("1998-01-08T14:00", 1998, 1, 8)]
    public void A_DCT_value_gives_its_date(string value, int year, int month, int day)
    {
        Assert.Equal(new DateOnly(year, month, day), TimeMlReader.ParseDate(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1998-01")]
    [InlineData("PRESENT_REF")]
    public void A_DCT_value_that_is_not_a_full_date_gives_none(string? value)
    {
        Assert.Null(TimeMlReader.ParseDate(value));
    }
}
