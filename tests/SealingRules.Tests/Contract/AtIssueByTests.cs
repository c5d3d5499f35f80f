using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>
/// Who put health information at issue (<c>atIssueBy</c>): the orders that refuse to seal health records put at issue
/// rest on the person's own choice to make the condition evidence (Salgado v. IQVIA). A detainee whose treatment the
/// government petitions for has made no such choice (United States v. Abdulmalikov, W.D. Wash. 2024).
/// </summary>
public sealed class AtIssueByTests
{
    private static string Request(string atIssueBy) => $$"""
        { "schemaVersion": 1, "asOf": "2024-10-08", "court": "W.D. Wash.", "motions": [ { "id": "Dkt. No. 4", "movant": "plaintiff", "underlyingFiling": "preliminary-injunction", "items": [
          { "id": "decl", "request": "redact",
            "information": [ { "id": "health", "kind": "medical", "about": "party", "atIssue": true {{atIssueBy}} } ],
            "harms": [ { "kind": "privacy", "statement": "The declaration contains the detainee's personal health information." } ] } ] } ] }
        """;

    [Theory]
    [InlineData("", null)]
    [InlineData(", \"atIssueBy\": \"subject\"", AtIssueBy.Subject)]
    [InlineData(", \"atIssueBy\": \"another-party\"", AtIssueBy.AnotherParty)]
    public void TheFieldIsRead_AndOmittedMeansThePersonItConcerns(string field, AtIssueBy? expected)
    {
        var info = Shared.Reader.Read(Request(field)).Information.Single();
        Assert.Equal(expected, info.AtIssueBy);
        Assert.Equal(expected != AtIssueBy.AnotherParty, info.IsPutAtIssueByItsSubject);
    }

    [Fact]
    public void AnUnknownValue_IsRefused_NamingTheField()
    {
        var e = Assert.Throws<ContractException>(() => new RequestReader().Read(Request(", \"atIssueBy\": \"government\""))).Error;
        Assert.Equal("invalid-value", e.Code);
        Assert.Contains("atIssueBy", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void HealthRecordsAnotherPartyPutAtIssue_AreRedacted_WhereTheSubjectsOwnWouldStayPublic()
    {
        var own = Shared.Service.Evaluate(Request("")).Motions[0].Items[0];
        var others = Shared.Service.Evaluate(Request(", \"atIssueBy\": \"another-party\"")).Motions[0].Items[0];

        Assert.Equal(Outcome.Public, own.Outcome);
        Assert.Contains(own.Reasoning, s => s.Rule == "balancing/health-at-issue-nature-alone");
        Assert.Equal(Outcome.Redact, others.Outcome);
        Assert.DoesNotContain(others.Reasoning, s => s.Rule is "balancing/health-at-issue-nature-alone" or "privacy/health-records-at-issue");
    }

    [Fact]
    public void TheSchema_ListsTheField_WithItsValues()
    {
        var schema = Schemas.Request();
        Assert.Contains("\"atIssueBy\"", schema, StringComparison.Ordinal);
        Assert.Contains("\"another-party\"", schema, StringComparison.Ordinal);
    }
}
