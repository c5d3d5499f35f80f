using Newtonsoft.Json.Linq;
using SealingRules.Model;

namespace SealingRules.Contract;

/// <summary>Contract v1 published as JSON Schema (draft-07). The request schema is generated from
/// <see cref="Shapes"/>, the same table the validator reads.</summary>
public static class Schemas
{
    private const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The request schema as text.</summary>
    public static string Request() => RequestSchema().ToString();

    /// <summary>The result schema as text.</summary>
    public static string Result() => ResultSchema().ToString();

    /// <summary>The request schema, generated from the field table the validator reads.</summary>
    public static JObject RequestSchema()
    {
        var defs = new JObject();
        foreach (var shape in new[] { Shapes.Case, Shapes.Motion, Shapes.Item, Shapes.Information, Shapes.Harm, Shapes.Filing, Shapes.FilingItem, Shapes.Counsel })
            defs[shape.Name] = ShapeSchema(shape);
        var root = ShapeSchema(Shapes.Request);
        root.AddFirst(new JProperty("title", "SealingRules request, contract v1"));
        root.AddFirst(new JProperty("$id", "https://sealingrules.local/schema/v1/request.json"));
        root.AddFirst(new JProperty("$schema", Draft));
        root["definitions"] = defs;
        return root;
    }

    private static JObject ShapeSchema(ShapeSpec shape)
    {
        var props = new JObject();
        foreach (var f in shape.Fields) props[f.Name] = FieldSchema(f);
        var required = shape.Fields.Where(f => f.Required).Select(f => f.Name).ToArray();
        var schema = new JObject { ["type"] = "object", ["description"] = shape.Doc, ["properties"] = props, ["additionalProperties"] = false };
        if (required.Length > 0) schema["required"] = new JArray(required);
        if (shape.OneOfRequired.Count > 0)
            schema["anyOf"] = new JArray(shape.OneOfRequired.Select(n => new JObject { ["required"] = new JArray(n) }));
        if (shape.Fields.FirstOrDefault(f => f.Name == "statement") is not null)
        {
            ((JObject)props["statement"]!)["maxLength"] = Shapes.StatementLimit;
            // Prose, for a form to give a text box of its own: every string has a length limit, so the limit cannot say so.
            ((JObject)props["statement"]!)["x-prose"] = true;
        }
        if (shape.Fields.FirstOrDefault(f => f.Name == "label") is not null)
            ((JObject)props["label"]!)["maxLength"] = Shapes.LabelLimit;
        return schema;
    }

