using System.Globalization;
using Newtonsoft.Json.Linq;

namespace SealingRules.Contract;

/// <summary>Checks a parsed request against contract v1; the first error found refuses it.</summary>
internal sealed class Validator(Limits limits)
{
    private int _motions, _items, _infos;

    public void Check(JToken root)
    {
        CheckObject((JObject)root, Shapes.Request, "");
        CheckIds((JObject)root);
    }

    private void CheckObject(JObject obj, ShapeSpec shape, string path)
    {
        foreach (var prop in obj.Properties())
            if (shape.Find(prop.Name) is null)
                throw RequestReader.Fail(ContractError.InvalidValue,
                    $"unknown field '{Clip(prop.Name)}'{FieldHint(prop.Name, shape)} ({Model.Phrases.Article(shape.Name)} {shape.Name} has: {string.Join(", ", shape.Fields.Select(f => f.Name))})",
                    Join(path, prop.Name), prop);
        foreach (var field in shape.Fields)
        {
            var fieldPath = Join(path, field.Name);
            var value = obj[field.Name];
            if (value is null || value.Type == JTokenType.Null)
            {
                if (field.Required)
                    throw RequestReader.Fail(ContractError.MissingField, value is null ? $"required field '{field.Name}' is missing" : $"required field '{field.Name}' is null; give it a value", fieldPath, value ?? obj);
                continue;
            }
            CheckValue(value, field, fieldPath);
        }
        if (shape.OneOfRequired.Count > 0 && shape.OneOfRequired.All(name => obj[name] is null || obj[name]!.Type == JTokenType.Null))
            throw RequestReader.Fail(ContractError.MissingField,
                $"one of {string.Join(" or ", shape.OneOfRequired.Select(n => $"'{n}'"))} is required", Join(path, shape.OneOfRequired[0]), obj);
    }

