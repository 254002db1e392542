using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Storyline.Ingest;

namespace Storyline.Tests.Ingest;

public sealed class DateLineProperties
{
    private static readonly string[] Weekdays = ["", "Monday, ", "TUESDAY ", "Wed ", "Posted ", "Last updated: Friday, "];
    private static readonly string[] Clocks = ["", " 12:46 PM", ", 09:11 GMT", " at 4:08 p.m. ET", " | 5:00 PM", " Last updated at 14:00 GMT"];

    [Property(MaxTest = 500)]
    public bool Any_string_is_read_without_throwing(string? line) =>
        !DateText.TryDateLine(line, out var date) || date != default;

    [Property(MaxTest = 300)]
    public Property A_date_written_alone_with_a_weekday_and_a_clock_is_a_date_line() =>
        Prop.ForAll(
            (from d in Gen.Choose(0, 20000)
             from weekday in Gen.Elements(Weekdays)
             from clock in Gen.Elements(Clocks)
             from format in Gen.Elements("MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy", "yyyy-MM-dd")
             select (Day: new DateOnly(1990, 1, 1).AddDays(d), Line: weekday + new DateOnly(1990, 1, 1).AddDays(d).ToString(format, CultureInfo.InvariantCulture) + clock)).ToArbitrary(),
            x => DateText.TryDateLine(x.Line, out var read) && read == x.Day);

    [Property(MaxTest = 300)]
    public Property A_date_beside_a_content_word_is_not_a_date_line() =>
        Prop.ForAll(
            Gen.Choose(0, 20000).Select(d => new DateOnly(1990, 1, 1).AddDays(d)).ToArbitrary(),
            Gen.Elements("ferry", "Council", "signed", "vote", "Velmora").ToArbitrary(),
            (day, word) => !DateText.TryDateLine($"{word} {day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)}", out _));

    [Property(MaxTest = 300)]
    public Property A_date_prefix_is_taken_whole_and_the_sentence_after_it_is_left() =>
        Prop.ForAll(
            (from d in Gen.Choose(0, 20000)
             from weekday in Gen.Elements("", "Monday, ", "SUNDAY ", "Wed. ")
             from clock in Gen.Elements("", " 12:46 PM", ", 09:11 GMT", " at 4:08 p.m.")
             from format in Gen.Elements("MMMM d, yyyy", "d MMMM yyyy", "MMM d, yyyy")
             select (Day: new DateOnly(1990, 1, 1).AddDays(d), Prefix: weekday + new DateOnly(1990, 1, 1).AddDays(d).ToString(format, CultureInfo.InvariantCulture) + clock + " ")).ToArbitrary(),
            x => DateText.TryDatePrefix(x.Prefix + "Crews were called out.", out var read, out var length)
                && read == x.Day && length == x.Prefix.Length);

    [Property(MaxTest = 500)]
    public bool A_date_prefix_never_runs_past_the_text(string? text) =>
        !DateText.TryDatePrefix(text, out _, out var length) || (length > 0 && length < text!.Length);

    /// <summary>Any day written with slashes beside an American or a British zone reads back as that day, whichever of day and month is the larger.</summary>
    [Property(MaxTest = 300)]
    public Property A_numeric_date_beside_a_time_zone_reads_back_in_that_zones_order() =>
        Prop.ForAll(
            (from d in Gen.Choose(0, 20000)
             from american in Gen.Elements(true, false)
             from zone in american ? Gen.Elements("EDT", "PST", "ET") : Gen.Elements("GMT", "BST", "CET")
             let day = new DateOnly(1990, 1, 1).AddDays(d)
             let numbers = american ? $"{day.Month} / {day.Day} / {day.Year}" : $"{day.Day}/{day.Month}/{day.Year}"
             select (Day: day, Line: $"Posted {numbers} 4:08 PM {zone}")).ToArbitrary(),
            x => DateText.TryDateLine(x.Line, out var read) && read == x.Day);
}
