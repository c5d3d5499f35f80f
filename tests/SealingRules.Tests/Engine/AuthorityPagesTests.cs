using SealingRules.Engine;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

public sealed class AuthorityPagesTests
{
    [Fact]
    public void AuthorityPage_IsUpToDate()
    {
        var path = Path.Combine(Repo.Root, "rules", "authorities", "README.md");

        var expected = AuthorityPages.Render(AuthorityCatalog.Load(), RuleBook.Load());

        Assert.True(File.Exists(path) && File.ReadAllText(path) == expected,
            "rules/authorities/README.md is out of date: run `dotnet run --project src/SealingRules.Cli -- authorities > rules/authorities/README.md`");
    }
}
