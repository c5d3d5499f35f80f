using System.Text.RegularExpressions;

namespace SealingRules.Model;

/// <summary>What a case's caption tells of its parties, where the request does not say.</summary>
public static partial class Caption
{
    /// <summary>
    /// Whether every party the caption names is an organization ("ACP, Inc. v. Skypatrol, LLC"; "Apple Inc. v. Samsung
    /// Electronics Co."): then information about "a party" is a company's or an agency's, never a person's. A caption
    /// with a person on either side, "et al.", "In re" or one side only says nothing.
    /// </summary>
    public static bool NamesOnlyOrganizations(string? caseName)
    {
        if (string.IsNullOrWhiteSpace(caseName) || EtAl().IsMatch(caseName)) return false;
        var sides = Versus().Split(caseName.Trim());
        return sides.Length == 2 && sides.All(s => Organization().IsMatch(s) && !PersonsEstate().IsMatch(s));
    }

    [GeneratedRegex(@"\bet\s+al\b|^\s*in\s+re\b|^\s*in\s+the\s+matter\b|\bex\s+rel\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EtAl();

    [GeneratedRegex(@"\s+vs?\.?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Versus();

    // A company's form or an agency's name: the words courts' captions use for them.
    [GeneratedRegex(@"\b(Inc|Incorporated|LLC|L\.L\.C|LLP|L\.L\.P|L\.P|LP|Corp|Corporation|Co|Company|Ltd|Limited|N\.A|P\.C|PLLC|S\.A|AG|GmbH|Association|Ass'n|Bank|Trust|Holdings|University|College|District|County|City|State|Department|Dep't|Commission|Board|Authority|Agency|United\s+States|USA|Bureau|Office)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Organization();

    // "Estate of Smith" is a person's estate; "Smith, Trustee of …" a person.
    [GeneratedRegex(@"\bestate\s+of\b|\btrustee\b|\bguardian\b|\bby\s+and\s+through\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PersonsEstate();
}
