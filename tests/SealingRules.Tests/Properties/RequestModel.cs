using System.Text;
using Newtonsoft.Json;

namespace SealingRules.Tests.Properties;

// A generated contract-v1 request as plain values. Ids are not stored: they follow from each entry's position and
// the request's IdStyle, so a property can change one field (a showing, alreadyPublic) and compare the two results
// id by id, and a shrunk request keeps ids that read like the original's. ToString() is the request's JSON text,
// so FsCheck prints a failing case as the request itself.

/// <summary>How the generated ids are spelled; every style gives ids that are unique where the contract requires it.</summary>
public enum IdStyle
{
    /// <summary><c>m0</c>, <c>m0-i1</c>, <c>m0-i1-n2</c>.</summary>
    Plain,
    /// <summary>As in real orders: <c>ECF 290</c>, <c>Ex. 3</c>, <c>Ex. 3 ¶2</c>.</summary>
    Docket,
    /// <summary>Quotes, backslashes, control characters, line separators, emoji and markup inside ids.</summary>
    Escapes,
    /// <summary>Motion, item and information ids drawn from one sequence, so an item and an information share an id.</summary>
    Overlapping,
    /// <summary>Ids that differ only in trailing spaces (<c>n</c>, <c>n </c>, <c>n  </c>).</summary>
    Whitespace,
    /// <summary>Ids that differ only in letter case (<c>abcdef</c>, <c>Abcdef</c>, <c>aBcdef</c>).</summary>
    Case,
}

public sealed record GenInformation(string Kind, string About, string? Seniority = null, string? Channel = null, bool? AtIssue = null)
{
    // The contract's 1.x facts on information (what the court found on its own reading; Rule 5.2 waiver and order).
    public string? CourtReview { get; init; }
    public bool? WaivedByOwner { get; init; }
    public bool? UnredactedByOrder { get; init; }
}

/// <summary>A harm; <see cref="Concerns"/> are positions in the item's information (null: all of it).</summary>
public sealed record GenHarm(string Kind, string? Showing, string? Evidence = null, int[]? Concerns = null, string? OfferedBy = null)
{
    /// <summary>The movant's words (contract 1.x, "Reading the showing"); with them the showing may be absent.</summary>
    public string? Statement { get; init; }
}

public sealed record GenItem(
    string Request, GenInformation[] Information, GenHarm[]? Harms = null, string? Title = null, string? TraditionallySecret = null,
    bool? AlreadyPublic = null, bool? ProtectiveOrderOnly = null, string? DesignatedBy = null, string? PublicInterest = null)
{
    // The contract's 1.x facts on items.
    public string? PublicVia { get; init; }
    public bool? PublicHealthOrSafety { get; init; }
    public string? Rule52Exemption { get; init; }
    public bool? NotSubmitted { get; init; }

    /// <summary>One ground the item rests on besides a harm (the contract's <c>restsOn</c> takes a list).</summary>
    public string? RestsOn { get; init; }

    public string? Statute { get; init; }

    public string? Remainder { get; init; }
}

public sealed record GenMotion(string Movant, string UnderlyingFiling, GenItem[] Items, string? RelationToMerits = null);

/// <summary>The case object: absent when null; its fields are optional too.</summary>
public sealed record GenCase(string? Name, string? Number);

