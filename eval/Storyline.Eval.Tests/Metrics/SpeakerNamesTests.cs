using Storyline.Eval.Metrics;

namespace Storyline.Eval.Tests.Metrics;

public class SpeakerNamesTests
{
    [Theory]
    [InlineData("Dana Okoro", "Dana Okoro", true)]
    [InlineData("Okoro", "Dana Okoro", true)]
    [InlineData("Dana Okoro", "okoro", true)]
    [InlineData("DANA OKORO", "Dana Okoro", true)]
    [InlineData("Okoro's", "Dana Okoro", true)]
    [InlineData("Mayor Dana Okoro", "Dana Okoro", true)]
    [InlineData("he", "Dana Okoro", false)]
    [InlineData("Dana", "Dana Okoro", true)]     // the rule is symmetric: the gold name holds "dana"
    [InlineData("Li", "Oliver Brandt", false)]
    [InlineData(null, "Dana Okoro", false)]
    [InlineData("Dana Okoro", null, false)]
    [InlineData("", "", false)]
    public void Names_agree_when_either_holds_the_others_last_word(string? predicted, string? gold, bool expected) =>
        Assert.Equal(expected, SpeakerNames.Agree(predicted, gold));
}
