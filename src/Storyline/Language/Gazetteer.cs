using System.Diagnostics.CodeAnalysis;
using System.Text;
using Storyline.Model;

namespace Storyline.Language;

/// <summary>What a gazetteer name stands for. <c>CountryKey</c> is the country it belongs to (itself for a country).</summary>
public sealed record GazetteerEntry(string Key, string Name, EntityType Type, string Kind, string? CountryKey);

public enum TitleKind
{
    /// <summary>A post a person holds: president, prime minister, ambassador.</summary>
    Office,
    /// <summary>Mr., Dr., Sir: marks a person but says nothing about what they do.</summary>
    Honorific,
    /// <summary>A job that does not single a person out: spokesperson, analyst, official.</summary>
    Role,
}

/// <summary>A person title as written in titles.tsv, with the office it normalizes to ("premier" -> "prime-minister").</summary>
public sealed record TitleEntry(string Surface, string Office, TitleKind Kind);

/// <summary>
/// Names of countries, capitals, cities, organizations and person titles, loaded once from the data
/// files under Language/Data. Immutable after construction and safe to share between threads.
/// Alias keys are the surface text with whitespace runs collapsed to one space.
/// </summary>
public sealed class Gazetteer
{
    private const string DataFolder = "Language/Data/";

    private readonly Dictionary<string, GazetteerEntry> _aliases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _aliasesIgnoreCase = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GazetteerEntry> _demonyms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _capitals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TitleEntry> _titles = new(StringComparer.Ordinal);
    private readonly HashSet<string> _firstTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _titleFirstTokens = new(StringComparer.Ordinal);
    private readonly HashSet<string> _givenNames;
    private readonly HashSet<string> _organizationHeads;
    private readonly HashSet<string> _speechVerbs;
    private readonly HashSet<string> _commonWords;
    private readonly List<GazetteerEntry> _countries = [];
    private readonly Dictionary<string, GazetteerEntry> _byKey = new(StringComparer.Ordinal);

    public Gazetteer()
    {
        LoadCountries();
        LoadOrganizations();
        LoadCities();
        LoadTitles();
        _givenNames = new HashSet<string>(EmbeddedData.ReadLines(DataFolder + "first_names.txt"), StringComparer.Ordinal);
        _organizationHeads = new HashSet<string>(EmbeddedData.ReadLines(DataFolder + "org_heads.txt"), StringComparer.Ordinal);
        _speechVerbs = new HashSet<string>(EmbeddedData.ReadLines(DataFolder + "speech_verbs.txt"), StringComparer.Ordinal);
        _commonWords = new HashSet<string>(EmbeddedData.ReadLines(DataFolder + "common_words.txt"), StringComparer.Ordinal);
        AliasLookup = _aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        FirstTokenLookup = _firstTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
        TitleFirstTokenLookup = _titleFirstTokens.GetAlternateLookup<ReadOnlySpan<char>>();
        DemonymLookup = _demonyms.GetAlternateLookup<ReadOnlySpan<char>>();
        GivenNameLookup = _givenNames.GetAlternateLookup<ReadOnlySpan<char>>();
        OrganizationHeadLookup = _organizationHeads.GetAlternateLookup<ReadOnlySpan<char>>();
        SpeechVerbLookup = _speechVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        CommonWordLookup = _commonWords.GetAlternateLookup<ReadOnlySpan<char>>();
        OfficeHolders = new OfficeHolders(EmbeddedData.ReadText(DataFolder + "office_holders.tsv"), JurisdictionKey, EmbeddedData.ReadText(DataFolder + "leader_offices.tsv"));
    }

    /// <summary>Who held which office when (office_holders.tsv), for descriptors such as "the US president".</summary>
    public OfficeHolders OfficeHolders { get; }

    /// <summary>Every country and territory, in file order.</summary>
    public IReadOnlyList<GazetteerEntry> Countries => _countries;

    /// <summary>The longest alias, in tokens, that <see cref="TryGetEntry"/> can match.</summary>
    public int MaxAliasTokens { get; private set; }

    /// <summary>The longest title, in tokens.</summary>
    public int MaxTitleTokens { get; private set; }

    internal Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> AliasLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FirstTokenLookup { get; }

    internal Dictionary<string, TitleEntry>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleFirstTokenLookup { get; }

    internal Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> DemonymLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNameLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganizationHeadLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbLookup { get; }

    internal HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWordLookup { get; }

    /// <summary>The country, city, organization or region an alias names, matched case-sensitively ("US" but not "us").</summary>
    public bool TryGetEntry(string alias, [NotNullWhen(true)] out GazetteerEntry? entry) =>
        _aliases.TryGetValue(Normalize(alias), out entry);

