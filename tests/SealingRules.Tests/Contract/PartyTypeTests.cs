using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>
/// Whether a party is a person or an organization (<c>partyType</c>, or a caption naming only organizations): a company
/// has no personal privacy, its taxpayer number is no individual's (Rule 5.2(a)), and the what-if never advises it to
/// claim privacy.
/// </summary>
public sealed class PartyTypeTests
{
    [Theory]
    [InlineData("ACP, Inc. v. Skypatrol, LLC", true)]
    [InlineData("Apple Inc. v. Samsung Electronics Co.", true)]
    [InlineData("Discovery Land Co. v. Berkley Insurance Co.", true)]
    [InlineData("Doe v. Walmart Inc.", false)]
    [InlineData("Kamakana v. City & County of Honolulu", false)]
    [InlineData("Apple Inc. v. Samsung Electronics Co., et al.", false)]
    [InlineData("In re Midland National Life Insurance Co.", false)]
    [InlineData("Estate of Neil v. County of Colusa", false)]
    [InlineData(null, false)]
    public void ACaptionThatNamesOnlyOrganizations_SaysSo(string? caseName, bool organizations)
        => Assert.Equal(organizations, Caption.NamesOnlyOrganizations(caseName));

    [Fact]
    public void ACaptionInCapitals_ReadsTheSame_UnderATurkishCulture()
        => UnderCulture.Run("tr-TR", () => Assert.True(Caption.NamesOnlyOrganizations("ACP, INC. V. SKYPATROL, LLC")));

    [Theory]
    [InlineData("\"partyType\": \"organization\",", "Smith v. Jones", PartyType.Organization)]
    [InlineData("\"partyType\": \"person\",", "ACP, Inc. v. Skypatrol, LLC", PartyType.Person)]
    [InlineData("", "ACP, Inc. v. Skypatrol, LLC", PartyType.Organization)]
    [InlineData("", "Smith v. Acme Inc.", null)]
    public void TheFieldDecides_ElseTheCaption(string field, string caseName, PartyType? expected)
    {
        var info = Shared.Reader.Read(Request(caseName, field, "other", "privacy")).Information.Single();
        Assert.Equal(expected, info.PartyType);
    }

    [Fact]
    public void AnUnknownPartyType_IsRefused_NamingTheField()
    {
        var e = Assert.Throws<ContractException>(() => new RequestReader().Read(Request("Smith v. Jones", "\"partyType\": \"company\",", "other", "privacy"))).Error;
        Assert.Equal("invalid-value", e.Code);
        Assert.Contains("partyType", e.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ACompanysOwnPrivacy_IsNoCompellingReason()
    {
        var steps = Shared.Service.Evaluate(Request("Smith v. Jones", "\"partyType\": \"organization\",", "other", "privacy")).Motions[0].Items[0].Reasoning;
        Assert.Contains(steps, s => s.Rule == "never-suffices/entity-privacy");
        Assert.DoesNotContain(steps, s => s.Rule == "compelling/risk-to-persons");
    }

    // Read from the caption, the party type is said where it decides a privacy claim; given, it is not said again.
    [Theory]
    [InlineData("ACP, Inc. v. Skypatrol, LLC", "", true)]
    [InlineData("ACP, Inc. v. Skypatrol, LLC", "\"partyType\": \"organization\",", false)]
    [InlineData("Smith v. Skypatrol, LLC", "", false)]
    public void ACaptionsReading_IsSaid_WhereItDecidesAPrivacyClaim(string caseName, string field, bool said)
    {
        var result = Shared.Service.Evaluate(Request(caseName, field, "other", "privacy"));
        Assert.Equal(said, result.Warnings.Any(w => w.Rule == "never-suffices/party-type-from-caption"));
    }

    [Fact]
    public void APersonsOwnPrivacy_StillCounts()
    {
        var steps = Shared.Service.Evaluate(Request("Smith v. Jones", "\"partyType\": \"person\",", "other", "privacy")).Motions[0].Items[0].Reasoning;
        Assert.DoesNotContain(steps, s => s.Rule == "never-suffices/entity-privacy");
        Assert.Contains(steps, s => s.Rule == "compelling/risk-to-persons");
    }

    [Theory]
    [InlineData("organization", false)]
    [InlineData("person", true)]
    public void ATaxpayerNumber_IsRule52s_OnlyForAPerson(string partyType, bool reached)
    {
        var info = Shared.Reader.Read(Request("Smith v. Jones", $"\"partyType\": \"{partyType}\",", "taxpayer-id", "privacy")).Information.Single();
        Assert.Equal(reached, Taxonomy.IsRule52Identifier(info));
    }

    [Theory]
    [InlineData("ACP, Inc. v. Skypatrol, LLC", false)]
    [InlineData("Smith v. Skypatrol, LLC", true)]
    public void TheWhatIf_NeverAdvisesACompanyToClaimPrivacy(string caseName, bool privacyOffered)
    {
        var json = Request(caseName, "", "other", null);
        var changes = Shared.Service.WhatIf(json).Items.SelectMany(i => i.Changes).ToList();
        Assert.NotEmpty(changes);
        Assert.Equal(privacyOffered, changes.Any(c => c.Explanation.Contains("invasion of privacy", StringComparison.Ordinal)
            || c.Patch.Any(p => p.Value?.ToString().Contains("\"privacy\"", StringComparison.Ordinal) == true)));
    }

    // The search evaluates each item alone, without the caption: what the caption says of the parties goes with it.
    [Fact]
    public void TheWhatIf_ReadsTheCaptionsOrganizations_WhenItEvaluatesAnItemAlone()
    {
        var json = Request("Acme Widgets, Inc. v. Brightline Supply Co.", "", "other", null).Replace(
            "\"label\": \"the part\" } ]", "\"label\": \"the part\" } ], \"harms\": [ { \"kind\": \"privacy\", \"statement\": \"The minutes hold Brightline's private deliberations, and disclosure would invade its privacy.\", \"evidence\": \"declaration\" } ]",
            StringComparison.Ordinal);
        var whatIf = Shared.Service.WhatIf(json);
        Assert.Empty(SealingRules.Tests.WhatIf.WhatIfCheck.Problems(json, whatIf));
        var changes = whatIf.Items.Single().Changes;
        Assert.DoesNotContain(changes, c => c.Explanation.Contains("invasion of their privacy", StringComparison.Ordinal));
        // No words added for the privacy of a company seal its minutes; what could is a harm a company can suffer.
        Assert.DoesNotContain(changes, c => c.Outcome == Outcome.Seal && c.Patch.Any(p => p.Path.EndsWith("/statement", StringComparison.Ordinal))
            && !c.Patch.Any(p => p.Path.EndsWith("/kind", StringComparison.Ordinal) && (string?)p.Value != "privacy"));
    }

    private static string Request(string caseName, string partyType, string kind, string? harm) => $$"""
        { "schemaVersion": 1, "asOf": "2020-01-15", "court": "N.D. Cal.", "case": { "name": "{{caseName}}" },
          "motions": [ { "id": "ECF 1", "movant": "defendant", "underlyingFiling": "summary-judgment",
            "items": [ { "id": "ex-1", "request": "seal",
              "information": [ { "id": "a", "kind": "{{kind}}", "about": "party", {{partyType}} "label": "the part" } ]
              {{(harm is null ? "" : $$""", "harms": [ { "kind": "{{harm}}", "showing": "specific", "evidence": "declaration" } ]""")}} } ] } ] }
        """;
}
