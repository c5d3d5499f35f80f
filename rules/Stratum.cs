namespace SealingRules.Rules;

/// <summary>
/// The order a court takes the questions in, as rule priorities (NRules fires higher first). The conclusions do not
/// depend on it: truth maintenance reaches the same rulings in any order. It spares work: a weighing that ran before
/// all the reasons were in would be retracted and redone with each new reason, and every ruling built on it with it.
/// </summary>
public static class Stratum
{
    /// <summary>Which standard governs: the filing's relation to the merits, then the motion's standard.</summary>
    public const int Standard = 60;

    /// <summary>Each item under its motion's standard, and who bears the burden.</summary>
    public const int Access = 50;

    /// <summary>Conclusions that other reasons read (an unsupported designation).</summary>
    public const int Premises = 40;

    /// <summary>The reasons offered and found, piece by piece of information.</summary>
    public const int Reasons = 30;

    /// <summary>Reasons that read other reasons (the public interest against a sufficient reason).</summary>
    public const int Balancing = 20;

    /// <summary>Weighing each piece of information's reasons into its ruling.</summary>
    public const int Weighing = 10;

    /// <summary>Reasons that read other information's rulings (attributes left once identities are redacted).</summary>
    public const int AfterRulings = 5;

    /// <summary>Each item's remedy: file publicly, redact, or seal.</summary>
    public const int Tailoring = 0;

    /// <summary>The motion: granted, granted in part, or denied.</summary>
    public const int Remedy = -10;
}
