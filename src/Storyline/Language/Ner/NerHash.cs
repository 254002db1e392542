namespace Storyline.Language.Ner;

/// <summary>
/// Stable 64-bit hashes for feature names, so that features cost no string allocation and a model
/// trained on one machine reads the same on another (string.GetHashCode is randomized per process).
/// </summary>
internal static class NerHash
{
    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Text(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Finish(h);
    }

    public static ulong Lower(ReadOnlySpan<char> text)
    {
        var h = OffsetBasis;
        foreach (var c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Finish(h);
    }

    /// <summary>Combines two hashes, order-sensitively (a splitmix64 finalizer over a multiply-xor).</summary>
    public static ulong Mix(ulong a, ulong b) => Finish((a * 0x9E3779B97F4A7C15UL) ^ b);

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>A feature key: never 0, which marks an empty slot in the model's table.</summary>
    public static ulong Key(ulong h) => h | 1UL;

    private static ulong Finish(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }
}
