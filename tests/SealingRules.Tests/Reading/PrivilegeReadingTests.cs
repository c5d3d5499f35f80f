using SealingRules.Model;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// A privilege read from the words: shown by what makes the material privileged (particularity/privilege-facts, from
/// Netscape v. Federal Insurance), a conclusion where only named (particularity/privilege-label, from National Union v.
/// Seagate). The words are written here, in the manner of declarations, not copied from any judged statement.
/// </summary>
public sealed class PrivilegeReadingTests
{
    [Fact]
    public void ACommunicationWithCounselForLegalAdvice_IsReadAsShowingThePrivilege()
    {
        var read = OneStatement.Read(
            "Exhibit 7 is a chain of emails between Acme's general counsel and its chief executive, written to seek legal advice about the recall; it was shared with no one else and is protected by the attorney-client privilege.",
            "privacy", "other", "party");

        Assert.Equal(Showing.Specific, read.Showing);
        var step = Assert.Single(read.Because, b => b.Rule == "particularity/privilege-facts");
        Assert.Contains("is protected by the attorney-client privilege", step.Finding, StringComparison.Ordinal);
        Assert.Contains(step.Authorities, a => a.Cite.StartsWith("Netscape", StringComparison.Ordinal));
        Assert.Null(read.ToBeSpecific);
    }

    [Fact]
    public void APrivilegeOnlyNamed_IsAConclusion_AndTheCureAsksForWhatMakesItPrivileged()
    {
        var read = OneStatement.Read("Exhibit 8 is protected by the attorney-client privilege.", "privacy", "other", "party");

        Assert.Equal(Showing.Conclusory, read.Showing);
        var step = Assert.Single(read.Because, b => b.Rule == "particularity/privilege-label");
        Assert.Contains(step.Authorities, a => a.Cite.StartsWith("Nat'l Union", StringComparison.Ordinal) || a.Cite.Contains("Seagate", StringComparison.Ordinal));
        var cure = Assert.Single(read.ToBeSpecific!);
        Assert.Contains("legal advice", cure, StringComparison.Ordinal);
        // Not the advice for a business's harm, which a privilege does not need.
        Assert.DoesNotContain(read.ToBeSpecific!, c => c.Contains("figures, terms", StringComparison.Ordinal) || c.Contains("how disclosure", StringComparison.Ordinal));
    }

    [Fact]
    public void PrivilegeFacts_DoNotShowACompetitiveHarm()
    {
        var read = OneStatement.Read(
            "The memorandum was prepared by counsel in anticipation of litigation and is attorney work product.",
            "competitive-harm", "business-strategy", "party");

        Assert.DoesNotContain(read.Because, b => b.Rule == "particularity/privilege-facts");
        Assert.NotEqual(Showing.Specific, read.Showing);
    }

    [Theory]
    [InlineData("2006-06-01")]
    [InlineData("2012-03-01")]
    [InlineData("2026-12-01")]
    public void EachPrivilegeReading_CitesAnAuthorityDecidedByTheLawDate(string day)
    {
        foreach (var words in new[] { "Exhibit 7 is a chain of emails between Acme's general counsel and its chief executive, written to seek legal advice.",
                     "Exhibit 8 is protected by the attorney-client privilege." })
        {
            var request = $$"""
                { "schemaVersion": 1, "asOf": "{{day}}",
                  "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment",
                    "items": [ { "id": "ex", "request": "seal",
                      "information": [ { "id": "n", "kind": "other", "about": "party" } ],
                      "harms": [ { "kind": "privacy", "statement": "{{words}}" } ] } ] } ] }
                """;
            var read = SealingRules.Tests.Support.Shared.Service.Evaluate(request).Motions[0].Items[0].Showings[0];
            Assert.All(read.Because, b => Assert.True(b.Authorities.Count > 0 && b.Authorities.All(a =>
                SealingRules.Tests.Support.Shared.Service.Engine.Catalog.Find(a.Id) is { Confirmed: true } p && p.Decided <= DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)), $"{b.Rule} on {day}"));
        }
    }
}
