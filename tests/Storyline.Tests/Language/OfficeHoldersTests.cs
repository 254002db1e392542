using System.Globalization;
using FsCheck;
using FsCheck.Xunit;
using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class OfficeHoldersTests
{
    private static OfficeHolders Offices => LanguageData.Gazetteer.OfficeHolders;

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static OfficeHolders Parse(string rows) =>
        new("# As of: 2026-11\n" + rows, name => name switch
        {
            "Veldora" => "gpe:veldora",
            "Kestria" => "gpe:kestria",
            "Trade Council" => "org:trade council",
            _ => null,
        });

    [Fact]
    public void Every_row_of_the_data_file_parses_into_a_term()
    {
        var rows = EmbeddedData.ReadLines("Language/Data/office_holders.tsv").Count();
        Assert.Equal(rows, Offices.Terms.Count);
        Assert.True(Offices.Terms.Count >= 150);
    }

    [Fact]
    public void A_leader_office_can_move_from_one_office_to_another_on_a_day()
    {
        var offices = new OfficeHolders(
            "# As of: 2026-11\nprime-minister\tVeldora\tAna Lint\t2010-01-01\t2020-01-01\npresident\tVeldora\tOla Brandt\t2015-01-01\n",
            name => name == "Veldora" ? "gpe:veldora" : null,
            "Veldora\tprime-minister\t\t2018-01-01\nVeldora\tpresident\t2018-01-01\n");
        Assert.Equal("Ana Lint", offices.LeaderOn("gpe:veldora", Day("2017-12-31"))?.Holder);
        Assert.Equal("Ola Brandt", offices.LeaderOn("gpe:veldora", Day("2018-01-01"))?.Holder);
        Assert.Null(offices.LeaderOn("gpe:kestria", Day("2018-01-01")));
        Assert.Equal("Ola Brandt", offices.HolderOn("leader", "gpe:veldora", null, Day("2018-01-01"))?.Holder);
    }

    [Fact]
    public void A_leader_row_naming_an_unknown_country_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => new OfficeHolders("# As of: 2026-11\n", _ => null, "Atlantis\tpresident\n"));
    }

    [Fact]
    public void Every_listed_leader_office_has_a_holder_today()
    {
        foreach (var country in new[] { "gpe:united states", "gpe:india", "gpe:united kingdom", "gpe:germany", "gpe:france", "gpe:japan", "gpe:turkey", "gpe:russia" })
        {
            Assert.NotNull(Offices.LeaderOn(country, Day("2026-06-01")));
        }
    }

    [Fact]
    public void The_data_records_its_as_of_month()
    {
        Assert.Equal(new TermDate(Day("2026-11-01"), Day("2026-11-30")), Offices.AsOf);
    }

    [Fact]
    public void Every_term_ends_after_it_starts()
    {
        Assert.All(Offices.Terms, t => Assert.True(t.End is null || t.End.Value.Earliest >= t.Start.Earliest && t.End.Value.Latest > t.Start.Earliest, $"line {t.Line}"));
    }

    [Fact]
    public void Terms_of_one_office_never_overlap_and_only_the_last_is_open()
    {
        foreach (var group in Offices.Terms.GroupBy(t => (t.Office, t.Jurisdiction, t.Post)))
        {
            var terms = group.OrderBy(t => t.Start.Earliest).ToList();
            for (var k = 1; k < terms.Count; k++)
            {
                var previous = terms[k - 1];
                Assert.True(previous.End is not null, $"line {previous.Line}: an open term is followed by line {terms[k].Line}");
                Assert.True(previous.End.Value.Earliest <= terms[k].Start.Earliest && previous.End.Value.Latest <= terms[k].Start.Latest,
                    $"line {previous.Line} overlaps line {terms[k].Line}");
            }
        }
    }

    [Fact]
    public void Every_term_starts_before_the_as_of_month_ends()
    {
        Assert.All(Offices.Terms, t => Assert.True(t.Start.Earliest <= Offices.AsOf!.Value.Latest, $"line {t.Line}"));
    }

    [Theory]
    [InlineData("president", "gpe:united states", "2019-05-01", "Donald Trump")]
    [InlineData("president", "gpe:united states", "2023-05-01", "Joe Biden")]
    [InlineData("president", "gpe:united states", "2017-01-19", "Barack Obama")]
    [InlineData("president", "gpe:united states", "2017-01-20", "Donald Trump")]
    [InlineData("vice-president", "gpe:united states", "2022-03-01", "Kamala Harris")]
    [InlineData("secretary-of-state", "gpe:united states", "2019-06-01", "Mike Pompeo")]
    [InlineData("trade-representative", "gpe:united states", "2022-06-01", "Katherine Tai")]
    [InlineData("prime-minister", "gpe:united kingdom", "2022-10-01", "Liz Truss")]
    [InlineData("prime-minister", "gpe:india", "2010-01-01", "Manmohan Singh")]
    [InlineData("prime-minister", "gpe:india", "2025-12-11", "Narendra Modi")]
    [InlineData("president", "gpe:india", "2020-01-01", "Ram Nath Kovind")]
    [InlineData("president", "gpe:china", "2008-08-08", "Hu Jintao")]
    [InlineData("president", "gpe:russia", "2010-01-01", "Dmitry Medvedev")]
    [InlineData("president", "gpe:france", "2015-01-01", "Francois Hollande")]
    [InlineData("chancellor", "gpe:germany", "2015-01-01", "Angela Merkel")]
    [InlineData("prime-minister", "gpe:japan", "2016-01-01", "Shinzo Abe")]
    [InlineData("prime-minister", "gpe:canada", "2020-01-01", "Justin Trudeau")]
    [InlineData("president", "gpe:brazil", "2020-01-01", "Jair Bolsonaro")]
    [InlineData("prime-minister", "gpe:pakistan", "2020-01-01", "Imran Khan")]
    [InlineData("secretary-general", "org:united nations", "2010-01-01", "Ban Ki-moon")]
    [InlineData("secretary-general", "org:north atlantic treaty organization", "2020-01-01", "Jens Stoltenberg")]
    [InlineData("president", "org:european commission", "2018-01-01", "Jean-Claude Juncker")]
    public void The_holder_on_a_date_is_the_one_whose_term_covers_it(string office, string jurisdiction, string date, string holder)
    {
        Assert.Equal(holder, Offices.HolderOn(office, jurisdiction, null, Day(date))?.Holder);
    }

    [Theory]
    [InlineData("2019-01-01", "Kenneth Juster")]
    [InlineData("2024-01-01", "Eric Garcetti")]
    [InlineData("2026-02-02", "Sergio Gor")]
    [InlineData("2025-12-01", "Sergio Gor")]
    [InlineData("2025-11-09", null)]
    [InlineData("2022-01-01", null)]
    public void An_envoy_is_looked_up_by_the_country_of_posting(string date, string? holder)
    {
        Assert.Equal(holder, Offices.HolderOn("ambassador", "gpe:united states", "gpe:india", Day(date))?.Holder);
        Assert.Null(Offices.HolderOn("ambassador", "gpe:united states", null, Day(date)));
    }

    [Theory]
    [InlineData("2016-06-01")]
    [InlineData("1990-01-01")]
    public void A_day_in_a_gap_or_before_the_data_names_nobody(string date) =>
        Assert.Null(Offices.HolderOn("president", "gpe:brazil", null, Day(date)));

    [Fact]
    public void A_month_precision_boundary_names_nobody_inside_the_month()
    {
        var offices = Parse("minister\tVeldora\tAna Lint\t2010-01-01\t2015-03\nminister\tVeldora\tOla Brandt\t2015-03\t2019-06-01\n");
        Assert.Equal("Ana Lint", offices.HolderOn("minister", "gpe:veldora", null, Day("2015-02-28"))?.Holder);
        Assert.Null(offices.HolderOn("minister", "gpe:veldora", null, Day("2015-03-15")));
        Assert.Equal("Ola Brandt", offices.HolderOn("minister", "gpe:veldora", null, Day("2015-04-01"))?.Holder);
        Assert.Null(offices.HolderOn("minister", "gpe:veldora", null, Day("2019-06-01")));
    }

    [Fact]
    public void An_open_term_is_known_only_until_the_as_of_month_ends()
    {
        var offices = Parse("president\tKestria\tOren Vale\t2020-01-01\n");
        Assert.Equal("Oren Vale", offices.HolderOn("president", "gpe:kestria", null, Day("2026-11-30"))?.Holder);
        Assert.Null(offices.HolderOn("president", "gpe:kestria", null, Day("2026-12-01")));
    }

    [Fact]
    public void The_head_of_an_organization_is_the_holder_of_its_only_office()
    {
        var offices = Parse("chair\tTrade Council\tIvo Tarrant\t2020-01-01\npresident\tVeldora\tAna Lint\t2020-01-01\nminister\tVeldora\tOla Brandt\t2020-01-01\n");
        Assert.Equal("Ivo Tarrant", offices.HeadOn("org:trade council", Day("2021-01-01"))?.Holder);
        Assert.Null(offices.HeadOn("gpe:veldora", Day("2021-01-01")));
    }

    [Theory]
    [InlineData("president\tVeldora\tAna Lint\t2020-13-01\n")]
    [InlineData("president\tVeldora\tAna Lint\n")]
    [InlineData("president\tZembla\tAna Lint\t2020-01-01\n")]
    [InlineData("president\tVeldora\tAna Lint\t2020-01-01\t2019-01-01\n")]
    public void A_bad_row_is_an_error_that_names_its_line(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => Parse(row));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Property]
    public bool Holder_lookups_never_throw_and_answer_only_from_a_covering_term(int dayNumber)
    {
        var date = DateOnly.FromDayNumber(Math.Abs(dayNumber % 800_000));
        var term = Offices.HolderOn("president", "gpe:united states", null, date);
        return term is null || term.Start.Latest <= date && (term.End is null || date < term.End.Value.Earliest);
    }
}
