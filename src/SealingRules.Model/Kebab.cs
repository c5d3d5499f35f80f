using System.Text;

namespace SealingRules.Model;

/// <summary>The contract's spelling of enum values: CompellingReasons -> compelling-reasons.</summary>
public static class Kebab
{
    public static string Of<T>(T value) where T : struct, Enum => Of(value.ToString());

    public static string Of(string pascal)
    {
        var sb = new StringBuilder(pascal.Length + 8);
        for (var i = 0; i < pascal.Length; i++)
        {
            var c = pascal[i];
            if (char.IsUpper(c) && i > 0) sb.Append('-');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
