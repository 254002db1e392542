using Storyline.Eval.Baseline;

namespace Storyline.Eval.Tests.Baseline;

public class TfIdfVectorizerTests
{
    private readonly TfIdfVectorizer _vectorizer = new();

    [Fact]
    public void Identical_texts_have_cosine_one_and_texts_without_shared_words_zero()
    {
        var v = _vectorizer.Vectorize(["Ferry sinks off Norvala coast", "ferry SINKS off norvala coast!", "Budget vote delayed"]);
        Assert.Equal(1, v[0].Dot(v[1]), 1e-12);
        Assert.Equal(0, v[0].Dot(v[2]), 1e-12);
    }

    [Fact]
    public void Vectors_have_unit_length()
    {
        var v = _vectorizer.Vectorize(["the council met the mayor", "the mayor resigned", "a"]);
        Assert.Equal(1, v[0].Dot(v[0]), 1e-12);
        Assert.Equal(1, v[1].Dot(v[1]), 1e-12);
        // One-letter words are not terms, so this text has no vector at all.
        Assert.Empty(v[2].Indices);
    }

    [Fact]
    public void A_word_every_text_shares_weighs_less_than_a_rare_one()
    {
        var v = _vectorizer.Vectorize(["storm harbor", "storm valley", "storm plains"]);
        // Term order follows first appearance: "storm" is 0, "harbor" is 1.
        Assert.True(v[0].Weights[0] < v[0].Weights[1]);
    }
}