    private void CheckValue(JToken value, FieldSpec field, string path)
    {
        switch (field.Kind)
        {
            case ValueKind.Version:
                // 1.0 is the number 1 in JSON; the schema's "const": 1 accepts it, and so does the reader.
                if (value.Type is not (JTokenType.Integer or JTokenType.Float))
                    throw Invalid(path, value, $"must be the number 1, not {Describe(value)}");
                if ((double)value != 1)
                    throw RequestReader.Fail(ContractError.UnsupportedVersion, $"schema version {value} is not supported; this engine reads version 1", path, value);
                break;
            case ValueKind.String:
                var s = ExpectString(value, path);
                if (field.NonEmpty && s.Trim().Length == 0) throw Invalid(path, value, "must not be empty");
                if (field.Name == "label" && s.Length > Shapes.LabelLimit)
                    throw RequestReader.Fail(ContractError.TooLarge, $"the label is {s.Length} characters; the limit is {Shapes.LabelLimit}", path, value);
                if (field.Name == "statement" && s.Length > Shapes.StatementLimit)
                    throw RequestReader.Fail(ContractError.TooLarge, $"the statement is {s.Length} characters; the limit is {Shapes.StatementLimit}", path, value);
                break;
            case ValueKind.Date:
                if (!DateOnly.TryParseExact(ExpectString(value, path), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                    throw Invalid(path, value, $"{Shown((string)value!)} is not a date of the form YYYY-MM-DD");
                if (date < EarliestDate || date > LatestDate)
                    throw Invalid(path, value, $"must be a date from {Iso(EarliestDate)} to {Iso(LatestDate)}; {Iso(date)} is outside the years any court's record or deadline falls in");
                break;
            case ValueKind.Boolean:
                if (value.Type != JTokenType.Boolean) throw Invalid(path, value, $"must be true or false, not {Describe(value)}");
                break;
            case ValueKind.Enum:
                var e = ExpectString(value, path);
                if (!field.Values!.Contains(e))
                    throw Invalid(path, value, NotOneOf(e, field.Values!));
                break;
            case ValueKind.Object:
                if (value is not JObject o) throw Invalid(path, value, $"must be an object, not {Describe(value)}");
                CheckObject(o, field.Shape!, path);
                break;
            case ValueKind.Array:
                if (value is not JArray a) throw Invalid(path, value, $"must be an array, not {Describe(value)}");
                if (field.NonEmpty && a.Count == 0) throw Invalid(path, value, "must have at least one entry");
                Count(field.Shape!, a.Count, path, value);
                for (var i = 0; i < a.Count; i++)
                {
                    var elementPath = $"{path}[{i}]";
                    if (a[i] is not JObject element) throw Invalid(elementPath, a[i], $"must be an object, not {Describe(a[i])}");
                    CheckObject(element, field.Shape!, elementPath);
                }
                break;
            case ValueKind.EnumArray:
                if (value is not JArray values) throw Invalid(path, value, $"must be an array of values, not {Describe(value)}");
                if (field.NonEmpty && values.Count == 0) throw Invalid(path, value, "must name at least one value (omit it to mean none)");
                for (var i = 0; i < values.Count; i++)
                {
                    var v = ExpectString(values[i], $"{path}[{i}]");
                    if (!field.Values!.Contains(v)) throw Invalid($"{path}[{i}]", values[i], NotOneOf(v, field.Values!));
                }
                break;
            case ValueKind.StringArray:
                if (value is not JArray list) throw Invalid(path, value, $"must be an array of ids, not {Describe(value)}");
                if (field.NonEmpty && list.Count == 0) throw Invalid(path, value, "must name at least one id (omit it to mean all)");
                for (var i = 0; i < list.Count; i++) ExpectString(list[i], $"{path}[{i}]");
                break;
        }
    }

    private void Count(ShapeSpec shape, int n, string path, JToken at)
    {
        var (total, limit) = shape.Name switch
        {
            "Motion" => (_motions += n, limits.MaxMotions),
            "Item" => (_items += n, limits.MaxItems),
            "Information" => (_infos += n, limits.MaxInformation),
            _ => (0, int.MaxValue),
        };
        if (total > limit)
            throw RequestReader.Fail(ContractError.TooLarge, $"the request has more than {limit} {shape.Name.ToLowerInvariant()} entries", path, at);
    }

    private string ExpectString(JToken value, string path)
    {
        if (value.Type != JTokenType.String) throw Invalid(path, value, $"must be a string, not {Describe(value)}");
        var s = (string)value!;
        if (s.Length > limits.MaxStringLength)
            throw RequestReader.Fail(ContractError.TooLarge, $"the string is {s.Length} characters; the limit is {limits.MaxStringLength}", path, value);
        return s;
    }

    private static void CheckIds(JObject root)
    {
        var motionIds = new HashSet<string>(StringComparer.Ordinal);
        var itemIds = new HashSet<string>(StringComparer.Ordinal);
        var infoIds = new HashSet<string>(StringComparer.Ordinal);
        var motions = (JArray)root["motions"]!;
        var pending = new List<(string Path, string Item, JArray Refs, HashSet<string> Own)>();
        for (var m = 0; m < motions.Count; m++)
        {
            Unique(motionIds, motions[m]["id"]!, $"motions[{m}].id", "motion");
            var items = (JArray)motions[m]["items"]!;
            for (var i = 0; i < items.Count; i++)
            {
                var itemPath = $"motions[{m}].items[{i}]";
                Unique(itemIds, items[i]["id"]!, $"{itemPath}.id", "item");
                var infos = (JArray)items[i]["information"]!;
                var local = new HashSet<string>(StringComparer.Ordinal);
                for (var n = 0; n < infos.Count; n++)
                {
                    Unique(infoIds, infos[n]["id"]!, $"{itemPath}.information[{n}].id", "information");
                    local.Add((string)infos[n]["id"]!);
                }
                if (items[i]["refersTo"] is JArray referred) pending.Add((itemPath, (string)items[i]["id"]!, referred, local));
                if (items[i]["harms"] is not JArray harms) continue;
                for (var h = 0; h < harms.Count; h++)
                {
                    if (harms[h]["information"] is not JArray refs) continue;
                    for (var r = 0; r < refs.Count; r++)
                        if (!local.Contains((string)refs[r]!))
                            throw RequestReader.Fail(ContractError.UnknownReference,
                                $"'{Clip((string)refs[r]!)}' is not the id of any information in item '{items[i]["id"]}'",
                                $"{itemPath}.harms[{h}].information[{r}]", refs[r]);
                }
            }
        }
        if (root["filing"] is JObject filing && filing["items"] is JArray placed)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var i = 0; i < placed.Count; i++)
            {
                var id = placed[i]["id"]!;
                if (!itemIds.Contains((string)id!))
                    throw RequestReader.Fail(ContractError.UnknownReference, $"'{Clip((string)id!)}' is not the id of any item of the request", $"filing.items[{i}].id", id);
                Unique(seen, id, $"filing.items[{i}].id", "filing item");
            }
        }
        // An item refers to what other items hold; checked once every id is known, since it may name a later item's.
        foreach (var (path, item, refs, own) in pending)
            for (var r = 0; r < refs.Count; r++)
            {
                var id = (string)refs[r]!;
                if (own.Contains(id) || !infoIds.Contains(id))
                    throw RequestReader.Fail(ContractError.UnknownReference,
                        $"'{Clip(id)}' is not the id of any information in another item of the request (item '{item}' refers to it)",
                        $"{path}.refersTo[{r}]", refs[r]);
            }
    }

