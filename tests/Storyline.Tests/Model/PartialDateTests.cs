using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Model;

namespace Storyline.Tests.Model;

public sealed class PartialDateTests
{
    private static TimexRange Day(string iso)
    {
        var day = DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new TimexRange(day, day, TimexPrecision.Day);
    }

    [Theory]
    [InlineData("XXXX-WXX-1", DayOfWeek.Monday, null, null)]
    [InlineData("XXXX-WXX-7TNI", DayOfWeek.Sunday, null, null)]
    [InlineData("XXXX-12-25", null, 12, 25)]
    [InlineData("XXXX-09", null, 9, null)]
    public void Yearless_weekdays_days_and_months_are_read(string value, DayOfWeek? weekday, int? month, int? day)
    {
        Assert.True(PartialDate.TryParse(value, out var date));
        Assert.Equal(new PartialDate(weekday, month, day), date);
    }

    [Theory]
    [InlineData("XXXX-XX-XXTNI")]
    [InlineData("XXXX-WXX-WE")]
    [InlineData("XXXX-SU")]
    [InlineData("2013-09-09")]
    [InlineData("PRESENT_REF")]
    [InlineData("XXXX-13")]
    [InlineData(null)]
    public void Dates_with_nothing_to_compare_or_a_year_are_not_partial(string? value) =>
        Assert.False(PartialDate.TryParse(value, out _));

    [Theory]
    [InlineData("XXXX-WXX-1", "2013-09-09", 0, true)]
    [InlineData("XXXX-WXX-4", "2013-09-09", 0, false)]
    [InlineData("XXXX-WXX-2", "2013-09-09", 0, false)]
    [InlineData("XXXX-WXX-2", "2013-09-09", 1, true)]
    [InlineData("XXXX-09-09", "2013-09-09", 0, true)]
    [InlineData("XXXX-12-25", "2013-09-09", 1, false)]
    [InlineData("XXXX-09", "2013-09-09", 0, true)]
    [InlineData("XXXX-08", "2013-09-01", 1, true)]
    public void A_yearless_date_fits_a_day_only_where_its_fields_agree(string value, string day, int tolerance, bool fits)
    {
        Assert.True(PartialDate.TryParse(value, out var date));
        Assert.Equal(fits, date.Fits(Day(day), tolerance));
    }

    [Fact]
    public void A_range_of_a_week_or_a_year_holds_every_weekday_or_day()
    {
        Assert.True(PartialDate.TryParse("XXXX-WXX-4", out var thursday));
        Assert.True(PartialDate.TryParse("XXXX-12-25", out var christmas));
        Assert.True(TimexRange.TryParse("2013-W37", out var week));
        Assert.True(TimexRange.TryParse("2013", out var year));

        Assert.True(thursday.Fits(week, 0));
        Assert.True(christmas.Fits(year, 0));
        Assert.False(christmas.Fits(week, 0));
    }

    [Theory]
    [InlineData("XXXX-WXX-1", "XXXX-WXX-7", 1, true)]
    [InlineData("XXXX-WXX-1", "XXXX-WXX-4", 1, false)]
    [InlineData("XXXX-12-31", "XXXX-01-01", 1, true)]
    [InlineData("XXXX-12-25", "XXXX-12-27", 1, false)]
    [InlineData("XXXX-12", "XXXX-01", 1, true)]
    [InlineData("XXXX-12", "XXXX-01", 0, false)]
    [InlineData("XXXX-WXX-1", "XXXX-12-25", 0, true)]
    public void Two_yearless_dates_meet_when_their_shared_fields_are_close(string first, string second, int tolerance, bool meet)
    {
        Assert.True(PartialDate.TryParse(first, out var a));
        Assert.True(PartialDate.TryParse(second, out var b));
        Assert.Equal(meet, a.CanMeet(b, tolerance));
        Assert.Equal(meet, b.CanMeet(a, tolerance));
    }

    /// <summary>Any day, written without its year as a weekday or as a month and day, fits that day and meets itself.</summary>
    [Property(MaxTest = 300)]
    public Property A_day_written_without_its_year_fits_that_day() =>
        Prop.ForAll(Gen.Choose(0, 3_000_000).ToArbitrary(), Gen.Choose(0, 2).ToArbitrary(), (dayNumber, form) =>
        {
            var day = DateOnly.FromDayNumber(dayNumber);
            var value = form switch
            {
                0 => $"XXXX-WXX-{(((int)day.DayOfWeek + 6) % 7) + 1}",
                1 => string.Create(CultureInfo.InvariantCulture, $"XXXX-{day.Month:00}-{day.Day:00}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"XXXX-{day.Month:00}"),
            };
            var range = new TimexRange(day, day, TimexPrecision.Day);
            return PartialDate.TryParse(value, out var date) && date.Fits(range, 0) && date.CanMeet(date, 0);
        });
}
