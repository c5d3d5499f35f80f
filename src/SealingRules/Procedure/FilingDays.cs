namespace SealingRules.Procedure;

/// <summary>
/// Fed. R. Civ. P. 6(a)(1), for a period stated in days: exclude the day of the event that starts it, count every
/// day (Saturdays, Sundays and legal holidays included), and if the last day is a Saturday, Sunday or legal holiday,
/// the period runs until the end of the next day that is none of those. Legal holidays are those of 6(a)(6)(A)-(B),
/// on the days the statute sets aside for observing them (5 U.S.C. § 6103); a state's own holidays (6(a)(6)(C)) are
/// not known here, and the check says so.
/// </summary>
public static class FilingDays
{
    /// <summary>The last day of a period of <paramref name="days"/> days after <paramref name="start"/>.</summary>
    public static DateOnly Due(DateOnly start, int days)
    {
        var last = start.AddDays(days);
        while (!IsCourtDay(last)) last = last.AddDays(1);
        return last;
    }

    /// <summary>Not a Saturday, a Sunday or a federal legal holiday.</summary>
    public static bool IsCourtDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !IsLegalHoliday(day);

    /// <summary>A federal legal holiday of Rule 6(a)(6)(A) (Juneteenth from its enactment, June 17, 2021).</summary>
    public static bool IsLegalHoliday(DateOnly day) => HolidaysOf(day.Year).Contains(day) || HolidaysOf(day.Year + 1).Contains(day);

    private static HashSet<DateOnly> HolidaysOf(int year)
    {
        var fixedDays = new List<DateOnly> { new(year, 1, 1), new(year, 7, 4), new(year, 11, 11), new(year, 12, 25) };
        // Juneteenth became a legal public holiday on June 17, 2021 (Pub. L. 117-17); its first observance was that Friday.
        if (year >= 2021) fixedDays.Add(new DateOnly(year, 6, 19));
        var days = new HashSet<DateOnly>(fixedDays.Select(Observed))
        {
            Nth(year, 1, DayOfWeek.Monday, 3),   // Birthday of Martin Luther King, Jr.
            Nth(year, 2, DayOfWeek.Monday, 3),   // Washington's Birthday
            Last(year, 5, DayOfWeek.Monday),     // Memorial Day
            Nth(year, 9, DayOfWeek.Monday, 1),   // Labor Day
            Nth(year, 10, DayOfWeek.Monday, 2),  // Columbus Day
            Nth(year, 11, DayOfWeek.Thursday, 4), // Thanksgiving Day
        };
        return days;
    }

    // 5 U.S.C. § 6103(b): a holiday on a Saturday is observed the Friday before, on a Sunday the Monday after.
    private static DateOnly Observed(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly Nth(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + 7 * (n - 1));
    }

    private static DateOnly Last(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        return last.AddDays(-(((int)last.DayOfWeek - (int)weekday + 7) % 7));
    }
}
