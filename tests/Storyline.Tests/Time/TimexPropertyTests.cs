using FsCheck;
using FsCheck.Xunit;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

public sealed class TimexPropertyTests
{
    private static readonly TimexTagger Tagger = new();

    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    /// <summary>Pieces of news-like text, many of them near misses for time patterns.</summary>
    private static readonly string[] Fragments =
    [
        "The minister", " said", " on Thursday", " will meet", " in August", " Dec.", " 11", ",", " 2025", " 2024's",
        " mid-", "2026", " two", "-day", " days ago", " three weeks later", " last week", " the", " 1990s", " at 10 a.m.",
        ".", "\n", " ", "  ", "\u201C", "\u201D", " May", " march", " fall", " every", " year", " a", " the next day",
        " early", " next", " year", " 12", ":", "30", " pm", " -", "\u2013", "'", "s", " since", " March", " 05 November",
        " Monday", " evening", " now", " recently", " for months", " twenty", "-five", " $", "5", " billion", " a week",
        " Q", "3", " 31", " February", " 29", " 0", "9999", " 45-year-old", "\uD83D\uDE00", "\uD83D", " tonight", " ago",
        " FY", "26", " H", "1", " on the", " 15th", " to", " 1,000", ",000", " from", " is visiting", " begins", " 5-9", " and",
        " till", " or", " through", "-9", " decade", " this decade", " the end of", " fortnight", " the first week of", " the last",
        " week of", " of", " about", " more than", " or so", " a couple of",
    ];

    private static readonly string[] MonthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    [Property(MaxTest = 200)]
    public bool A_range_of_days_gives_both_days_in_the_closing_month(PositiveInt first, PositiveInt length, PositiveInt month, bool dashed)
    {
        var start = ((first.Get - 1) % 27) + 1;
        var end = Math.Min(28, start + 1 + ((length.Get - 1) % 27));
        var m = ((month.Get - 1) % 12) + 1;
        var text = dashed
            ? $"The fair ran {start}-{end} {MonthNames[m - 1]} 2024."
            : $"The fair ran from {start} to {end} {MonthNames[m - 1]} 2024.";
        var values = Tagger.Tag(text, new DateOnly(2025, 12, 12)).Select(t => t.Value).ToList();
        return values.SequenceEqual([$"2024-{m:D2}-{start:D2}", $"2024-{m:D2}-{end:D2}"]);
    }

    [Property(MaxTest = 200)]
    public bool A_bare_closing_day_takes_the_month_and_year_of_the_first(PositiveInt first, PositiveInt length, PositiveInt month, PositiveInt joiner)
    {
        var start = ((first.Get - 1) % 27) + 1;
        var end = Math.Min(28, start + 1 + ((length.Get - 1) % 27));
        var m = ((month.Get - 1) % 12) + 1;
        string[] joiners = ["-", " to ", " through ", " till ", " and ", " or "];
        var text = $"The fair ran {MonthNames[m - 1]} {start}{joiners[(joiner.Get - 1) % joiners.Length]}{end}, 2024, in Oslo.";
        var values = Tagger.Tag(text, new DateOnly(2025, 12, 12)).Select(t => t.Value).ToList();
        return values.SequenceEqual([$"2024-{m:D2}-{start:D2}", $"2024-{m:D2}-{end:D2}"]);
    }

    [Property(MaxTest = 300)]
    public bool The_week_of_a_month_is_an_iso_week_holding_days_of_that_month(PositiveInt week, PositiveInt month, PositiveInt year)
    {
        var m = ((month.Get - 1) % 12) + 1;
        var y = 1990 + (year.Get % 60);
        string[] ordinals = ["first", "second", "third", "fourth", "last"];
        var pick = (week.Get - 1) % ordinals.Length;
        var t = Tagger.Tag($"It happened in the {ordinals[pick]} week of {MonthNames[m - 1]} {y}.", new DateOnly(2025, 12, 12)).Single();
        // At least four of the ISO week's seven days lie in the month: it is the month's week, not a neighbour's.
        var iso = System.Globalization.ISOWeek.ToDateTime(int.Parse(t.Value[..4], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(t.Value[6..], System.Globalization.CultureInfo.InvariantCulture), DayOfWeek.Monday);
        return Enumerable.Range(0, 7).Count(d => iso.AddDays(d).Month == m && iso.AddDays(d).Year == y) >= 4;
    }

    [Property(MaxTest = 200)]
    public bool Digits_grouped_by_commas_are_one_amount(PositiveInt amount)
    {
        var n = 1000 + (amount.Get % 9_000_000);
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"It lasted {n:N0} days.");
        return Tagger.Tag(text, new DateOnly(2025, 12, 12)) is [{ Type: TimexType.Duration } t] && t.Value == $"P{n}D";
    }

    private static DateOnly DateFrom(int seed) => new DateOnly(1900, 1, 1).AddDays((int)((uint)seed % 73000));

    private static string TextFrom(int[] picks) =>
        string.Concat((picks ?? []).Select(p => Fragments[(int)((uint)p % (uint)Fragments.Length)]));

    private static bool WellFormed(string text, IReadOnlyList<TimeExpression> found)
    {
        var previousEnd = 0;
        foreach (var t in found)
        {
            if (t.Span.Start < previousEnd || t.Span.Length <= 0 || t.Span.End > text.Length || t.Text != text.Substring(t.Span.Start, t.Span.Length))
            {
                return false;
            }

            previousEnd = t.Span.End;
        }

        return true;
    }

