using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace Storyline.Storage.Tests;

/// <summary>
/// Structural equality for the Model records: records compare their lists by reference, so this walks
/// every public property and compares lists item by item, failing with the path of the first difference
/// ("[3].Article.Posts[0].Author"). New Model fields are covered without touching this helper.
/// </summary>
internal static class DeepEqual
{
    public static void Assert(object? expected, object? actual) => Compare(expected, actual, "");

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                Fail(path, Show(expected), Show(actual));
            }

            return;
        }

        if (expected is string expectedText)
        {
            if (actual is not string actualText || !string.Equals(expectedText, actualText, StringComparison.Ordinal))
            {
                Fail(path, Show(expected), Show(actual));
            }

            return;
        }

        if (expected is IEnumerable expectedItems)
        {
            if (actual is not IEnumerable actualItems)
            {
                Fail(path, "a list", Show(actual));
                return;
            }

            var left = expectedItems.Cast<object?>().ToList();
            var right = actualItems.Cast<object?>().ToList();
            for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
            {
                Compare(left[i], right[i], $"{path}[{i}]");
            }

            if (left.Count != right.Count)
            {
                Fail(path + ".Count", left.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), right.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            return;
        }

        var type = expected.GetType();
        if (actual.GetType() != type)
        {
            Fail(path, type.Name, actual.GetType().Name);
        }

        if (string.Equals(type.Namespace, "Storyline.Model", StringComparison.Ordinal) && !type.IsEnum)
        {
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                if (property.GetIndexParameters().Length == 0)
                {
                    Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
                }
            }

            return;
        }

        if (!expected.Equals(actual))
        {
            Fail(path, Show(expected), Show(actual));
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + string.Concat(s.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString())) + "\"",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static void Fail(string path, string expected, string actual) =>
        throw new XunitException($"Differs at {(path.Length == 0 ? "(root)" : path)}: expected {expected}, got {actual}");
}
