using System.Globalization;
using Storyline.Model;

namespace Storyline.Time;

internal enum TimeUnit
{
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
}

internal enum Tense
{
    None,
    Past,
    Future,
    /// <summary>"is", "are": ahead for a month or a day of the month, but not for a weekday.</summary>
    Present,
    /// <summary>"is visiting", "are meeting": read as <see cref="Present"/>, except that a weekday is the coming one.</summary>
    Progressive,
}

internal enum NumberRole
{
    Unit,
    Teen,
    Tens,
    Article,
    Vague,
    Scale,
    Couple,
    Half,
}

/// <summary>What a word before a quarter or reporting period does (see periods.tsv).</summary>
internal enum PeriodRole
{
    Det,
    Current,
    Fiscal,
    Topic,
    Skip,
}

internal readonly record struct MonthEntry(int Month, bool Abbreviation, bool NeedsContext);

internal readonly record struct NumberEntry(int Value, NumberRole Role);

internal readonly record struct UnitEntry(TimeUnit Unit, int Multiplier, bool Plural, string VagueCode);

internal readonly record struct SeasonEntry(string Code, int StartMonth);

/// <summary>A holiday's name as time tokens (lower case) and the rule that dates it.</summary>
internal sealed record HolidayEntry(string[] Tokens, HolidayRule Rule);

/// <summary>A decade word ("nineties", TIMEX3 value "199") or a century ordinal ("twentieth", 20).</summary>
internal readonly record struct EraEntry(bool IsDecade, string Value);

/// <summary>A part of day ("MO") or a clock time ("12:00").</summary>
internal readonly record struct DayPartEntry(bool IsClock, string Code, int Hour, int Minute);

internal enum DeicticKind
{
    Ref,
    Day,
    AnchorDay,
    /// <summary>A vague stretch of time ("recent months" is PXM).</summary>
    Vague,
    /// <summary>A phrase whose deictic word is no time ("as soon as" the talks end).</summary>
    Not,
}

internal sealed record DeicticEntry(string[] Context, string[] Words, DeicticKind Kind, string Ref, int Offset, string? DayPart);

internal readonly record struct RelativeEntry(int Offset, bool Dct, bool Anchor, bool OpensDuration);

internal enum SetWordKind
{
    Adverb,
    Every,
    Per,
    Freq,
    Rate,
}

internal readonly record struct SetWord(SetWordKind Kind, string Value);

/// <summary>What a row of direction-cues.tsv does (the file's header explains each role).</summary>
internal enum DirectionCueRole
{
    Earliest,
    Lookback,
    UpTo,
    Perfect,
    Target,
    Done,
    Adverb,
    MainPast,
    Speech,
}

[Flags]
internal enum ContextUse
{
    None = 0,
    Year = 1,
    Month = 2,
    Season = 4,
    /// <summary>A year between this word and a noun: "the 2024 election".</summary>
    YearBeforeWord = 8,
}

/// <summary>
/// Every word list the tagger uses, read once from <c>Time/Data/*.tsv</c>. Lookups take
/// <see cref="ReadOnlySpan{T}"/> slices of the text so that tagging allocates no strings per word.
/// </summary>
internal sealed class TimexLexicon
{
    private const string Folder = "Time/Data/";