    [Property(MaxTest = 300)]
    public bool Spans_lie_inside_the_text_in_order_without_overlap(int[] picks, int dctSeed, bool withDct)
    {
        var text = TextFrom(picks);
        DateOnly? dct = withDct ? DateFrom(dctSeed) : null;
        return WellFormed(text, Tagger.Tag(text, dct));
    }

    [Property(MaxTest = 300)]
    public bool Arbitrary_strings_never_throw(string? text, int dctSeed)
    {
        text ??= "";
        return WellFormed(text, Tagger.Tag(text, DateFrom(dctSeed))) && WellFormed(text, Tagger.Tag(text, null));
    }

    [Fact]
    public void Dates_at_the_edges_of_the_calendar_do_not_throw()
    {
        const string text = "Two days ago, next week, in August, on Thursday, 400 years later, last year, this winter.";
        Assert.True(WellFormed(text, Tagger.Tag(text, DateOnly.MinValue)));
        Assert.True(WellFormed(text, Tagger.Tag(text, DateOnly.MaxValue)));
    }

    [Fact]
    public void Long_runs_of_expressions_are_tagged_in_linear_time()
    {
        var text = string.Concat(Enumerable.Repeat("noon 10 a.m. every week the next day Monday ", 20000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var found = Tagger.Tag(text, new DateOnly(2025, 12, 12));
        Assert.Equal(100000, found.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), watch.Elapsed.ToString());
    }

    [Property(MaxTest = 200)]
    public bool N_days_ago_then_N_days_later_returns_to_the_anchor(int dctSeed, PositiveInt count)
    {
        var dct = DateFrom(dctSeed);
        var n = ((count.Get - 1) % 400) + 1;
        var found = Tagger.Tag($"The strike began {n} days ago. It ended {n} days later.", dct);
        var ago = found.Single(t => t.Text.EndsWith(" ago", StringComparison.Ordinal));
        var later = found.Single(t => t.Text.EndsWith(" later", StringComparison.Ordinal));
        return ago.Value == TimexNormalizer.Day(dct.AddDays(-n)) && later.Value == TimexNormalizer.Day(dct) && later.Anchor == dct.AddDays(-n);
    }

    [Property(MaxTest = 200)]
    public bool Shifting_back_and_forth_by_days_is_the_identity(int dctSeed, PositiveInt count)
    {
        var date = DateFrom(dctSeed);
        var n = ((count.Get - 1) % 400) + 1;
        var there = TimexNormalizer.Shift(date, -n, TimeUnit.Day);
        return there is { } d && TimexNormalizer.Shift(d, n, TimeUnit.Day) == date;
    }

    [Property(MaxTest = 300)]
    public bool A_past_weekday_is_within_six_days_before_the_document_date(int dctSeed, int daySeed)
    {
        var dct = DateFrom(dctSeed);
        var weekday = (int)((uint)daySeed % 7);
        var t = Tagger.Tag($"The minister arrived on {Weekdays[weekday]}.", dct).Single();
        return TimexNormalizer.TryParseDay(t.Value, out var day)
            && day <= dct && dct.DayNumber - day.DayNumber <= 6
            && TimexNormalizer.IsoDay(day) == weekday + 1;
    }

    [Property(MaxTest = 300)]
    public bool A_future_weekday_is_within_six_days_after_the_document_date(int dctSeed, int daySeed)
    {
        var dct = DateFrom(dctSeed);
        var weekday = (int)((uint)daySeed % 7);
        var t = Tagger.Tag($"The minister will arrive on {Weekdays[weekday]}.", dct).Single();
        return TimexNormalizer.TryParseDay(t.Value, out var day)
            && day >= dct && day.DayNumber - dct.DayNumber <= 6
            && TimexNormalizer.IsoDay(day) == weekday + 1;
    }

    /// <summary>The month right after the document month is the coming one whatever the tense (round 5).</summary>
    [Property(MaxTest = 200)]
    public bool A_month_in_a_past_sentence_is_never_after_the_document_month_but_the_next_one(int dctSeed, int monthSeed)
    {
        var dct = DateFrom(dctSeed);
        var month = (int)((uint)monthSeed % 12) + 1;
        var name = new DateTime(2000, month, 1).ToString("MMMM", System.Globalization.CultureInfo.InvariantCulture);
        var t = Tagger.Tag($"The levy was imposed in {name}.", dct).Single();
        var next = month == (dct.Month % 12) + 1;
        var expectedYear = next ? (month == 1 ? dct.Year + 1 : dct.Year) : month <= dct.Month ? dct.Year : dct.Year - 1;
        return t.Value == TimexNormalizer.Month(expectedYear, month);
    }

    [Property(MaxTest = 300)]
    public bool A_quarter_has_ended_exactly_when_the_date_is_past_its_last_day(int dateSeed, int yearSeed, int quarterSeed)
    {
        var date = DateFrom(dateSeed);
        var year = date.Year + (int)((uint)yearSeed % 5) - 2;
        var quarter = (int)((uint)quarterSeed % 4) + 1;
        var lastDay = new DateOnly(year, quarter * 3, 1).AddMonths(1).AddDays(-1);
        return TimexNormalizer.QuarterEnded(year, quarter, date) == (lastDay < date);
    }
}
