using FsCheck.Xunit;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Properties that hold for every valid request. FsCheck draws the requests (<see cref="RequestArbitrary"/>); a failure
/// is shrunk to a small request and printed as its JSON, with the seed to replay it (<c>[Property(Replay = "...")]</c>).
/// </summary>
[Properties(Arbitrary = [typeof(RequestArbitrary)], MaxTest = 500)]
public sealed class EngineProperties
{
    private static readonly AuthorityCatalog Catalog = AuthorityCatalog.Load();

    private static SealingResult Evaluate(GenRequest request) => Shared.Service.Evaluate(request.Json);

    /// <summary>Information id → whether it is kept from the public (in <c>redact</c>).</summary>
    private static Dictionary<string, bool> Withheld(SealingResult result) => result.Motions.SelectMany(m => m.Items)
        .SelectMany(i => i.Redact.Select(id => (id, true)).Concat(i.Disclose.Select(id => (id, false))))
        .ToDictionary(p => p.id, p => p.Item2, StringComparer.Ordinal);

    private static Dictionary<string, ItemResult> ItemsById(SealingResult result)
        => result.Motions.SelectMany(m => m.Items).ToDictionary(i => i.Id, StringComparer.Ordinal);

    private static int Rank(Relief relief) => relief switch { Relief.None => 0, Relief.Partial => 1, _ => 2 };

    private static int Rank(Outcome outcome) => outcome switch { Outcome.Public => 0, Outcome.Redact => 1, _ => 2 };

    private static string Shown(string id) => Newtonsoft.Json.JsonConvert.ToString(id);

    // 1.
    [Property]
    public void EveryInformation_LandsInExactlyOneList_AndEveryItemAndMotionIsAnswered(GenRequest request)
    {
        var result = Evaluate(request);

        var motionIds = Enumerable.Range(0, request.Motions.Length).Select(request.MotionId).Order(StringComparer.Ordinal);
        Assert.Equal(motionIds, result.Motions.Select(m => m.Id).Order(StringComparer.Ordinal));
        var items = request.Items().ToList();
        Assert.Equal(items.Count, result.Motions.Sum(m => m.Items.Count));
        foreach (var item in items)
        {
            var answer = Assert.Single(result.Motions.Single(m => m.Id == item.MotionId).Items, i => i.Id == item.ItemId);
            Assert.Equal(item.InformationIds.Order(StringComparer.Ordinal), answer.Redact.Concat(answer.Disclose).Order(StringComparer.Ordinal));
        }
    }

    // 2.
    [Property]
    public void SameRequest_GivesByteIdenticalOutput(GenRequest request)
    {
        var json = request.Json;

        var first = Shared.Service.EvaluateToJson(json);
        var second = Shared.Service.EvaluateToJson(json);

        Assert.Equal(first, second);
    }

    // 2, the same request written in another layout (compact or indented, fields in reverse order).
    [Property(MaxTest = 300)]
    public void SameRequest_InAnotherLayout_GivesByteIdenticalOutput(GenRequest request)
    {
        Assert.Equal(Shared.Service.EvaluateToJson(request.Json), Shared.Service.EvaluateToJson(request.OtherLayout));
    }

    // The engine cuts a request into sessions (a motion each; big motions by items, then the motion): every cut must
    // read exactly as one session over the whole request. One item a session is the finest cut.
    [Property(MaxTest = 300)]
    public void SessionPlan_ReadsExactlyAsOneSession(GenRequest request)
    {
        var parsed = new RequestReader().Read(request.Json);
        // The words are read first, as Evaluate reads them; then one session over the whole request.
        var readings = Shared.Engine.Read(parsed);
        var applied = Shared.Engine.Applied(readings, parsed);
        var conclusions = Shared.Engine.Run(applied).Query<object>().ToList();
        SessionPlan.AddOrderTerms(Shared.Engine, applied, conclusions);
        var oneSession = Json.Write(new TraceBuilder(Shared.Engine, applied, conclusions, readings).Build());

        Assert.Equal(oneSession, Json.Write(Shared.Engine.Evaluate(parsed)));
        Assert.Equal(oneSession, Json.Write(Shared.Engine.Evaluate(parsed, itemsPerSession: 1)));
    }