    public TimexLexicon()
    {
        Months = new(Rows("months.tsv").Select(r => (r[0], new MonthEntry(Int(r[1]), Flag(r, 2, "abbr"), Flag(r, 2, "context")))));
        Weekdays = new(Rows("weekdays.tsv").Where(r => !Flag(r, 2, "pl")).Select(r => (r[0], Int(r[1]))));
        RecurringWeekdays = new(Rows("weekdays.tsv").Where(r => Flag(r, 2, "pl")).Select(r => (r[0], Int(r[1]))));
        Numbers = new(Rows("numbers.tsv").Select(r => (r[0], new NumberEntry(r[1] == "X" ? -1 : Int(r[1]), Enum.Parse<NumberRole>(r[2], ignoreCase: true)))));
        Ordinals = new(Rows("ordinals.tsv").Select(r => (r[0], Int(r[1]))));
        Units = new(Rows("units.tsv").Select(r => (r[0], new UnitEntry(Enum.Parse<TimeUnit>(r[1]), Int(r[2]), r[3] == "pl", r[4]))));
        Seasons = new(Rows("seasons.tsv").Select(r => (r[0], new SeasonEntry(r[1], Int(r[2])))));
        DayParts = new(Rows("dayparts.tsv").Where(r => r[1] != "parts").Select(r => (r[0], ParseDayPart(r))));
        RecurringDayParts = new(Rows("dayparts.tsv").Where(r => r[1] == "parts").Select(r => (r[0], r[2])));
        Relative = new(Rows("relative.tsv").Select(r => (r[0], ParseRelative(r))));
        Sets = new(Rows("sets.tsv").Select(r => (r[0], new SetWord(Enum.Parse<SetWordKind>(r[1], ignoreCase: true), r.Length > 2 ? r[2] : ""))));
        Context = new(Rows("context.tsv").Select(r => (r[0], ParseContext(r[1]))));
        DurationContext = new(Rows("duration-context.tsv").Select(r => (r[0], true)));
        Abbreviations = new(Rows("abbreviations.tsv").Select(r => (r[0], true)));
        Holidays = new(Rows("holidays.tsv")
            .Select(r => new HolidayEntry(TimeTokenizer.Tokenize(r[0]).Select(t => r[0].Substring(t.Start, t.Length).ToLowerInvariant()).ToArray(), HolidayRule.Parse(r[1])))
            .GroupBy(h => h.Tokens[0], StringComparer.Ordinal)
            .Select(g => (g.Key, g.OrderByDescending(h => h.Tokens.Length).ToArray())));
        Eras = new(Rows("eras.tsv").Select(r => (r[0], new EraEntry(r[1] == "decade", r[2]))));
        AmountFillers = new(Rows("amount-fillers.tsv").Select(r => (r[0], true)));
        YearLabels = new(Rows("bare-year.tsv").Where(r => r[1] == "label").Select(r => (r[0], true)));
        NotPlurals = new(Rows("bare-year.tsv").Where(r => r[1] == "notplural").Select(r => (r[0], true)));
        RangeJoiners = new RangeJoiners();

        var tense = new List<(string, Tense)>();
        var suffixes = new List<(string, Tense)>();
        var auxiliaries = new List<(string, bool)>();
        var deadlines = new List<(string, bool)>();
        var nouns = new List<(string, bool)>();
        var beforeTo = new List<(string, bool)>();
        foreach (var r in Rows("tense.tsv"))
        {
            if (r.Length > 2 && r[2] == "noun")
            {
                nouns.Add((r[0], true));
            }

            if (r.Length > 2 && r[2] == "to")
            {
                beforeTo.Add((r[0], true));
            }

            if (r.Length > 2 && r[2] == "aux")
            {
                auxiliaries.Add((r[0], true));
            }

            if (r.Length > 2 && r[2] == "deadline")
            {
                deadlines.Add((r[0], true));
            }

            var t = Enum.Parse<Tense>(r[1], ignoreCase: true);
            if (r[0].StartsWith('*'))
            {
                suffixes.Add((r[0][1..], t));
            }
            else
            {
                tense.Add((r[0], t));
            }
        }

        TenseCues = new(tense);
        TenseSuffixes = suffixes;
        Auxiliaries = new(auxiliaries);
        Deadlines = new(deadlines);
        NounCues = new(nouns);
        Determiners = new(Rows("determiners.tsv").Select(r => (r[0], true)));
        CuesBeforeTo = new(beforeTo);

        var cues = Rows("direction-cues.tsv").Select(r => (Words: r[0], Role: Enum.Parse<DirectionCueRole>(r[1], ignoreCase: true))).ToList();
        EarliestPhrases = [.. cues.Where(c => c.Role == DirectionCueRole.Earliest).Select(c => c.Words.Split(' '))];
        LookbackPhrases = [.. cues.Where(c => c.Role == DirectionCueRole.Lookback).Select(c => c.Words.Split(' '))];
        UpToCues = CueWords(cues, DirectionCueRole.UpTo);
        PastPerfectMarkers = CueWords(cues, DirectionCueRole.Perfect);
        DeadlineTargets = CueWords(cues, DirectionCueRole.Target);
        DoneSuffixes = CueSuffixes(cues, DirectionCueRole.Done);
        AdjectiveAdverbs = CueWords(cues, DirectionCueRole.Adverb);
        AdverbSuffixes = CueSuffixes(cues, DirectionCueRole.Adverb);
        MainPastAuxiliaries = CueWords(cues, DirectionCueRole.MainPast);
        SpeechVerbs = CueWords(cues, DirectionCueRole.Speech);
        Prepositions = new(Rows("prepositions.tsv").Select(r => (r[0], true)));

        var deictic = Rows("deictic.tsv").Select(ParseDeictic).ToList();
        Deictic = Phrases(deictic.Where(e => e.Kind != DeicticKind.Not), e => e.Words);
        NotDeictic = [.. deictic.Where(e => e.Kind == DeicticKind.Not).Select(e => e.Words)];
        var modifiers = Rows("modifiers.tsv").ToList();
        Modifiers = Phrases(modifiers.Select(r => r[0].Split(' ')), w => w);
        ModifierHalves = new(modifiers.Where(r => r.Length > 2 && r[2] is "H1" or "H2").Select(r => (r[0], r[2][1] - '0')));

        ModifierMods = new(modifiers.Where(r => r.Length > 1 && r[1] != "NONE").Select(r => (r[0], r[1])));
        var approximators = Rows("approximators.tsv").ToList();
        Approximators = Phrases(approximators.Select(r => r[0].Split(' ')), w => w);
        ApproximatorMods = new(approximators.Select(r => (r[0], r[1])));
        PeriodWords = new(Rows("periods.tsv").Select(r => (r[0], Enum.Parse<PeriodRole>(r[1], ignoreCase: true))));
        string[] articles = ["the", "q", "h", "fy", "year", "earlier", "later"];
        Starters = new(Months.Keys.Concat(Weekdays.Keys).Concat(RecurringWeekdays.Keys).Concat(Numbers.Keys).Concat(Ordinals.Keys).Concat(Units.Keys)
            .Concat(Seasons.Keys).Concat(DayParts.Keys).Concat(Relative.Keys).Concat(Sets.Keys).Concat(Deictic.Keys)
            .Concat(Modifiers.Keys).Concat(Approximators.Keys).Concat(Eras.Keys).Concat(Holidays.Keys).Concat(PeriodWords.Keys).Concat(articles).Select(k => (k, true)));
    }

