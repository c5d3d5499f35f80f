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