    private static void Unique(HashSet<string> seen, JToken id, string path, string what)
    {
        if (!seen.Add((string)id!))
            throw RequestReader.Fail(ContractError.DuplicateId, $"{what} id '{Clip((string)id!)}' is used more than once", path, id);
    }

    private static ContractException Invalid(string path, JToken at, string message)
        => RequestReader.Fail(ContractError.InvalidValue, message, path, at);

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";

    // A list a reader can scan (the 14 filings) is given whole; a long one (45 kinds of information) is named by count,
    // with the nearest value, and pointed to where every caller can read it (CLI, HTTP API and library alike).
    private static string NotOneOf(string given, IReadOnlyCollection<string> values)
    {
        var near = DidYouMean.Nearest(given, values);
        var hint = near is null ? "" : $"; did you mean '{near}'?";
        return values.Count <= 16
            ? $"{Shown(given)} is not one of {string.Join(", ", values)}{hint}"
            : $"{Shown(given)} is not one of the {values.Count} values this field takes (listed in the request schema){hint}";
    }

    private static string FieldHint(string given, ShapeSpec shape)
        => DidYouMean.Nearest(given, shape.Fields.Select(f => f.Name)) is { } near ? $"; did you mean '{near}'?" : "";

    // Dates are real days of litigation: a year 1 or 9999 is a typo, and would overflow the deadline arithmetic.
    private static readonly DateOnly EarliestDate = new(1900, 1, 1), LatestDate = new(2199, 12, 31);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Clip(string s) => s.Length <= 60 ? s : s[..57] + "...";

    /// <summary>
    /// A value as an error may show it: a single short word (a mistyped kind, a date) is repeated so the user sees the
    /// typo; anything longer may be the confidential facts themselves, and is described, never quoted.
    /// </summary>
    private static string Shown(string s)
        => s.Length <= 40 && !s.Any(char.IsWhiteSpace) ? $"'{s}'" : $"the text given ({s.Length} characters)";

    private static string Describe(JToken t) => t.Type switch
    {
        JTokenType.Integer or JTokenType.Float => $"the number {Clip(t.ToString())}",
        JTokenType.String => ((string)t!) is var text && text.Length <= 40 && !text.Any(char.IsWhiteSpace) ? $"the string '{text}'" : $"a string of {text.Length} characters",
        JTokenType.Boolean => $"{t.ToString().ToLowerInvariant()}",
        JTokenType.Array => "an array",
        JTokenType.Object => "an object",
        _ => t.Type.ToString().ToLowerInvariant(),
    };
}
