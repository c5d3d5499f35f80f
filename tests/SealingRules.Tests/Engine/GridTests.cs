using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Engine;

/// <summary>
/// Runs the whole engine over a grid of fact combinations (standard × showing × already public × kind of
/// information × whom it concerns) and checks that every piece of information gets exactly one ruling.
/// </summary>
public sealed class GridTests
{
    private static readonly UnderlyingFiling[] Filings = [UnderlyingFiling.SummaryJudgment, UnderlyingFiling.Discovery, UnderlyingFiling.UnfiledDiscovery];
    private static readonly Showing[] Showings = Enum.GetValues<Showing>();
    private static readonly HarmKind[] HarmKinds = [HarmKind.CompetitiveHarm, HarmKind.Privacy, HarmKind.Embarrassment, HarmKind.SecurityVulnerability, HarmKind.Persecution];

    public static TheoryData<UnderlyingFiling, Showing, bool> Cells()
    {
        var data = new TheoryData<UnderlyingFiling, Showing, bool>();
        foreach (var f in Filings) foreach (var s in Showings) foreach (var p in new[] { false, true }) data.Add(f, s, p);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void EveryInformation_GetsExactlyOneRuling(UnderlyingFiling filing, Showing showing, bool alreadyPublic)
    {
        // One item per (kind, about) pair, each claiming one harm kind in rotation, plus an item with no claim at all.
        var kinds = Enum.GetValues<InformationKind>();
        var abouts = Enum.GetValues<Subject>();
        var items = new List<Item>();
        var infos = new List<Information>();
        var harms = new List<HarmClaim>();
        var n = 0;
        foreach (var kind in kinds)
            foreach (var about in abouts)
            {
                var itemId = $"i{n}";
                var id = $"n{n}";
                items.Add(new Item(itemId, "m", null, n % 2 == 0 ? RequestKind.Seal : RequestKind.Redact, TraditionallySecret.None,
                    alreadyPublic, false, Designator.Movant, (PublicInterest)(n % 3), 2));
                infos.Add(new Information(id, itemId, kind, about, n % 2 == 0 ? Seniority.Senior : Seniority.LowerLevel,
                    n % 3 == 0 ? null : n % 3 == 1 ? Channel.Official : Channel.Personal, n % 5 == 0));
                infos.Add(new Information(id + "b", itemId, kinds[(n * 7) % kinds.Length], about, null, null, false));
                if (n % 4 != 3) harms.Add(new HarmClaim(id, itemId, HarmKinds[n % HarmKinds.Length], showing, Evidence.Declaration, OfferedBy.Movant));
                n++;
            }
        var request = new SealingRequest(null, F.After, null, null, [new Motion("m", Movant.Joint, filing, null, items.Count)], items, infos, harms);

        var session = Shared.Engine.Run(request);

        var rulings = session.Query<InformationRuling>().GroupBy(r => r.InformationId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(infos, i => Assert.Equal(1, rulings.GetValueOrDefault(i.Id)));
        Assert.Equal(items.Count, session.Query<ItemRuling>().Count());
        Assert.Single(session.Query<MotionRuling>());
        var result = Shared.Engine.Evaluate(request);
        Assert.All(result.Motions[0].Items, item =>
            Assert.Equal(2, item.Redact.Concat(item.Disclose).Distinct().Count()));
    }
}
