using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace SealingRules.Tests.Properties;

/// <summary>
/// Deterministic mutations of a request's JSON text for the fuzz test: one to three of truncation, type swaps,
/// random enum strings, deleted properties, duplicated ids and dangling references, huge strings, deep nesting,
/// random bytes and unicode, duplicate keys, unknown fields, edits of the version and the date. The same
/// <see cref="Random"/> state gives the same input.
/// </summary>
public static class Mutator
{
    private delegate string? Op(string json, Random rng);

    /// <summary>Ops that edit the parsed request (they do not apply once the text no longer parses).</summary>
    private static readonly (string Name, Func<JObject, Random, Edits, bool> Apply)[] TreeOps =
    [
        ("type-swap", TypeSwap), ("enum-string", EnumString), ("delete-property", DeleteProperty), ("duplicate-id", DuplicateId),
        ("dangling-reference", DanglingReference), ("huge-string", HugeString), ("deep-value", DeepValue),
        ("duplicate-key", DuplicateKey), ("unknown-field", UnknownField), ("collection", Collection), ("version", Version),
        ("date", Date), ("swap-values", SwapValues),
    ];

    /// <summary>Ops on the text itself.</summary>
    private static readonly (string Name, Op Apply)[] TextOps =
    [
        ("truncate", (s, r) => s[..r.Next(s.Length)]),
        ("random-bytes", RandomBytes),
        ("unicode", InsertUnicode),
        ("span", EditSpan),
        ("structure", SwapStructuralChar),
        ("deep-document", WrapDeep),
        ("junk", Junk),
    ];

    public static (string Input, string How) Mutate(string json, Random rng)
    {
        var count = rng.Next(10) switch { < 6 => 1, < 9 => 2, _ => 3 };
        var how = new List<string>();
        for (var n = 0; n < count; n++)
        {
            var root = rng.Next(3) > 0 ? TryParse(json) : null; // two in three: a tree op, when the text still parses
            if (root is not null)
            {
                var (name, apply) = TreeOps[rng.Next(TreeOps.Length)];
                var edits = new Edits();
                if (!apply(root, rng, edits)) continue;
                json = edits.Write(root, rng.Next(2) == 0);
                how.Add(name);
            }
            else
            {
                var (name, apply) = TextOps[rng.Next(TextOps.Length)];
                if (apply(json, rng) is not { } mutated) continue;
                json = mutated;
                how.Add(name);
            }
        }
        return (json, how.Count == 0 ? "unchanged" : string.Join(" + ", how));
    }