    // 3.
    [Property]
    public void StrongerShowing_NeverLeavesTheMovantWorseOff(GenRequest request, int pick)
    {
        var harms = (from m in Enumerable.Range(0, request.Motions.Length)
                     from i in Enumerable.Range(0, request.Motions[m].Items.Length)
                     from h in Enumerable.Range(0, request.Motions[m].Items[i].Harms?.Length ?? 0)
                     select (m, i, h)).ToList();
        if (harms.Count == 0) return;
        var (mi, ii, hi) = harms[(int)((uint)pick % (uint)harms.Count)];
        var item = request.Motions[mi].Items[ii];
        var harm = item.Harms![hi] with { Showing = "specific", Evidence = "declaration" };
        var stronger = request with
        {
            Motions = request.Motions.Select((motion, m) => m != mi ? motion : motion with
            {
                Items = motion.Items.Select((it, i) => i != ii ? it : it with
                {
                    Harms = it.Harms!.Select((h, k) => k == hi ? harm : h).ToArray(),
                }).ToArray(),
            }).ToArray(),
        };

        var before = Evaluate(request);
        var after = Evaluate(stronger);

        var (withheldBefore, withheldAfter) = (Withheld(before), Withheld(after));
        foreach (var (id, withheld) in withheldBefore)
            Assert.True(!withheld || withheldAfter[id] || TradedForTheIdentity(after, id, withheldBefore, withheldAfter),
                $"{Shown(id)} was redacted; after the stronger showing it is disclosed");
        var itemsAfter = ItemsById(after);
        foreach (var (id, answer) in ItemsById(before))
            Assert.True(Rank(itemsAfter[id].Relief) >= Rank(answer.Relief),
                $"item {Shown(id)}: relief {answer.Relief} fell to {itemsAfter[id].Relief} after the stronger showing");
    }

    // The one trade the seed's order makes: once the stronger showing withholds what identifies the people concerned,
    // their descriptive attributes identify no one and are disclosed (privacy/deidentified-attributes).
    private static bool TradedForTheIdentity(SealingResult after, string id, Dictionary<string, bool> before, Dictionary<string, bool> now)
    {
        var item = after.Motions.SelectMany(m => m.Items).Single(i => i.Redact.Contains(id) || i.Disclose.Contains(id));
        return item.Reasoning.Any(s => s.Rule == "privacy/deidentified-attributes" && s.Concerns.Contains(id))
            && item.Redact.Any(other => other != id && !before[other] && now[other]);
    }

    // 4.
    [Property]
    public void MarkingAnItemAlreadyPublic_NeverSealsOrRedactsMoreOfIt(GenRequest request, int pick)
    {
        var items = request.Items().ToList();
        var target = items[(int)((uint)pick % (uint)items.Count)];
        var publicized = request with
        {
            Motions = request.Motions.Select((motion, m) => m != target.Motion ? motion : motion with
            {
                Items = motion.Items.Select((it, i) => i != target.Item ? it : it with { AlreadyPublic = true }).ToArray(),
            }).ToArray(),
        };

        var before = Evaluate(request);
        var after = Evaluate(publicized);

        var (withheldBefore, withheldAfter) = (Withheld(before), Withheld(after));
        foreach (var id in target.InformationIds)
            Assert.True(!withheldAfter[id] || withheldBefore[id], $"{Shown(id)} was disclosed; once its item is already public it is redacted");
        var (outcomeBefore, outcomeAfter) = (ItemsById(before)[target.ItemId].Outcome, ItemsById(after)[target.ItemId].Outcome);
        Assert.True(Rank(outcomeAfter) <= Rank(outcomeBefore),
            $"item {Shown(target.ItemId)}: outcome {outcomeBefore} became {outcomeAfter} once it is already public");
    }

    // 5.
    [Property]
    public void EveryPrintedCitation_ResolvesToAConfirmedCatalogEntry(GenRequest request)
    {
        var result = Evaluate(request);

        var cites = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning)))
            .SelectMany(s => s.Authorities).Concat(result.Warnings.SelectMany(w => w.Authorities));
        Assert.All(cites, c =>
        {
            var p = Catalog.Find(c.Id);
            Assert.True(p is { Confirmed: true }, $"{c.Id} is not a confirmed catalog entry");
            Assert.Equal(p!.Cite, c.Cite);
        });
    }

    // 6. A valid request is accepted, evaluated and written, as JSON and as the Markdown report, without an exception.
    [Property]
    public void ValidRequest_NothingThrows(GenRequest request)
    {
        var result = Shared.Service.Evaluate(request.Json);
        Assert.NotEmpty(Json.Write(result));
        Assert.NotEmpty(Json.Write(result, indented: false));
        Assert.NotEmpty(MarkdownReport.Render(result));
    }

    // The contract's relation between the lists, relief and disposition.
    [Property(MaxTest = 300)]
    public void ReliefAndDisposition_FollowFromTheLists(GenRequest request)
    {
        var result = Evaluate(request);

        for (var m = 0; m < result.Motions.Count; m++)
        {
            var motion = result.Motions[m];
            for (var i = 0; i < motion.Items.Count; i++)
            {
                var item = motion.Items[i];
                // A seal request for a document whose rest is not confidential gets its listed parts redacted: partial.
                var sealOfALargerDocument = request.Motions[m].Items[i] is { Request: "seal", Remainder: "not-confidential" };
                var expected = item.Disclose.Count == 0 ? (sealOfALargerDocument ? Relief.Partial : Relief.Full) : item.Redact.Count == 0 ? Relief.None : Relief.Partial;
                Assert.Equal(expected, item.Relief);
            }
            var disposition = motion.Items.All(i => i.Relief == Relief.Full) ? Disposition.Granted
                : motion.Items.All(i => i.Relief != Relief.Full) ? Disposition.Denied : Disposition.GrantedInPart;
            Assert.Equal(disposition, motion.Disposition);
        }
    }
}
