using Storyline.Model;

namespace Storyline.Tests.Model;

public sealed class TimexAmountTests
{
    [Theory]
    [InlineData("P2D", 2, 'D', 2)]
    [InlineData("P1W", 1, 'W', 7)]
    [InlineData("P8M", 8, 'M', null)]
    [InlineData("P10Y", 10, 'Y', null)]
    public void A_whole_number_of_one_unit_is_an_amount(string value, int count, char unit, int? days)
    {
        Assert.True(TimexAmount.TryParse(value, out var amount));
        Assert.Equal((count, unit, days), (amount.Count, amount.Unit, amount.Days));
    }

    [Theory]
    [InlineData("PXM")]
    [InlineData("PT5H")]
    [InlineData("P0D")]
    [InlineData("P1Y6M")]
    [InlineData("2025-12")]
    [InlineData("")]
    [InlineData(null)]
    public void Vague_clock_zero_mixed_and_other_values_are_not(string? value) =>
        Assert.False(TimexAmount.TryParse(value, out _));
}
