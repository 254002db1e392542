using FsCheck;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class EntityRecognizerTests
{
    private static EntityAnnotation Recognize(string text, string? dateline = null) =>
        LanguageData.Recognizer.Recognize(text, LanguageData.Splitter.Split(text), dateline);

    private static ArticleEntity Entity(EntityAnnotation annotation, string key)
    {
        var entity = annotation.Entities.SingleOrDefault(e => e.Key == key);
        Assert.True(entity is not null, $"No entity {key}; found {string.Join(", ", annotation.Entities.Select(e => e.Key))}");
        return entity;
    }

    private static EntityMention Mention(EntityAnnotation annotation, string text)
    {
        var mention = annotation.Mentions.FirstOrDefault(m => m.Text == text);
        Assert.True(mention is not null, $"No mention '{text}'; found {string.Join(", ", annotation.Mentions.Select(m => m.Text))}");
        return mention;
    }

    [Theory]
    [InlineData("President Jane Roe met reporters on Friday.", "President")]
    [InlineData("Prime Minister Jane Roe met reporters on Friday.", "Prime Minister")]
    [InlineData("The talks were led by deputy Trade Representative Jane Roe.", "deputy Trade Representative")]
    [InlineData("US Ambassador to Freedonia Jane Roe confirmed the call.", "US Ambassador to Freedonia")]
    [InlineData("Veldoran Foreign Minister Jane Roe flew home.", "Veldoran Foreign Minister")]
    [InlineData("Talks with Chancellor Jane Roe resumed.", "Chancellor")]
    public void A_title_before_a_capitalized_name_makes_a_person_and_the_title_an_alias(string text, string titlePhrase)
    {
        var annotation = Recognize(text);
        var roe = Entity(annotation, "person:jane roe");
        Assert.Equal("Jane Roe", roe.Name);
        Assert.Equal(EntityType.Person, roe.Type);
        Assert.Contains(titlePhrase, roe.Aliases);
        Assert.Equal(EntityType.Person, Mention(annotation, "Jane Roe").Type);
    }

    [Fact]
    public void The_country_in_a_title_is_a_mention_of_its_own()
    {
        var annotation = Recognize("US Ambassador to Freedonia Jane Roe confirmed the call.");
        Assert.Equal("gpe:united states", Mention(annotation, "US").EntityKey);
        Assert.Equal(EntityType.Gpe, Mention(annotation, "Freedonia").Type);
    }

    [Theory]
    [InlineData("Jane Roe arrived on Monday. Roe said the talks went well.", "Roe")]
    [InlineData("Jane Roe arrived on Monday. Later, PM Roe thanked her hosts.", "Roe")]
    [InlineData("Roe's office was quiet. Prime Minister Jane Roe later spoke.", "Roe")]
    [InlineData("Jane Roe arrived on Monday. Roe\u2019s aides stayed behind.", "Roe")]
    public void A_surname_refers_to_the_person_named_in_full(string text, string surname)
    {
        var annotation = Recognize(text);
        var roe = Entity(annotation, "person:jane roe");
        Assert.Equal(2, roe.Mentions.Count);
        Assert.Contains(surname, roe.Aliases);
        Assert.DoesNotContain(annotation.Entities, e => e.Key == "person:roe" || e.Key == "misc:roe");
    }

    [Fact]
    public void Two_people_who_share_a_surname_are_told_apart_by_the_nearest_full_name()
    {
        var annotation = Recognize("Jane Roe met Paul Roe in Marrow. Paul Roe left first. Roe said nothing more.");
        var paul = Entity(annotation, "person:paul roe");
        Assert.Equal(3, paul.Mentions.Count);
        Assert.Single(Entity(annotation, "person:jane roe").Mentions);
    }

    [Fact]
    public void A_title_alone_refers_to_the_person_holding_that_office()
    {
        const string text = "Kestrian Prime Minister Ola Brandt met Veldoran President Ana Lint in Marrow. " +
            "The Kestrian premier said the meeting was useful. \"We agreed on little,\" the president said.";
        var annotation = Recognize(text);
        var brandt = Entity(annotation, "person:ola brandt");
        Assert.Contains("The Kestrian premier", brandt.Aliases);
        Assert.Equal("person:ola brandt", Mention(annotation, "The Kestrian premier").EntityKey);
        Assert.Equal("person:ana lint", Mention(annotation, "the president").EntityKey);
    }

    [Fact]
    public void A_descriptor_respects_the_nationality_of_the_office()
    {
        const string text = "Indian Prime Minister Ravi Menon spoke with Kestrian Prime Minister Ola Brandt. " +
            "Later the Indian premier posted a photo.";
        var annotation = Recognize(text);
        Assert.Equal("person:ravi menon", Mention(annotation, "the Indian premier").EntityKey);
    }

    [Fact]
    public void A_descriptor_with_no_office_holder_leaves_only_its_nationality()
    {
        var annotation = Recognize("The talks stalled, and the Indian ambassador left early.");
        Assert.Equal("gpe:india", Mention(annotation, "Indian").EntityKey);
        Assert.DoesNotContain(annotation.Mentions, m => m.Type == EntityType.Person);
    }

    [Theory]
    [InlineData("Tariffs on Indian goods rose again.", "Indian", "gpe:india")]
    [InlineData("American officials declined to comment.", "American", "gpe:united states")]
    [InlineData("It bought discounted Russian crude.", "Russian", "gpe:russia")]
    public void A_known_demonym_is_a_nationality_that_points_to_its_country(string text, string word, string key)
    {
        var annotation = Recognize(text);
        var mention = Mention(annotation, word);
        Assert.Equal(EntityType.Norp, mention.Type);
        Assert.Equal(key, mention.EntityKey);
        Assert.Equal(EntityType.Gpe, Entity(annotation, key).Type);
    }

    [Fact]
    public void An_unknown_demonym_points_to_the_place_of_the_article_that_shares_its_stem()
    {
        var annotation = Recognize("The Republic of Veldora wants relief. Duties on Veldoran steel doubled, and the Veldoran government protested.");
        var veldora = Entity(annotation, "gpe:veldora");
        Assert.Equal("Veldora", veldora.Name);
        Assert.Contains("Republic of Veldora", veldora.Aliases);
        Assert.All(annotation.Mentions.Where(m => m.Text == "Veldoran"), m =>
        {
            Assert.Equal(EntityType.Norp, m.Type);
            Assert.Equal("gpe:veldora", m.EntityKey);
        });
    }

    [Fact]
    public void An_unknown_demonym_names_an_unclassified_word_as_its_place()
    {
        var annotation = Recognize("Kestria's exports fell. Kestrian farmers blamed the tariffs.");
        Assert.Equal("gpe:kestria", Mention(annotation, "Kestrian").EntityKey);
        Assert.Equal(EntityType.Gpe, Entity(annotation, "gpe:kestria").Type);
    }

    [Fact]
    public void An_unknown_demonym_without_a_place_is_a_nationality_of_its_own()
    {
        var annotation = Recognize("Nordavian farmers protested outside the ministry.");
        var mention = Mention(annotation, "Nordavian");
        Assert.Equal("norp:nordavian", mention.EntityKey);
        Assert.Equal(EntityType.Norp, Entity(annotation, "norp:nordavian").Type);
    }

    [Fact]
    public void An_acronym_defined_in_the_text_is_another_name_of_the_entity()
    {
        var annotation = Recognize("The Trade Council (TC) met on Monday. Later the TC said talks would go on.");
        var council = Entity(annotation, "org:trade council");
        Assert.Equal(EntityType.Organization, council.Type);
        Assert.Equal(3, council.Mentions.Count);
        Assert.Contains("TC", council.Aliases);
    }

    [Fact]
    public void Every_alias_of_a_country_is_one_entity()
    {
        var annotation = Recognize("The United States raised duties. U.S. officials said the US would wait, and America held firm.");
        var us = Entity(annotation, "gpe:united states");
        Assert.Equal("United States", us.Name);
        Assert.Equal(4, us.Mentions.Count);
        Assert.Single(annotation.Entities);
    }

    [Theory]
    [InlineData("Washington has pressed New Delhi to open its markets.")]
    [InlineData("Analysts criticised Washington's imposition of duties on New Delhi.")]
    [InlineData("Ties between Washington and New Delhi have cooled.")]
    public void A_capital_standing_for_its_government_is_the_country(string text)
    {
        var annotation = Recognize(text);
        Assert.Equal("gpe:united states", Mention(annotation, "Washington").EntityKey);
        Assert.Equal("gpe:india", Mention(annotation, "New Delhi").EntityKey);
        Assert.Equal(EntityType.Gpe, Mention(annotation, "Washington").Type);
    }

    [Theory]
    [InlineData("Roe arrived in Washington on Monday.")]
    [InlineData("She ended a visit to Washington last week.")]
    public void A_capital_as_a_location_is_the_city(string text)
    {
        var annotation = Recognize(text);
        Assert.Equal("gpe:washington", Mention(annotation, "Washington").EntityKey);
        Assert.Equal(EntityType.Gpe, Entity(annotation, "gpe:washington").Type);
    }

    [Theory]
    [InlineData("NEW DELHI: Officials met on Monday.", "NEW DELHI", "gpe:new delhi")]
    [InlineData("WASHINGTON D.C., 5 May 2025: The envoy spoke.", "WASHINGTON D.C.", "gpe:washington")]
    [InlineData("MARROW, 3 March 2026 \u2014 The talks opened.", "MARROW", "gpe:marrow")]
    public void The_dateline_place_is_a_city(string text, string dateline, string key)
    {
        var annotation = Recognize(text, dateline);
        Assert.Equal(key, Mention(annotation, dateline).EntityKey);
        Assert.Equal(EntityType.Gpe, Entity(annotation, key).Type);
    }

    [Theory]
    [InlineData("Officials at the Veldoran Ministry of Trade declined to comment.", "Veldoran Ministry of Trade")]
    [InlineData("The Kestrian Farmers Union called a strike.", "Kestrian Farmers Union")]
    [InlineData("Shares of Marrow Steel Corp fell.", "Marrow Steel Corp")]
    [InlineData("Economists at the Veldora Institute of Economics disagreed.", "Veldora Institute of Economics")]
    public void A_name_with_an_organization_head_is_an_organization(string text, string name)
    {
        var annotation = Recognize(text);
        var mention = Mention(annotation, name);
        Assert.Equal(EntityType.Organization, mention.Type);
        Assert.Equal("org:" + name.ToLowerInvariant(), mention.EntityKey);
    }

    [Theory]
    [InlineData("Neither the White House nor the Kremlin replied.", "org:white house", "org:kremlin")]
    [InlineData("Both the WTO and the IMF issued warnings.", "org:world trade organization", "org:international monetary fund")]
    public void Known_organizations_come_from_the_gazetteer(string text, string first, string second)
    {
        var annotation = Recognize(text);
        Entity(annotation, first);
        Entity(annotation, second);
    }

    [Theory]
    [InlineData("Brandvik said the deal was fair.", "person:brandvik")]
    [InlineData("Later, Okonkwo told reporters he was hopeful.", "person:okonkwo")]
    [InlineData("The plan was drafted by Maria Okafor and her team.", "person:maria okafor")]
    [InlineData("A statement from Chad Morrow said otherwise.", "person:chad morrow")]
    public void A_name_before_a_speech_verb_or_with_a_given_name_is_a_person(string text, string key) =>
        Assert.Equal(EntityType.Person, Entity(Recognize(text), key).Type);

    [Theory]
    [InlineData("The delegation flew to Zembla on Tuesday.", "gpe:zembla")]
    [InlineData("Protests spread in Zembla overnight.", "gpe:zembla")]
    public void An_unknown_name_after_a_place_preposition_is_a_place(string text, string key) =>
        Assert.Equal(EntityType.Gpe, Entity(Recognize(text), key).Type);

    [Theory]
    [InlineData("However, the talks ended without a deal.")]
    [InlineData("Despite the tension, both sides kept talking.")]
    [InlineData("The talks ended on Monday, in March.")]
    [InlineData("Officials said the tariffs would stay.")]
    [InlineData("STAY TUNED FOR MORE")]
    [InlineData("Let us wait and see what it brings.")]
    [InlineData("More at pic.twitter.com/AbCdEf and @SomeHandle.")]
    public void Ordinary_capitalized_words_are_not_entities(string text) =>
        Assert.Empty(Recognize(text).Mentions);

    [Fact]
    public void A_headline_keeps_only_names_that_link_to_the_article()
    {
        const string text = "PM Roe Meets Lint As Steel Dispute Drags On\nPrime Minister Jane Roe spoke with President Ana Lint on Friday.";
        var annotation = Recognize(text);
        Assert.Equal(2, Entity(annotation, "person:jane roe").Mentions.Count);
        Assert.Equal(2, Entity(annotation, "person:ana lint").Mentions.Count);
        Assert.DoesNotContain(annotation.Entities, e => e.Name.Contains("Meets", StringComparison.Ordinal) || e.Name.Contains("Dispute", StringComparison.Ordinal));
    }

    [Fact]
    public void A_country_followed_by_an_unknown_name_is_part_of_that_name()
    {
        var annotation = Recognize("The cover of Freedonia Today featured both leaders, and India Today ran it too.");
        Assert.DoesNotContain(annotation.Mentions, m => m.EntityKey == "gpe:india");
        Assert.Contains(annotation.Mentions, m => m.Text == "India Today");
    }

    [Fact]
    public void The_same_person_gets_the_same_key_in_every_article()
    {
        var first = Recognize("President Jane Roe visited Marrow. Roe said little.");
        var second = Recognize("Roe was absent. Jane Roe, the president, sent a message.");
        Assert.Contains(first.Entities, e => e.Key == "person:jane roe");
        Assert.Contains(second.Entities, e => e.Key == "person:jane roe");
    }

    [Fact]
    public void An_apposition_after_a_title_names_the_person()
    {
        var annotation = Recognize("The call was confirmed by the US Ambassador to Freedonia, Jane Roe, on Monday.");
        Assert.Contains("US Ambassador to Freedonia", Entity(annotation, "person:jane roe").Aliases);
    }

    [Theory]
    [InlineData("The Kestrian minister met her counterpart, Ivo Tarrant, on Friday.", "person:ivo tarrant")]
    [InlineData("\"We are ready,\" said Oskar Lind of the port authority.", "person:oskar lind")]
    public void An_apposition_after_a_role_or_a_name_after_said_is_a_person(string text, string key) =>
        Assert.Equal(EntityType.Person, Entity(Recognize(text), key).Type);

    [Fact]
    public void A_two_word_name_is_a_person_when_its_last_word_speaks_elsewhere()
    {
        var annotation = Recognize("Talks with Ivo Tarrant went on all night. Tarrant said little afterwards.");
        Assert.Equal(2, Entity(annotation, "person:ivo tarrant").Mentions.Count);
    }

    [Fact]
    public void A_lone_organization_head_refers_to_the_organization_named_before()
    {
        var annotation = Recognize("The International Monetary Fund cut its forecast. The Fund's chief economist warned of damage.");
        Assert.Equal(2, Entity(annotation, "org:international monetary fund").Mentions.Count);
    }

    [Fact]
    public void A_possessive_country_before_a_title_works_like_the()
    {
        var annotation = Recognize("Indian Prime Minister Ravi Menon spoke on Monday. Later, India's prime minister left for the airport.");
        Assert.Equal("person:ravi menon", Mention(annotation, "India's prime minister").EntityKey);
    }

    [Fact]
    public void A_quoted_title_keeps_its_inner_words()
    {
        var annotation = Recognize("The magazine named her in its \u201CNewsmakers of the Year\u201D issue.");
        Assert.Equal("misc:newsmakers of the year", Mention(annotation, "Newsmakers of the Year").EntityKey);
    }

    [Fact]
    public void The_leader_refers_to_the_head_of_state_or_government()
    {
        var annotation = Recognize("Kestrian President Oren Vale will visit Marrow. The Kestrian leader has called the tariffs unfair.");
        Assert.Equal("person:oren vale", Mention(annotation, "The Kestrian leader").EntityKey);
    }

    [Property(Arbitrary = [typeof(NewsTextArbitrary)])]
    public bool Mentions_are_ordered_disjoint_inside_the_text_and_point_to_returned_entities(NewsText input) =>
        IsWellFormed(input.Value, "Marrow");

    [Fact]
    public void A_mention_keeps_its_curly_apostrophe_as_written()
    {
        // Found by the property below (replay 8702783791493681919,8636644206918933891,59).
        const string Text = "été \n Dr.  Washington'sMinister’ssaid  J. Trade \n PrimeThe \n étéX \n 50% \n Ministry pic.twitter.com/AbC Q the \n \n";
        Assert.True(IsWellFormed(Text, "Marrow"));
    }

    [Property]
    public bool Arbitrary_strings_never_break_the_recognizer(string? text) => IsWellFormed(text ?? "", null);

    private static bool IsWellFormed(string text, string? dateline)
    {
        var annotation = Recognize(text, dateline);
        var keys = annotation.Entities.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        var previousEnd = 0;
        foreach (var mention in annotation.Mentions)
        {
            if (mention.Span.Start < previousEnd || mention.Span.Length <= 0 || mention.Span.End > text.Length)
            {
                return false;
            }

            if (mention.Span.Of(text) != mention.Text && mention.Text != string.Join(' ', mention.Span.Of(text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            {
                return false;
            }

            if (!keys.Contains(mention.EntityKey))
            {
                return false;
            }

            previousEnd = mention.Span.End;
        }

        return annotation.Entities.All(e => e.Mentions.Count > 0 && e.Mentions.All(s => annotation.Mentions.Any(m => m.Span == s && m.EntityKey == e.Key)));
    }
}
