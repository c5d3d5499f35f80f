using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Random valid contract-v1 requests from a seed: every enum value reachable, optional fields sometimes
/// present, harms sometimes naming a subset of the item's information, dates on both sides of 2016.
/// </summary>
public static class RequestGenerator
{
    public static JObject Generate(int seed)
    {
        var rng = new Random(seed);
        T Pick<T>(IReadOnlyList<T> xs) => xs[rng.Next(xs.Count)];
        string PickEnum<T>() where T : struct, Enum => Pick(Shapes.ValuesOf<T>());
        bool Coin(int percent = 50) => rng.Next(100) < percent;

        var request = new JObject { ["schemaVersion"] = 1 };
        if (Coin()) request["court"] = Pick(Shapes.Courts);
        if (Coin(90)) request["asOf"] = new DateOnly(2008, 1, 1).AddDays(rng.Next(365 * 17)).ToString("yyyy-MM-dd");
        var motions = new JArray();
        var n = 0;
        for (var m = 0; m < rng.Next(1, 4); m++)
        {
            var motion = new JObject
            {
                ["id"] = $"m{m}", ["movant"] = PickEnum<Movant>(), ["underlyingFiling"] = PickEnum<UnderlyingFiling>(),
            };
            if (Coin(20)) motion["relationToMerits"] = PickEnum<MeritsRelation>();
            var items = new JArray();
            for (var i = 0; i < rng.Next(1, 5); i++)
            {
                var itemId = $"i{m}-{i}";
                var item = new JObject { ["id"] = itemId, ["request"] = PickEnum<RequestKind>() };
                if (Coin(10)) item["traditionallySecret"] = PickEnum<TraditionallySecret>();
                if (Coin(15)) item["alreadyPublic"] = Coin();
                if (Coin(15)) item["protectiveOrderOnly"] = Coin();
                if (Coin(20)) item["designatedBy"] = PickEnum<Designator>();
                if (Coin(40)) item["publicInterest"] = PickEnum<PublicInterest>();
                var infos = new JArray();
                var ids = new List<string>();
                for (var k = 0; k < rng.Next(1, 5); k++)
                {
                    var id = $"n{n++}";
                    ids.Add(id);
                    var info = new JObject { ["id"] = id, ["kind"] = PickEnum<InformationKind>(), ["about"] = PickEnum<Subject>() };
                    if (Coin(30)) info["seniority"] = PickEnum<Seniority>();
                    if (Coin(30)) info["channel"] = PickEnum<Channel>();
                    if (Coin(15)) info["atIssue"] = Coin();
                    infos.Add(info);
                }
                item["information"] = infos;
                var harms = new JArray();
                for (var h = 0; h < rng.Next(0, 4); h++)
                {
                    var harm = new JObject { ["kind"] = PickEnum<HarmKind>(), ["showing"] = PickEnum<Showing>() };
                    if (Coin(60)) harm["evidence"] = PickEnum<Evidence>();
                    if (Coin(40)) harm["information"] = new JArray(ids.Where(_ => Coin()).DefaultIfEmpty(ids[0]));
                    if (Coin(20)) harm["offeredBy"] = PickEnum<OfferedBy>();
                    harms.Add(harm);
                }
                if (harms.Count > 0 || Coin()) item["harms"] = harms;
                items.Add(item);
            }
            motion["items"] = items;
            motions.Add(motion);
        }
        request["motions"] = motions;
        return request;
    }

    public static IEnumerable<JObject> Items(JObject request) => request["motions"]!.SelectMany(m => m["items"]!).Cast<JObject>();
}
