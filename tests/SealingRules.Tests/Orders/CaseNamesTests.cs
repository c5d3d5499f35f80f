using SealingRules.Orders;
using Xunit;

namespace SealingRules.Tests.Orders;

public sealed class CaseNamesTests
{
    [Theory]
    [InlineData("Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir. 2006)", "Kamakana v. City & Cnty. of Honolulu")]
    [InlineData("Nixon v. Warner Commc'ns, Inc., 435 U.S. 589, 598 (1978)", "Nixon v. Warner Commc'ns, Inc.")]
    [InlineData("Al Otro Lado, Inc. v. McAleenan, No. 17-cv-02366, ECF 290 (S.D. Cal. 2019)", "Al Otro Lado, Inc. v. McAleenan")]
    [InlineData("In re Midland Nat'l Life Ins. Co., 686 F.3d 1115, 1119 (9th Cir. 2012)", "In re Midland Nat'l Life Ins. Co.")]
    [InlineData("Doe v. Roe No. 3, 12 F.4th 1 (9th Cir. 2021)", "Doe v. Roe")]
    [InlineData("Kamakana, 447 F.3d at 1179", "Kamakana")]
    [InlineData("Al Otro Lado, slip op. at 10", "Al Otro Lado")]
    [InlineData("Nall, No. 3:19-cv-00054-MMD-CLB", "Nall")]
    [InlineData("Fed. R. Civ. P. 26(c)", "")]
    [InlineData("S.D. Cal. Civ. L.R. 79.2", "")]
    [InlineData("28 U.S.C. § 1291", "")]
    [InlineData("", "")]
    public void Split_FindsTheCaseName(string cite, string name)
    {
        var (caseName, remainder) = CaseNames.Split(cite);

        Assert.Equal(name, caseName);
        Assert.Equal(cite, caseName + remainder);
    }

    // A caption's side is several parties only where it names several: words describing one party are not another.
    [Theory]
    [InlineData("J.R., a minor, by and through his guardian ad litem Ana Reyes", false)]
    [InlineData("Acme Parts, Inc.", false)]
    [InlineData("Jane Roe, individually and on behalf of all others similarly situated", false)]
    [InlineData("Brightline Supply Co., LLC", false)]
    [InlineData("John Smith and Mary Smith", true)]
    [InlineData("Smith, Jones, and Lee", true)]
    [InlineData("Al Otro Lado, Inc., et al.", true)]
    public void ACaptionSide_IsSeveralParties_OnlyWhereItNamesSeveral(string side, bool several)
        => Assert.Equal(several, OrderBuilder.Several(side));
}
