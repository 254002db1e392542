using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class HolidayTests
{
    private static readonly TimexTagger Tagger = TimexTestKit.Tagger;

    [Theory]
    [InlineData(2008, "2008-03-23")]
    [InlineData(2019, "2019-04-21")]
    [InlineData(2024, "2024-03-31")]
    [InlineData(2025, "2025-04-20")]
    [InlineData(2026, "2026-04-05")]
    [InlineData(2038, "2038-04-25")]
    public void Easter_follows_the_Gregorian_computus(int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), HolidayRule.EasterSunday(year));
    }

    [Theory]
    [InlineData("nth 4 4 11", 2025, "2025-11-27")]
    [InlineData("nth 4 4 11", 2026, "2026-11-26")]
    [InlineData("nth -1 1 05", 2026, "2026-05-25")]
    [InlineData("nth -1 1 05", 2025, "2025-05-26")]
    [InlineData("nth 1 1 09", 2025, "2025-09-01")]
    [InlineData("fixed 12-24", 2025, "2025-12-24")]
    [InlineData("easter -2", 2025, "2025-04-18")]
    [InlineData("nth 1 1 11 +1", 1998, "1998-11-03")]
    [InlineData("nth 1 1 11 +1", 2026, "2026-11-03")]
    [InlineData("nth 1 1 11 +1", 2027, "2027-11-02")]
    [InlineData("nth 1 1 11 +1", 2022, "2022-11-08")]
    public void A_rule_gives_the_date_in_a_year(string rule, int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), HolidayRule.Parse(rule).DateIn(year));
    }

    [Theory]
    [InlineData("Abortion will be a theme of the campaign from now to Election Day.", "1998-10-26", "1998-11-03")]
    [InlineData("Turnout on Election Day was the lowest in decades.", "2022-11-10", "2022-11-08")]
    public void Election_day_is_the_tuesday_after_the_first_monday_of_november(string sentence, string dct, string expected)
    {
        var time = Assert.Single(Tagger.Tag(sentence, DateOnly.Parse(dct, CultureInfo.InvariantCulture)), t => t.Text.Contains("Election", StringComparison.Ordinal));
        Assert.Equal(expected, time.Value);
    }

    [Theory]
    [InlineData("Families lit lamps across the city for Diwali.", "2025-11-05", "2025-10-20")]
    [InlineData("Markets will stay open through Diwali.", "2026-09-30", "2026-11-08")]
    [InlineData("Crowds threw coloured powder on Holi.", "2024-04-02", "2024-03-25")]
    [InlineData("The ceasefire held over Deepavali.", "2021-11-20", "2021-11-04")]
    public void Hindu_holidays_are_dated_from_their_listed_days(string sentence, string dct, string expected)
    {
        var time = Assert.Single(Tagger.Tag(sentence, DateOnly.Parse(dct, CultureInfo.InvariantCulture)));
        Assert.Equal(expected, time.Value);
    }

    [Fact]
    public void A_Hindu_holiday_outside_the_listed_years_is_not_given_a_day()
    {
        var time = Assert.Single(Tagger.Tag("Families lit lamps for Diwali.", new DateOnly(1990, 11, 30)));
        Assert.DoesNotMatch(@"^\d{4}-\d{2}-\d{2}$", time.Value);
        Assert.Empty(HolidayRule.Parse("listed 2024-10-31 2025-10-20").DatesIn(1990));
        Assert.Equal([new DateOnly(2025, 10, 20)], HolidayRule.Parse("listed 2025-10-20 2024-10-31").DatesIn(2025));
    }

    [Property]
    public void Easter_is_a_Sunday_between_March_22_and_April_25(PositiveInt seed)
    {
        var year = 1583 + (seed.Get % 8000);
        var easter = HolidayRule.EasterSunday(year);
        Assert.Equal(DayOfWeek.Sunday, easter.DayOfWeek);
        Assert.InRange(easter, new DateOnly(year, 3, 22), new DateOnly(year, 4, 25));
    }

    [Property]
    public void The_nth_weekday_rule_lands_on_that_weekday_in_that_month(PositiveInt seed, PositiveInt pick)
    {
        var year = 1900 + (seed.Get % 300);
        var month = 1 + (pick.Get % 12);
        var weekday = 1 + (pick.Get / 12 % 7);
        var nth = (pick.Get / 84 % 5) switch { 4 => -1, var n => n + 1 };
        var day = new HolidayRule(HolidayKind.NthWeekday, month, 0, nth, weekday, 0).DateIn(year)!.Value;
        Assert.Equal(month, day.Month);
        Assert.Equal(weekday % 7, (int)day.DayOfWeek);
        if (nth > 0)
        {
            Assert.Equal(nth, ((day.Day - 1) / 7) + 1);
        }
        else
        {
            Assert.True(day.AddDays(7).Month != month);
        }
    }

    [Theory]
    [InlineData("The ceasefire began on Christmas Eve.", "Christmas Eve", "2024-12-24")]
    [InlineData("Shoppers will crowd the stores after Thanksgiving.", "Thanksgiving", "2026-11-26")]
    [InlineData("The pope spoke on Easter Sunday.", "Easter Sunday", "2025-04-20")]
    [InlineData("Markets were shut on Good Friday 2024.", "Good Friday 2024", "2024-03-29")]
    [InlineData("Sales fell last Christmas.", "last Christmas", "2024-12-25")]
    [InlineData("The vote is due next Easter.", "next Easter", "2026-04-05")]
    [InlineData("Parades are planned for Memorial Day.", "Memorial Day", "2026-05-25")]
    [InlineData("It happened on St. Patrick's Day.", "St. Patrick's Day", "2025-03-17")]
    public void Holidays_are_dated_by_their_rule_and_the_tense(string text, string expression, string value)
    {
        var found = Tagger.Tag(text, new DateOnly(2025, 12, 12));
        var match = Assert.Single(found, t => t.Text == expression);
        Assert.Equal(value, match.Value);
    }

    [Fact]
    public void A_holiday_without_a_document_date_keeps_its_month_and_day_open()
    {
        var match = Assert.Single(Tagger.Tag("Talks stalled before Christmas.", null));
        Assert.Equal("XXXX-12-25", match.Value);
    }

    [Theory]
    [InlineData("hebrew tishrei 1", 2025, "2025-09-23")]
    [InlineData("hebrew tishrei 10", 2025, "2025-10-02")]
    [InlineData("hebrew nisan 15", 2025, "2025-04-13")]
    [InlineData("hebrew nisan 15", 2024, "2024-04-23")]
    [InlineData("hebrew kislev 25", 2025, "2025-12-15")]
    [InlineData("hebrew adar 14", 2024, "2024-03-24")]
    [InlineData("hebrew adar 14", 2025, "2025-03-14")]
    [InlineData("chinese 01-01", 2024, "2024-02-10")]
    [InlineData("chinese 01-01", 2025, "2025-01-29")]
    [InlineData("chinese 01-01", 2026, "2026-02-17")]
    [InlineData("chinese 05-05", 2023, "2023-06-22")]
    [InlineData("chinese 08-15", 2023, "2023-09-29")]
    [InlineData("chinese 08-15", 2025, "2025-10-06")]
    [InlineData("hijri 10-01", 2024, "2024-04-10")]
    [InlineData("hijri 10-01", 2025, "2025-03-30")]
    [InlineData("hijri 12-10", 2025, "2025-06-06")]
    public void A_lunar_calendar_rule_gives_the_date_in_a_year(string rule, int year, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), HolidayRule.Parse(rule).DateIn(year));
    }

    [Fact]
    public void An_Islamic_holiday_can_fall_twice_in_one_Gregorian_year()
    {
        var dates = HolidayRule.Parse("hijri 10-01").DatesIn(2000);
        Assert.Equal(2, dates.Count);
        Assert.Equal(1, dates[0].Month);
        Assert.Equal(12, dates[1].Month);
    }

    [Property]
    public void Every_lunar_rule_gives_at_most_two_dates_and_only_in_the_year_asked(PositiveInt seed, PositiveInt pick)
    {
        var year = 1910 + (seed.Get % 160);
        var rule = (pick.Get % 3) switch
        {
            0 => HolidayRule.Parse("hebrew " + new[] { "tishrei", "kislev", "adar", "nisan", "sivan", "elul" }[pick.Get / 3 % 6] + " " + (1 + (pick.Get / 18 % 29)).ToString(CultureInfo.InvariantCulture)),
            1 => HolidayRule.Parse(string.Create(CultureInfo.InvariantCulture, $"chinese {1 + (pick.Get / 3 % 12):D2}-{1 + (pick.Get / 36 % 29):D2}")),
            _ => HolidayRule.Parse(string.Create(CultureInfo.InvariantCulture, $"hijri {1 + (pick.Get / 3 % 12):D2}-{1 + (pick.Get / 36 % 29):D2}")),
        };
        var dates = rule.DatesIn(year);
        Assert.InRange(dates.Count, rule.Kind == HolidayKind.Hijri ? 1 : 0, 2);
        Assert.All(dates, d => Assert.Equal(year, d.Year));
        Assert.Equal(dates.Order(), dates);
    }

    [Property]
    public void The_Lunar_New_Year_falls_once_a_year_between_January_21_and_February_20(PositiveInt seed)
    {
        var year = 1902 + (seed.Get % 198);
        var day = Assert.Single(HolidayRule.Parse("chinese 01-01").DatesIn(year));
        Assert.InRange(day, new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
    }

    [Theory]
    [InlineData("Families gathered for the Lunar New Year.", "Lunar New Year", "2025-01-29")]
    [InlineData("Stores will close for Eid al-Fitr.", "Eid al-Fitr", "2026-03-20")]
    [InlineData("The talks resumed after Yom Kippur.", "Yom Kippur", "2025-10-02")]
    [InlineData("The festival will open on Hanukkah.", "Hanukkah", "2025-12-15")]
    [InlineData("Prices rose before last Passover.", "last Passover", "2025-04-13")]
    public void Jewish_Chinese_and_Islamic_holidays_are_dated_by_their_calendars(string text, string expression, string value)
    {
        var found = Tagger.Tag(text, new DateOnly(2025, 12, 12));
        var match = Assert.Single(found, t => t.Text == expression);
        Assert.Equal(value, match.Value);
    }
}
