using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Packaging;

/// <summary>The README's DI example is the one the packaging test compiles and runs, character for character.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeDiExample_IsTheOneThePackagingTestBuilds()
    {
        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n");

        Assert.Contains("```csharp\n" + PackageTests.DiExample.ReplaceLineEndings("\n") + "\n```", readme, StringComparison.Ordinal);
    }
}