    /// <summary>Like <see cref="TryGetEntry"/> but ignoring case, for all-caps datelines ("NEW DELHI").</summary>
    public bool TryGetEntryIgnoreCase(string alias, [NotNullWhen(true)] out GazetteerEntry? entry) =>
        _aliasesIgnoreCase.TryGetValue(Normalize(alias), out entry);

    /// <summary>The country a demonym or national adjective refers to ("Indian" -> India).</summary>
    public bool TryGetCountryByDemonym(string demonym, [NotNullWhen(true)] out GazetteerEntry? country) =>
        _demonyms.TryGetValue(demonym.Trim(), out country);

    /// <summary>The country whose capital this is ("Washington" -> United States).</summary>
    public bool TryGetCountryByCapital(string capital, [NotNullWhen(true)] out GazetteerEntry? country) =>
        _capitals.TryGetValue(Normalize(capital), out country);

    /// <summary>A title as written or in lower case ("Prime Minister", "prime minister", "PM").</summary>
    public bool TryGetTitle(string words, [NotNullWhen(true)] out TitleEntry? title) =>
        _titles.TryGetValue(Normalize(words), out title);

    /// <summary>The entry with this key ("gpe:india").</summary>
    public bool TryGetByKey(string key, [NotNullWhen(true)] out GazetteerEntry? entry) => _byKey.TryGetValue(key, out entry);

    /// <summary>The key of a country or organization given by its canonical name ("India" -> "gpe:india"), or null.</summary>
    public string? JurisdictionKey(string name)
    {
        foreach (var type in (ReadOnlySpan<EntityType>)[EntityType.Gpe, EntityType.Organization])
        {
            var key = MakeKey(type, name);
            if (_byKey.ContainsKey(key))
            {
                return key;
            }
        }

        return null;
    }

    public bool IsGivenName(string word) => _givenNames.Contains(word);

    public bool IsOrganizationHead(string word) => _organizationHeads.Contains(word);

    public bool IsSpeechVerb(string word) => _speechVerbs.Contains(word);

    public bool IsCommonWord(string word) => _commonWords.Contains(word);

    internal static string Normalize(string surface)
    {
        var builder = new StringBuilder(surface.Length);
        var space = false;
        foreach (var c in surface.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c == '\u2019' ? '\'' : c);
        }

