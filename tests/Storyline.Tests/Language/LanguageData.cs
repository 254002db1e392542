using Storyline.Language;

namespace Storyline.Tests.Language;

/// <summary>The gazetteer is immutable and costly to load, so the tests share one.</summary>
internal static class LanguageData
{
    public static Gazetteer Gazetteer { get; } = new();

    public static EntityRecognizer Recognizer { get; } = new(Gazetteer);

    public static SentenceSplitter Splitter { get; } = new();
}
