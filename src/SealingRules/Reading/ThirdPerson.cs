using System.Text;
using System.Text.RegularExpressions;

namespace SealingRules.Reading;

/// <summary>
/// A declarant's own words in the third person, for matching only: "my abuser could locate me" reads as "her abuser
/// could locate her". Litigants write their declarations in the first person, the orders that judged the corpus's
/// statements restate them in the third, and the patterns were written from those; the person of a pronoun says
/// nothing of how particular a reason is. Quotes are still taken from the words as written, through <see cref="Origin"/>.
/// </summary>
internal sealed partial class ThirdPerson
{
    /// <summary>The lower-case text with first-person words replaced.</summary>
    public string Text { get; }

    // For each character of Text (and one past its end), the index of the character of the original it comes from.
    private readonly int[] _origin;

    private ThirdPerson(string text, int[] origin) { Text = text; _origin = origin; }

    /// <summary>The index in the original of a position in <see cref="Text"/>.</summary>
    public int Origin(int index) => _origin[index];

    public static ThirdPerson Of(string lower)
    {
        var text = new StringBuilder(lower.Length + 16);
        var origin = new List<int>(lower.Length + 17);
        var at = 0;
        foreach (Match m in FirstPerson().Matches(lower))
        {
            if (m.Groups["i"].Success && IsANumeral(lower, m.Index)) continue;
            for (; at < m.Index; at++) { text.Append(lower[at]); origin.Add(at); }
            foreach (var c in Said(m.Value)) { text.Append(c); origin.Add(m.Index); }
            at = m.Index + m.Length;
        }
        for (; at < lower.Length; at++) { text.Append(lower[at]); origin.Add(at); }
        origin.Add(lower.Length);
        return new ThirdPerson(text.ToString(), [.. origin]);
    }

    private static string Said(string first) => first switch
    {
        "i am" or "i'm" => "she is",
        "i have" or "i've" => "she has",
        "i do not" => "she does not",
        "i don't" => "she doesn't",
        "i" => "she",
        "me" or "my" => "her",
        "mine" => "hers",
        "myself" => "herself",
        _ => first,
    };

    // "Count I", "Exhibit I", "Title I": a roman numeral, not the declarant.
    private static bool IsANumeral(string lower, int index) => Numbered().IsMatch(lower.AsSpan(Math.Max(0, index - 16), Math.Min(16, index)));

    [GeneratedRegex(@"\b(?<i>i am|i'm|i have|i've|i do not|i don't|i(?!\.[a-z]))\b|\b(me|my|mine|myself)\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex FirstPerson();

    [GeneratedRegex(@"\b(exhibit|part|count|title|phase|schedule|appendix|table|volume|category|class|tier|type|section|article|chapter|attachment|annex|level|stage|item|rule|grade|division|world war)\s+$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 500)]
    private static partial Regex Numbered();
}
