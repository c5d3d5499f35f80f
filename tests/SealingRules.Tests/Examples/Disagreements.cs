using System.Text.RegularExpressions;
using SealingRules.Tests.Support;

namespace SealingRules.Tests.Examples;

/// <summary>Reads examples/DISAGREEMENTS.md: lines of the form "- `slug/motion/item` — reason".</summary>
public static partial class Disagreements
{
    public static string Path => System.IO.Path.Combine(Repo.Examples, "DISAGREEMENTS.md");

    public static HashSet<string> Load() => File.Exists(Path)
        ? File.ReadLines(Path).Select(l => Entry().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal)
        : [];

    /// <summary>The part of a difference before its colon: "slug/motion/item" or "slug/motion".</summary>
    public static string Key(string difference) => difference[..difference.IndexOf(": ", StringComparison.Ordinal)];

    [GeneratedRegex(@"^- `([^`]+)`")]
    private static partial Regex Entry();
}
