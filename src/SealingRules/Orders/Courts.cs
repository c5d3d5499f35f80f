namespace SealingRules.Orders;

/// <summary>How a caption names each district of the Ninth Circuit.</summary>
public static class Courts
{
    /// <summary>The caption's second line, e.g. "SOUTHERN DISTRICT OF CALIFORNIA"; a blank line when no court is given.</summary>
    public static string DistrictLine(string? court) => court switch
    {
        "N.D. Cal." => "NORTHERN DISTRICT OF CALIFORNIA",
        "C.D. Cal." => "CENTRAL DISTRICT OF CALIFORNIA",
        "S.D. Cal." => "SOUTHERN DISTRICT OF CALIFORNIA",
        "E.D. Cal." => "EASTERN DISTRICT OF CALIFORNIA",
        "D. Ariz." => "DISTRICT OF ARIZONA",
        "D. Nev." => "DISTRICT OF NEVADA",
        "W.D. Wash." => "WESTERN DISTRICT OF WASHINGTON",
        "E.D. Wash." => "EASTERN DISTRICT OF WASHINGTON",
        "D. Or." => "DISTRICT OF OREGON",
        "D. Haw." => "DISTRICT OF HAWAII",
        "D. Idaho" => "DISTRICT OF IDAHO",
        "D. Mont." => "DISTRICT OF MONTANA",
        "D. Alaska" => "DISTRICT OF ALASKA",
        "D. Guam" => "DISTRICT OF GUAM",
        "D.N. Mar. I." => "DISTRICT OF THE NORTHERN MARIANA ISLANDS",
        _ => "____________ DISTRICT OF ____________",
    };
}
