using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;

namespace SealingRules.Tests.Reading;

/// <summary>How the corpora are read: one statement, with only its words, its harm kind and its information kind (and, for a test, whether that information is at issue).</summary>
internal static class OneStatement
{
    public static SealingRules.Contract.ShowingResult Read(string statement, string harm, string kind, string about, bool atIssue = false)
    {
        var request = new JObject
        {
            ["schemaVersion"] = 1, ["asOf"] = "2026-12-01",
            ["motions"] = new JArray(new JObject
            {
                ["id"] = "m", ["movant"] = "plaintiff", ["underlyingFiling"] = "summary-judgment",
                ["items"] = new JArray(new JObject
                {
                    ["id"] = "i", ["request"] = "seal",
                    ["information"] = new JArray(atIssue ? new JObject { ["id"] = "n", ["kind"] = kind, ["about"] = about, ["atIssue"] = true } : new JObject { ["id"] = "n", ["kind"] = kind, ["about"] = about }),
                    ["harms"] = new JArray(new JObject { ["kind"] = harm, ["statement"] = statement }),
                }),
            }),
        };
        return Shared.Service.Evaluate(request.ToString()).Motions[0].Items[0].Showings[0];
    }
}
