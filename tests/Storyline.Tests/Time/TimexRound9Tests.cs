using Storyline.Model;

namespace Storyline.Tests.Time;

/// <summary>Rules of the ninth round (docs/timex.md, round 9). Sentences are invented; the DCT is Wednesday 2025-12-10.</summary>
public sealed class TimexRound9Tests
{
    private const string Dct = "2025-12-10";

    private static TimeExpression Find(string text, string expression) => TimexTestKit.Find(text, expression, Dct);

    [Theory]
    [InlineData("In February, two weeks after the opening of the new bridge across the river at the northern edge of the old town of Dravik, a ferry on the route it replaced sank.", "February", "2025-02")]
    [InlineData("In February, two weeks after the opening of the new bridge across the river at the northern edge of the old town of Dravik, the ferry will stop for good.", "February", "2026-02")]
    public void A_time_fronting_its_sentence_takes_the_tense_of_the_main_verb_however_far(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);
    [Theory]
    [InlineData("The festival planned at the old harbour of Orlen for Saturday was cancelled after the storm.", "Saturday", "2025-12-06")]
    [InlineData("The festival planned at the old harbour of Orlen for Saturday will go ahead.", "Saturday", "2025-12-13")]
    public void A_plan_named_in_a_relative_clause_is_dated_by_the_main_verb_after_it(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);

    [Theory]
    [InlineData("The state daily Kestria Herald printed the letter on its front page.")]
    [InlineData("A front-page editorial in the party weekly Dravik Voice attacked the plan.")]
    public void A_newspaper_named_daily_or_weekly_is_not_a_time(string text) =>
        Assert.DoesNotContain(TimexTestKit.Tag(text, Dct), t => t.Type == TimexType.Set);

    [Theory]
    [InlineData("Protesters gathered daily, the police said.", "daily", "P1D")]
    [InlineData("Protesters have gathered daily outside the ministry.", "daily", "P1D")]
    [InlineData("The minister speaks weekly on Kestria Radio.", "weekly", "P1W")]
    public void Daily_and_weekly_as_adverbs_stay_sets(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression).Value);
}
