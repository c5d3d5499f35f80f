using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using SealingRules.Model;

namespace SealingRules.Contract;

/// <summary>
/// Reads a request in contract v1: parses it, checks every field against <see cref="Shapes"/>, checks ids and
/// references, and maps it to facts. Any error refuses the request whole, naming the field, path and line.
/// </summary>
public sealed class RequestReader(Limits limits, TimeProvider clock)
{
    /// <summary>A reader with the default limits and the system clock.</summary>
    public RequestReader() : this(Limits.Default) { }

    /// <summary>A reader with the given limits and the system clock.</summary>
    public RequestReader(Limits limits) : this(limits, TimeProvider.System) { }

    /// <summary>The bounds this reader holds requests to.</summary>
    public Limits Limits => limits;

    /// <summary>
    /// Reads a request, or throws <see cref="ContractException"/>. A request without <c>asOf</c> applies the law of
    /// the day the reader's clock gives (UTC).
    /// </summary>
    public SealingRequest Read(string json)
    {
        if (json.Length > limits.MaxRequestChars)
            throw Fail(ContractError.TooLarge, $"the request is longer than the limit of {limits.MaxRequestChars} characters", null, null);
        if (string.IsNullOrWhiteSpace(json))
            throw Fail(ContractError.InvalidJson, "the request is empty", null, null);
        StrictSyntax.Check(json, limits.MaxDepth);
        var root = Parse(json);
        new Validator(limits).Check(root);
        return Map((JObject)root, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

    private JToken Parse(string json)
    {
        using var reader = new JsonTextReader(new StringReader(json)) { MaxDepth = limits.MaxDepth, DateParseHandling = DateParseHandling.None };
        try
        {
            var token = JToken.ReadFrom(reader, new JsonLoadSettings
            {
                LineInfoHandling = LineInfoHandling.Load,
                DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
                CommentHandling = CommentHandling.Ignore,
            });
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    throw Fail(ContractError.InvalidJson, "unexpected content after the end of the request", reader.Path, reader);
            if (token is not JObject)
                throw Fail(ContractError.InvalidJson, "the request must be a JSON object", "", token as IJsonLineInfo);
            return token;
        }
        catch (JsonReaderException e) when (e.Message.Contains("MaxDepth", StringComparison.Ordinal))
        {
            throw Fail(ContractError.TooLarge, $"the request nests deeper than {limits.MaxDepth} levels", e.Path, e.LineNumber, e.LinePosition);
        }
        catch (JsonReaderException e) when (e.Message.Contains("already exists", StringComparison.Ordinal))
        {
            throw Fail(ContractError.InvalidJson, "a property is given twice in the same object", e.Path,
                e.LineNumber > 0 ? e.LineNumber : null, e.LineNumber > 0 ? e.LinePosition : null);
        }
        catch (JsonReaderException e)
        {
            // Syntax is checked strictly before this parser runs; what is left is said in the project's words.
            throw Fail(ContractError.InvalidJson, "the request is not valid JSON at this point", e.Path,
                e.LineNumber > 0 ? e.LineNumber : null, e.LineNumber > 0 ? e.LinePosition : null);
        }
    }

    internal static ContractException Fail(string code, string message, string? path, IJsonLineInfo? at)
        => Fail(code, message, path, at is { } li && li.HasLineInfo() ? li.LineNumber : null, at is { } lc && lc.HasLineInfo() ? lc.LinePosition : null);

    internal static ContractException Fail(string code, string message, string? path, int? line, int? column)
        => new(new ContractError(code, string.IsNullOrEmpty(path) ? message : $"{path}: {message}", path, line, column));

    private static SealingRequest Map(JObject root, DateOnly today)
    {
        var asOf = root.Value<string>("asOf") is { } d ? DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture) : today;
        var motions = new List<Motion>();
        var items = new List<Item>();
        var infos = new List<Information>();
        // A set: a harm stated twice about the same information is one claim, and NRules refuses equal facts.
        var harms = new HashSet<HarmClaim>();
        var statedHarms = new List<StatedHarm>();
        var government = Phrases.GovernmentSide((root["case"] as JObject)?.Value<string>("name"));
        var criminal = Dockets.IsCriminal((root["case"] as JObject)?.Value<string>("number"));
        foreach (var m in (JArray)root["motions"]!)
        {
            var motionId = Str(m, "id")!;
            var motionItems = (JArray)m["items"]!;
            var movant = (Movant)EnumOf(m, "movant", typeof(Movant))!;
            motions.Add(new Motion(motionId, movant, (UnderlyingFiling)EnumOf(m, "underlyingFiling", typeof(UnderlyingFiling))!,
                (MeritsRelation?)EnumOf(m, "relationToMerits", typeof(MeritsRelation)), motionItems.Count)
            {
                Posture = (Posture?)EnumOf(m, "posture", typeof(Posture)) ?? Posture.MotionToSeal,
                UnsealMovant = (UnsealMovant?)EnumOf(m, "unsealMovant", typeof(UnsealMovant)),
                Opposed = OptionalBool(m, "opposed"),
                ForTheGovernment = government == movant,
                Criminal = criminal,
            });
            foreach (var i in motionItems)
            {
                var itemId = Str(i, "id")!;
                var itemInfos = (JArray)i["information"]!;
                items.Add(new Item(itemId, motionId, Str(i, "title"), (RequestKind)EnumOf(i, "request", typeof(RequestKind))!,
                    (TraditionallySecret?)EnumOf(i, "traditionallySecret", typeof(TraditionallySecret)) ?? TraditionallySecret.None,
                    Bool(i, "alreadyPublic"), Bool(i, "protectiveOrderOnly"),
                    Designated(movant, (Designator?)EnumOf(i, "designatedBy", typeof(Designator))), (PublicInterest?)EnumOf(i, "publicInterest", typeof(PublicInterest)),
                    itemInfos.Count, (Rule52Exemption?)EnumOf(i, "rule52Exemption", typeof(Rule52Exemption)) ?? Rule52Exemption.None,
                    (PublicVia?)EnumOf(i, "publicVia", typeof(PublicVia)), Bool(i, "publicHealthOrSafety"))
                {
                    NotSubmitted = Bool(i, "notSubmitted"),
                    RefersTo = i["refersTo"] is JArray referred ? referred.Select(r => (string)r!).Distinct().ToList() : [],
                    RestsOn = i["restsOn"] is JArray grounds ? grounds.Select(g => (Ground)ByName.GetOrAdd(typeof(Ground), Names)[(string)g!]).Distinct().ToList() : [],
                    Statute = (StatuteKind?)EnumOf(i, "statute", typeof(StatuteKind)),
                    Remainder = (Remainder?)EnumOf(i, "remainder", typeof(Remainder)),
                });
                var ids = new List<string>();
                foreach (var n in itemInfos)
                {
                    var party = PartyTypes.Of((JObject)n);
                    var info = new Information(Str(n, "id")!, itemId, (InformationKind)EnumOf(n, "kind", typeof(InformationKind))!,
                        (Subject)EnumOf(n, "about", typeof(Subject))!, (Seniority?)EnumOf(n, "seniority", typeof(Seniority)), (Channel?)EnumOf(n, "channel", typeof(Channel)), OptionalBool(n, "atIssue"),
                        Bool(n, "waivedByOwner"), (CourtReview?)EnumOf(n, "courtReview", typeof(CourtReview)), Bool(n, "unredactedByOrder"))
                    {
                        Form = (IdentityForm?)EnumOf(n, "form", typeof(IdentityForm)),
                        PartyType = party,
                        PartyTypeFromCaption = party is not null && n["partyType"] is null,
                        Label = Str(n, "label")?.Trim(),
                        AtIssueBy = (AtIssueBy?)EnumOf(n, "atIssueBy", typeof(AtIssueBy)),
                        Pseudonym = (PseudonymRuling?)EnumOf(n, "pseudonym", typeof(PseudonymRuling)),
                    };
                    infos.Add(info);
                    ids.Add(info.Id);
                }
                TellApart(infos, ids.Count);
                var index = 0;
                foreach (var h in i["harms"] as JArray ?? [])
                {
                    var concerned = h["information"] is JArray refs ? refs.Select(r => (string)r!).Distinct().ToList() : ids;
                    var stated = new StatedHarm(itemId, index++, (HarmKind)EnumOf(h, "kind", typeof(HarmKind))!, (Showing?)EnumOf(h, "showing", typeof(Showing)),
                        Str(h, "statement"), concerned, (Evidence?)EnumOf(h, "evidence", typeof(Evidence)), (OfferedBy?)EnumOf(h, "offeredBy", typeof(OfferedBy)) ?? OfferedBy.Movant);
                    statedHarms.Add(stated);
                    // A harm given only in words has no showing until they are read (SealingEngine reads them first).
                    if (stated.Given is { } given) harms.UnionWith(stated.Claims(given));
                }
            }
        }
        var @case = root["case"] as JObject;
        return new SealingRequest(root.Value<string>("court"), asOf, @case?.Value<string>("name"), @case?.Value<string>("number"),
            motions, items, infos, [.. harms])
        {
            Filing = root["filing"] is JObject filing ? FilingOf(filing) : Filing.None,
            HasFiling = root["filing"] is JObject,
            CaseJudge = @case?.Value<string>("judge"),
            StatedHarms = statedHarms,
        };
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    // The item's last `count` pieces: those that share a kind are named by their place among them.
    private static void TellApart(List<Information> infos, int count)
    {
        var start = infos.Count - count;
        foreach (var same in infos.Skip(start).Select((info, n) => (info, n)).GroupBy(p => p.info.Kind).Where(g => g.Count() > 1))
        {
            // Named by what their ids say apart ("htc-patent-list", "htc-other-terms": the patent list, the other terms),
            // where every id says something in words; otherwise by place ("listed first"), which says nothing of them.
            var apart = Apart([.. same.Select(p => p.info.Id)]) ?? ByLabel([.. same.Select(p => p.info)]);
            var place = 0;
            foreach (var (info, n) in same)
                infos[start + n] = info with { Words = apart is null ? $"{info.Words} listed {Ordinal(place++)}" : $"{info.Words} ({apart[info.Id]})" };
        }
    }

    // The words of each id that the others do not share, if each has some (letters only, distinct); else null.
    private static Dictionary<string, string>? Apart(List<string> ids)
    {
        var words = ids.ToDictionary(id => id, id => id.Split('-', '_', '.', ' ').Where(w => w.Length > 0).ToList(), StringComparer.Ordinal);
        var shared = words.Values.Skip(1).Aggregate(new HashSet<string>(words.Values.First(), StringComparer.Ordinal), (all, w) => { all.IntersectWith(w); return all; });
        var apart = words.ToDictionary(p => p.Key, p => string.Join(" ", p.Value.Where(w => !shared.Contains(w))), StringComparer.Ordinal);
        return apart.Values.All(Says) && apart.Values.Distinct(StringComparer.Ordinal).Count() == apart.Count ? apart : null;
    }

    // Failing the ids, what the labels say before their first aside ("section 1 of the License Agreement (confidential
    // payment terms)": section 1 of the License Agreement), where each piece has one, short and its own; else null.
    private static Dictionary<string, string>? ByLabel(List<Information> same)
    {
        var heads = same.ToDictionary(i => i.Id, i => Head(i.Label), StringComparer.Ordinal);
        return heads.Values.All(h => h is not null) && heads.Values.Distinct(StringComparer.OrdinalIgnoreCase).Count() == heads.Count
            ? heads.ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal) : null;
    }

    private static string? Head(string? label)
    {
        if (string.IsNullOrWhiteSpace(label)) return null;
        var end = label.IndexOfAny(['(', ',', ';', ':']);
        var head = (end < 0 ? label : label[..end]).Trim();
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is > 0 and <= 8 ? head : null;
    }

    // Words a reader can take as a description: letters, one word of four at least (not an abbreviation such as "tpm"),
    // and none that states a ruling ("sealable", "public") or only a leftover ("rest").
    private static readonly string[] Verdicts = ["sealable", "unsealable", "seal", "sealed", "redact", "redacted", "public", "nonpublic", "confidential", "secret", "protected", "rest"];

    private static bool Says(string words)
    {
        var list = words.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return list.Length > 0 && list.All(w => w.All(char.IsAsciiLetterLower) && !Verdicts.Contains(w, StringComparer.Ordinal)) && list.Any(w => w.Length >= 4);
    }

    private static string Ordinal(int place) =>
        place < Ordinals.Length ? Ordinals[place] : "at place " + (place + 1).ToString(CultureInfo.InvariantCulture);

    // Flags and dates by their contract names, so that the procedure data can name the fact it reads.
    private static Filing FilingOf(JObject filing)
    {
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        var dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        foreach (var field in Shapes.Filing.Fields)
        {
            if (filing[field.Name] is not JValue v || v.Type == JTokenType.Null) continue;
            if (field.Kind == ValueKind.Boolean) flags[field.Name] = (bool)v;
            else if (field.Kind == ValueKind.Date) dates[field.Name] = DateOnly.ParseExact((string)v!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        var items = (filing["items"] as JArray ?? []).Select(i => new FilingItem(Str(i, "id")!, Str(i, "portions"), Str(i, "exhibit")) { Declaration = Str(i, "declaration") }).ToList();
        var counsel = filing["counsel"] is JObject c
            ? new Counsel(Str(c, "name"), Str(c, "bar"), Str(c, "firm"), Str(c, "address"), Str(c, "phone"), Str(c, "email"), Str(c, "attorneysFor"))
            : null;
        return new Filing(flags, dates, items) { Counsel = counsel };
    }

    /// <summary>
    /// A non-party that moves to seal material a non-party designated is taken to be that non-party: non-parties
    /// come forward to protect their own material (In re Electronic Arts: the non-party that produced the exhibit
    /// moved to seal it), so its own showing is the designator's.
    /// </summary>
    private static Designator Designated(Movant movant, Designator? by) => by switch
    {
        null => Designator.Movant,
        Designator.NonParty when movant == Movant.NonParty => Designator.Movant,
        _ => by.Value,
    };

    private static string? Str(JToken o, string name) => o[name] is JValue { Type: JTokenType.String } v ? (string)v! : null;

    private static bool Bool(JToken o, string name) => o[name] is JValue { Type: JTokenType.Boolean } v && (bool)v;

    private static bool? OptionalBool(JToken o, string name) => o[name] is JValue { Type: JTokenType.Boolean } v ? (bool)v : null;

    // Not generic over the enum: generic code instantiated per enum type is JIT-compiled on first use (cold start).
    private static object? EnumOf(JToken o, string name, Type type)
        => o[name] is JValue { Type: JTokenType.String } v ? ByName.GetOrAdd(type, Names)[(string)v!] : null;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Dictionary<string, object>> ByName = new();

    private static Dictionary<string, object> Names(Type type)
    {
        var names = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var value in System.Enum.GetValues(type)) names.Add(Kebab.Of(value.ToString()!), value);
        return names;
    }
}
