using FsCheck;
using FsCheck.Fluent;

namespace Storyline.Tests.Language;

/// <summary>Random text built from the pieces news prose is made of: names, titles, abbreviations, quotes, numbers.</summary>
public sealed record NewsText(string Value)
{
    public override string ToString() => Value;
}

public static class NewsTextArbitrary
{
    private static readonly string[] Pieces =
    [
        "Jane", "Roe", "Lint", "the", "The", "president", "President", "Prime", "Minister", "PM", "premier", "said", "told",
        "U.S.", "US", "us", "UK", "Mr.", "Dr.", "J.", "R.", "Inc.", "No.", "e.g.", "Jan.", "India", "Indian", "Veldora",
        "Veldoran", "Republic", "of", "to", "in", "Ambassador", "Washington", "New", "Delhi", "Washington's", "Roe's",
        "Trade", "Council", "(TC)", "TC", "(", ")", "$45.8", "billion", "12,000", "50%", "2025", ".", "?", "!", "...",
        "\u2026", "\"", "\u201C", "\u201D", "\u2019s", "'", "-", "\u2014", ",", ":", ";", "\n", "\n\n", "STAY", "TUNED",
        "Ministry", "Union", "deputy", "envoy", "Kremlin", "White", "House", "@handle", "pic.twitter.com/AbC", "\u00E9t\u00E9",
        "\u0928\u092E\u0938\u094D\u0924\u0947", "Jean-Luc", "US-India", "India-U.S.", "\t", "\r\n", "Q", "X", "\uD83D\uDE00",
        "former", "then", "from", "flew", "and", "Beijing", "Beijing-based", "Moscow", "UN", "NATO", "chief", "secretary-general", "American",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "", "  ", "\n", " \n "];

    public static Arbitrary<NewsText> NewsText()
    {
        var piece = Gen.Elements(Pieces).Zip(Gen.Elements(Separators)).Select(pair => pair.Item1 + pair.Item2);
        return Gen.ArrayOf(piece).Select(parts => new NewsText(string.Concat(parts))).ToArbitrary();
    }
}