public sealed record GenRequest(
    GenMotion[] Motions, string? Court = null, string? AsOf = null, GenCase? Case = null, IdStyle Ids = IdStyle.Plain,
    bool Indented = true, bool Reversed = false)
{
    /// <summary>Where each item and information sits, with its id.</summary>
    public sealed record Placed(int Motion, int Item, string MotionId, string ItemId, GenItem Value, string[] InformationIds);

    public IEnumerable<Placed> Items()
    {
        int items = 0, infos = 0;
        for (var m = 0; m < Motions.Length; m++)
            for (var i = 0; i < Motions[m].Items.Length; i++, items++)
            {
                var item = Motions[m].Items[i];
                var ids = new string[item.Information.Length];
                for (var k = 0; k < ids.Length; k++, infos++) ids[k] = InformationId(m, i, k, items, infos);
                yield return new Placed(m, i, MotionId(m), ItemId(m, i, items), item, ids);
            }
    }

    public string MotionId(int m) => Ids switch
    {
        IdStyle.Docket => $"ECF {290 + 7 * m}",
        IdStyle.Escapes => $"m\"{m}\\ \u2028",
        IdStyle.Overlapping => $"x{m}",
        IdStyle.Whitespace => "m" + new string(' ', m),
        IdStyle.Case => CasePattern("motion", m),
        _ => $"m{m}",
    };

    private string ItemId(int m, int i, int global) => Ids switch
    {
        IdStyle.Docket => $"Ex. {global + 1}",
        IdStyle.Escapes => $"ítem {global} 🙂 </script>\t{{pin}}",
        IdStyle.Overlapping => $"x{global}",
        IdStyle.Whitespace => "i" + new string(' ', global),
        IdStyle.Case => CasePattern("itemid", global),
        _ => $"m{m}-i{i}",
    };

    private string InformationId(int m, int i, int k, int item, int global) => Ids switch
    {
        IdStyle.Docket => $"Ex. {item + 1} ¶{k + 1}",
        IdStyle.Escapes => $"n\u0000{global}\r\n*[x]* \uD83D\uDE00 ' \" \\",
        IdStyle.Overlapping => $"x{global}",
        IdStyle.Whitespace => "n" + new string(' ', global),
        IdStyle.Case => CasePattern("abcdef", global),
        _ => $"m{m}-i{i}-n{k}",
    };

    private static string CasePattern(string letters, int n)
        => new(letters.Select((c, b) => (n >> b & 1) == 1 ? char.ToUpperInvariant(c) : c).ToArray());

    /// <summary>The request as JSON text, in the generated layout.</summary>
    public string Json => Write(Indented, Reversed);

    /// <summary>The same request in another layout (compact or indented, fields in the other order).</summary>
    public string OtherLayout => Write(!Indented, !Reversed);

    public override string ToString() => Write(indented: true, reversed: false);

    private string Write(bool indented, bool reversed)
    {
        var placed = Items().ToList();
        var motions = new List<JsonText>();
        for (var m = 0; m < Motions.Length; m++)
        {
            var motion = Motions[m];
            var items = placed.Where(p => p.Motion == m).Select(p => ItemJson(p)).ToList();
            motions.Add(JsonText.Obj(
                ("id", JsonText.Str(MotionId(m))), ("movant", JsonText.Str(motion.Movant)),
                ("underlyingFiling", JsonText.Str(motion.UnderlyingFiling)), ("relationToMerits", JsonText.Str(motion.RelationToMerits)),
                ("items", JsonText.Arr(items))));
        }
        var request = JsonText.Obj(
            ("schemaVersion", JsonText.Raw("1")), ("court", JsonText.Str(Court)), ("asOf", JsonText.Str(AsOf)),
            ("case", Case is null ? null : JsonText.Obj(("name", JsonText.Str(Case.Name)), ("number", JsonText.Str(Case.Number)))),
            ("motions", JsonText.Arr(motions)));
        var sb = new StringBuilder();
        request.WriteTo(sb, indented, reversed, 0);
        return sb.ToString();
    }

    private static JsonText ItemJson(Placed p)
    {
        var item = p.Value;
        var infos = item.Information.Select((n, k) => JsonText.Obj(
            ("id", JsonText.Str(p.InformationIds[k])), ("kind", JsonText.Str(n.Kind)), ("about", JsonText.Str(n.About)),
            ("seniority", JsonText.Str(n.Seniority)), ("channel", JsonText.Str(n.Channel)), ("atIssue", JsonText.Bool(n.AtIssue)),
            ("courtReview", JsonText.Str(n.CourtReview)), ("waivedByOwner", JsonText.Bool(n.WaivedByOwner)),
            ("unredactedByOrder", JsonText.Bool(n.UnredactedByOrder)))).ToList();
        var harms = item.Harms?.Select(h => JsonText.Obj(
            ("kind", JsonText.Str(h.Kind)), ("showing", JsonText.Str(h.Showing)), ("evidence", JsonText.Str(h.Evidence)),
            ("information", h.Concerns is null ? null : JsonText.Arr(h.Concerns.Select(k => JsonText.Str(p.InformationIds[k]))!)),
            ("offeredBy", JsonText.Str(h.OfferedBy)), ("statement", JsonText.Str(h.Statement)))).ToList();
        return JsonText.Obj(
            ("id", JsonText.Str(p.ItemId)), ("title", JsonText.Str(item.Title)), ("request", JsonText.Str(item.Request)),
            ("traditionallySecret", JsonText.Str(item.TraditionallySecret)), ("alreadyPublic", JsonText.Bool(item.AlreadyPublic)),
            ("protectiveOrderOnly", JsonText.Bool(item.ProtectiveOrderOnly)), ("designatedBy", JsonText.Str(item.DesignatedBy)),
            ("publicInterest", JsonText.Str(item.PublicInterest)), ("publicVia", JsonText.Str(item.PublicVia)),
            ("publicHealthOrSafety", JsonText.Bool(item.PublicHealthOrSafety)), ("rule52Exemption", JsonText.Str(item.Rule52Exemption)),
            ("notSubmitted", JsonText.Bool(item.NotSubmitted)),
            ("restsOn", item.RestsOn is null ? null : JsonText.Arr([JsonText.Str(item.RestsOn)!])), ("statute", JsonText.Str(item.Statute)), ("remainder", JsonText.Str(item.Remainder)),
            ("information", JsonText.Arr(infos)),
            ("harms", harms is null ? null : JsonText.Arr(harms)));
    }

    /// <summary>A JSON value to be written as text; a null field is left out.</summary>
    private abstract record JsonText
    {
        public static JsonText? Str(string? s) => s is null ? null : new RawText(JsonConvert.ToString(s));
        public static JsonText? Bool(bool? b) => b is null ? null : new RawText(b.Value ? "true" : "false");
        public static JsonText Raw(string text) => new RawText(text);
        public static JsonText Arr(IEnumerable<JsonText> values) => new ArrayText(values.ToList());
        public static JsonText Obj(params (string Name, JsonText? Value)[] fields)
            => new ObjectText(fields.Where(f => f.Value is not null).Select(f => (f.Name, f.Value!)).ToList());

        public abstract void WriteTo(StringBuilder sb, bool indented, bool reversed, int depth);

        protected static void Break(StringBuilder sb, bool indented, int depth)
        {
            if (indented) sb.Append('\n').Append(' ', 2 * depth);
        }
    }

    private sealed record RawText(string Text) : JsonText
    {
        public override void WriteTo(StringBuilder sb, bool indented, bool reversed, int depth) => sb.Append(Text);
    }

    private sealed record ArrayText(List<JsonText> Values) : JsonText
    {
        public override void WriteTo(StringBuilder sb, bool indented, bool reversed, int depth)
        {
            sb.Append('[');
            for (var i = 0; i < Values.Count; i++)
            {
                if (i > 0) sb.Append(',');
                Break(sb, indented, depth + 1);
                Values[i].WriteTo(sb, indented, reversed, depth + 1);
            }
            if (Values.Count > 0) Break(sb, indented, depth);
            sb.Append(']');
        }
    }

    private sealed record ObjectText(List<(string Name, JsonText Value)> Fields) : JsonText
    {
        public override void WriteTo(StringBuilder sb, bool indented, bool reversed, int depth)
        {
            sb.Append('{');
            var fields = reversed ? Enumerable.Reverse(Fields).ToList() : Fields;
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                Break(sb, indented, depth + 1);
                sb.Append(JsonConvert.ToString(fields[i].Name)).Append(indented ? ": " : ":");
                fields[i].Value.WriteTo(sb, indented, reversed, depth + 1);
            }
            if (fields.Count > 0) Break(sb, indented, depth);
            sb.Append('}');
        }
    }
}