        return builder.ToString();
    }

    internal static string MakeKey(EntityType type, string name) =>
        string.Concat(TypePrefix(type), ":", name.ToLowerInvariant());

    internal static string TypePrefix(EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "org",
        EntityType.Gpe => "gpe",
        EntityType.Location => "loc",
        EntityType.Norp => "norp",
        EntityType.Event => "event",
        EntityType.Law => "law",
        EntityType.Product => "product",
        _ => "misc",
    };

    private static string[] Columns(string line) => line.Split('\t');

    private static string[] List(string[] columns, int index) =>
        index < columns.Length
            ? columns[index].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];

    private void LoadCountries()
    {
        var capitalRows = new List<(string Capital, GazetteerEntry Country)>();
        foreach (var line in EmbeddedData.ReadLines(DataFolder + "countries.tsv"))
        {
            var columns = Columns(line);
            var name = columns[0].Trim();
            var key = MakeKey(EntityType.Gpe, name);
            var entry = new GazetteerEntry(key, name, EntityType.Gpe, "country", key);
            if (!_byKey.TryAdd(key, entry))
            {
                continue;
            }

            _countries.Add(entry);
            AddAlias(name, entry);
            foreach (var alias in List(columns, 1))
            {
                AddAlias(alias, entry);
            }

            foreach (var demonym in List(columns, 2))
            {
                _demonyms.TryAdd(demonym, entry);
            }

            foreach (var capital in List(columns, 3))
            {
                capitalRows.Add((capital, entry));
            }
        }

        // Capitals after all countries, so that a country named like its capital ("Singapore") stays a country.
        GazetteerEntry? previousCity = null;
        string? previousCountry = null;
        foreach (var (capital, country) in capitalRows)
        {
            _capitals.TryAdd(Normalize(capital), country);
            if (_aliases.ContainsKey(Normalize(capital)))
            {
                continue;
            }

            // "Washington|Washington D.C." on one row: later spellings that extend the first one are aliases of the same city.
            if (previousCity is not null && previousCountry == country.Key && capital.StartsWith(previousCity.Name, StringComparison.Ordinal))
            {
                AddAlias(capital, previousCity);
                continue;
            }

            var key = MakeKey(EntityType.Gpe, capital);
            var city = new GazetteerEntry(key, capital, EntityType.Gpe, "capital", country.Key);
            _byKey.TryAdd(key, city);
            AddAlias(capital, city);
            previousCity = city;
            previousCountry = country.Key;
        }
    }

    private void LoadOrganizations()
    {
        foreach (var line in EmbeddedData.ReadLines(DataFolder + "organizations.tsv"))
        {
            var columns = Columns(line);
            var name = columns[0].Trim();
            var kind = columns.Length > 2 ? columns[2].Trim() : "organization";
            string? country = null;
            if (columns.Length > 3 && columns[3].Trim().Length > 0)
            {
                country = MakeKey(EntityType.Gpe, columns[3].Trim());
            }

            var key = MakeKey(EntityType.Organization, name);
            var entry = new GazetteerEntry(key, name, EntityType.Organization, kind, country);
            if (!_byKey.TryAdd(key, entry))
            {
                continue;
            }

            AddAlias(name, entry);
            foreach (var alias in List(columns, 1))
            {
                AddAlias(alias, entry);
            }
        }
    }

    private void LoadCities()
    {
        foreach (var line in EmbeddedData.ReadLines(DataFolder + "cities.tsv"))
        {
            var columns = Columns(line);
            var name = columns[0].Trim();
            var kind = columns.Length > 3 ? columns[3].Trim() : "city";
            var type = kind == "location" ? EntityType.Location : EntityType.Gpe;
            string? country = null;
            if (columns.Length > 1 && columns[1].Trim().Length > 0)
            {
                country = MakeKey(EntityType.Gpe, columns[1].Trim());
            }

            var key = MakeKey(type, name);
            var entry = new GazetteerEntry(key, name, type, kind, country);
            if (_aliases.ContainsKey(Normalize(name)) || !_byKey.TryAdd(key, entry))
            {
                continue;
            }

            AddAlias(name, entry);
            foreach (var alias in List(columns, 2))
            {
                AddAlias(alias, entry);
            }
        }
    }

    private void LoadTitles()
    {
        foreach (var line in EmbeddedData.ReadLines(DataFolder + "titles.tsv"))
        {
            var columns = Columns(line);
            if (columns.Length < 3)
            {
                continue;
            }

            var surface = Normalize(columns[0]);
            var kind = columns[2].Trim() switch
            {
                "honorific" => TitleKind.Honorific,
                "role" => TitleKind.Role,
                _ => TitleKind.Office,
            };
            var entry = new TitleEntry(surface, columns[1].Trim(), kind);
            AddTitle(surface, entry);

            // Titles are written in lower case when they stand alone ("the prime minister"); acronyms are not ("PM").
            if (!IsAllCaps(surface))
            {
                AddTitle(surface.ToLowerInvariant(), entry);
            }
        }
    }

    private void AddTitle(string surface, TitleEntry entry)
    {
        if (_titles.TryAdd(surface, entry))
        {
            var tokens = CountTokens(surface, out var first);
            _titleFirstTokens.Add(first);
            MaxTitleTokens = Math.Max(MaxTitleTokens, tokens);
        }
    }

    private void AddAlias(string alias, GazetteerEntry entry)
    {
        var normalized = Normalize(alias);
        if (normalized.Length == 0)
        {
            return;
        }

        if (_aliases.TryAdd(normalized, entry))
        {
            _aliasesIgnoreCase.TryAdd(normalized, entry);
            var tokens = CountTokens(normalized, out var first);
            _firstTokens.Add(first);
            MaxAliasTokens = Math.Max(MaxAliasTokens, tokens);
        }

        // "the States", "the Vatican": the article also writes them with a capital at the start of a sentence.
        if (normalized.StartsWith("the ", StringComparison.Ordinal))
        {
            AddAlias(string.Concat("The", normalized.AsSpan(3)), entry);
        }
    }

    /// <summary>Counts tokens the way the recognizer forms them, so that alias keys and text keys agree.</summary>
    private static int CountTokens(string normalized, out string first)
    {
        var tokens = EntityRecognizer.SplitForLookup(normalized);
        first = tokens.Count > 0 ? normalized.Substring(tokens[0].Start, tokens[0].Length) : normalized;
        return Math.Max(1, tokens.Count);
    }

    internal static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 0;
    }

    internal static string TitleCase(string text)
    {
        var builder = new StringBuilder(text.Length);
        var startOfWord = true;
        foreach (var c in text)
        {
            builder.Append(startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            startOfWord = !char.IsLetter(c) && c != '\'';
        }

        return builder.ToString();
    }
}
