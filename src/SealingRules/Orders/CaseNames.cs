namespace SealingRules.Orders;

/// <summary>
/// Where a citation's case name ends, so a rendering can set it in italics. Kept simple on purpose: the case name is
/// what comes before the first ", " followed by a digit ("Kamakana v. City &amp; Cnty. of Honolulu, 447 F.3d 1172") or
/// before " No. " ("Al Otro Lado, Inc. v. McAleenan, No. 17-cv-02366") or ", slip op." (a short form: "Al Otro Lado,
/// slip op. at 10"), whichever comes first; a cite with none
/// (a rule, a statute) has no case name.
/// </summary>
public static class CaseNames
{
    /// <summary>Splits a cite into its case name (italic; empty when there is none) and the remainder (roman).</summary>
    /// <param name="cite">The citation as a court writes it.</param>
    /// <returns>The two parts; <c>CaseName + Remainder</c> is always <paramref name="cite"/>.</returns>
    public static (string CaseName, string Remainder) Split(string cite)
    {
        ArgumentNullException.ThrowIfNull(cite);
        var end = -1;
        for (var i = cite.IndexOf(", ", StringComparison.Ordinal); i >= 0; i = cite.IndexOf(", ", i + 1, StringComparison.Ordinal))
        {
            if (i + 2 < cite.Length && char.IsAsciiDigit(cite[i + 2])) { end = i; break; }
        }
        var number = cite.IndexOf(" No. ", StringComparison.Ordinal);
        if (number >= 0 && (end < 0 || number < end)) end = number;
        // A short form of a slip opinion: "Al Otro Lado, slip op. at 10".
        var slip = cite.IndexOf(", slip op.", StringComparison.Ordinal);
        if (slip > 0 && (end < 0 || slip < end)) end = slip;
        if (end <= 0) return ("", cite);
        // "McAleenan, No. 17-cv-02366": the comma before " No. " is punctuation, not part of the name.
        if (cite[end - 1] == ',') end--;
        return end == 0 ? ("", cite) : (cite[..end], cite[end..]);
    }
}
