using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Examples;

/// <summary>
/// The seed encoded differently, as another reader of the order might: the court's rulings must come out the same.
/// </summary>
public sealed class SeedVariantTests
{
    private static readonly ExampleCase Seed = new("al-otro-lado-2019");

    private static IEnumerable<JObject> Items(JObject request) => request["motions"]!.SelectMany(m => m["items"]!).Cast<JObject>();

    private static JObject Waitlist(JObject request) => Items(request).Single(i => (string)i["id"]! == "ex-cc-reply-4");

    public static TheoryData<string> Variants() => new()
    {
        "no-harms-on-contact-details", "waitlist-about-party", "waitlist-generalized", "email-channel-unstated",
        "filings-stated", "reports-conclusory", "waitlist-many-harms", "no-public-interest",
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public void SeedVariant_ReachesTheCourtsRulings(string variant)
    {
        var request = JObject.Parse(Seed.RequestJson);
        switch (variant)
        {
            case "no-harms-on-contact-details":
                foreach (var item in Items(request))
                    if (item["harms"] is JArray harms)
                        foreach (var h in harms.Where(h => h["information"] is JArray ids && ids.Any(id => ((string)id!).EndsWith("-emails", StringComparison.Ordinal))).ToList()) h.Remove();
                break;
            case "waitlist-about-party":
                foreach (var n in Waitlist(request)["information"]!) n["about"] = "party";
                break;
            case "waitlist-generalized":
                Waitlist(request)["harms"]![0]!["showing"] = "generalized";
                break;
            case "email-channel-unstated":
                foreach (var n in Items(request).SelectMany(i => i["information"]!).Cast<JObject>()) n.Remove("channel");
                break;
            case "filings-stated":
                foreach (var m in request["motions"]!) { m["underlyingFiling"] = "class-certification"; m["relationToMerits"] = "more-than-tangential"; }
                break;
            case "reports-conclusory":
                foreach (var h in Items(request).SelectMany(i => i["harms"] as JArray ?? [])) if ((string)h["kind"]! == "security-vulnerability") h["showing"] = "conclusory";
                break;
            case "waitlist-many-harms":
                Waitlist(request)["harms"] = JArray.Parse("""
                    [ { "kind": "persecution", "showing": "specific" }, { "kind": "privacy", "showing": "specific" },
                      { "kind": "safety", "showing": "specific", "evidence": "declaration" } ]
                    """);
                break;
            case "no-public-interest":
                foreach (var item in Items(request)) item.Remove("publicInterest");
                break;
        }

        var diffs = Seed.Differences(Shared.Service.Evaluate(request.ToString()));

        Assert.Empty(diffs);
    }
}
