namespace SealingRules.Rules;

/// <summary>The rule set as a whole: its version, printed with every result so any output can be reproduced.</summary>
public static class RuleSet
{
    /// <summary>Bumped with every change to a rule or to the authority catalog (see CHANGELOG.md).</summary>
    public const string Version = "1.37.0";
}
