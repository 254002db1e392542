using Storyline.Language;
using Storyline.Model;

namespace Storyline.Tests.Language;

public sealed class GazetteerTests
{
    private static Gazetteer Gazetteer => LanguageData.Gazetteer;

    [Theory]
    [InlineData("United States", "gpe:united states")]
    [InlineData("U.S.", "gpe:united states")]
    [InlineData("US", "gpe:united states")]
    [InlineData("USA", "gpe:united states")]
    [InlineData("America", "gpe:united states")]
    [InlineData("the States", "gpe:united states")]
    [InlineData("UK", "gpe:united kingdom")]
    [InlineData("Britain", "gpe:united kingdom")]
    [InlineData("Great Britain", "gpe:united kingdom")]
    [InlineData("Russian Federation", "gpe:russia")]
    [InlineData("ROK", "gpe:south korea")]
    [InlineData("Republic of Korea", "gpe:south korea")]
    [InlineData("DPRK", "gpe:north korea")]
    [InlineData("Burma", "gpe:myanmar")]
    [InlineData("T\u00FCrkiye", "gpe:turkey")]
    [InlineData("Ivory Coast", "gpe:cote d'ivoire")]
    [InlineData("Czechia", "gpe:czech republic")]
    [InlineData("Taiwan", "gpe:taiwan")]
    [InlineData("Kosovo", "gpe:kosovo")]
    [InlineData("Palestine", "gpe:palestine")]
    public void Country_aliases_lead_to_the_canonical_country(string alias, string key)
    {
        Assert.True(Gazetteer.TryGetEntry(alias, out var entry));
        Assert.Equal(key, entry.Key);
        Assert.Equal(EntityType.Gpe, entry.Type);
    }

    [Theory]
    [InlineData("us")]
    [InlineData("Us")]
    [InlineData("it")]
    [InlineData("IT")]
    public void Acronym_aliases_match_only_as_written(string word) =>
        Assert.False(Gazetteer.TryGetEntry(word, out _));

    [Fact]
    public void Every_UN_member_state_is_listed()
    {
        Assert.True(Gazetteer.Countries.Count >= 193);
        foreach (var name in new[] { "Afghanistan", "Tuvalu", "Eswatini", "Cabo Verde", "Timor-Leste", "Saint Vincent and the Grenadines", "South Sudan", "Micronesia", "Nauru", "Zimbabwe" })
        {
            Assert.Contains(Gazetteer.Countries, c => c.Name == name);
        }
    }

    [Theory]
    [InlineData("Indian", "India")]
    [InlineData("American", "United States")]
    [InlineData("British", "United Kingdom")]
    [InlineData("Filipino", "Philippines")]
    [InlineData("Emirati", "United Arab Emirates")]
    [InlineData("Dutch", "Netherlands")]
    public void Demonyms_lead_to_their_country(string demonym, string country)
    {
        Assert.True(Gazetteer.TryGetCountryByDemonym(demonym, out var entry));
        Assert.Equal(country, entry.Name);
    }

    [Theory]
    [InlineData("Washington", "United States")]
    [InlineData("New Delhi", "India")]
    [InlineData("Canberra", "Australia")]
    [InlineData("Kyiv", "Ukraine")]
    [InlineData("Pretoria", "South Africa")]
    public void Capitals_lead_to_their_country(string capital, string country)
    {
        Assert.True(Gazetteer.TryGetCountryByCapital(capital, out var entry));
        Assert.Equal(country, entry.Name);
    }

    [Fact]
    public void A_capital_is_also_a_city_of_its_own()
    {
        Assert.True(Gazetteer.TryGetEntry("Washington", out var city));
        Assert.Equal("gpe:washington", city.Key);
        Assert.Equal("capital", city.Kind);
        Assert.Equal("gpe:united states", city.CountryKey);
        Assert.True(Gazetteer.TryGetEntry("Washington, D.C.", out var spelled));
        Assert.Same(city, spelled);
    }

    [Theory]
    [InlineData("Mumbai", "gpe:india")]
    [InlineData("Bombay", "gpe:india")]
    [InlineData("Geneva", "gpe:switzerland")]
    [InlineData("Shanghai", "gpe:china")]
    public void Major_cities_know_their_country(string city, string countryKey)
    {
        Assert.True(Gazetteer.TryGetEntry(city, out var entry));
        Assert.Equal(EntityType.Gpe, entry.Type);
        Assert.Equal(countryKey, entry.CountryKey);
    }

    [Theory]
    [InlineData("WTO", "org:world trade organization")]
    [InlineData("IMF", "org:international monetary fund")]
    [InlineData("World Bank", "org:world bank")]
    [InlineData("NATO", "org:north atlantic treaty organization")]
    [InlineData("EU", "org:european union")]
    [InlineData("G20", "org:group of twenty")]
    [InlineData("Quad", "org:quad")]
    [InlineData("ASEAN", "org:association of southeast asian nations")]
    [InlineData("OPEC", "org:organization of the petroleum exporting countries")]
    [InlineData("Kremlin", "org:kremlin")]
    [InlineData("Pentagon", "org:pentagon")]
    [InlineData("State Department", "org:state department")]
    [InlineData("PMO", "org:prime minister's office")]
    [InlineData("Prime Minister\u2019s Office", "org:prime minister's office")]
    public void Organizations_are_found_by_name_and_acronym(string alias, string key)
    {
        Assert.True(Gazetteer.TryGetEntry(alias, out var entry));
        Assert.Equal(key, entry.Key);
        Assert.Equal(EntityType.Organization, entry.Type);
    }

    [Theory]
    [InlineData("President", "president")]
    [InlineData("president", "president")]
    [InlineData("Prime Minister", "prime-minister")]
    [InlineData("PM", "prime-minister")]
    [InlineData("premier", "prime-minister")]
    [InlineData("Ambassador", "ambassador")]
    [InlineData("envoy", "ambassador")]
    [InlineData("Commerce Minister", "commerce-minister")]
    [InlineData("Foreign Minister", "foreign-minister")]
    [InlineData("Trade Representative", "trade-representative")]
    [InlineData("Chancellor", "chancellor")]
    [InlineData("King", "king")]
    [InlineData("Senator", "senator")]
    [InlineData("spokesperson", "spokesperson")]
    [InlineData("CEO", "ceo")]
    public void Titles_normalize_to_an_office(string title, string office)
    {
        Assert.True(Gazetteer.TryGetTitle(title, out var entry));
        Assert.Equal(office, entry.Office);
    }

    [Fact]
    public void Lexicons_answer_membership()
    {
        Assert.True(Gazetteer.IsGivenName("Maria"));
        Assert.True(Gazetteer.IsOrganizationHead("Ministry"));
        Assert.True(Gazetteer.IsSpeechVerb("said"));
        Assert.True(Gazetteer.IsCommonWord("However"));
        Assert.False(Gazetteer.IsGivenName("However"));
    }
}
