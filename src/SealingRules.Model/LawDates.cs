namespace SealingRules.Model;

/// <summary>Days on which the law of sealing changed.</summary>
public static class LawDates
{
    /// <summary>
    /// Center for Auto Safety v. Chrysler Group, 809 F.3d 1092 (9th Cir. Jan. 11, 2016): from this day the
    /// standard turns on whether a motion is more than tangentially related to the merits, not on whether it
    /// is dispositive.
    /// </summary>
    public static readonly DateOnly CenterForAutoSafety = new(2016, 1, 11);

    /// <summary>Fed. R. Civ. P. 5.2 (privacy protection for filings) took effect on December 1, 2007.</summary>
    public static readonly DateOnly Rule52 = new(2007, 12, 1);
}
