using FsCheck.Xunit;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Right for the right reasons, over every example and over generated requests: every losing reason is answered, no
/// step contradicts the outcome, every step on information says which way it leans, no Rule 5.2(a) identifier ends
/// public unless exempt, waived or ordered, no authority is cited for a day before it was decided, and no label of the
/// contract is pasted into a sentence (see <see cref="ReasoningAudit"/>).
/// </summary>
[Properties(Arbitrary = [typeof(RequestArbitrary)], MaxTest = 400)]
public sealed class ReasoningProperties
{
    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_ReasoningAnswersItself(string slug)
    {
        var json = new ExampleCase(slug).RequestJson;

        Assert.Empty(ReasoningAudit.Problems(Shared.Reader.Read(json), Shared.Service.Evaluate(json)));
    }

    // Found by the property: "the settlement terms listed first and the party that designated the material has not …"
    // was read as a plural with a singular verb, the place ("listed first") being allowed to run on into the next clause.
    [Fact]
    public void APlaceInTheList_EndsWithItsOrdinal_NotAtTheNextVerb()
    {
        const string json = """
            {"schemaVersion": 1, "asOf": "2016-08-31", "motions": [{"id": "m0", "movant": "defendant", "underlyingFiling": "class-certification",
              "items": [{"id": "m0-i0", "request": "seal", "designatedBy": "non-party", "information": [
                {"id": "m0-i0-n0", "kind": "settlement-terms", "about": "private-individual", "courtReview": "harmful"},
                {"id": "m0-i0-n1", "kind": "settlement-terms", "about": "public-official"}]}]}]}
            """;
        var parsed = Shared.Reader.Read(json);

        Assert.Empty(ReasoningAudit.Problems(parsed, Shared.Engine.Evaluate(parsed)));
    }

    [Property]
    public void GeneratedRequest_ReasoningAnswersItself(GenRequest request)
    {
        var parsed = Shared.Reader.Read(request.Json);

        Assert.Empty(ReasoningAudit.Problems(parsed, Shared.Engine.Evaluate(parsed)));
    }
}