    /// <summary>Every word an expression can start with; other words are skipped with one lookup.</summary>
    public WordTable<bool> Starters { get; }

    public WordTable<MonthEntry> Months { get; }

    /// <summary>"about", "more than": approximations kept in the span of an amount of time.</summary>
    public WordTable<string[][]> Approximators { get; }

    /// <summary>Words before a quarter or reporting period ("the", "fiscal", "latest").</summary>
    public WordTable<PeriodRole> PeriodWords { get; }

    public WordTable<int> Weekdays { get; }

    /// <summary>Plural weekdays ("Sundays"): a day that recurs every week.</summary>
    public WordTable<int> RecurringWeekdays { get; }

    /// <summary>Plural parts of day ("nights") with their TIMEX3 code: after a weekday they make it recur.</summary>
    public WordTable<string> RecurringDayParts { get; }

    public WordTable<NumberEntry> Numbers { get; }

    public WordTable<int> Ordinals { get; }

    public WordTable<UnitEntry> Units { get; }

    public WordTable<SeasonEntry> Seasons { get; }

    public WordTable<DayPartEntry> DayParts { get; }

    public WordTable<RelativeEntry> Relative { get; }

    public WordTable<SetWord> Sets { get; }

    public WordTable<ContextUse> Context { get; }

    public WordTable<bool> DurationContext { get; }

