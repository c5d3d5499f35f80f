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
}
