using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class TimexFromNowAndAnaphoraTests
{
    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;
    private static readonly DateOnly Dct = new(2025, 12, 10);

    [Theory]
    [InlineData("The reactor will be finished two weeks from now.", "two weeks from now", "DATE", "2025-W52")]
    [InlineData("Ask me again a year from now.", "a year from now", "DATE", "2026")]
    [InlineData("The envoy lands three days from today.", "three days from today", "DATE", "2025-12-13")]
    [InlineData("The rules take effect two months hence.", "two months hence", "DATE", "2026-02")]
    [InlineData("On Monday the vote was delayed; later in the day the speaker resigned.", "the day", "DATE", "2025-12-08")]
    [InlineData("Over the years, the harbour town grew into a city.", "the years", "DURATION", "PXY")]
    [InlineData("The years of plenty ended in a drought.", "", "", "")]
    public void From_now_and_anaphoric_day_and_years(string text, string expression, string type, string value)
    {
        var found = Tagger.Tag(text, Dct);
        if (expression.Length == 0)
        {
            Assert.Empty(found);
            return;
        }

        var match = Assert.Single(found, t => t.Text == expression);
        Assert.Equal(type, match.Type.ToString().ToUpperInvariant());
        Assert.Equal(value, match.Value);
    }

    [Fact]
    public void The_day_alone_is_not_a_date()
    {
        Assert.Empty(Tagger.Tag("At the end of the day, the plan is sound, and the day belongs to them.", Dct));
    }

    [Property]
    public void N_days_from_now_is_the_document_date_plus_N_days(PositiveInt n)
    {
        var days = 1 + (n.Get % 400);
        var match = Assert.Single(Tagger.Tag(string.Create(CultureInfo.InvariantCulture, $"The panel reports {days} days from now."), Dct));
        Assert.Equal(Dct.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), match.Value);
    }
}
