using FsCheck.Xunit;
using Storyline.Reports;

namespace Storyline.Tests.Reports;

public sealed class ReadableDateTests
{
    [Theory]
    [InlineData("2026-01-13TMO", "2026-01-13 morning")]
    [InlineData("2025-10-24TNI", "2025-10-24 night")]
    [InlineData("2025-12-11T14:30", "2025-12-11 14:30")]
    [InlineData("1989-11-06T17", "1989-11-06 17:00")]
    [InlineData("2025-W07", "week 7 of 2025")]
    [InlineData("2025-12-11", "2025-12-11")]
    [InlineData("2025-09", "2025-09")]
    [InlineData("2025-FA", "2025-FA")]
    [InlineData("PAST_REF", "PAST_REF")]
    [InlineData("2025-12-11TXX", "2025-12-11TXX")]
    public void A_timex_value_reads_as_a_reader_writes_it(string value, string expected) =>
        Assert.Equal(expected, ReadableDate.Of(value));

    [Property]
    public bool Any_value_gives_a_text_and_values_not_starting_with_a_digit_stay_as_they_are(string? value) =>
        value is null || (ReadableDate.Of(value) is { } text && (value.Length > 0 && char.IsAsciiDigit(value[0]) || text == value));
}
