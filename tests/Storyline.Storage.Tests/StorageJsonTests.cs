using System.Text.Json;
using Storyline.Model;

namespace Storyline.Storage.Tests;

public sealed class StorageJsonTests
{
    [Fact]
    public void Spans_are_written_as_start_and_length_only()
    {
        var json = JsonSerializer.Serialize<IReadOnlyList<TextSpan>>([new TextSpan(3, 4)], StorageJsonContext.Default.IReadOnlyListTextSpan);

        Assert.Equal("""[{"start":3,"length":4}]""", json);
    }

    [Fact]
    public void Names_are_snake_case_enums_are_names_dates_are_iso_and_nulls_are_left_out()
    {
        var annotated = TestArticles.Make("a1");
        var json = JsonSerializer.Serialize(StoredAnnotations.From(annotated), StorageJsonContext.Default.StoredAnnotations);

        Assert.Contains("\"speaker_span\":{\"start\":", json, StringComparison.Ordinal);
        Assert.Contains("\"is_background\":true", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"Person\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Post\"", json, StringComparison.Ordinal);
        Assert.Contains("\"anchor\":\"2026-03-12\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"speaker\":null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"end\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotations_read_back_equal_to_what_was_written()
    {
        var annotated = TestArticles.Make("a1");
        var json = JsonSerializer.Serialize(StoredAnnotations.From(annotated), StorageJsonContext.Default.StoredAnnotations);

        var back = JsonSerializer.Deserialize(json, StorageJsonContext.Default.StoredAnnotations)!.With(annotated.Article);

        DeepEqual.Assert(annotated, back);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(-0.0)]
    [InlineData(double.Epsilon)]
    [InlineData(0.1 + 0.2)]
    [InlineData(double.MaxValue)]
    public void Numbers_keep_every_bit_that_equality_sees(double value)
    {
        var annotated = TestArticles.Make("a1");
        annotated = annotated with { Claims = [annotated.Claims[0] with { Value = value }] };
        var json = JsonSerializer.Serialize(StoredAnnotations.From(annotated), StorageJsonContext.Default.StoredAnnotations);

        var back = JsonSerializer.Deserialize(json, StorageJsonContext.Default.StoredAnnotations)!;

        Assert.Equal(value, back.Claims[0].Value);
    }

    [Fact]
    public void A_span_without_its_length_is_refused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize("""[{"start":3}]""", StorageJsonContext.Default.IReadOnlyListTextSpan));
    }
}
