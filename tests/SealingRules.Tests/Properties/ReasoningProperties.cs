using FsCheck.Xunit;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Right for the right reasons, over every example and over generated requests: every losing reason is answered, no
/// step contradicts the outcome, every step on information says which way it leans, no Rule 5.2(a) identifier ends
/// public unless exempt, waived or ordered, no authority is cited for a day before it was decided, and no label of the
/// contract is pasted into a sentence (see <see cref="ReasoningAudit"/>).
/// </summary>
[Properties(Arbitrary = [typeof(RequestArbitrary)], MaxTest = 400)]
public sealed class ReasoningProperties
{
    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_ReasoningAnswersItself(string slug)
    {
        var json = new ExampleCase(slug).RequestJson;

        Assert.Empty(ReasoningAudit.Problems(Shared.Reader.Read(json), Shared.Service.Evaluate(json)));
    }

    [Property]
    public void GeneratedRequest_ReasoningAnswersItself(GenRequest request)
    {
        var parsed = Shared.Reader.Read(request.Json);

        Assert.Empty(ReasoningAudit.Problems(parsed, Shared.Engine.Evaluate(parsed)));
    }
}
