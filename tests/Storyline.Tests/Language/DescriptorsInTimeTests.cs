using System.Globalization;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

/// <summary>"The US president" naming nobody in the article resolves to whoever held the office on the article's date.</summary>
public sealed class DescriptorsInTimeTests
{
    private static EntityAnnotation Recognize(string text, string? date, string? dateline = null) =>
        LanguageData.Recognizer.Recognize(
            text,
            LanguageData.Splitter.Split(text),
            dateline,
            date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static EntityMention Mention(EntityAnnotation annotation, string text)
    {
        var mention = annotation.Mentions.FirstOrDefault(m => m.Text == text);
        Assert.True(mention is not null, $"No mention '{text}'; found {string.Join(", ", annotation.Mentions.Select(m => m.Text))}");
        return mention;
    }

    [Theory]
    [InlineData("The tariffs stayed, the US president said on Monday.", "the US president", "2019-05-01", "person:donald trump")]
    [InlineData("The tariffs stayed, the US president said on Monday.", "the US president", "2023-05-01", "person:joe biden")]
    [InlineData("The tariffs stayed, the US president said on Monday.", "the US president", "2012-05-01", "person:barack obama")]
    [InlineData("Officials said the American president would attend.", "the American president", "2026-02-02", "person:donald trump")]
    [InlineData("Later the Indian premier posted a photo.", "the Indian premier", "2025-12-11", "person:narendra modi")]
    [InlineData("Later the Indian premier posted a photo.", "the Indian premier", "2008-06-01", "person:manmohan singh")]
    [InlineData("Analysts said India's prime minister would not yield.", "India's prime minister", "2016-03-01", "person:narendra modi")]
    [InlineData("The British prime minister left the summit early.", "The British prime minister", "2017-06-01", "person:theresa may")]
    [InlineData("The British prime minister left the summit early.", "The British prime minister", "2025-06-01", "person:keir starmer")]
    [InlineData("The talks were praised by the UN secretary-general on Friday.", "the UN secretary-general", "2012-06-01", "person:ban ki-moon")]
    [InlineData("The talks were praised by the UN secretary-general on Friday.", "the UN secretary-general", "2024-06-01", "person:antonio guterres")]
    [InlineData("The talks were praised by the UN chief on Friday.", "the UN chief", "2024-06-01", "person:antonio guterres")]
    [InlineData("The NATO chief warned of delays.", "The NATO chief", "2025-03-01", "person:mark rutte")]
    [InlineData("The German chancellor flew to Paris.", "The German chancellor", "2019-09-01", "person:angela merkel")]
    [InlineData("The Chinese president is expected next week.", "The Chinese president", "2019-09-01", "person:xi jinping")]
    [InlineData("The Russian president did not comment.", "The Russian president", "2010-09-01", "person:dmitry medvedev")]
    [InlineData("A letter from the president of the United States arrived.", "the president of the United States", "2010-09-01", "person:barack obama")]
    [InlineData("The call was confirmed by the US ambassador to India on Monday.", "the US ambassador to India", "2026-02-02", "person:sergio gor")]
    [InlineData("The US trade representative is due in New Delhi.", "The US trade representative", "2022-06-01", "person:katherine tai")]
    [InlineData("Washington's envoy to New Delhi met traders.", "Washington's envoy to New Delhi", "2024-01-01", "person:eric garcetti")]
    [InlineData("The European Commission president spoke first.", "The European Commission president", "2021-01-01", "person:ursula von der leyen")]
    [InlineData("The Pakistani prime minister arrived late.", "The Pakistani prime minister", "2020-01-01", "person:imran khan")]
    [InlineData("The Japanese prime minister arrived late.", "The Japanese prime minister", "2025-11-20", "person:sanae takaichi")]
    [InlineData("The Saudi crown prince hosted the talks.", "The Saudi crown prince", "2020-01-01", "person:mohammed bin salman")]
    [InlineData("The US vice president led the delegation.", "The US vice president", "2022-01-01", "person:kamala harris")]
    [InlineData("The US secretary of state led the delegation.", "The US secretary of state", "2019-06-01", "person:mike pompeo")]
    [InlineData("The Brazilian president flew home.", "The Brazilian president", "2024-01-01", "person:luiz inacio lula da silva")]
    public void A_descriptor_naming_nobody_in_the_article_resolves_to_the_holder_on_its_date(string text, string descriptor, string date, string key)
    {
        var annotation = Recognize(text, date);
        var mention = Mention(annotation, descriptor);
        Assert.Equal(key, mention.EntityKey);
        Assert.Equal(EntityType.Person, mention.Type);
        var entity = annotation.Entities.Single(e => e.Key == key);
        Assert.Contains(descriptor, entity.Aliases);
    }

    [Theory]
    [InlineData("The Indian leader spoke by phone on Thursday.", "The Indian leader", "2025-12-11", "person:narendra modi")]
    [InlineData("The French leader spoke by phone on Thursday.", "The French leader", "2025-12-11", "person:emmanuel macron")]
    [InlineData("The German leader spoke by phone on Thursday.", "The German leader", "2019-12-11", "person:angela merkel")]
    [InlineData("The Turkish leader spoke by phone on Thursday.", "The Turkish leader", "2012-12-11", "person:recep tayyip erdogan")]
    public void The_leader_of_a_country_is_the_holder_of_its_executive_office_on_the_date(string text, string descriptor, string date, string key)
    {
        Assert.Equal(key, Mention(Recognize(text, date), descriptor).EntityKey);
    }

    [Fact]
    public void A_country_whose_leader_is_ambiguous_that_year_names_nobody()
    {
        var annotation = Recognize("The Russian leader spoke by phone on Thursday.", "2010-06-01");
        Assert.DoesNotContain(annotation.Mentions, m => m.Type == EntityType.Person);
    }

    [Fact]
    public void The_same_descriptor_in_different_terms_names_different_people()
    {
        const string text = "The US president said on Monday that the talks would go on.";
        Assert.Equal("person:donald trump", Mention(Recognize(text, "2019-05-01"), "The US president").EntityKey);
        Assert.Equal("person:joe biden", Mention(Recognize(text, "2023-05-01"), "The US president").EntityKey);
    }

    [Fact]
    public void Without_a_date_the_descriptor_stays_unresolved()
    {
        var annotation = Recognize("The tariffs stayed, the US president said on Monday.", null);
        Assert.DoesNotContain(annotation.Mentions, m => m.Type == EntityType.Person);
        Assert.Equal("gpe:united states", Mention(annotation, "US").EntityKey);
    }

    [Fact]
    public void A_person_the_article_names_in_that_office_wins_over_the_data()
    {
        // The text says who the president is; the data (Trump in 2019) never overrides it.
        const string text = "US President Jane Roe met reporters in Marrow. Later the US president said the talks went well.";
        var annotation = Recognize(text, "2019-05-01");
        Assert.Equal("person:jane roe", Mention(annotation, "Jane Roe").EntityKey);
        Assert.Equal("person:jane roe", Mention(annotation, "the US president").EntityKey);
        Assert.DoesNotContain(annotation.Entities, e => e.Key == "person:donald trump");
    }

    [Fact]
    public void A_title_before_a_name_is_kept_as_written_whatever_the_data_says()
    {
        var annotation = Recognize("Prime Minister Ola Brandt of India spoke on Friday.", "2019-05-01");
        Assert.Equal("person:ola brandt", Mention(annotation, "Ola Brandt").EntityKey);
        Assert.DoesNotContain(annotation.Entities, e => e.Key == "person:narendra modi");
    }

    [Fact]
    public void The_holder_named_by_surname_alone_takes_the_full_name()
    {
        var annotation = Recognize("Modi said the deal was close. Later the Indian premier posted a photo.", "2025-12-11");
        var modi = annotation.Entities.Single(e => e.Key == "person:narendra modi");
        Assert.Equal("Narendra Modi", modi.Name);
        Assert.Equal(2, modi.Mentions.Count);
        Assert.Equal("person:narendra modi", Mention(annotation, "Modi").EntityKey);
    }

    [Fact]
    public void The_holder_named_in_full_without_a_title_is_the_same_person()
    {
        var annotation = Recognize("Narendra Modi spoke on Monday. The Indian premier later left for Delhi.", "2025-12-11");
        Assert.Equal(2, annotation.Entities.Single(e => e.Key == "person:narendra modi").Mentions.Count);
    }

    [Theory]
    [InlineData("The former US president said little.", "2023-05-01")]
    [InlineData("The then US president signed the order.", "2023-05-01")]
    [InlineData("The incoming US president named a cabinet.", "2024-12-01")]
    public void A_descriptor_pointing_to_another_term_is_not_looked_up(string text, string date) =>
        Assert.DoesNotContain(Recognize(text, date).Mentions, m => m.Type == EntityType.Person);

    [Theory]
    [InlineData("The Brazilian president flew home.", "2016-06-01")]
    [InlineData("The Veldoran president flew home.", "2019-05-01")]
    [InlineData("The US president flew home.", "2027-03-01")]
    [InlineData("The president flew home.", "2019-05-01")]
    [InlineData("The US ambassador flew home.", "2019-05-01")]
    public void A_descriptor_the_data_cannot_settle_stays_unresolved(string text, string date) =>
        Assert.DoesNotContain(Recognize(text, date).Mentions, m => m.Type == EntityType.Person);

    [Property(Arbitrary = [typeof(NewsTextArbitrary)])]
    public bool On_any_date_mentions_are_ordered_disjoint_inside_the_text_and_point_to_returned_entities(NewsText input, int dayNumber)
    {
        var text = input.Value;
        var date = DateOnly.FromDayNumber(730_000 + Math.Abs(dayNumber % 12_000));
        var annotation = LanguageData.Recognizer.Recognize(text, LanguageData.Splitter.Split(text), "Marrow", date);
        var keys = annotation.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var previousEnd = 0;
        foreach (var mention in annotation.Mentions)
        {
            if (mention.Span.Start < previousEnd || mention.Span.Length <= 0 || mention.Span.End > text.Length || !keys.Contains(mention.EntityKey))
            {
                return false;
            }

            previousEnd = mention.Span.End;
        }

        return annotation.Entities.All(e => e.Mentions.Count > 0);
    }

    [Fact]
    public void A_later_bare_title_refers_back_to_the_holder_found_by_date()
    {
        var annotation = Recognize("The US president spoke on Monday. On Tuesday the president left.", "2023-05-01");
        Assert.Equal("person:joe biden", Mention(annotation, "the president").EntityKey);
    }
}

/// <summary>The article's publication date reaches the recognizer through the annotator.</summary>
public sealed class DescriptorsThroughTheAnnotatorTests
{
    private static readonly ArticleAnnotator Annotator = new();

