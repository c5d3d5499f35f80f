using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>The optional case field <c>judge</c> (asked by the interview): free text, echoed in the result's case.</summary>
public class CaseJudgeTests
{
    private const string Request = """
        { "schemaVersion": 1, "case": { "name": "Acme v. Brightline", "judge": "Hon. A. Example" },
          "motions": [ { "id": "ECF 5", "movant": "defendant", "underlyingFiling": "discovery", "items": [
            { "id": "ex-3", "request": "redact", "information": [ { "id": "ex-3-prices", "kind": "pricing-terms", "about": "party" } ] } ] } ] }
        """;

    [Fact]
    public void The_judge_is_echoed_in_the_results_case()
    {
        var result = JObject.Parse(Shared.Service.EvaluateToJson(Request, true));
        Assert.Equal("Hon. A. Example", (string)result["case"]!["judge"]!);
        Assert.Equal("Acme v. Brightline", (string)result["case"]!["name"]!);
    }

    [Fact]
    public void Without_a_judge_the_case_has_none()
    {
        var result = JObject.Parse(Shared.Service.EvaluateToJson(Request.Replace(", \"judge\": \"Hon. A. Example\"", "", StringComparison.Ordinal), true));
        Assert.Null(result["case"]!["judge"]);
    }

    [Fact]
    public void A_judge_that_is_not_text_is_refused_naming_the_field()
    {
        var error = Assert.Throws<ContractException>(() => Shared.Service.EvaluateToJson(Request.Replace("\"Hon. A. Example\"", "7", StringComparison.Ordinal), true)).Error;
        Assert.Equal("case.judge", error.Path);
    }
}
