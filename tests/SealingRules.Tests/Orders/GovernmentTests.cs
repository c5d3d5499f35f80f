using SealingRules.Model;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>Where the United States is a party, courts call it the government, not the plaintiff or the defendant.</summary>
public sealed class GovernmentTests
{
    [Theory]
    [InlineData("United States v. Jaramillo", Movant.Plaintiff)]
    [InlineData("United States of America v. Smith", Movant.Plaintiff)]
    [InlineData("USA v. Kasper", Movant.Plaintiff)]
    [InlineData("M.F. v. United States", Movant.Defendant)]
    [InlineData("Doe v. United States of America", Movant.Defendant)]
    [InlineData("United States ex rel. Kelly v. Serco, Inc.", null)]
    [InlineData("United States Fidelity & Guaranty Co. v. Lee", null)]
    [InlineData("Smith v. United States Steel Corp.", null)]
    [InlineData(null, null)]
    public void TheCaptionSaysWhichSideTheUnitedStatesTakes(string? caseName, Movant? side)
        => Assert.Equal(side, Phrases.GovernmentSide(caseName));

    [Fact]
    public void ACaptionInCapitals_ReadsTheSame_UnderATurkishCulture()
        // Under tr-TR a culture-aware case-insensitive match folds "I" to a dotless "ı", and "UNITED" would not match.
        => UnderCulture.Run("tr-TR", () =>
        {
            Assert.Equal(Movant.Plaintiff, Phrases.GovernmentSide("UNITED STATES V. KASPER"));
            Assert.Equal(Movant.Defendant, Phrases.GovernmentSide("HESTERBERG V. UNITED STATES"));
        });

    [Fact]
    public void TheGovernmentsMotion_IsTheGovernments_InTheOrder()
    {
        var order = SealingRules.Orders.MarkdownOrder.Render(Shared.Service.Order(new ExampleCase("united-states-jaramillo-2023").RequestJson));
        Assert.Contains("As the party seeking to seal, the government bears the burden", order, StringComparison.Ordinal);
        Assert.Contains("The government may submit an amended request", order, StringComparison.Ordinal);
        Assert.DoesNotContain("the plaintiff", order, StringComparison.Ordinal);
        // The caption keeps the party's designation.
        Assert.Contains("United States, Plaintiff,", order, StringComparison.Ordinal);
        // The findings the order adopts name the government as the rest of the order does.
        Assert.DoesNotContain("the movant", order, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnotherPartysMotion_InACaseAgainstTheUnitedStates_StillNamesItsMovant()
    {
        var order = SealingRules.Orders.MarkdownOrder.Render(Shared.Service.Order(new ExampleCase("mf-united-states-2015").RequestJson));
        Assert.Contains("As the party seeking to seal, the plaintiff bears the burden", order, StringComparison.Ordinal);
        Assert.DoesNotContain("The government shows", order, StringComparison.Ordinal);
    }

    [Fact]
    public void OnAMotionToUnseal_TheGovernmentKeepingTheRecordsSealed_IsNamedSo()
    {
        var markdown = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(new ExampleCase("hesterberg-united-states-2013").RequestJson));
        Assert.Contains("The government offers no specific reason of its own", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("The defendant offers", markdown, StringComparison.Ordinal);
    }
}
