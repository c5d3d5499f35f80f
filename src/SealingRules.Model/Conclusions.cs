namespace SealingRules.Model;

// Intermediate conclusions, produced by rules as linked facts (Yield), in the order the reasoning runs:
// merits relation -> standard -> findings per information -> ruling per information -> item -> motion.

/// <summary>How the motion's underlying filing relates to the merits.</summary>
public sealed record MeritsClassification(string MotionId, MeritsRelation Relation, Step Step);

/// <summary>The standard that governs the motion.</summary>
public sealed record MotionStandard(string MotionId, Standard Standard, Step Step);

/// <summary>A motion-level step that frames the analysis (presumption, burden; what the standard requires).</summary>
public sealed record Framing(string MotionId, int Order, Step Step)
{
    /// <summary>Framings of this order or later read after the standard is chosen (what the standard requires).</summary>
    public const int AfterStandard = 10;
}

/// <summary>Marks the last session, over the whole request's rulings, in which the order's closing terms are drawn.</summary>
public sealed record OrderStage;

/// <summary>The standard that governs one item (differs from the motion's for records traditionally kept secret).</summary>
public sealed record ItemStandard(string ItemId, Standard Standard, Step? Step);

/// <summary>
/// Information another party designated confidential and has not itself supported: nobody with standing to protect it
/// has asked, so the privacy rules that would protect it on the movant's request do not step in for the designator.
/// </summary>
public sealed record UnsupportedDesignation(string InformationId);

/// <summary>Which way a finding pushes, and how hard.</summary>
public enum Weight
{
    /// <summary>The record is outside the right of access altogether.</summary>
    ExemptFromAccess,
    /// <summary>Fed. R. Civ. P. 5.2(a) requires the redaction whatever the balance of interests.</summary>
    RequiredRedaction,
    /// <summary>Access is required whatever the showing (already public, no cognizable interest).</summary>
    AccessRequired,
    /// <summary>A reason for secrecy that suffices under the governing standard.</summary>
    SufficientReason,
    /// <summary>The public interest outweighs a reason that would otherwise suffice.</summary>
    OutweighedByPublicInterest,
    /// <summary>A reason offered that does not suffice.</summary>
    InsufficientReason,
}

/// <summary>
/// A finding about one piece of information. <paramref name="Gist"/> is the finding as a clause ("the claim of
/// law-enforcement interference is only conclusory"), which a rule that prevails over it quotes when it answers it.
/// </summary>
public sealed record Finding(string InformationId, Weight Weight, bool Curable, Step Step, string Gist)
{
    /// <summary>A reason to keep the information from the public, or a reason it stays public.</summary>
    public Leans Leans => Weight is Weight.ExemptFromAccess or Weight.RequiredRedaction or Weight.SufficientReason ? Leans.Secrecy : Leans.Access;
}

/// <summary>Whether one piece of information may be withheld from the public, and why.</summary>
public sealed record InformationRuling(
    string InformationId, string ItemId, InformationKind Kind, Subject About, bool Withhold, bool Curable, Step Step)
{
    public Leans Leans => Withhold ? Leans.Secrecy : Leans.Access;
}

/// <summary>What the court orders filed for a motion once its items are decided (the order's closing paragraph).</summary>
public sealed record OrderTerm(string MotionId, int Order, Step Step);

/// <summary>What is ordered for one item.</summary>
public sealed record ItemRuling(
    string ItemId, string MotionId, Outcome Outcome, Relief Relief, bool Curable, Step Step)
{
    /// <summary>The item was asked to be sealed whole and the court ordered it filed with redactions instead.</summary>
    public bool TailoredByTheCourt { get; init; }
}

/// <summary>How the motion is disposed of.</summary>
public sealed record MotionRuling(string MotionId, Disposition Disposition, bool WithoutPrejudice, Step Step);

/// <summary>Something the user should know: an unsettled question, or a fact the engine assumed.</summary>
public sealed record Caution(string Subject, Step Step)
{
    /// <summary>The caution is about the motion (<see cref="Subject"/> is its id), not an item or a piece of information.</summary>
    public bool AboutTheMotion { get; init; }
}
