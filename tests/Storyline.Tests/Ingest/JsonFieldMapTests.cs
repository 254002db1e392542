using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class JsonFieldMapTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonFieldMap Map(params string[] specs)
    {
        Assert.True(JsonFieldMap.TryParse(specs, out var map, out var problem), problem);
        return map;
    }

    [Fact]
    public void Field_specs_map_names_and_aliases_to_dotted_paths()
    {
        var map = Map("text=body", "headline=head.main", "date=published_at", "link=meta.url", "source=source.name", "author=credit");

        Assert.Equal(new JsonFieldMap("body", "head.main", "published_at", "meta.url", "source.name", "credit"), map);
    }

    [Theory]
    [InlineData("text", "--field 'text' is not name=path (for example text=body or outlet=source.name)")]
    [InlineData("text=a..b", "--field 'text=a..b' is not name=path (for example text=body or outlet=source.name)")]
    [InlineData("colour=hue", "--field 'colour' is not a field; use " + JsonFieldMap.FieldNames)]
    public void A_malformed_spec_is_refused_with_a_reason(string spec, string problem)
    {
        Assert.False(JsonFieldMap.TryParse([spec], out _, out var actual));
        Assert.Equal(problem, actual);
    }

    [Fact]
    public void Mapped_fields_are_read_from_nested_objects_and_unmapped_ones_by_their_usual_names()
    {
        var path = _folder.Write("export.jsonl",
            "{\"story\": {\"body\": \"The harbour council approved the timetable.\"}, \"headline\": \"Ferry timetable approved\", \"published_at\": 1762243200, \"source\": {\"name\": \"Velmora Gazette\"}, \"link\": \"https://velmora-gazette.example/ferry\"}\n" +
            "{\"body\": \"no story object here\"}\n");
        var reader = new InputReader(new InputReaderOptions { Fields = Map("text=story.body", "date=published_at", "outlet=source.name") });

        var outcomes = reader.Read([path]).ToList();

        Assert.Equal(new DocumentHints("Ferry timetable approved", "Velmora Gazette", null, "https://velmora-gazette.example/ferry", "2025-11-04T08:00:00Z"), outcomes[0].Document!.Hints);
        Assert.Equal("The harbour council approved the timetable.", outcomes[0].Document!.Text);
        Assert.Equal("line 2 has no text at 'story.body'", outcomes[1].Error!.Problem);
    }

    [Fact]
    public void A_key_that_itself_holds_dots_is_found_whole()
    {
        var path = _folder.Write("dots.jsonl", "{\"article.text\": \"Crews start next week.\"}\n");
        var reader = new InputReader(new InputReaderOptions { Fields = Map("text=article.text") });

        Assert.Equal("Crews start next week.", Assert.Single(reader.Read([path])).Document!.Text);
    }
}