    private static Article Article(string id, string body, PublicationDate published) =>
        new(id, id + ".txt", "h", null, null, null, published, body, [new TextSpan(0, body.Length)], []);

    private static string? KeyOf(AnnotatedArticle annotated, string text) =>
        annotated.Mentions.FirstOrDefault(m => m.Text == text)?.EntityKey;

    [Fact]
    public void A_dated_article_resolves_the_descriptor_and_an_undated_one_does_not()
    {
        const string Body = "The tariffs will stay, the US president said on Monday.";
        var dated = Annotator.Annotate(Article("a1", Body, new PublicationDate(new DateOnly(2023, 5, 1), DateBasis.Dateline)));
        var undated = Annotator.Annotate(Article("a2", Body, PublicationDate.Unknown));
        Assert.Equal("person:joe biden", KeyOf(dated, "the US president"));
        Assert.Null(KeyOf(undated, "the US president"));
    }

    [Fact]
    public void An_inherited_date_range_counts_only_when_it_is_one_day()
    {
        const string Body = "The tariffs will stay, the US president said on Monday.";
        var day = new DateOnly(2023, 5, 1);
        var oneDay = Annotator.Annotate(Article("a1", Body, new PublicationDate(null, DateBasis.EventCluster, day, day)));
        var range = Annotator.Annotate(Article("a2", Body, new PublicationDate(null, DateBasis.EventCluster, day, day.AddDays(3))));
        Assert.Equal("person:joe biden", KeyOf(oneDay, "the US president"));
        Assert.Null(KeyOf(range, "the US president"));
    }

    [Fact]
    public void The_holder_found_by_date_is_one_entity_with_the_person_named_in_another_article()
    {
        var named = Annotator.Annotate(Article("a1", "Prime Minister Narendra Modi spoke on Monday.", new PublicationDate(new DateOnly(2025, 12, 11), DateBasis.Dateline)));
        var described = Annotator.Annotate(Article("a2", "The talks resumed, the Indian premier said on Friday.", new PublicationDate(new DateOnly(2025, 12, 12), DateBasis.Dateline)));
        var resolution = new Storyline.Analysis.Entities.EntityResolver().Resolve([named, described]);
        var modi = Assert.Single(resolution.Entities, e => e.Name == "Narendra Modi");
        Assert.Equal(["a1", "a2"], modi.ArticleIds);
        Assert.Contains("the Indian premier", modi.Aliases);
    }
}