    private static JObject FieldSchema(FieldSpec f)
    {
        var s = f.Kind switch
        {
            ValueKind.Version => new JObject { ["const"] = 1 },
            ValueKind.String => new JObject { ["type"] = "string" },
            ValueKind.Date => new JObject { ["type"] = "string", ["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
            ValueKind.Boolean => new JObject { ["type"] = "boolean" },
            ValueKind.Enum => new JObject { ["type"] = "string", ["enum"] = new JArray(f.Values!) },
            ValueKind.Object => new JObject { ["$ref"] = $"#/definitions/{f.Shape!.Name}" },
            ValueKind.Array => new JObject { ["type"] = "array", ["items"] = new JObject { ["$ref"] = $"#/definitions/{f.Shape!.Name}" } },
            ValueKind.StringArray => new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string" } },
            ValueKind.EnumArray => new JObject { ["type"] = "array", ["items"] = new JObject { ["type"] = "string", ["enum"] = new JArray(f.Values!) } },
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };
        if (f.NonEmpty && f.Kind is ValueKind.Array or ValueKind.StringArray or ValueKind.EnumArray) s["minItems"] = 1;
        // Not empty means more than white space, as the reader holds it; and no string is longer than the reader takes.
        if (f.NonEmpty && f.Kind is ValueKind.String) { s["minLength"] = 1; s["pattern"] = "\\S"; }
        if (f.Kind is ValueKind.String) s["maxLength"] = Limits.Default.MaxStringLength;
        if (f.Kind is ValueKind.StringArray) ((JObject)s["items"]!)["maxLength"] = Limits.Default.MaxStringLength;
        if (f.ValueDocs is { } docs) s["x-valueDescriptions"] = new JObject(f.Values!.Where(docs.ContainsKey).Select(v => new JProperty(v, docs[v])));
        s.AddFirst(new JProperty("description", f.Doc));
        return s;
    }

    /// <summary>The result schema.</summary>
    public static JObject ResultSchema()
    {
        static JObject Enum<T>() where T : struct, System.Enum => new() { ["type"] = "string", ["enum"] = new JArray(Shapes.ValuesOf<T>()) };
        static JObject Str() => new() { ["type"] = "string" };
        static JObject Strs() => new() { ["type"] = "array", ["items"] = Str() };
        static JObject Ref(string name) => new() { ["$ref"] = $"#/definitions/{name}" };
        static JObject Arr(string name) => new() { ["type"] = "array", ["items"] = Ref(name) };
        static JObject Obj(JObject props, params string[] required) => new()
        {
            ["type"] = "object", ["properties"] = props, ["required"] = new JArray(required), ["additionalProperties"] = false,
        };

        var citation = Obj(new JObject { ["id"] = Str(), ["cite"] = Str(), ["note"] = Str() }, "id", "cite");
        var step = Obj(new JObject
        {
            ["rule"] = Str(), ["finding"] = Str(), ["concerns"] = Strs(), ["authorities"] = Arr("Citation"),
            ["leans"] = Enum<Leans>(), ["prevailsOver"] = Strs(),
        },
            "rule", "finding", "concerns", "authorities");
        var warning = Obj(new JObject
        {
            ["rule"] = Str(), ["message"] = Str(), ["concerns"] = Strs(), ["authorities"] = Arr("Citation"),
            ["follows"] = Arr("Citation"), ["otherView"] = Arr("Citation"),
        },
            "rule", "message", "concerns", "authorities");
        var item = Obj(new JObject
        {
            ["id"] = Str(), ["standard"] = Enum<Standard>(), ["outcome"] = Enum<Outcome>(), ["relief"] = Enum<Relief>(),
            ["redact"] = Strs(), ["disclose"] = Strs(), ["reasoning"] = Arr("Step"), ["cures"] = Strs(), ["title"] = Str(),
            ["certainty"] = Enum<Certainty>(), ["closeCalls"] = Strs(), ["showings"] = Arr("Showing"),
        }, "id", "standard", "outcome", "relief", "redact", "disclose", "reasoning", "cures", "showings");
        var showing = Obj(new JObject
        {
            ["harm"] = new JObject { ["type"] = "integer", ["minimum"] = 0 }, ["showing"] = Enum<Showing>(), ["source"] = Enum<ShowingSource>(),
            ["because"] = Arr("ReadingStep"), ["like"] = Arr("JudgedStatement"), ["read"] = Enum<Showing>(), ["toBeSpecific"] = Strs(), ["toStandFirmer"] = Strs(),
            ["track"] = Ref("TrackRecord"),
        }, "harm", "showing", "source", "because", "like");
        var count = new JObject { ["type"] = "integer", ["minimum"] = 0 };
        var track = Obj(new JObject { ["rule"] = Str(), ["judged"] = count, ["agreed"] = count.DeepClone(), ["bothWays"] = new JObject { ["type"] = "boolean" } }, "rule", "judged", "agreed");
        var readingStep = Obj(new JObject { ["rule"] = Str(), ["finding"] = Str(), ["authorities"] = Arr("Citation"), ["prevailsOver"] = Strs() },
            "rule", "finding", "authorities");
        var judged = Obj(new JObject { ["text"] = Str(), ["case"] = Str(), ["cite"] = Str(), ["showing"] = Enum<Showing>(), ["form"] = Str(), ["court"] = Str(), ["differs"] = Str() },
            "text", "case", "cite", "showing");
        var motion = Obj(new JObject
        {
            ["id"] = Str(), ["standard"] = Enum<Standard>(), ["disposition"] = Enum<Disposition>(), ["withoutPrejudice"] = new JObject { ["type"] = "boolean" },
            ["reasoning"] = Arr("Step"), ["items"] = Arr("Item"),
        }, "id", "standard", "disposition", "withoutPrejudice", "reasoning", "items");
        var engine = Obj(new JObject { ["name"] = Str(), ["version"] = Str(), ["rulesVersion"] = Str(), ["lawAsOf"] = Str(), ["court"] = Str() },
            "name", "version", "rulesVersion", "lawAsOf");
        var root = Obj(new JObject
        {
            ["engine"] = Ref("Engine"), ["motions"] = Arr("Motion"), ["warnings"] = Arr("Warning"),
            ["case"] = Obj(new JObject { ["name"] = Str(), ["number"] = Str(), ["judge"] = Str() }),
        }, "engine", "motions", "warnings");
        root.AddFirst(new JProperty("title", "SealingRules result, contract v1"));
        root.AddFirst(new JProperty("$id", "https://sealingrules.local/schema/v1/result.json"));
        root.AddFirst(new JProperty("$schema", Draft));
        root["definitions"] = new JObject
        {
            ["Engine"] = engine, ["Motion"] = motion, ["Item"] = item, ["Step"] = step, ["Warning"] = warning, ["Citation"] = citation,
            ["Showing"] = showing, ["ReadingStep"] = readingStep, ["JudgedStatement"] = judged, ["TrackRecord"] = track,
        };
        return root;
    }
}
