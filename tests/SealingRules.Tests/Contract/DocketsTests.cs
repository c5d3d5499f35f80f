using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>A criminal case is read from its docket number's "cr", never from a judge's initials.</summary>
public sealed class DocketsTests
{
    [Theory]
    [InlineData("2:15-cr-0189-GEB", true)]
    [InlineData("CR17-0153-JCC", true)]
    [InlineData("CR 21-0351-2 JSW", true)]
    [InlineData("1:18-CR-00014-JLT-SK", true)]
    [InlineData("Civ. 23-00175 SOM-RT (Crim. No. 22-00013 SOM)", true)]
    [InlineData("3:18-cv-01234-CRB", false)]
    [InlineData("17-cv-02366-BAS-KSC", false)]
    [InlineData("No. C 12-05409 WHA", false)]
    [InlineData(null, false)]
    public void ADocketNumber_SaysWhetherTheCaseIsCriminal(string? number, bool criminal)
        => Assert.Equal(criminal, Dockets.IsCriminal(number));

    [Fact]
    public void TheSameNumber_ReadsAlike_UnderATurkishCulture()
        => UnderCulture.Run("tr-TR", () => Assert.True(Dockets.IsCriminal("2:15-CRIM-0189")));

    [Fact]
    public void ARequestsMotion_IsCriminal_WhenItsCaseNumberIs()
    {
        var motion = Shared.Reader.Read(File.ReadAllText(Path.Combine(Repo.Examples, "united-states-warren-2016", "request.json"))).Motions.Single();
        Assert.True(motion.Criminal);
        Assert.False(Shared.Reader.Read(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"))).Motions[0].Criminal);
    }
}
