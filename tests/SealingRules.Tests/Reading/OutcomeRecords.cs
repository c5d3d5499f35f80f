using System.Text.RegularExpressions;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Whether a court's sentence judges the movant's words at all, or only records what the court did ("ORDER GRANTING
/// MOTION TO SEAL"; "For the reasons below, the Court GRANTS the motion"). A fixed, field-free test of the sentence
/// alone: it reads neither the verdict nor the reader's result. The criterion was written down before the reader's
/// differences were looked at (corpus/statements/README.md, "Which verdicts judge the words").
/// </summary>
internal static partial class OutcomeRecords
{
    /// <summary>True when the sentence only records the outcome: a title or docket text, or a disposition with no word about the reason.</summary>
    public static bool OnlyRecordsTheOutcome(string courtSentence)
    {
        var s = courtSentence.Trim();
        if (IsTitle(s)) return true;
        var lower = WithoutPrejudice().Replace(s.ToLowerInvariant(), " ");
        return Disposition().IsMatch(lower) && !Reasoning().IsMatch(lower);
    }

    // An order's title or a docket entry: it begins "ORDER", or most of its letters are capitals.
    private static bool IsTitle(string s)
    {
        if (s.StartsWith("ORDER ", StringComparison.Ordinal)) return true;
        var letters = s.Where(char.IsLetter).ToList();
        return letters.Count > 0 && letters.Count(char.IsUpper) * 100 >= letters.Count * 60;
    }

    // "Denied without prejudice" says what the court did, not why.
    [GeneratedRegex(@"\bwithout prejudice\b", RegexOptions.CultureInvariant)]
    private static partial Regex WithoutPrejudice();

    [GeneratedRegex(@"\b(grant\w*|den(y|ies|ied|ying)|allow(s|ed)?|may file|shall (maintain|file)|so ordered)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Disposition();

    // Any word about the reason, the showing, the harm or the information: the sentence then judges something.
    [GeneratedRegex(@"\b(because|since|harm\w*|injur\w*|prejudic\w*|specific\w*|particulari\w+|conclusory|general\w*|vague|speculat\w*|unsubstantiated|boilerplate|insufficient|sufficient\w*|inadequate|explain\w*|explanation|justif\w*|articulat\w*|demonstrat\w*|establish\w*|shown|show(s|ed|ing)?|compelling|good cause|interests?|privacy|private|confidential\w*|sensitive|medical|minors?|competit\w*|trade secrets?|designat\w*|protective order|burden|outweigh\w*|overbroad|entire\w*|identit\w*|safety|persuaded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Reasoning();
}
