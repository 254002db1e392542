using Storyline.Ingest;
using Storyline.Model;

namespace Storyline.Tests.Ingest;

public sealed class ArticleCleanerTests
{
    private readonly ArticleCleaner _cleaner = new();

    private Article Clean(string text, DocumentFormat format = DocumentFormat.PlainText, DocumentHints? hints = null) =>
        _cleaner.Clean(new SourceDocument("test.txt", format, text, hints ?? DocumentHints.None));

    private static string[] Paragraphs(Article article) => article.Paragraphs.Select(span => span.Of(article.Body)).ToArray();

    [Theory]
    [InlineData("Friday, June 7, 2013", "2013-06-07")]
    [InlineData("10 June 2013 Last updated at 14:00 GMT", "2013-06-10")]
    [InlineData("10:24 AM, MON 22 JUL 2013", "2013-07-22")]
    [InlineData("Last Updated: Monday, 28 November 2005, 02:24 GMT", "2005-11-28")]
    [InlineData("PUBLISHED FRIDAY, MARCH 8, 2013 AT 12:46 PM / UPDATED AT 12:48 PM", "2013-03-08")]
    [InlineData("November 28th, 2005, 09:11 GMT", "2005-11-28")]
    [InlineData("Posted 11 / 27 / 2005 7:21 AM", "2005-11-27")]
    [InlineData("Last updated 13:26 14/09/2013", "2013-09-14")]
    [InlineData("Updated 5/5/2010 1:41 PM", "2010-05-05")]
    public void A_date_on_a_line_of_its_own_above_the_text_is_the_publication_date_not_the_headline(string line, string date)
    {
        var article = Clean(line + "\n\nVelmora Ferry Timetable Approved\n\nThe harbour council voted on Tuesday.");

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline), (article.Published.Value!.Value, article.Published.Basis));
        Assert.Equal("Velmora Ferry Timetable Approved", article.Headline);
        Assert.DoesNotContain(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Sunday, July 21, 2013 FIRE crews from Dravik were called out.", "2013-07-21", "FIRE crews from Dravik were called out.")]
    [InlineData("May 2, 2013 1:35 pm. Mira Solt has checked into a clinic.", "2013-05-02", "Mira Solt has checked into a clinic.")]
    [InlineData("THURSDAY, DECEMBER 3, 2009, 9:36 AM Rewards are offered for the escapee.", "2009-12-03", "Rewards are offered for the escapee.")]
    [InlineData("10 Jun 2013 09:10 John Tarn, 23, was arrested.", "2013-06-10", "John Tarn, 23, was arrested.")]
    [InlineData("Published on Friday, 27 September 2013 Elections in Dravik were held.", "2013-09-27", "Elections in Dravik were held.")]
    [InlineData("Published at 12:45, Wednesday, 12 June 2013 A trial date has been set.", "2013-06-12", "A trial date has been set.")]
    [InlineData("Posted: Friday, March 8, 2013 2:39 pm Mira Solt scored 23 points.", "2013-03-08", "Mira Solt scored 23 points.")]
    [InlineData("Updated 11 / 27 / 2005 3:41 PM Strong earthquake jolts Dravik.", "2005-11-27", "Strong earthquake jolts Dravik.")]
    public void A_date_opening_the_text_is_the_publication_date_and_leaves_the_body(string text, string date, string body)
    {
        var article = Clean("Velmora Ferry Timetable Approved\n\n" + text);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline), (article.Published.Value!.Value, article.Published.Basis));
        Assert.Equal(body, article.Body);
    }

    [Theory]
    [InlineData("June 7, 2013 will be remembered in Velmora as the day the ferry stopped.")]
    [InlineData("The council met on June 7, 2013 to vote.")]
    public void A_date_that_is_part_of_the_first_sentence_stays(string text)
    {
        var article = Clean("Velmora Ferry Timetable Approved\n\n" + text);

        Assert.Equal(text, article.Body);
        Assert.Equal(DateBasis.Unknown, article.Published.Basis);
    }

    [Theory]
    [InlineData("Posted 04/09/2012 8:33 am")]
    [InlineData("Updated 04 / 09 / 2012 Mira Solt scored.")]
    public void A_numeric_date_that_could_be_either_day_first_or_month_first_is_not_read(string line)
    {
        var article = Clean(line + "\n\nThe harbour council voted on Tuesday.");

        Assert.Equal(DateBasis.Unknown, article.Published.Basis);
    }

    [Theory]
    [InlineData("Posted 04/09/2012 8:33 am EDT", "2012-04-09")]
    [InlineData("POSTED: 05 / 02 / 07, 9:00 PM PDT", "2007-05-02")]
    [InlineData("Updated 04 / 09 / 2012 14:05 BST", "2012-09-04")]
    [InlineData("11 / 30 / 09 05:40 PM ET", "2009-11-30")]
    public void A_time_zone_tells_which_of_day_and_month_comes_first(string line, string date)
    {
        var article = Clean(line + "\n\nThe harbour council voted on Tuesday.");

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline), (article.Published.Value!.Value, article.Published.Basis));
        Assert.Null(article.DatelinePlace);
    }

    [Theory]
    [InlineData("The council first met on April 3 and voted on Monday.", "2007-04-09")]
    [InlineData("The council first met on 28 August and voted on Monday.", "2007-09-04")]
    [InlineData("The council, which first met on April 3, 2007, voted on Monday.", "2007-04-09")]
    public void The_dates_a_text_names_tell_which_of_day_and_month_comes_first(string text, string date)
    {
        var article = Clean("Velmora Ferry Timetable Approved\n\nUpdated 4 / 9 / 2007 6:04 PM " + text);

        Assert.Equal((DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline), (article.Published.Value!.Value, article.Published.Basis));
        Assert.Equal(text, article.Body);
    }

    [Fact]
    public void Named_dates_as_near_to_either_reading_settle_nothing()
    {
        // January 6 is four weeks before February 3; February 17, a court date still to come, two weeks before March 2.
        var article = Clean("Velmora Ferry Timetable Approved\n\nPosted 2 / 3 / 2009 11:11 PM Tarn was arrested on Jan. 6 and is due in court Feb. 17.");

        Assert.Equal(DateBasis.Unknown, article.Published.Basis);
        Assert.Equal("Tarn was arrested on Jan. 6 and is due in court Feb. 17.", article.Body);
    }

    [Fact]
    public void A_date_opening_the_paragraph_after_a_title_left_in_the_text_is_the_publication_date()
    {
        var article = Clean("The ferry sequel is in negotiations.\n\n04 / 04 / 2012 According to the harbour office, talks go on.");

        Assert.Equal((new DateOnly(2012, 4, 4), DateBasis.Dateline), (article.Published.Value!.Value, article.Published.Basis));
        Assert.DoesNotContain("04 / 04 / 2012", article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Velmora ferry deal signed June 7, 2013")]
    [InlineData("2013 ferry timetable approved")]
    public void A_headline_that_names_a_date_stays_the_headline(string line)
    {
        var article = Clean(line + "\n\nThe harbour council voted on Tuesday.");

        Assert.Equal(line, article.Headline);
        Assert.Equal(DateBasis.Unknown, article.Published.Basis);
    }

    [Fact]
    public void A_short_first_line_followed_by_a_blank_line_is_the_headline()
    {
        var article = Clean("Velmora Ferry Timetable Approved After Long Debate\n\nThe harbour council voted on Tuesday.\nCrews start next week.");

        Assert.Equal("Velmora Ferry Timetable Approved After Long Debate", article.Headline);
        Assert.Equal("The harbour council voted on Tuesday.\nCrews start next week.", article.Body);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_stays_in_the_body_and_the_headline_is_cut_from_it()
    {
        var first = "Officials in the coastal province of Velmora said on Tuesday that the long-delayed ferry timetable would finally take effect next month after weeks of argument.";
        var article = Clean(first + "\nThe council voted eight to three.");

        Assert.StartsWith(first, article.Body, StringComparison.Ordinal);
        Assert.EndsWith("…", article.Headline, StringComparison.Ordinal);
        Assert.InRange(article.Headline.Length, 60, 112);
        Assert.StartsWith("Officials in the coastal province of Velmora said", article.Headline, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", article.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_first_sentence_is_the_headline_whole_and_abbreviations_do_not_end_it()
    {
        var article = Clean("The U.S. envoy met Dr. Anselm Kray in Velmora. Talks went on late.");

        Assert.Equal("The U.S. envoy met Dr. Anselm Kray in Velmora", article.Headline);
    }

    [Fact]
    public void The_headline_hint_wins_over_the_text()
    {
        var article = Clean("Some Other Title\n\nBody text here.", hints: new DocumentHints(Headline: " Ferry  deal "));

        Assert.Equal("Ferry deal", article.Headline);
        Assert.Equal("Some Other Title\nBody text here.", article.Body);
    }

    [Theory]
    [InlineData("By Jane Doe", "Jane Doe", null)]
    [InlineData("BY Northwire Bureau", "Northwire Bureau", null)]
    [InlineData("By Jane Doe and Raj Patel | Velmora Gazette", "Jane Doe and Raj Patel", "Velmora Gazette")]
    [InlineData("Written by Ana de la Cruz", "Ana de la Cruz", null)]
    public void A_byline_line_sets_the_byline_and_leaves_the_body(string line, string byline, string? outlet)
    {
        var article = Clean($"Ferry Deal Signed\n{line}\nThe harbour council voted on Tuesday.");

        Assert.Equal(byline, article.Byline);
        Assert.Equal(outlet, article.Outlet);
        Assert.Equal("Ferry Deal Signed", article.Headline);
        Assert.Equal("The harbour council voted on Tuesday.", article.Body);
    }

    [Theory]
    [InlineData("By Monday the talks had stalled over fishing quotas.")]
    [InlineData("By then, the council had voted")]
    public void A_sentence_that_starts_with_by_is_not_a_byline(string line)
    {
        var article = Clean("First paragraph of the story.\n" + line);

        Assert.Null(article.Byline);
        Assert.Contains(line, article.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MARROW, 3 November 2025: The council met.", "Marrow", "2025-11-03", null)]
    [InlineData("Dunmere, November 3, 2025 — The council met.", "Dunmere", "2025-11-03", null)]
    [InlineData("WASHINGTON D.C., 05 November 2025: The council met.", "Washington D.C.", "2025-11-05", null)]
    [InlineData("NEW DELHI: The council met.", "New Delhi", null, null)]
    [InlineData("DUNMERE (Northwire) - The council met.", "Dunmere", null, "Northwire")]
    [InlineData("LONDON, Jan 5 (Reuters) - The council met.", "London", null, "Reuters")]
    [InlineData("PORT ELLIS, Nov. 3, 2025 -- The council met.", "Port Ellis", "2025-11-03", null)]
    public void A_dateline_gives_place_date_and_agency_and_leaves_the_paragraph(string paragraph, string place, string? date, string? agency)
    {
        var article = Clean(paragraph + "\nA second paragraph follows.");

        Assert.Equal(place, article.DatelinePlace);
        Assert.Equal("The council met.\nA second paragraph follows.", article.Body);
        Assert.Equal(agency, article.Outlet);
        if (date is null)
        {
            Assert.Equal(DateBasis.Unknown, article.Published.Basis);
        }
        else
        {
            Assert.Equal(new PublicationDate(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), DateBasis.Dateline), article.Published);
        }
    }

    [Theory]
    [InlineData("Analysts said: the deal is close.")]
    [InlineData("On Monday, November 3, 2025 — the council met.")]
    [InlineData("BREAKING: The council met.")]
    [InlineData("Reuters reports: the council met.")]
    public void Ordinary_openings_are_not_datelines(string paragraph)
    {
        var article = Clean(paragraph + "\nMore.");

        Assert.Null(article.DatelinePlace);
        Assert.StartsWith(paragraph, article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dateline_after_a_standfirst_and_byline_is_found()
    {
        var article = Clean("Observers expect the ferry deal to ease tensions on the coast.\nBY Coastal Desk\nMarrow, February 2, 2026 — The council met.\nMore.");

        Assert.Equal("Marrow", article.DatelinePlace);
        Assert.Equal("Coastal Desk", article.Byline);
        Assert.Equal(new PublicationDate(new DateOnly(2026, 2, 2), DateBasis.Dateline), article.Published);
        Assert.Equal(["Observers expect the ferry deal to ease tensions on the coast.", "The council met.", "More."], Paragraphs(article));
    }

    [Theory]
    [InlineData("READ: Council Debates Harbour Fees")]
    [InlineData("ALSO READ : Ferry Strike Ends After Three Days")]
    [InlineData("Also Read | Port Workers Win Pay Rise")]
    [InlineData("Also read:")]
    [InlineData("Related: Harbour fees explained")]
    [InlineData("Image: Video Screenshot")]
    [InlineData("| Image: Video Screenshot |")]
    [InlineData("![]() |")]
    [InlineData("![Ferry at dawn](https://example.org/ferry.jpg)")]
    [InlineData("Photo: Velmora Gazette")]
    [InlineData("(Photo: Harbour Authority)")]
    [InlineData("File photo")]
    [InlineData("Photo credit: Ana Lind")]
    [InlineData("Credit: Harbour Authority")]
    [InlineData("Share this article: Facebook Twitter Email")]
    [InlineData("Share on WhatsApp")]
    [InlineData("Follow us on Google News")]
    [InlineData("Subscribe to our newsletter for daily updates")]
    [InlineData("Click here to read the full statement")]
    [InlineData("Advertisement")]
    [InlineData("pic.twitter.com/AbCdEf123")]
    public void Furniture_lines_are_removed(string line)
    {
        var article = Clean($"The council voted on Tuesday.\n{line}\nCrews start next week.");

        Assert.Equal("The council voted on Tuesday.\nCrews start next week.", article.Body);
    }

    [Theory]
    [InlineData("Residents were told to read the notice before voting.")]
    [InlineData("The photo: a grainy image of the harbour, was shared widely.")]
    [InlineData("Share prices of the ferry operator rose four percent.")]
    [InlineData("She asked viewers to follow us on this story, the anchor joked, before the break.")]
    [InlineData("The report was related to fishing quotas.")]
    [InlineData("Officials said the advertisement campaign cost 2 million crowns.")]
    [InlineData("Readers who click here and there will find nothing, the minister said.")]
    public void Sentences_that_merely_contain_furniture_words_are_kept(string line)
    {
        var article = Clean($"The council voted on Tuesday.\n{line}");

        Assert.Equal($"The council voted on Tuesday.\n{line}", article.Body);
    }

    [Fact]
    public void An_embedded_post_keeps_its_text_as_a_paragraph_and_drops_the_attribution()
    {
        var article = Clean(
            "The envoy confirmed the call.\n" +
            "The ministers just spoke. Good talks ahead… pic.twitter.com/Xy12Zq https://t.co/abc\n" +
            "— Ambassador Mira Solberg (@EnvoySolberg) February 2, 2026\n" +
            "Officials declined to comment.");

        Assert.Equal(["The envoy confirmed the call.", "The ministers just spoke. Good talks ahead…", "Officials declined to comment."], Paragraphs(article));
        var post = Assert.Single(article.Posts);
        Assert.Equal("The ministers just spoke. Good talks ahead…", post.Text);
        Assert.Equal(post.Text, post.Span.Of(article.Body));
        Assert.Equal("Ambassador Mira Solberg", post.Author);
        Assert.Equal("EnvoySolberg", post.Handle);
        Assert.Equal(new DateOnly(2026, 2, 2), post.Date);
        Assert.Equal(new PublicationDate(new DateOnly(2026, 2, 2), DateBasis.BodyText), article.Published);
    }

    [Fact]
    public void An_attribution_with_a_hyphen_is_recognized_too()
    {
        var article = Clean("Intro line of the story.\nHarbour open again!\n- Port of Marrow (@MarrowPort) Nov 3, 2025\nEnd.");

        var post = Assert.Single(article.Posts);
        Assert.Equal("Port of Marrow", post.Author);
        Assert.Equal("MarrowPort", post.Handle);
        Assert.Equal(new DateOnly(2025, 11, 3), post.Date);
        Assert.DoesNotContain("@MarrowPort", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_published_date_prefers_metadata_then_dateline_then_body_text()
    {
        var text = "MARROW, 3 November 2025: Talks resumed.\nLatest update: On December 11, 2025, the minister spoke.";

        Assert.Equal(new PublicationDate(new DateOnly(2025, 10, 1), DateBasis.Metadata), Clean(text, hints: new DocumentHints(Published: "2025-10-01T08:00:00Z")).Published);
        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 3), DateBasis.Dateline), Clean(text).Published);
        Assert.Equal(new PublicationDate(new DateOnly(2025, 12, 11), DateBasis.BodyText), Clean("Talks resumed.\nLatest update: On December 11, 2025, the minister spoke.").Published);
        Assert.Equal(PublicationDate.Unknown, Clean("Talks resumed on 3 November 2025 in the capital.").Published);
    }

    [Theory]
    [InlineData("Port talks stall\n\nOwners Meet With Union Leaders UPDATED 3:09 AM EST Dec 19, 2008 Despite saying they had been outbid, the owners met again.")]
    [InlineData("Port talks stall\n\nThe owners met again. Posted at 11:45 p.m. PDT, Dec. 19, 2008.")]
    public void A_stamp_with_a_clock_time_before_its_date_dates_the_text(string text)
    {
        Assert.Equal(new PublicationDate(new DateOnly(2008, 12, 19), DateBasis.BodyText), Clean(text).Published);
    }

    [Theory]
    [InlineData("2025-11-03")]
    [InlineData("2025-11-03T09:30:00Z")]
    [InlineData("November 3, 2025")]
    [InlineData("3 November 2025")]
    [InlineData("Nov. 3, 2025")]
    [InlineData("03 November 2025")]
    [InlineData("Mon, 03 Nov 2025 09:30:00 GMT")]
    public void Metadata_dates_are_parsed_in_the_usual_forms(string value)
    {
        var article = Clean("Talks resumed.", hints: new DocumentHints(Published: value));

        Assert.Equal(new PublicationDate(new DateOnly(2025, 11, 3), DateBasis.Metadata), article.Published);
    }

    [Fact]
    public void The_body_has_one_trimmed_paragraph_per_line_and_spans_point_into_it()
    {
        var article = Clean("  First   paragraph\there.  \n\n\n Second\u00A0one. \n");

        Assert.Equal("First paragraph here.\nSecond one.", article.Body);
        Assert.Equal([new TextSpan(0, 21), new TextSpan(22, 11)], article.Paragraphs);
    }

    [Fact]
    public void The_same_story_with_different_whitespace_and_case_gets_the_same_id()
    {
        var a = Clean("The council voted on Tuesday.\nCrews start next week.");
        var b = Clean("The  council voted on TUESDAY.\n\nCrews start next week");

        Assert.Equal(a.Id, b.Id);
        Assert.Equal(16, a.Id.Length);
        Assert.Matches("^[0-9a-f]{16}$", a.Id);
        Assert.NotEqual(a.Id, Clean("A different story entirely.").Id);
    }

    [Fact]
    public void Hard_wrapped_text_is_joined_into_paragraphs()
    {
        var article = Clean(
            "The harbour council of Velmora voted on\nTuesday to approve the new ferry timetable\nafter a long debate.\n\n" +
            "Crews will start the winter schedule\nnext week, officials said, and fares\nwill stay the same.");

        Assert.Equal(
            ["The harbour council of Velmora voted on Tuesday to approve the new ferry timetable after a long debate.",
             "Crews will start the winter schedule next week, officials said, and fares will stay the same."],
            Paragraphs(article));
    }

    [Fact]
    public void Markdown_marks_images_and_links_are_removed()
    {
        var article = Clean(
            "# Ferry Timetable Approved\n\n" +
            "![Harbour](https://example.org/h.jpg)\n\n" +
            "| ![](https://example.org/x.jpg) |\n|---|\n| Image: Harbour at dawn |\n\n" +
            "The **harbour council** voted on _Tuesday_ to [approve the plan](https://example.org/plan).\n\n" +
            "## What happens next\n\n" +
            "- Crews start *next week*.\n" +
            "> Fares will stay the same, said `Ana Lind`.",
            DocumentFormat.Markdown);

        Assert.Equal("Ferry Timetable Approved", article.Headline);
        Assert.Equal(
            ["The harbour council voted on Tuesday to approve the plan.", "What happens next", "Crews start next week.", "Fares will stay the same, said Ana Lind."],
            Paragraphs(article));
    }

    [Fact]
    public void Markdown_keeps_snake_case_and_lone_asterisks()
    {
        var article = Clean("The file_name field and 5 * 3 stay as written.", DocumentFormat.Markdown);

        Assert.Equal("The file_name field and 5 * 3 stay as written.", article.Body);
    }
}