    private static JObject? TryParse(string json)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = 64, DateParseHandling = DateParseHandling.None };
            return JToken.ReadFrom(reader) as JObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// Text that JToken cannot hold (raw numbers, 10,000 levels of nesting, a key twice): a placeholder goes into the
    /// tree and is replaced in the written text.
    /// </summary>
    private sealed class Edits
    {
        private readonly List<(string Placeholder, string Text)> _raw = [];

        public JValue Raw(string text)
        {
            var placeholder = $"@@fuzz-{_raw.Count}@@";
            _raw.Add((JsonConvert.ToString(placeholder), text));
            return new JValue(placeholder);
        }

        public string Key(string rawKeyText)
        {
            var placeholder = $"@@fuzz-{_raw.Count}@@";
            _raw.Add((JsonConvert.ToString(placeholder), rawKeyText));
            return placeholder;
        }

        public string Write(JObject root, bool indented)
        {
            var text = root.ToString(indented ? Formatting.Indented : Formatting.None);
            foreach (var (placeholder, raw) in _raw) text = text.Replace(placeholder, raw, StringComparison.Ordinal);
            return text;
        }
    }

    private static readonly string[] EnumFields =
    [
        "court", "movant", "underlyingFiling", "relationToMerits", "request", "traditionallySecret", "designatedBy",
        "publicInterest", "kind", "about", "seniority", "channel", "showing", "evidence", "offeredBy",
    ];

    private static readonly string[][] EnumValues =
    [
        RequestArbitrary.Courts, RequestArbitrary.Movants, RequestArbitrary.Filings, RequestArbitrary.MeritsRelations,
        RequestArbitrary.RequestKinds, RequestArbitrary.TraditionallySecret, RequestArbitrary.Designators,
        RequestArbitrary.PublicInterests, RequestArbitrary.InformationKinds, RequestArbitrary.Subjects, RequestArbitrary.Seniorities,
        RequestArbitrary.Channels, RequestArbitrary.HarmKinds, RequestArbitrary.Showings, RequestArbitrary.Evidence, RequestArbitrary.OfferedBy,
    ];

    private static T Pick<T>(IReadOnlyList<T> xs, Random rng) => xs[rng.Next(xs.Count)];

    private static List<JToken> Values(JObject root) => root.Descendants().Where(t => t is JValue || t.Parent is JProperty or JArray).ToList();

    private static JToken RandomValue(Random rng, Edits edits, JTokenType avoid)
    {
        while (true)
        {
            JToken value = rng.Next(7) switch
            {
                0 => new JValue(Pick(["", " ", "x", "1", "true", "null", "seal", "2019-11-21", "\u0000", "{}", Pick(Pick(EnumValues, rng), rng)], rng)),
                1 => new JValue(Pick([0L, 1L, -1L, 2L, int.MaxValue, long.MinValue], rng)),
                2 => rng.Next(2) == 0 ? new JValue(Pick([1.0, 1.5, -0.0, 1e308, double.Epsilon], rng))
                    : edits.Raw(Pick(["1e400", "-1e400", "123456789012345678901234567890", "1.0e0", "-0", "0.1e1", "NaN", "Infinity"], rng)),
                3 => new JValue(rng.Next(2) == 0),
                4 => JValue.CreateNull(),
                5 => Pick<Func<JToken>>([() => new JArray(), () => new JArray(1), () => new JArray("a", "b"), () => new JArray(new JObject()), () => new JArray(new JArray())], rng)(),
                _ => Pick<Func<JToken>>([() => new JObject(), () => new JObject { ["a"] = 1 }, () => new JObject { ["id"] = "x" }], rng)(),
            };
            if (value.Type != avoid) return value;
        }
    }

    private static bool TypeSwap(JObject root, Random rng, Edits edits)
    {
        var target = Pick(Values(root), rng);
        target.Replace(RandomValue(rng, edits, target.Type));
        return true;
    }

    private static bool EnumString(JObject root, Random rng, Edits edits)
    {
        var fields = root.Descendants().OfType<JProperty>().Where(p => EnumFields.Contains(p.Name) && p.Value.Type == JTokenType.String).ToList();
        if (fields.Count == 0) return false;
        var field = Pick(fields, rng);
        var current = (string)field.Value!;
        field.Value = rng.Next(9) switch
        {
            0 => new string(Enumerable.Range(0, rng.Next(1, 20)).Select(_ => (char)rng.Next('a', 'z' + 1)).ToArray()),
            1 => current.ToUpperInvariant(),
            2 => current.Replace('-', '_'),
            3 => current + " ",
            4 => "\u200B" + current,
            5 => current + "\u0000",
            6 => Pick(Pick(EnumValues, rng), rng), // another field's value (sometimes this one's: still valid)
            7 => Pick(["", "none", "other", "null", "Seal", "compelling-reasons", "granted"], rng),
            _ => new string('z', rng.Next(59, 70)), // around the length at which messages clip a value
        };
        return true;
    }

    private static bool DeleteProperty(JObject root, Random rng, Edits edits)
    {
        var props = root.Descendants().OfType<JProperty>().ToList();
        if (props.Count == 0) return false;
        Pick(props, rng).Remove();
        return true;
    }

    private static List<JProperty> Ids(JObject root, int level) => level switch
    {
        0 => root.SelectTokens("motions[*].id").Select(t => t.Parent).OfType<JProperty>().ToList(),
        1 => root.SelectTokens("motions[*].items[*].id").Select(t => t.Parent).OfType<JProperty>().ToList(),
        _ => root.SelectTokens("motions[*].items[*].information[*].id").Select(t => t.Parent).OfType<JProperty>().ToList(),
    };

    private static bool DuplicateId(JObject root, Random rng, Edits edits)
    {
        var ids = Ids(root, rng.Next(3));
        if (ids.Count < 2) return false;
        var from = rng.Next(ids.Count);
        var to = (from + rng.Next(1, ids.Count)) % ids.Count;
        ids[to].Value = ids[from].Value.DeepClone();
        return true;
    }

    private static bool DanglingReference(JObject root, Random rng, Edits edits)
    {
        var harms = root.SelectTokens("motions[*].items[*].harms[*]").OfType<JObject>().ToList();
        if (harms.Count == 0) return false;
        var harm = Pick(harms, rng);
        var elsewhere = Ids(root, rng.Next(3)).Select(p => p.Value.DeepClone()).ToList(); // a motion, item or other item's information
        harm["information"] = rng.Next(4) switch
        {
            0 => new JArray(),
            1 => new JArray("no-such-information"),
            2 when elsewhere.Count > 0 => new JArray(Pick(elsewhere, rng)),
            _ => new JArray((harm.Parent?.Parent?.Parent?["information"] as JArray ?? []).OfType<JObject>() // the item's ids, and one more
                .Select(n => n["id"]?.DeepClone()).OfType<JToken>().Append("x")),
        };
        return true;
    }

    private static bool HugeString(JObject root, Random rng, Edits edits)
    {
        var length = Pick([100_000, 100_000, 10_000, 10_001], rng);
        var huge = rng.Next(3) switch
        {
            0 => new string('a', length),
            1 => new string('é', length),
            _ => string.Concat(Enumerable.Repeat("🙂", length / 2)),
        };
        if (rng.Next(4) == 0)
        {
            var objects = root.DescendantsAndSelf().OfType<JObject>().ToList();
            Pick(objects, rng)[huge] = 1; // a huge field name
            return true;
        }
        var strings = root.Descendants().OfType<JValue>().Where(v => v.Type == JTokenType.String).ToList();
        if (strings.Count == 0) return false;
        Pick(strings, rng).Value = huge;
        return true;
    }

    private static string Nested(Random rng, int depth = 10_000) => rng.Next(4) switch
    {
        0 => new string('[', depth) + new string(']', depth),
        1 => string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth),
        2 => string.Concat(Enumerable.Repeat("[{\"items\":", depth / 2)) + "[]" + string.Concat(Enumerable.Repeat("}]", depth / 2)),
        _ => new string('[', depth), // never closed
    };

    private static bool DeepValue(JObject root, Random rng, Edits edits)
    {
        Pick(Values(root), rng).Replace(edits.Raw(Nested(rng)));
        return true;
    }

    private static bool DuplicateKey(JObject root, Random rng, Edits edits)
    {
        var props = root.Descendants().OfType<JProperty>().ToList();
        if (props.Count == 0) return false;
        var prop = Pick(props, rng);
        var value = rng.Next(2) == 0 ? prop.Value.DeepClone() : RandomValue(rng, edits, JTokenType.None);
        ((JObject)prop.Parent!).Add(new JProperty(edits.Key(JsonConvert.ToString(prop.Name)), value));
        return true;
    }

    private static bool UnknownField(JObject root, Random rng, Edits edits)
    {
        var objects = root.DescendantsAndSelf().OfType<JObject>().ToList();
        var name = Pick(["Id", "ID", "schemaversion", "motion", "x", "", " ", "$type", "$ref", "$id", "__proto__", "constructor", "items ", "i\u0000d"], rng);
        var target = Pick(objects, rng);
        if (target.ContainsKey(name)) return false;
        target[name] = RandomValue(rng, edits, JTokenType.None);
        return true;
    }

    private static bool Collection(JObject root, Random rng, Edits edits)
    {
        var arrays = root.Descendants().OfType<JArray>().ToList();
        if (arrays.Count == 0) return false;
        var array = Pick(arrays, rng);
        switch (rng.Next(3))
        {
            case 0: array.RemoveAll(); break;
            case 1 when array.Count > 0: array.Add(array[rng.Next(array.Count)].DeepClone()); break;
            case 1: array.Add(JValue.CreateNull()); break;
            default:
                if (array.Count == 0) return false;
                var element = array[rng.Next(array.Count)];
                for (var k = 0; k < 50; k++) array.Add(element.DeepClone());
                break;
        }
        return true;
    }

    private static bool Version(JObject root, Random rng, Edits edits)
    {
        root["schemaVersion"] = rng.Next(3) == 0
            ? edits.Raw(Pick(["1e400", "18446744073709551616", "1" + new string('0', 400), "01", "1.0", "0x1", "+1", "1e0"], rng))
            : Pick<JToken>([0, 2, -1, 1.0, "1", true, JValue.CreateNull(), new JArray(1), int.MaxValue, long.MaxValue], rng);
        return true;
    }

    private static bool Date(JObject root, Random rng, Edits edits)
    {
        root["asOf"] = Pick<JToken>(
        [
            "2019-02-29", "2019-13-01", "2019-1-1", "20191121", "2019-11-21T00:00:00Z", "", "0001-01-01", "9999-12-31",
            "10000-01-01", "٢٠١٩-١١-٢١", "2019‐11‐21", " 2019-11-21", "2016-01-11", "2007-12-01", 20191121, JValue.CreateNull(),
        ], rng);
        return true;
    }

    private static bool SwapValues(JObject root, Random rng, Edits edits)
    {
        var props = root.Descendants().OfType<JProperty>().ToList();
        if (props.Count < 2) return false;
        var (a, b) = (Pick(props, rng), Pick(props, rng));
        if (a == b || b.Ancestors().Contains(a) || a.Ancestors().Contains(b)) return false;
        var (va, vb) = (a.Value.DeepClone(), b.Value.DeepClone());
        a.Value = vb;
        b.Value = va;
        return true;
    }

    private static string RandomBytes(string json, Random rng)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        if (bytes.Length == 0) return "\u00FF";
        for (var k = rng.Next(1, 9); k > 0; k--) bytes[rng.Next(bytes.Length)] = (byte)rng.Next(256);
        return rng.Next(2) == 0 ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
    }

    private static readonly string[] Unicode =
    [
        "\u0000", "\uFEFF", "\uD800", "\uDC00", "\uFFFE", "\uFFFF", "\u202E", "\u2028", "\u0301", "🙂", "\t", "\u00A0", "\u3000",
        "\"", "\\", "{", "}", "[", "]", ",", ":", "\u001B", "\r",
    ];

    private static string InsertUnicode(string json, Random rng)
    {
        var sb = new StringBuilder(json);
        for (var k = rng.Next(1, 6); k > 0; k--) sb.Insert(rng.Next(sb.Length + 1), Pick(Unicode, rng));
        return sb.ToString();
    }

    private static string EditSpan(string json, Random rng)
    {
        var start = rng.Next(json.Length + 1);
        var length = rng.Next(Math.Min(200, json.Length - start) + 1);
        return rng.Next(2) == 0 ? json.Remove(start, length) : json.Insert(start, json.Substring(start, length));
    }

    private static string? SwapStructuralChar(string json, Random rng)
    {
        const string structural = "{}[]:,\"";
        var positions = Enumerable.Range(0, json.Length).Where(i => structural.Contains(json[i])).ToList();
        if (positions.Count == 0) return null;
        var at = Pick(positions, rng);
        return json[..at] + structural[rng.Next(structural.Length)] + json[(at + 1)..];
    }

    private static string WrapDeep(string json, Random rng) => rng.Next(3) switch
    {
        0 => new string('[', 10_000) + json + new string(']', 10_000),
        1 => string.Concat(Enumerable.Repeat("{\"motions\":", 10_000)) + json + new string('}', 10_000),
        _ => Nested(rng),
    };

    private static string Junk(string json, Random rng) => rng.Next(7) switch
    {
        0 => "\uFEFF" + json,
        1 => json + "x",
        2 => json + "{}",
        3 => json + "\u0000",
        4 => json + "// a comment",
        5 => json + "/* never closed",
        _ => "/* a comment */" + json,
    };
}
