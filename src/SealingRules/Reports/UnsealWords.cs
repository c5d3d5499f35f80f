using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Reports;

/// <summary>
/// How a report or an order speaks of a motion to unseal. The contract keeps <c>movant</c> as the party that wants the
/// records sealed, and the findings call it "the movant"; on a motion to unseal that party is opposing a motion, so the
/// words name it for what it is, and the ruling is said from the side of the motion actually before the court.
/// </summary>
public static class UnsealWords
{
    /// <summary>Whether every motion of the result is a motion to unseal (a mixed request keeps the contract's words).</summary>
    public static bool AllUnsealing(SealingResult result)
        => result.Motions.Count > 0 && result.Motions.All(m => result.Unsealing.ContainsKey(m.Id));

    /// <summary>A finding with "the movant" named as the party keeping the records sealed: "the defendant", or "the party opposing unsealing" where a singular noun does not fit.</summary>
    public static string Said(string text, Movant keeper, string? caseName = null)
    {
        // Several keepers ("the parties") would break the finding's singular verbs; the United States is the government.
        var noun = keeper is Movant.Joint ? "the party opposing unsealing" : Phrases.GovernmentSide(caseName) == keeper ? "the government" : Phrases.Movant(keeper);
        // Records already under seal are not filed under seal again: they remain so.
        return text.Replace("The movant", Phrases.Capitalized(noun), StringComparison.Ordinal).Replace("the movant", noun, StringComparison.Ordinal)
            .Replace("the item is filed under seal", "the item remains under seal", StringComparison.Ordinal);
    }

    /// <summary>
    /// A finding in the words of an all-unsealing result; where one party brings every motion to seal, with "the movant"
    /// named as the court names that party ("The defendant's concern …"), as the standard above it already does;
    /// otherwise as the engine wrote it.
    /// </summary>
    public static string Said(string text, SealingResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return AllUnsealing(result) && result.Unsealing.Values.Distinct().ToList() is [var keeper] ? Said(text, keeper, result.Case?.Name)
            : result.MovantNoun is { } noun ? Orders.OrderBuilder.MovantNamed(text, noun)
            : text;
    }

    /// <summary>"Motion to unseal Doc #133", or the id alone where it already names the paper.</summary>
    public static string Named(string id) => Phrases.NamesAPaper(id) ? Phrases.Capitalized(Phrases.PaperTitle(id)) : $"Motion to unseal {id}";

    /// <summary>The ruling on a motion to unseal: granted when nothing stays sealed, denied when everything does.</summary>
    public static Disposition Ruling(MotionResult motion)
    {
        var kept = motion.Items.Count(i => i.Outcome != Outcome.Public);
        return kept == 0 ? Disposition.Granted : motion.Items.All(i => i.Outcome == Outcome.Seal) ? Disposition.Denied : Disposition.GrantedInPart;
    }

    /// <summary>What the ruling leaves of the records, in a report's words.</summary>
    public static string Leaves(MotionResult motion) => Ruling(motion) switch
    {
        Disposition.Granted => "the records are unsealed",
        Disposition.Denied => "the records remain sealed",
        _ => "the records are unsealed in part",
    };

    /// <summary>A report's heading for a result: the motions to seal, to unseal, or both.</summary>
    public static string Subject(SealingResult result)
    {
        var unseal = result.Motions.Count(m => result.Unsealing.ContainsKey(m.Id));
        var plural = result.Motions.Count == 1 ? "motion" : "motions";
        return unseal == 0 ? "the motions to seal" : unseal == result.Motions.Count ? $"the {plural} to unseal" : "the motions to seal and to unseal";
    }
}
