using Storyline.Model;

namespace Storyline.Time;

/// <summary>
/// Finds time expressions in news text and normalizes each to a TIMEX3 value against the document
/// creation time (DCT). Rules and word lists are data files under <c>Time/Data/</c>, read once per
/// instance; <see cref="Tag"/> is a pure function of its arguments and safe to call from many threads.
/// See docs/timex.md for the expressions covered, value formats and the confidence scale.
/// </summary>
public sealed class TimexTagger
{
    private readonly TimexLexicon _lexicon;
    private readonly TimexOptions _options;

    public TimexTagger()
        : this(new TimexOptions())
    {
    }

    public TimexTagger(TimexOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _lexicon = new TimexLexicon();
    }

    /// <summary>
    /// The time expressions of <paramref name="text"/>, sorted and non-overlapping, with spans into exactly
    /// that string. <paramref name="documentDate"/> is the DCT; when null, relative expressions are anchored
    /// on the most recent full date written earlier in the text, or left underspecified ("XXXX-08").
    /// </summary>
    public IReadOnlyList<TimeExpression> Tag(string text, DateOnly? documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = TimeTokenizer.Tokenize(text);
        if (tokens.Count == 0)
        {
            return [];
        }

        var candidates = new TimexRecognizer(text, tokens, _lexicon, _options).Recognize();
        if (candidates.Count == 0)
        {
            return [];
        }

        var sentences = TimeTokenizer.Sentences(text, tokens, _lexicon);
        return new TimexResolver(text, tokens, sentences, _lexicon, _options).Resolve(candidates, documentDate);
    }
}
