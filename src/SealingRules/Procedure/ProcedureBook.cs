using Newtonsoft.Json;

namespace SealingRules.Procedure;

/// <summary>A district's sealing procedure (rules/Procedure/*.json): its versions over time.</summary>
public sealed record DistrictProcedure(
    [property: JsonProperty("court", Required = Required.Always)] string Court,
    [property: JsonProperty("courtName", Required = Required.Always)] string CourtName,
    [property: JsonProperty("versions", Required = Required.Always)] IReadOnlyList<ProcedureVersion> Versions)
{
    /// <summary>The version in force on <paramref name="day"/>, or null when none is encoded for that day.</summary>
    public ProcedureVersion? InForceOn(DateOnly day) => Versions.FirstOrDefault(v => (v.From is null || v.From <= day) && (v.Until is null || day < v.Until));

    /// <summary>
    /// The earliest version confirmed after <paramref name="day"/>, for a filing older than any text read: its
    /// requirements can only be reported to verify.
    /// </summary>
    public ProcedureVersion? EarliestAfter(DateOnly day) => Versions.Where(v => v.From > day).MinBy(v => v.From);
}

/// <summary>
/// One version of a district's procedure: in force from <see cref="From"/> (null: since before any date confirmed)
/// until, not including, <see cref="Until"/> (null: still in force).
/// </summary>
public sealed record ProcedureVersion(
    [property: JsonProperty("from", Required = Required.AllowNull)] DateOnly? From,
    [property: JsonProperty("until")] DateOnly? Until,
    [property: JsonProperty("rules", Required = Required.Always)] string Rules,
    [property: JsonProperty("versionSource", Required = Required.Always)] string VersionSource,
    [property: JsonProperty("requirements", Required = Required.Always)] IReadOnlyList<Requirement> Requirements);

/// <summary>One requirement of a sealing procedure, as a clerk would review it.</summary>
public sealed record Requirement(
    [property: JsonProperty("id", Required = Required.Always)] string Id,
    [property: JsonProperty("rule", Required = Required.Always)] string Rule,
    [property: JsonProperty("requirement", Required = Required.Always)] string Text,
    [property: JsonProperty("when", Required = Required.Always)] string When,
    [property: JsonProperty("fact")] string? Fact,
    [property: JsonProperty("derive")] string? Derive,
    [property: JsonProperty("deadline")] Deadline? Deadline,
    [property: JsonProperty("verified", Required = Required.Always)] bool Verified,
    [property: JsonProperty("source")] string? Source,
    [property: JsonProperty("read")] string? Read,
    [property: JsonProperty("verify")] string? Verify);

/// <summary>A clock: the <see cref="By"/> date must fall within <see cref="Days"/> days of the <see cref="From"/> date.</summary>
public sealed record Deadline(
    [property: JsonProperty("days", Required = Required.Always)] int Days,
    [property: JsonProperty("from", Required = Required.Always)] string From,
    [property: JsonProperty("by", Required = Required.Always)] string By);

/// <summary>
/// The procedure data shipped with the rules (rules/Procedure/*.json, embedded in the rules assembly): one file per
/// district, and Fed. R. Civ. P. 5.2, which applies in every district.
/// </summary>
public sealed class ProcedureBook
{
    /// <summary>
    /// The values <see cref="Requirement.When"/> may take; besides these, <c>judge:Surname/INITIALS</c> for a judge's
    /// standing order (the case's judge names the surname, or its number ends with the initials, as "-BLF").
    /// </summary>
    public static readonly IReadOnlyList<string> Whens = ["always", "own-material", "others-material", "redaction", "seal"];

    /// <summary>Whether a <c>when</c> is one the check knows.</summary>
    public static bool IsWhen(string when) => Whens.Contains(when) || JudgeWhen(when) is not null;

    /// <summary>The surname and initials of a <c>judge:Surname/INITIALS</c> when, or null.</summary>
    public static (string Surname, string Initials)? JudgeWhen(string when)
    {
        if (when is null || !when.StartsWith("judge:", StringComparison.Ordinal)) return null;
        var parts = when["judge:".Length..].Split('/');
        return parts is [{ Length: > 0 } surname, { Length: > 0 } initials] ? (surname, initials) : null;
    }

    /// <summary>The findings of the evaluation a requirement may be <see cref="Requirement.Derive"/>d from.</summary>
    public static readonly IReadOnlyList<string> Derivations = ["specific-showing", "narrowly-tailored", "not-protective-order-only", "briefs-not-sealed", "rule-5-2-identifiers"];

    private const string Prefix = "SealingRules.Rules.Procedure.";

    /// <summary>The book embedded in the rules assembly, read once.</summary>
    public static ProcedureBook Shipped => LazyShipped.Value;

    private static readonly Lazy<ProcedureBook> LazyShipped = new(() => Load(typeof(Rules.RuleSet).Assembly));

    /// <summary>Each district's procedure, by the contract's court name (e.g. <c>N.D. Cal.</c>).</summary>
    public IReadOnlyDictionary<string, DistrictProcedure> Districts { get; }

    /// <summary>Fed. R. Civ. P. 5.2's requirements.</summary>
    public DistrictProcedure Federal { get; }

    /// <summary>A book from the procedures given; <paramref name="federal"/> is the one whose court is Fed. R. Civ. P.</summary>
    public ProcedureBook(IEnumerable<DistrictProcedure> districts, DistrictProcedure federal)
    {
        Districts = districts.ToDictionary(d => d.Court, StringComparer.Ordinal);
        Federal = federal;
    }

    /// <summary>Reads every procedure file embedded in <paramref name="assembly"/>.</summary>
    public static ProcedureBook Load(System.Reflection.Assembly assembly)
    {
        var all = new List<DistrictProcedure>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            all.Add(Parse(reader.ReadToEnd(), name[Prefix.Length..]));
        }
        var federal = all.Single(d => d.Court == FederalCourt);
        return new ProcedureBook(all.Where(d => d != federal), federal);
    }

    /// <summary>The <c>court</c> of the file holding Fed. R. Civ. P. 5.2.</summary>
    public const string FederalCourt = "Fed. R. Civ. P.";

    /// <summary>Parses one procedure file; throws <see cref="InvalidDataException"/> naming the file on bad data.</summary>
    public static DistrictProcedure Parse(string json, string file)
    {
        try
        {
            var settings = new JsonSerializerSettings { MissingMemberHandling = MissingMemberHandling.Error, DateParseHandling = DateParseHandling.None, Culture = System.Globalization.CultureInfo.InvariantCulture };
            return JsonConvert.DeserializeObject<DistrictProcedure>(json, settings) ?? throw new InvalidDataException($"{file}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{file}: {e.Message}", e);
        }
    }
}
