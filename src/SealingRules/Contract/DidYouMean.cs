namespace SealingRules.Contract;

/// <summary>The allowed value (or field name) nearest a mistyped one ("medcal" → "medical", "proposedordr" → "proposedOrder"), if one is near enough to be meant; case is ignored.</summary>
internal static class DidYouMean
{
    public static string? Nearest(string given, IEnumerable<string> values)
    {
        var typed = given.Trim().ToLowerInvariant().Replace(' ', '-').Replace('_', '-');
        // Within a third of the word's length (at least 2 edits): closer than that is a typo, farther a different word.
        var limit = Math.Max(2, typed.Length / 3);
        return values
            .Select(v => (Value: v, Distance: Distance(typed, v.ToLowerInvariant())))
            .Where(x => x.Distance <= limit && !Negates(typed, x.Value.ToLowerInvariant()))
            .OrderBy(x => x.Distance).ThenBy(x => x.Value, StringComparer.Ordinal)
            .Select(x => x.Value)
            .FirstOrDefault()
            // Else a value that is the typed word's first part, or begins with the whole of it ("medical-leave", "medical").
            ?? values.Where(v => typed.StartsWith(v.ToLowerInvariant() + "-", StringComparison.Ordinal) || v.ToLowerInvariant().StartsWith(typed + "-", StringComparison.Ordinal))
                .OrderByDescending(v => v.Length).ThenBy(v => v, StringComparer.Ordinal).FirstOrDefault();
    }

    // "non-party-business" is four edits from "party-business", but the opposite party: a "non-" added or dropped is
    // a different meaning, never a typo, so it is not offered ("party-business" is offered "party" instead).
    private static bool Negates(string typed, string value) => typed.StartsWith("non", StringComparison.Ordinal) != value.StartsWith("non", StringComparison.Ordinal);

    // Levenshtein distance, two rows.
    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
