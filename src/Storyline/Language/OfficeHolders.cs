using System.Globalization;

namespace Storyline.Language;

/// <summary>
/// A date as precise as the data knows it: a day (<c>Earliest == Latest</c>) or a month (its first and last day).
/// </summary>
public readonly record struct TermDate(DateOnly Earliest, DateOnly Latest)
{
    /// <summary>"2017-01-20" or "2017-01".</summary>
    public static bool TryParse(string text, out TermDate date)
    {
        date = default;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            date = new TermDate(day, day);
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            date = new TermDate(month, month.AddMonths(1).AddDays(-1));
            return true;
        }

        return false;
    }

    public override string ToString() => Earliest == Latest
        ? Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        : Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}

/// <summary>
/// One person's term in one office, half-open: on the <see cref="End"/> day the successor holds it.
/// <see cref="Jurisdiction"/> is a gazetteer key ("gpe:india", "org:united nations"); <see cref="Post"/> is the
/// country an envoy is posted to. A null <see cref="End"/> means still in office on the data's as-of month.
/// </summary>
public sealed record OfficeTerm(string Office, string Jurisdiction, string Holder, TermDate Start, TermDate? End, string? Post, int Line);

/// <summary>
/// Who held which office when, read once from office_holders.tsv: "the US president" on an article's date.
/// Answers only when one holder certainly held the office on that day and no other possibly did; a day in
/// a month-precision boundary, in a gap, or after the as-of month for a term with no end answers nobody.
/// Immutable after construction and safe to share between threads.
/// </summary>
public sealed class OfficeHolders
{
    private const string AsOfMarker = "# As of:";

    private readonly Dictionary<(string Office, string Jurisdiction, string Post), List<OfficeTerm>> _terms = [];
    private readonly Dictionary<string, List<OfficeTerm>> _byJurisdiction = new(StringComparer.Ordinal);
    private readonly List<OfficeTerm> _all = [];
    private readonly Dictionary<string, List<LeaderOffice>> _leaderOffices = new(StringComparer.Ordinal);

    /// <summary>
    /// Parses the file's text. <paramref name="jurisdictionKey"/> maps a country or organization name to its gazetteer key, or null when unknown.
    /// <paramref name="leaderOffices"/> is leader_offices.tsv: which office "the Indian leader" means.
    /// </summary>
    /// <exception cref="InvalidDataException">A row does not parse or names an unknown country or organization.</exception>
    public OfficeHolders(string text, Func<string, string?> jurisdictionKey, string? leaderOffices = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(jurisdictionKey);
        if (leaderOffices is not null)
        {
            ReadLeaderOffices(leaderOffices, jurisdictionKey);
        }

        foreach (var (number, line, comment) in Lines(text))
        {
            if (line.Length == 0 && comment.StartsWith(AsOfMarker, StringComparison.Ordinal))
            {
                AsOf = ParseDate(comment[AsOfMarker.Length..].Trim(), number, "as-of");
            }
            else if (line.Length > 0)
            {
                Add(ParseRow(line, number, jurisdictionKey));
            }
        }

        foreach (var list in _terms.Values)
        {
            list.Sort((a, b) => a.Start.Earliest.CompareTo(b.Start.Earliest));
        }
    }

    /// <summary>The month the data was last checked; terms with no end are known to run only until its last day.</summary>
    public TermDate? AsOf { get; private set; }

    /// <summary>Every term, in file order.</summary>
    public IReadOnlyList<OfficeTerm> Terms => _all;

    /// <summary>
    /// Whoever held <paramref name="office"/> of <paramref name="jurisdiction"/> (posted to <paramref name="post"/>, for envoys)
    /// on <paramref name="date"/>, or null when the data does not say for certain.
    /// </summary>
    public OfficeTerm? HolderOn(string office, string jurisdiction, string? post, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(office);
        ArgumentNullException.ThrowIfNull(jurisdiction);
        if (office == "leader" && post is null && _leaderOffices.ContainsKey(jurisdiction))
        {
            // "the Indian leader": whichever office leads that country on the day.
            return LeaderOn(jurisdiction, date);
        }

        return _terms.TryGetValue((office, jurisdiction, post ?? ""), out var terms) ? Single(terms, date) : null;
    }

    /// <summary>
    /// The head of an organization on <paramref name="date"/> ("the NATO chief"): the holder of its only office listed, or null
    /// when the organization has several offices or none.
    /// </summary>
    public OfficeTerm? HeadOn(string jurisdiction, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        if (!_byJurisdiction.TryGetValue(jurisdiction, out var terms))
        {
            return null;
        }

        var office = terms[0].Office;
        foreach (var term in terms)
        {
            if (!term.Office.Equals(office, StringComparison.Ordinal) || term.Post is not null)
            {
                return null;
            }
        }

        return Single(terms, date);
    }

