using SealingRules.Orders;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>A court names the party whose motion it decides ("the defendant shows"), as the order's own standard does; "the movant" is the engine's word.</summary>
public sealed class MovantNamedTests
{
    [Fact]
    public void ADefendantsMotion_IsTheDefendants_InTheFindingsItAdopts()
    {
        var order = MarkdownOrder.Render(Shared.Service.Order(new ExampleCase("abramo-ryan-2010").RequestJson));

        Assert.Contains("As the party seeking to seal, the defendant bears the burden", order, StringComparison.Ordinal);
        Assert.Contains("The defendant shows with specific facts", order, StringComparison.Ordinal);
        Assert.Contains("Every piece of information the defendant identified", order, StringComparison.Ordinal);
        Assert.DoesNotContain("movant", order, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AJointMotion_KeepsTheMovant_ForTheParties_WouldNotAgreeWithItsVerb()
    {
        var order = MarkdownOrder.Render(Shared.Service.Order(new ExampleCase("a-roo-switzer-2017").RequestJson));

        Assert.Contains("The movant relies on an agreement", order, StringComparison.Ordinal);
        Assert.DoesNotContain("The parties relies", order, StringComparison.Ordinal);
    }

    [Fact]
    public void MotionsOfBothSides_KeepTheMovant_ForNoOneNameFitsEvery()
    {
        // The seed: the plaintiffs' motion and the government's; each finding belongs to one, so no single name is right.
        var order = MarkdownOrder.Render(Shared.Service.Order(new ExampleCase("al-otro-lado-2019").RequestJson));

        Assert.DoesNotContain("the plaintiff shows", order, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("the government shows", order, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>The movant's own proposed order is signed by the court: it names the party whose motion it grants.</summary>
public sealed class MovantNamedInTheProposedOrderTests
{
    private const string Request = """
        { "schemaVersion": 1, "court": "D. Haw.", "asOf": "2026-10-15", "motions": [ { "id": "ECF No. 58", "movant": "{{movant}}", "underlyingFiling": "motion-in-limine", "items": [
          { "id": "ex-b", "title": "Exhibit B, psychiatric treatment records", "request": "seal",
            "information": [ { "id": "ex-b-psych", "kind": "mental-health", "about": "party" } ],
            "harms": [ { "kind": "privacy", "statement": "Exhibit B contains my psychiatric treatment notes, which describe my diagnosis of PTSD and my medications.", "evidence": "declaration" } ] } ] } ] }
        """;

    [Fact]
    public void APlaintiffsProposedOrder_SaysThePlaintiffHasShown()
    {
        var row = Assert.Single(Shared.Service.MovantOrder(Request.Replace("{{movant}}", "plaintiff", StringComparison.Ordinal), "ECF No. 58").Table);

        Assert.StartsWith("Because the plaintiff has shown", row.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("movant", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AJointProposedOrder_KeepsTheMovant()
        => Assert.StartsWith("Because the movant has shown",
            Assert.Single(Shared.Service.MovantOrder(Request.Replace("{{movant}}", "joint", StringComparison.Ordinal), "ECF No. 58").Table).Reason, StringComparison.Ordinal);
}

/// <summary>The reports (Markdown and HTML) name the party as the predicted order does.</summary>
public sealed class MovantNamedInTheReportTests
{
    [Fact]
    public void ADefendantsMotion_IsTheDefendants_InTheMarkdownReport_AndItsWhatIf()
    {
        var json = new ExampleCase("exercises/17-a-confidentiality-clause").RequestJson;

        var md = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(json), whatIf: Shared.Service.WhatIf(json));

        Assert.Contains("The defendant relies on an agreement", md, StringComparison.Ordinal);
        Assert.Contains("- If the defendant showed,", md, StringComparison.Ordinal);
        Assert.DoesNotContain("the movant", md, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AJointMotion_KeepsTheMovant_InTheReport()
        => Assert.Contains("The movant relies on an agreement",
            SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(new ExampleCase("a-roo-switzer-2017").RequestJson)), StringComparison.Ordinal);
}
