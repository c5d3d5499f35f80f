using System.Text.RegularExpressions;

namespace SealingRules.Model;

/// <summary>What a federal docket number says of its case.</summary>
public static partial class Dockets
{
    /// <summary>
    /// A criminal case: its number carries the criminal docket's "cr" ("2:15-cr-0189-GEB", "CR17-0153-JCC", "CR 21-0351-2 JSW",
    /// "Crim. No. 22-00013"), never a judge's initials that only begin so ("3:18-cv-01234-CRB").
    /// </summary>
    public static bool IsCriminal(string? number) => number is not null && CriminalDocket().IsMatch(number);

    [GeneratedRegex(@"(?<![A-Za-z])(cr|crim\.?)(\s*no\.)?[\s:.-]*\d", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CriminalDocket();
}
