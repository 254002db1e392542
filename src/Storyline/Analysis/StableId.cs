using System.Security.Cryptography;
using System.Text;

namespace Storyline.Analysis;

/// <summary>Ids derived from content, so the same corpus always yields the same ids.</summary>
internal static class StableId
{
    public static string Of(string prefix, string content)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(content));
        return prefix + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 5));
    }
}
