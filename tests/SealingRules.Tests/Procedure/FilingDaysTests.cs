using SealingRules.Procedure;

using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>Fed. R. Civ. P. 6(a)(1) counting, on days whose answer a clerk would give.</summary>
public class FilingDaysTests
{
    [Theory]
    [InlineData("2024-03-01", 7, "2024-03-08")] // Friday + 7: a Friday, counted as is
    [InlineData("2024-03-04", 4, "2024-03-08")] // the day of the event is excluded
    [InlineData("2024-03-05", 4, "2024-03-11")] // ends on a Saturday: runs to Monday
    [InlineData("2023-06-12", 7, "2023-06-20")] // ends on Juneteenth (Monday): runs to Tuesday
    [InlineData("2020-06-12", 7, "2020-06-19")] // Juneteenth was not yet a legal holiday in 2020
    [InlineData("2022-12-19", 7, "2022-12-27")] // Christmas on a Sunday is observed Monday the 26th
    [InlineData("2021-12-24", 7, "2022-01-03")] // New Year's Day 2022 (a Saturday) is observed Friday, Dec. 31
    [InlineData("2021-11-18", 7, "2021-11-26")] // ends on Thanksgiving: runs to Friday, a court day
    [InlineData("2019-01-14", 7, "2019-01-22")] // ends on Martin Luther King Jr. Day
    [InlineData("2019-05-20", 7, "2019-05-28")] // ends on Memorial Day
    [InlineData("2019-08-26", 7, "2019-09-03")] // ends on Labor Day
    [InlineData("2019-10-07", 7, "2019-10-15")] // ends on Columbus Day
    [InlineData("2019-11-04", 7, "2019-11-12")] // ends on Veterans Day (a Monday)
    [InlineData("2019-02-11", 7, "2019-02-19")] // ends on Washington's Birthday
    public void Counts_as_rule_6a_does(string start, int days, string due)
        => Assert.Equal(DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture),
            FilingDays.Due(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), days));

    [Fact]
    public void A_weekday_that_is_no_holiday_is_a_court_day()
    {
        Assert.True(FilingDays.IsCourtDay(new DateOnly(2024, 3, 6)));
        Assert.False(FilingDays.IsCourtDay(new DateOnly(2024, 7, 4)));
        Assert.False(FilingDays.IsCourtDay(new DateOnly(2024, 3, 9)));
    }
}
