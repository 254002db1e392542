using System.Globalization;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Time;

/// <summary>The tagger and the lookups the timex convention tests share; the tagger is immutable, so one serves all.</summary>
internal static class TimexTestKit
{
    public static TimexTagger Tagger { get; } = new();

    public static IReadOnlyList<TimeExpression> Tag(string text, string dct) =>
        Tagger.Tag(text, DateOnly.Parse(dct, CultureInfo.InvariantCulture));

    /// <summary>The expression with exactly this text, failing with what was found instead.</summary>
    public static TimeExpression Find(string text, string expression, string dct)
    {
        var found = Tag(text, dct);
        var match = found.FirstOrDefault(t => t.Text == expression);
        Assert.True(match is not null, $"'{expression}' not found; got: {string.Join(" | ", found.Select(t => $"{t.Text}={t.Value}"))}");
        return match;
    }
}
