using Newtonsoft.Json.Linq;

namespace SealingRules.Tests.Teaching;

/// <summary>An answers file that gives only one item's declaration paragraph (the writing exercises, 14 and 19).</summary>
internal static class ParagraphAnswer
{
    public static string For(string motionId, string itemId, string words) => new JObject
    {
        ["motions"] = new JArray(new JObject
        {
            ["id"] = motionId,
            ["items"] = new JArray(new JObject { ["id"] = itemId, ["statements"] = new JArray(new JObject { ["harm"] = 0, ["statement"] = words }) }),
        }),
    }.ToString();
}