    public WordTable<bool> Abbreviations { get; }

    public WordTable<EraEntry> Eras { get; }

    /// <summary>Holidays by their first token, longest name first.</summary>
    public WordTable<HolidayEntry[]> Holidays { get; }

    /// <summary>Words between an amount and its unit that belong to the duration ("20 more years").</summary>
    public WordTable<bool> AmountFillers { get; }

    /// <summary>Words after which a bare four-digit number is a label, not a year ("Flight 1990").</summary>
    public WordTable<bool> YearLabels { get; }

    /// <summary>Words ending in -s that are no plural nouns ("was", "this"), so a year may stand before them.</summary>
    public WordTable<bool> NotPlurals { get; }

    /// <summary>Words joining two days: "5 to 9 March", "Dec. 8-9", "April 24 and 25".</summary>
    public RangeJoiners RangeJoiners { get; }

    public WordTable<Tense> TenseCues { get; }

    /// <summary>Suffix rules ("ed" -> past) for words not in <see cref="TenseCues"/>.</summary>
    public IReadOnlyList<(string Suffix, Tense Tense)> TenseSuffixes { get; }

    /// <summary>Auxiliaries after which an -ed word is a participle, not a past-tense cue.</summary>
    public WordTable<bool> Auxiliaries { get; }

    /// <summary>Cues that are also nouns ("plan"): not cues after a determiner ("the plan").</summary>
    public WordTable<bool> NounCues { get; }

    /// <summary>Determiners and possessives (determiners.tsv): "the plan" is a noun, "a revised date" an adjective.</summary>
    public WordTable<bool> Determiners { get; }

    /// <summary>Cues only when "to" follows ("set to open Monday").</summary>
    public WordTable<bool> CuesBeforeTo { get; }

    /// <summary>Deadline words ("due", "expire"): ahead, unless a past auxiliary governs them ("had been due").</summary>
    public WordTable<bool> Deadlines { get; }

    /// <summary>Phrases right before a date that put it ahead ("as soon as", "as early as"; direction-cues.tsv).</summary>
    public string[][] EarliestPhrases { get; }

    /// <summary>Phrases ending on a future cue that make it read back ("not until").</summary>
    public string[][] LookbackPhrases { get; }

    /// <summary>Future cues that read back when a past perfect follows ("until", "till").</summary>
    public WordTable<bool> UpToCues { get; }

    /// <summary>The auxiliaries that mark a past perfect after an <see cref="UpToCues"/> word ("had").</summary>
    public WordTable<bool> PastPerfectMarkers { get; }

    /// <summary>Words right before a date that make it the term a past-form deadline verb sets ("extended to").</summary>
    public WordTable<bool> DeadlineTargets { get; }

    /// <summary>Endings of deadline words in their past form ("extended"): the act itself, done on the date.</summary>
    public IReadOnlyList<string> DoneSuffixes { get; }

    /// <summary>Adverbs between a determiner and an -ed adjective ("a still unspecified date").</summary>
    public WordTable<bool> AdjectiveAdverbs { get; }

    /// <summary>Prepositions a set word before which is an adverb ("daily outside the ministry"; prepositions.tsv).</summary>
    public WordTable<bool> Prepositions { get; }

    /// <summary>Past auxiliaries after a date named by a plan in a reduced relative clause ("planned for Saturday was canceled").</summary>
    public WordTable<bool> MainPastAuxiliaries { get; }

    /// <summary>Reporting verbs: a weekday ahead in what was said on a day is counted from that day (direction-cues.tsv, speech).</summary>
    public WordTable<bool> SpeechVerbs { get; }

    /// <summary>Adverb endings ("ly") that do the same on words of five letters or more ("the newly formed").</summary>
    public IReadOnlyList<string> AdverbSuffixes { get; }

