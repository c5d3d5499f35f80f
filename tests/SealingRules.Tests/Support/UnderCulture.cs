using System.Globalization;

namespace SealingRules.Tests.Support;

/// <summary>Runs a check under another culture (a Turkish "I" above all), restoring the caller's afterwards.</summary>
public static class UnderCulture
{
    public static void Run(string name, Action check)
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo(name);
            check();
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }
}
