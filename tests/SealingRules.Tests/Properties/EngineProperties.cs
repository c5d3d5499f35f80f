using FsCheck.Xunit;
using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>Properties that hold for every valid request (FsCheck draws the seeds; failures name the seed).</summary>
public sealed class EngineProperties
{
    private static readonly AuthorityCatalog Catalog = AuthorityCatalog.Load();

    private static SealingResult Evaluate(JObject request) => Shared.Service.Evaluate(request.ToString());

    private static Dictionary<string, bool> Withheld(SealingResult result) => result.Motions.SelectMany(m => m.Items)
        .SelectMany(i => i.Redact.Select(id => (id, true)).Concat(i.Disclose.Select(id => (id, false))))
        .ToDictionary(p => p.id, p => p.Item2);

    [Property(MaxTest = 150)]
    public void EveryInformation_LandsInExactlyOneList_AndEveryItemIsAnswered(int seed)
    {
        var request = RequestGenerator.Generate(seed);

        var result = Evaluate(request);

        foreach (var item in RequestGenerator.Items(request))
        {
            var answer = result.Motions.SelectMany(m => m.Items).Single(i => i.Id == (string)item["id"]!);
            var ids = item["information"]!.Select(n => (string)n["id"]!).Order().ToList();
            Assert.Equal(ids, answer.Redact.Concat(answer.Disclose).Order().ToList());
            Assert.Empty(answer.Redact.Intersect(answer.Disclose));
        }
        Assert.Equal(request["motions"]!.Count(), result.Motions.Count);
    }

    [Property(MaxTest = 60)]
    public void SameRequest_ByteIdenticalOutput(int seed)
    {
        var json = RequestGenerator.Generate(seed).ToString();

        Assert.Equal(Shared.Service.EvaluateToJson(json), Shared.Service.EvaluateToJson(json));
    }

    [Property(MaxTest = 150)]
    public void StrongerShowing_NeverLeavesTheMovantWorseOff(int seed, int pick)
    {
        var request = RequestGenerator.Generate(seed);
        var harms = RequestGenerator.Items(request).SelectMany(i => i["harms"] as JArray ?? []).Cast<JObject>().ToList();
        if (harms.Count == 0) return;
        var stronger = (JObject)request.DeepClone();
        var harm = RequestGenerator.Items(stronger).SelectMany(i => i["harms"] as JArray ?? []).Cast<JObject>().ElementAt(Math.Abs(pick % harms.Count));
        harm["showing"] = "specific";
        harm["evidence"] = "declaration";

        var before = Withheld(Evaluate(request));
        var after = Withheld(Evaluate(stronger));

        Assert.All(before.Where(p => p.Value), p => Assert.True(after[p.Key], $"{p.Key} was redacted, now disclosed (seed {seed})"));
    }

    [Property(MaxTest = 150)]
    public void MarkingInformationAlreadyPublic_NeverSealsMore(int seed, int pick)
    {
        var request = RequestGenerator.Generate(seed);
        var items = RequestGenerator.Items(request).ToList();
        var publicized = (JObject)request.DeepClone();
        var item = RequestGenerator.Items(publicized).ElementAt(Math.Abs(pick % items.Count));
        item["alreadyPublic"] = true;

        var before = Withheld(Evaluate(request));
        var after = Withheld(Evaluate(publicized));

        Assert.All(item["information"]!.Select(n => (string)n["id"]!), id => Assert.True(!after[id] || before[id], $"{id} newly withheld (seed {seed})"));
    }

    [Property(MaxTest = 100)]
    public void EveryPrintedCitation_ResolvesToAConfirmedCatalogEntry(int seed)
    {
        var result = Evaluate(RequestGenerator.Generate(seed));

        var cites = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .SelectMany(s => s.Authorities).Concat(result.Warnings.SelectMany(w => w.Authorities));
        Assert.All(cites, c => Assert.True(Catalog.Find(c.Id) is { Confirmed: true } p && p.Cite == c.Cite, c.Id));
    }

    [Property(MaxTest = 100)]
    public void Relief_MatchesWhatTheItemAskedFor(int seed)
    {
        var request = RequestGenerator.Generate(seed);

        var result = Evaluate(request);

        foreach (var motion in result.Motions)
        {
            foreach (var item in motion.Items)
            {
                var expected = item.Disclose.Count == 0 ? Relief.Full : item.Redact.Count == 0 ? Relief.None : Relief.Partial;
                Assert.Equal(expected, item.Relief);
            }
            var expectedDisposition = motion.Items.All(i => i.Relief == Relief.Full) ? Disposition.Granted
                : motion.Items.All(i => i.Relief != Relief.Full) ? Disposition.Denied : Disposition.GrantedInPart;
            Assert.Equal(expectedDisposition, motion.Disposition);
        }
    }
}
