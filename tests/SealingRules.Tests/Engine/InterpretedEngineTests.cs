using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>The CLI's single evaluate interprets the rules' expressions: it must write what the compiled engine writes.</summary>
public sealed class InterpretedEngineTests
{
    private static readonly Lazy<SealingService> Interpreted =
        new(() => new SealingService(new SealingEngine(AuthorityCatalog.Load(), RuleBook.Load(), interpreted: true), Shared.Reader));

    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_SameOutputAsCompiled(string slug)
    {
        var request = new ExampleCase(slug).RequestJson;

        Assert.Equal(Json.Write(Shared.Service.Evaluate(request)), Json.Write(Interpreted.Value.Evaluate(request)));
    }
}
