using Newtonsoft.Json.Linq;

namespace SealingRules.WhatIf;

/// <summary>
/// Applies the RFC 6902 operations the what-if writes (add, replace, remove on object members and array elements). The
/// tests check every patch with an independent implementation (Microsoft.AspNetCore.JsonPatch).
/// </summary>
internal static class JsonPatch
{
    public static JObject Apply(JObject document, IEnumerable<PatchOperation> patch)
    {
        var copy = (JObject)document.DeepClone();
        foreach (var op in patch) Apply(copy, op);
        return copy;
    }

    private static void Apply(JObject root, PatchOperation op)
    {
        var segments = op.Path.Split('/')[1..].Select(s => s.Replace("~1", "/").Replace("~0", "~")).ToArray();
        JToken parent = root;
        foreach (var segment in segments[..^1])
            parent = parent is JArray a ? a[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : parent[segment]!;
        var last = segments[^1];
        switch (parent, op.Op)
        {
            case (JArray array, "add"):
                if (last == "-") array.Add(op.Value!.DeepClone());
                else array.Insert(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture), op.Value!.DeepClone());
                break;
            case (JObject obj, "add" or "replace"):
                obj[last] = op.Value!.DeepClone();
                break;
            case (JObject obj, "remove"):
                obj.Remove(last);
                break;
            case (JArray array, "remove"):
                array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                throw new InvalidOperationException($"The what-if wrote an operation it cannot apply: {op.Op} {op.Path}.");
        }
    }

    /// <summary>A path segment as RFC 6901 escapes it.</summary>
    public static string Escape(string segment) => segment.Replace("~", "~0").Replace("/", "~1");
}