    /// <summary>
    /// Whoever led <paramref name="jurisdiction"/> (a country) on <paramref name="date"/>: the holder of the office leader_offices.tsv
    /// names for that day ("the Indian leader" is the prime minister, "the French leader" the president), or null.
    /// </summary>
    public OfficeTerm? LeaderOn(string jurisdiction, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(jurisdiction);
        if (!_leaderOffices.TryGetValue(jurisdiction, out var offices))
        {
            return null;
        }

        foreach (var leader in offices)
        {
            if ((leader.From is not { } from || from <= date) && (leader.Until is not { } until || date < until))
            {
                return HolderOn(leader.Office, jurisdiction, null, date);
            }
        }

        return null;
    }

    /// <summary>
    /// The lines of a data file, numbered from 1: what stands before a '#' (trimmed; empty for a blank or comment
    /// line) and the comment from the '#' on.
    /// </summary>
    private static IEnumerable<(int Number, string Line, string Comment)> Lines(string text)
    {
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            yield return hash >= 0 ? (number, line[..hash].TrimEnd(), line[hash..]) : (number, line.TrimEnd(), "");
        }
    }

    private void ReadLeaderOffices(string text, Func<string, string?> jurisdictionKey)
    {
        foreach (var (number, line, _) in Lines(text))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var columns = line.Split('\t');
            string Column(int index) => index < columns.Length ? columns[index].Trim() : "";
            var jurisdiction = jurisdictionKey(Column(0))
                ?? throw new InvalidDataException($"leader_offices.tsv line {number}: '{Column(0)}' is not a country of the gazetteer.");
            if (Column(1).Length == 0)
            {
                throw new InvalidDataException($"leader_offices.tsv line {number}: expected country, office[, from[, until]].");
            }

            DateOnly? Bound(int index) => Column(index).Length == 0 ? null
                : DateOnly.TryParseExact(Column(index), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day
                : throw new InvalidDataException($"leader_offices.tsv line {number}: '{Column(index)}' is not YYYY-MM-DD.");
            if (!_leaderOffices.TryGetValue(jurisdiction, out var list))
            {
                list = [];
                _leaderOffices[jurisdiction] = list;
            }

            list.Add(new LeaderOffice(Column(1), Bound(2), Bound(3)));
        }
    }

    /// <summary>One row of leader_offices.tsv: the office that leads a country over [From, Until).</summary>
    private sealed record LeaderOffice(string Office, DateOnly? From, DateOnly? Until);

    private OfficeTerm? Single(List<OfficeTerm> terms, DateOnly date)
    {
        OfficeTerm? certain = null;
        var possible = 0;
        foreach (var term in terms)
        {
            if (term.Start.Earliest > date)
            {
                break;
            }

            var endEarliest = term.End?.Earliest ?? OpenEndCertain();
            var endLatest = term.End?.Latest ?? OpenEndCertain();
            if (date < endLatest)
            {
                possible++;
            }

            if (term.Start.Latest <= date && date < endEarliest)
            {
                certain = term;
            }
        }

        return possible == 1 ? certain : null;
    }

    /// <summary>A term with no end is known to last to the end of the as-of month, and no further.</summary>
    private DateOnly OpenEndCertain() => AsOf is { } asOf ? asOf.Latest.AddDays(1) : DateOnly.MaxValue;

    private void Add(OfficeTerm term)
    {
        _all.Add(term);
        var key = (term.Office, term.Jurisdiction, term.Post ?? "");
        if (!_terms.TryGetValue(key, out var list))
        {
            list = [];
            _terms[key] = list;
        }

        list.Add(term);
        if (!_byJurisdiction.TryGetValue(term.Jurisdiction, out var byJurisdiction))
        {
            byJurisdiction = [];
            _byJurisdiction[term.Jurisdiction] = byJurisdiction;
        }

        byJurisdiction.Add(term);
    }

    private static OfficeTerm ParseRow(string line, int number, Func<string, string?> jurisdictionKey)
    {
        var columns = line.Split('\t');
        string Column(int index) => index < columns.Length ? columns[index].Trim() : "";
        if (columns.Length < 4 || Column(0).Length == 0 || Column(2).Length == 0)
        {
            throw new InvalidDataException($"office_holders.tsv line {number}: expected office, of, holder, start[, end[, to]].");
        }

        var jurisdiction = jurisdictionKey(Column(1))
            ?? throw new InvalidDataException($"office_holders.tsv line {number}: '{Column(1)}' is neither a country nor an organization of the gazetteer.");
        var start = ParseDate(Column(3), number, "start");
        TermDate? end = Column(4).Length == 0 ? null : ParseDate(Column(4), number, "end");
        if (end is { } e && e.Earliest < start.Earliest)
        {
            throw new InvalidDataException($"office_holders.tsv line {number}: the term ends before it starts.");
        }

        string? post = null;
        if (Column(5).Length > 0)
        {
            post = jurisdictionKey(Column(5))
                ?? throw new InvalidDataException($"office_holders.tsv line {number}: post '{Column(5)}' is not a country of the gazetteer.");
        }

        return new OfficeTerm(Column(0), jurisdiction, Column(2), start, end, post, number);
    }

    private static TermDate ParseDate(string text, int number, string what) =>
        TermDate.TryParse(text, out var date)
            ? date
            : throw new InvalidDataException($"office_holders.tsv line {number}: {what} date '{text}' is not YYYY-MM-DD or YYYY-MM.");
}
