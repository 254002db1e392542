using Storyline.Language;
using Storyline.Model;
using Storyline.Time;

namespace Storyline.Tests.Language.Events;

public sealed class EventMentionExtractorTests
{
    private static IReadOnlyList<EventMention> Extract(string body, string? published)
    {
        var date = published is null ? (DateOnly?)null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture);
        var article = new Article("a", "a.txt", "h", null, null, null,
            date is null ? PublicationDate.Unknown : new PublicationDate(date, DateBasis.Dateline),
            body, [new TextSpan(0, body.Length)], []);
        return new ArticleAnnotator().Annotate(article).Events;
    }

    [Fact]
    public void A_call_on_a_weekday_is_news_dated_to_that_day()
    {
        var call = Assert.Single(Extract("President Jana Roe held a telephone conversation with Prime Minister Arno Vell on Monday, officials said.", "2025-11-04"), m => m.Mode == "phone call");
        Assert.Equal(("CONSULT", "phone call"), (call.Type, call.Mode));
        Assert.Equal("2025-11-03", call.Time!.Value);
        Assert.False(call.IsBackground);
        Assert.Equal(2, call.ActorKeys.Count(k => k.StartsWith("person:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_date_past_follows_belongs_to_the_earlier_occurrence()
    {
        var visit = Assert.Single(Extract("The visit by Minister Dalia Orsen to Dravik follows the December phone call between President Jana Roe and Prime Minister Arno Vell.", "2026-01-12"), m => m.Mode == "visit");
        Assert.Null(visit.Time);
    }

    [Fact]
    public void A_date_right_before_another_trigger_is_that_occurrences_time()
    {
        var visit = Assert.Single(Extract("The visit by Minister Dalia Orsen to Dravik was agreed during the December phone conversation between President Jana Roe and Prime Minister Arno Vell.", "2026-01-12"), m => m.Mode == "visit");
        Assert.Null(visit.Time);
    }

    [Theory]
    [InlineData("Mira Solt has checked into a clinic in Marrow to serve a sentence for a 2012 car crash case.")]
    [InlineData("Mira Solt was picked to host the 2014 Ferry Awards in Marrow.")]
    public void A_year_between_a_determiner_and_a_noun_does_not_date_the_lead(string lead)
    {
        var news = Assert.Single(Extract(lead, "2013-05-02"), m => m.Mode == "news");
        Assert.Null(news.Time);
        Assert.False(news.IsBackground);
    }

    [Fact]
    public void A_year_the_lead_is_told_in_still_dates_it()
    {
        var news = Assert.Single(Extract("In 2012 Mira Solt checked into a clinic in Marrow.", "2013-05-02"), m => m.Mode == "news");
        Assert.Equal("2012", news.Time!.Value);
        Assert.True(news.IsBackground);
    }

    [Theory]
    [InlineData("The woman who shot and killed two co-workers in September at the Dravik plant will face trial on murder counts.", "2010-12-07")]
    [InlineData("A Marrow judge on Thursday upheld the jury's verdict against Jon Pell.", "2007-05-02")]
    public void A_lead_dated_weeks_back_is_the_articles_news_told_with_something_it_recalls(string lead, string published)
    {
        // The lead is what the article reports; the date belongs to what it recalls, so the news is undated, not background.
        var news = Assert.Single(Extract(lead, published), m => m.Mode == "news");
        Assert.Null(news.Time);
        Assert.False(news.IsBackground);
    }

    [Fact]
    public void A_day_after_the_report_never_dates_an_earthquake()
    {
        var quake = Assert.Single(Extract("Towers in Dravik shook today, and the papers will quote earthquake experts tomorrow.", "2005-11-27"), m => m.Mode == "earthquake");
        Assert.Equal("2005-11-27", quake.Time!.Value);
    }

    [Theory]
    [InlineData("The destroyer INS Mysore received a distress call from the freighter Gibe on Saturday.")]
    [InlineData("The first 911 call about the fire came from Jon Owen at the Valley Hotel on Monday.")]
    [InlineData("Anyone with information is asked to call Sergeant Ada Morn in Dravik.")]
    [InlineData("Arno Vell, the man they used to call the Lantern, died on Friday.")]
    [InlineData("Reached by telephone on Monday, Jana Roe declined to comment.")]
    public void Signals_errands_names_and_a_reporters_question_are_not_phone_calls(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-11-04"), m => m.Mode == "phone call");
    }

    [Fact]
    public void A_coach_relieved_of_his_duties_is_no_tariff()
    {
        Assert.DoesNotContain(Extract("General Manager Ada Morn of the Dravik Rovers announced today that coach Arno Vell has been relieved of his duties.", "2005-05-23"), m => m.Mode == "tariff");
        Assert.Contains(Extract("Veldora imposed duties of 25% on Kestrian steel on Monday.", "2025-11-04"), m => m.Mode == "tariff");
    }

    [Fact]
    public void A_trigger_word_inside_a_name_is_part_of_the_name()
    {
        var found = Extract("Ada Morn said Summit Entertainment will announce the director of the sequel to Arno Vell's film.", "2008-12-12");
        Assert.DoesNotContain(found, m => m.Mode == "meeting");
    }

    [Fact]
    public void Two_leaders_who_call_each_other_still_hold_a_phone_call()
    {
        Assert.Contains(Extract("President Jana Roe held a call with Prime Minister Arno Vell on Monday.", "2025-11-04"), m => m.Mode == "phone call");
    }

    [Fact]
    public void A_day_set_off_by_a_comma_before_another_trigger_still_dates_the_first()
    {
        var visit = Assert.Single(Extract("Minister Dalia Orsen opened a visit to Dravik on Monday, meeting President Jana Roe.", "2026-01-13"), m => m.Mode == "visit");
        Assert.Equal("2026-01-12", visit.Time!.Value);
    }

    [Fact]
    public void A_tariff_is_dated_by_the_verb_that_imposed_it_not_by_the_day_of_the_deal_that_cuts_it()
    {
        var tariff = Assert.Single(Extract("Veldora and Kestria on Thursday signed a pact that slashes the Kestrian tariff on steel, ending the dispute that began when Kestria imposed a 40% duty last September.", "2026-01-23"), m => m.Mode == "tariff");
        Assert.Equal("2025-09", tariff.Time!.Value);
        Assert.True(tariff.IsBackground);
    }

    [Fact]
    public void Tariffs_imposed_months_before_the_article_are_background()
    {
        var tariff = Assert.Single(Extract("President Jana Roe said Kestria imposed 40% tariffs on steel in August.", "2025-12-12"), m => m.Mode == "tariff");
        Assert.True(tariff.IsBackground);
        Assert.Equal("2025-08", tariff.Time!.Value);
    }

    [Fact]
    public void A_date_past_after_belongs_to_the_earlier_occurrence_not_the_call()
    {
        var mentions = Extract("The phone call between President Jana Roe and Prime Minister Arno Vell comes months after Kestria slapped tariffs on steel in August.", "2025-12-12");
        var call = Assert.Single(mentions, m => m.Mode == "phone call");
        Assert.Null(call.Time);
        Assert.False(call.IsBackground);
    }

    [Theory]
    [InlineData("Minister Dalia Orsen began a two-day visit to Dunmere on Monday.", "visit", "P2D")]
    [InlineData("President Jana Roe arrived for a three-day state visit to Kestria on Monday.", "visit", "P3D")]
    [InlineData("Dockworkers of the Veldoran Dockworkers' Federation began a two-week strike on Monday.", "strike", "P2W")]
    public void An_amount_of_days_before_the_trigger_says_how_long_it_lasted(string sentence, string mode, string duration)
    {
        var mention = Assert.Single(Extract(sentence, "2025-12-12"), m => m.Mode == mode);
        Assert.Equal(duration, mention.Duration?.Value);
    }

    [Theory]
    [InlineData("Minister Dalia Orsen visited Dunmere for two days on Monday.")]
    [InlineData("Two days after the vote, Minister Dalia Orsen visited Dunmere.")]
    public void An_amount_of_time_elsewhere_in_the_sentence_is_not_how_long_it_lasted(string sentence) =>
        Assert.Null(Assert.Single(Extract(sentence, "2025-12-12"), m => m.Mode == "visit").Duration);

    [Fact]
    public void What_after_points_back_to_does_not_take_the_day_of_the_main_clause()
    {
        var mentions = Extract("Dockworkers of the Veldoran Dockworkers' Federation went on strike on Monday, halting the Port of Saltreach after wage talks with Lukas Amberg broke down.", "2025-10-07");
        Assert.Equal("2025-10-06", Assert.Single(mentions, m => m.Mode == "strike").Time!.Value);
        Assert.DoesNotContain(mentions, m => m.Type == "CONSULT" && m.Time is not null);
    }

    [Fact]
    public void A_day_before_an_inserted_after_phrase_still_dates_the_occurrence()
    {
        var call = Assert.Single(Extract("On Monday, after a long delay, Jana Roe and Arno Vell spoke by phone.", "2025-12-12"), m => m.Mode == "phone call");
        Assert.Equal("2025-12-08", call.Time!.Value);
    }

    [Theory]
    [InlineData("The leaders of Veldora and Kestria spoke by telephone on Thursday.")]
    [InlineData("Jana Roe and Arno Vell held a phone call on Thursday.")]
    [InlineData("Jana Roe spoke with him on Thursday, and Arno Vell confirmed the conversation.")]
    public void A_call_followed_by_on_a_day_or_an_object_pronoun_is_a_call(string sentence)
    {
        var call = Assert.Single(Extract(sentence, "2025-12-12"), m => m.Mode == "phone call");
        Assert.Equal("2025-12-11", call.Time!.Value);
    }

    [Theory]
    [InlineData("Jana Roe visited Kestria from 8 to 10 December, officials said.", "2025-12-08", "P3D")]
    [InlineData("Jana Roe visited Kestria on Dec. 8-9, officials said.", "2025-12-08", "P2D")]
    [InlineData("Jana Roe visited Kestria from Dec. 8 through 10, officials said.", "2025-12-08", "P3D")]
    [InlineData("Jana Roe visited Kestria from 8 till 10 December, officials said.", "2025-12-08", "P3D")]
    public void An_occurrence_dated_by_a_range_of_days_lasts_to_its_last_day(string sentence, string day, string duration)
    {
        var visit = Assert.Single(Extract(sentence, "2025-12-12"), m => m.Mode == "visit");
        Assert.Equal((day, duration), (visit.Time!.Value, visit.Duration!.Value));
    }

    [Fact]
    public void Two_days_offered_as_alternatives_are_no_range()
    {
        var visit = Assert.Single(Extract("Jana Roe visited Kestria on Dec. 8 or 9, officials said.", "2025-12-12"), m => m.Mode == "visit");
        Assert.Null(visit.Duration);
    }

    [Fact]
    public void Two_days_named_apart_are_no_range()
    {
        var visit = Assert.Single(Extract("Jana Roe visited Kestria on Dec. 8, and Arno Vell replied on Dec. 10.", "2025-12-12"), m => m.Mode == "visit");
        Assert.Null(visit.Duration);
    }

    [Fact]
    public void A_hypothetical_cue_in_a_later_clause_leaves_the_reported_call_standing()
    {
        var found = Extract("Jana Roe and Arno Vell spoke by telephone on Thursday and agreed that dockworkers would strike in March.", "2025-12-12");

        var call = Assert.Single(found, m => m.Mode == "phone call");
        Assert.Equal("2025-12-11", call.Time!.Value);
        Assert.DoesNotContain(found, m => m.Mode == "strike");
    }

    [Theory]
    [InlineData("Jana Roe and Arno Vell discussed a summit that could take place in March.")]
    [InlineData("Officials said a summit between Jana Roe and Arno Vell could take place in March.")]
    [InlineData("Jana Roe and Arno Vell may hold a summit in March.")]
    [InlineData("The prospect of a summit between Jana Roe and Arno Vell in March cheered markets.")]
    [InlineData("Fears of a summit between Jana Roe and Arno Vell in March unsettled Dunmere.")]
    public void A_hypothetical_cue_in_the_triggers_own_clause_speculates(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode == "meeting");
    }

    [Theory]
    [InlineData("Kestria said on Thursday the rule protects the most threatened wildlife in Veldora.")]
    [InlineData("Kestria listed the Veldoran lynx as threatened on Thursday.")]
    [InlineData("Kestria on Thursday said threatened and endangered species in Veldora will be reviewed.")]
    [InlineData("Kestria said on Thursday that Dunmere is threatened with flooding.")]
    public void Threatened_as_an_adjective_is_no_threat(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode == "threat");
    }

    [Fact]
    public void An_actor_that_threatened_another_is_a_threat()
    {
        var threat = Assert.Single(Extract("Kestria threatened Veldora with new duties on Thursday.", "2025-12-12"), m => m.Mode == "threat");
        Assert.Equal("2025-12-11", threat.Time!.Value);
    }

    [Theory]
    [InlineData("Mayor Tom Reyes spoke to reporters outside City Hall on Thursday.")]
    [InlineData("Detective Ann Marsh said the suspect spoke to the victim on Thursday.")]
    [InlineData("Ann Marsh told police she had a conversation with the suspect on Thursday.")]
    [InlineData("Jana Roe just spoke with aides on Thursday, Arno Vell said.")]
    public void Talk_with_someone_unnamed_is_no_call(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode == "phone call");
    }

    [Theory]
    [InlineData("Jana Roe spoke with Prime Minister Arno Vell on Thursday.")]
    [InlineData("Jana Roe spoke to her Kestrian counterpart Arno Vell on Thursday.")]
    [InlineData("Jana Roe held a conversation with the Kestrian leader Arno Vell on Thursday.")]
    [InlineData("Jana Roe spoke with reporters after a conversation with Arno Vell on Thursday.")]
    [InlineData("In the conversation on Thursday, Jana Roe and Arno Vell discussed steel.")]
    public void Talk_with_a_named_party_is_a_call(string sentence)
    {
        var call = Assert.Single(Extract(sentence, "2025-12-12"), m => m.Mode == "phone call");
        Assert.Equal("2025-12-11", call.Time!.Value);
    }

    [Theory]
    [InlineData("No agreement was reached between Jana Roe and Arno Vell on Thursday.")]
    [InlineData("Analysts say the call between Jana Roe and Arno Vell may pave the way for a deal.")]
    [InlineData("Jana Roe called on Arno Vell to lift the duties.")]
    public void Negated_speculative_and_figurative_mentions_are_not_occurrences(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode is "agreement" or "phone call");
    }

    [Fact]
    public void An_undated_call_takes_the_day_of_a_nearby_sentence_about_the_same_two_people()
    {
        const string Body = "Prime Minister Arno Vell held a productive phone call with President Jana Roe.\nTrade officials met again.\nArno Vell discussed steel quotas with President Jana Roe on Thursday, his office said.";
        var call = Assert.Single(Extract(Body, "2025-12-12"), m => m.Mode == "phone call");
        Assert.Equal("2025-12-11", call.Time!.Value);
    }

    [Fact]
    public void Today_inside_a_quote_does_not_date_the_event()
    {
        const string Body = "“Today we turn a quarrel into a partnership,” President Jana Roe said after Arno Vell signed the framework agreement on Thursday.";
        var agreement = Assert.Single(Extract(Body, "2026-01-23"), m => m.Mode == "agreement");
        Assert.Equal("2026-01-22", agreement.Time!.Value);
    }

    [Fact]
    public void A_lead_with_no_known_kind_of_occurrence_is_the_articles_untyped_news()
    {
        var mentions = Extract("Actress Mira Sato checked herself into a treatment centre in Marrow on Monday, her publicist said.\nShe is expected to stay for a month.", "2025-11-04");
        var news = Assert.Single(mentions);
        Assert.Equal(("OTHER", "news"), (news.Type, news.Mode));
        Assert.Equal(0, news.Sentence.Start);
        Assert.Equal("2025-11-03", news.Time!.Value);
    }

    [Fact]
    public void A_lead_that_only_states_something_is_also_the_articles_untyped_news()
    {
        // "The navy said it has captured 23 pirates": the statement reports the news, so the article's lead can
        // still join the other reports of that news by their text.
        var mentions = Extract("The Veldoran navy announced on Monday that it had captured 23 pirates in the Gulf of Marrow.", "2025-11-04");

        Assert.Contains(mentions, m => m.Mode == "statement");
        var news = Assert.Single(mentions, m => m.Mode == "news");
        Assert.Equal((0, "2025-11-03"), (news.Sentence.Start, news.Time!.Value));
    }

    [Theory]
    [InlineData("Safety director Jon Marr says dispatchers got a call shortly after 3:30 a.m. Tuesday that the depot was burning.")]
    [InlineData("Just past 4 p.m. Friday, Saltreach Police received a call of a man being shot.")]
    public void A_call_coming_in_with_one_named_side_is_no_phone_call(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode == "phone call");
    }

    [Theory]
    [InlineData("Actress Mira Sato died in Marrow on Thursday after a heart attack.")]
    [InlineData("Jana Roe suffered a panic attack in Marrow on Thursday.")]
    public void A_heart_attack_is_no_assault(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence, "2025-12-12"), m => m.Mode == "attack");
    }

    [Fact]
    public void The_call_told_of_before_stays_a_call_with_one_named_side()
    {
        Assert.Contains(Extract("President Jana Roe said the call lasted an hour.", "2025-12-12"), m => m.Mode == "phone call");
    }

    [Fact]
    public void Every_lead_is_also_the_articles_untyped_news_for_the_analysis_to_keep_or_not()
    {
        var found = Extract("President Jana Roe held a telephone conversation with Prime Minister Arno Vell on Monday.", "2025-11-04");

        Assert.Contains(found, m => m.Mode == "phone call");
        Assert.Equal(0, Assert.Single(found, m => m.Mode == "news").Sentence.Start);
    }

    [Fact]
    public void The_imposer_of_a_tariff_leads_its_actors_not_the_nationality_of_the_goods()
    {
        var tariff = Assert.Single(Extract("Veldora's continued purchases of Tervanian oil had prompted President Jana Roe to impose steep duties on Veldoran goods in August.", "2025-12-12"), m => m.Mode == "tariff");
        Assert.Equal("person:jana roe", tariff.ActorKeys[0]);
    }
}
