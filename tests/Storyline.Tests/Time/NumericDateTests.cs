using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class NumericDateTests
{
    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;
    private static readonly DateOnly Dct = new(2025, 12, 12);

    [Theory]
    [InlineData("The contract was signed on 25/12/2024.", "25/12/2024", "2024-12-25")]
    [InlineData("The contract was signed on 12/25/2024.", "12/25/2024", "2024-12-25")]
    [InlineData("The hearing opened on 11.12.2025 in the capital.", "11.12.2025", "2025-12-11")]
    [InlineData("The filing is dated 2025/12/01.", "2025/12/01", "2025-12-01")]
    [InlineData("Prices were set on 30/6/98 by the board.", "30/6/98", "1998-06-30")]
    [InlineData("The memo of 1/7/25 was leaked.", "1/7/25", "2025-07-01")]
    public void Numeric_dates_are_read_whichever_way_round_only_one_reading_fits(string text, string expression, string value)
    {
        var match = Assert.Single(Tagger.Tag(text, Dct), t => t.Text == expression);
        Assert.Equal(value, match.Value);
    }

    [Theory]
    [InlineData("2025-12-12", "The ministry wrote on 12/11/2025.", "2025-12-11")]
    [InlineData("2025-11-13", "The ministry wrote on 12/11/2025.", "2025-11-12")]
    [InlineData("2026-01-06", "The ministry wrote on 4/1/2026.", "2026-01-04")]
    [InlineData("2026-04-02", "The ministry wrote on 4/1/2026.", "2026-04-01")]
    public void A_date_that_reads_both_ways_takes_the_reading_nearer_the_document_date(string dct, string text, string value)
    {
        var match = Assert.Single(Tagger.Tag(text, DateOnly.Parse(dct, CultureInfo.InvariantCulture)));
        Assert.Equal(value, match.Value);
        Assert.True(match.Confidence < 1.0);
    }

    [Theory]
    [InlineData("Read it at example.org/news/2025/12/11/talks now.", "now")]
    [InlineData("Upgrade to release 2.10.3 before Friday.", "Friday")]
    [InlineData("The score was 1/2/3/4 in the final rounds.")]
    [InlineData("Mix 3/4 cup of flour.")]
    public void Paths_versions_and_fractions_are_not_dates(string text, params string[] expected)
    {
        Assert.Equal(expected, Tagger.Tag(text, Dct).Select(t => t.Text));
    }

    [Property]
    public void A_day_first_date_with_a_day_over_12_comes_back_as_written(PositiveInt seed)
    {
        var day = new DateOnly(1950, 1, 1).AddDays(seed.Get % 40000);
        if (day.Day <= 12)
        {
            day = day.AddDays(13 - day.Day);
        }

        var text = string.Create(CultureInfo.InvariantCulture, $"It was agreed on {day.Day}/{day.Month}/{day.Year} and announced later.");
        var match = Assert.Single(Tagger.Tag(text, Dct));
        Assert.Equal(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), match.Value);
        Assert.Equal(text.IndexOf(" on ", StringComparison.Ordinal) + 4, match.Span.Start);
    }

    [Property]
    public void An_ambiguous_date_is_one_of_its_two_readings(PositiveInt month, PositiveInt day, PositiveInt shift)
    {
        int m = 1 + (month.Get % 12), d = 1 + (day.Get % 12);
        var dct = new DateOnly(2020, 1, 1).AddDays(shift.Get % 2000);
        var match = Assert.Single(Tagger.Tag(string.Create(CultureInfo.InvariantCulture, $"Filed {m}/{d}/2022 in court."), dct));
        var value = DateOnly.ParseExact(match.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.Contains(value, new[] { new DateOnly(2022, m, d), new DateOnly(2022, d, m) });
    }
}
