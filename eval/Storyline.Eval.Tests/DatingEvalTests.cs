namespace Storyline.Eval.Tests;

public sealed class DatingEvalTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "storyline-dating-" + Guid.NewGuid().ToString("N"));

    public DatingEvalTests() => Directory.CreateDirectory(Path.Combine(_folder, "articles"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string file, string text) => File.WriteAllText(Path.Combine(_folder, "articles", file), text);

    [Fact]
    public void A_hidden_date_is_recovered_from_the_reports_of_the_same_event_and_an_undated_article_is_counted_apart()
    {
        // Three dated reports of one funeral and one undated report of it: each dated one, its date hidden,
        // joins the others and inherits a range that holds its day.
        Write("a.txt", "Varo Keln buried in Ostmere\n\nPublished: March 4, 2013 Thousands of mourners attended the funeral of the poet Varo Keln in Ostmere on Sunday, filling the old cathedral and the square outside.");
        Write("b.txt", "Ostmere mourns Varo Keln\n\nPublished: March 4, 2013 The poet Varo Keln was buried in Ostmere on Sunday as thousands of mourners filled the cathedral square, singing his verses.");
        Write("c.txt", "Farewell to Varo Keln\n\nPublished: March 5, 2013 Mourners in their thousands crowded the cathedral square of Ostmere for the funeral of the poet Varo Keln on Sunday.");
        Write("d.txt", "Keln laid to rest\n\nThe funeral of the poet Varo Keln drew thousands of mourners to the cathedral square of Ostmere, where his verses were sung.");
        File.WriteAllLines(Path.Combine(_folder, "labels.jsonl"),
            new[] { "a", "b", "c", "d" }.Select(f => $$"""{"file": "{{f}}.txt", "story": "1", "event": "1a"}"""));

        var score = DatingEval.Score(_folder);

        Assert.Equal(3, score.Dated);
        Assert.Equal(3, score.Inherited);
        Assert.Equal(3, score.Right);
        Assert.Equal((1, 1), (score.Undated, score.UndatedInherited));
    }
}
