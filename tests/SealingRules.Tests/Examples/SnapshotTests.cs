using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace SealingRules.Tests.Examples;

/// <summary>
/// The full JSON output of every example, kept as a reviewable snapshot under __snapshots__. The version stamps are
/// left out: a version bump alone is not a change of reasoning to review, and the CHANGELOG records it.
/// </summary>
public sealed class SnapshotTests
{
    [Theory]
    [MemberData(nameof(ExampleTests.Slugs), MemberType = typeof(ExampleTests))]
    public void Example_OutputMatchesSnapshot(string slug)
    {
        var example = new ExampleCase(slug);

        var output = JObject.Parse(Json.Write(Shared.Service.Evaluate(example.RequestJson)));

        ((JObject)output["engine"]!).Remove("version");
        ((JObject)output["engine"]!).Remove("rulesVersion");
        Snapshot.Match(output, SnapshotNameExtension.Create(slug.Replace('/', '-')));
    }
}
