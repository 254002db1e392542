using System.Globalization;
using System.Text;

namespace Storyline.Benchmarks;

/// <summary>
/// Writes a synthetic news corpus with the shape of real coverage: several outlets report each
/// event, some reprint a wire copy, and articles carry datelines, relative dates, quotes and numbers.
/// Deterministic for a given seed.
/// </summary>
internal sealed class CorpusGenerator(int seed)
{
    private static readonly string[] Countries = ["Veldora", "Kestria", "Morvania", "Talmeria", "Ostrava", "Quenland", "Brisca", "Norvik"];
    private static readonly string[] Demonyms = ["Veldoran", "Kestrian", "Morvanian", "Talmerian", "Ostravan", "Quenlander", "Brisican", "Norvikian"];
    private static readonly string[] Capitals = ["Marrow", "Dunmere", "Castel", "Ivenport", "Ralow", "Quent", "Brisa", "Holm"];
    private static readonly string[] FirstNames = ["Jana", "Arno", "Mira", "Tomas", "Ilse", "Pavel", "Sora", "Dev", "Lena", "Oskar", "Rhea", "Emil"];
    private static readonly string[] LastNames = ["Roe", "Vell", "Harstad", "Okafor", "Lindqvist", "Marek", "Sato", "Anand", "Kovac", "Brandt", "Ferro", "Quist"];
    private static readonly string[] Outlets = ["Northwire", "The Marrow Ledger", "Dunmere Daily", "Coastal Times", "Meridian Post", "The Civic Herald", "Harbour Review", "Capital Bulletin"];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Kinds = ["held a telephone conversation with", "met", "signed a trade framework with", "discussed tariffs with"];

    public IReadOnlyList<(string Name, string Text)> Generate(int count)
    {
        var random = new Random(seed);
        var files = new List<(string, string)>(count);
        var start = new DateOnly(2025, 1, 6);
        string? lastWire = null;
        for (var i = 0; i < count; i++)
        {
            // Every fifth article reprints the previous wire copy with a new first line.
            if (lastWire is not null && i % 5 == 4)
            {
                files.Add(($"{i:D6}.txt", $"{Outlets[random.Next(Outlets.Length)]} reports:\n" + lastWire));
                continue;
            }
            var a = random.Next(Countries.Length);
            var b = (a + 1 + random.Next(Countries.Length - 1)) % Countries.Length;
            var leaderA = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[a]}";
            var leaderB = $"{FirstNames[random.Next(FirstNames.Length)]} {LastNames[b]}";
            var date = start.AddDays((i / 4 * 3) + random.Next(3));
            var weekday = Weekdays[random.Next(Weekdays.Length)];
            var tariff = 5 * (1 + random.Next(12));
            var billions = (random.Next(10, 900) / 10.0).ToString("0.0", CultureInfo.InvariantCulture);
            var kind = Kinds[random.Next(Kinds.Length)];
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"{Demonyms[a]} leader {kind} {Demonyms[b]} counterpart\n\n");
            text.Append(CultureInfo.InvariantCulture, $"By {FirstNames[random.Next(FirstNames.Length)]} {LastNames[random.Next(LastNames.Length)]}\n");
            text.Append(CultureInfo.InvariantCulture, $"{Capitals[a].ToUpperInvariant()}, {date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: President {leaderA} of {Countries[a]} {kind} Prime Minister {leaderB} of {Countries[b]} on {weekday}, officials said, as the two governments try to settle a dispute over {tariff}% tariffs on {Demonyms[a]} steel.\n");
            text.Append(CultureInfo.InvariantCulture, $"“We reviewed the progress in our relations and agreed to keep talking,” {LastNames[a]} said in a statement, adding that {Countries[a]} wanted “a fair and balanced deal”.\n");
            text.Append(CultureInfo.InvariantCulture, $"{Countries[b]} recorded a ${billions} billion trade surplus with {Countries[a]} last year. The tariffs were imposed in {date.AddMonths(-3).ToString("MMMM", CultureInfo.InvariantCulture)} after talks stalled, and at least {2 + random.Next(8)} calls have taken place since.\n");
            text.Append(CultureInfo.InvariantCulture, $"ALSO READ: {Demonyms[b]} markets close higher\n");
            text.Append(CultureInfo.InvariantCulture, $"Trade officials from both capitals are expected to meet in {Capitals[b]} in the coming days, and {LastNames[b]} told reporters that “nothing is agreed until everything is agreed”.\n");
            var body = text.ToString();
            if (i % 5 == 3)
            {
                lastWire = body;
            }
            files.Add(($"{i:D6}.txt", body));
        }
        return files;
    }
}