    /// <summary>Phrases that stop a deictic word inside them from being a time ("as soon as", "soon after").</summary>
    public string[][] NotDeictic { get; }

    /// <summary>Deictic phrases by their first word, longest first.</summary>
    public WordTable<DeicticEntry[]> Deictic { get; }

    /// <summary>Modifier phrases by their first word, longest first.</summary>
    public WordTable<string[][]> Modifiers { get; }

    /// <summary>The TIMEX3 mod of a modifier phrase ("early" START, "the end of" END), by the whole phrase; halves have none.</summary>
    public WordTable<string> ModifierMods { get; }

    /// <summary>The TIMEX3 mod of an approximator ("about" APPROX, "at least" EQUAL_OR_MORE), by the whole phrase.</summary>
    public WordTable<string> ApproximatorMods { get; }

    /// <summary>Modifier phrases that name a half of a year ("the first half of" is 1), by the whole phrase.</summary>
    public WordTable<int> ModifierHalves { get; }

    private static IEnumerable<string[]> Rows(string file) =>
        EmbeddedData.ReadLines(Folder + file).Select(l => l.Split('\t', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));

    private static WordTable<bool> CueWords(List<(string Words, DirectionCueRole Role)> cues, DirectionCueRole role) =>
        new(cues.Where(c => c.Role == role && !c.Words.StartsWith('*')).Select(c => (c.Words, true)));

    private static string[] CueSuffixes(List<(string Words, DirectionCueRole Role)> cues, DirectionCueRole role) =>
        [.. cues.Where(c => c.Role == role && c.Words.StartsWith('*')).Select(c => c.Words[1..])];

    private static int Int(string s) => int.Parse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    private static bool Flag(string[] row, int column, string flag) => row.Length > column && row[column] == flag;

    private static DayPartEntry ParseDayPart(string[] r)
    {
        if (r[1] == "clock")
        {
            var parts = r[2].Split(':');
            return new DayPartEntry(true, r[2], Int(parts[0]), Int(parts[1]));
        }

        return new DayPartEntry(false, r[2], 0, 0);
    }

    private static RelativeEntry ParseRelative(string[] r)
    {
        var uses = r[2].Split(',');
        return new RelativeEntry(Int(r[1]), uses.Contains("dct"), uses.Contains("anchor"), uses.Contains("span"));
    }

    private static ContextUse ParseContext(string uses)
    {
        var result = ContextUse.None;
        foreach (var use in uses.Split(','))
        {
            result |= Enum.Parse<ContextUse>(use, ignoreCase: true);
        }

        return result;
    }

    private static DeicticEntry ParseDeictic(string[] r)
    {
        var all = r[0].Split(' ');
        var context = all.TakeWhile(w => w.StartsWith('[')).Select(w => w.Trim('[', ']')).ToArray();
        var words = all[context.Length..];
        var kind = Enum.Parse<DeicticKind>(r[1], ignoreCase: true);
        return kind is DeicticKind.Ref or DeicticKind.Vague or DeicticKind.Not
            ? new DeicticEntry(context, words, kind, r[2], 0, null)
            : new DeicticEntry(context, words, kind, "", Int(r[2]), r.Length > 3 ? r[3] : null);
    }

    private static WordTable<T[]> Phrases<T>(IEnumerable<T> entries, Func<T, string[]> words) =>
        new(entries.GroupBy(e => words(e)[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.OrderByDescending(e => words(e).Length).ToArray())));
}

/// <summary>A case-insensitive word table that can be probed with a slice of the text.</summary>
internal sealed class WordTable<T>
{
    private readonly Dictionary<string, T> _entries;
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public WordTable(IEnumerable<(string Key, T Value)> entries)
    {
        _entries = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in entries)
        {
            _entries[key] = value;
        }

        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value) => _bySpan.TryGetValue(word, out value!);

    public bool Contains(ReadOnlySpan<char> word) => _bySpan.ContainsKey(word);

    public IEnumerable<string> Keys => _entries.Keys;
}
