using Newtonsoft.Json;

namespace SealingRules.Procedure;

/// <summary>A requirement's status in the pre-filing check.</summary>
public enum Status
{
    /// <summary>The request's facts show it done.</summary>
    Met,
    /// <summary>The facts show it not done, or done late.</summary>
    Missing,
    /// <summary>The request does not say.</summary>
    Unknown,
    /// <summary>The rule's current text could not be confirmed: check it before relying on it.</summary>
    Verify,
}

/// <summary>One requirement, checked.</summary>
/// <param name="Id">The requirement's id in the procedure data.</param>
/// <param name="Rule">The rule cited.</param>
/// <param name="Requirement">What it asks of the filer, in plain words.</param>
/// <param name="Status">Met, missing, unknown or verify.</param>
/// <param name="Why">What in the facts gives that status.</param>
/// <param name="Deadline">The last day to do it (YYYY-MM-DD), where a clock applies and its start is given.</param>
public sealed record ProcedureLine(
    string Id, string Rule, string Requirement, Status Status, string Why,
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Deadline)
{
    /// <summary>
    /// True where no filing fact can show the requirement (it is unknown until someone reads the papers); omitted
    /// otherwise. Reports list such requirements once, apart, by this flag rather than by the words of <see cref="Why"/>.
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public bool? PapersOnly { get; init; }
}

/// <summary>The procedure part of a check: which rule version applied, and each requirement.</summary>
/// <param name="Court">The district, as the request gave it.</param>
/// <param name="Rules">The rules of the version applied.</param>
/// <param name="VersionFrom">The day that version took effect.</param>
/// <param name="FiledOn">The day whose procedure applies: the motion's filing date, else the request's law date.</param>
/// <param name="Requirements">Each requirement, the district's first, then Rule 5.2's.</param>
/// <param name="Notes">What the reader should know about the check itself.</param>
public sealed record ProcedureReport(
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Court,
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Rules,
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? VersionFrom,
    string FiledOn, IReadOnlyList<ProcedureLine> Requirements, IReadOnlyList<string> Notes);

/// <summary>What the declaration must say for one item the engine finds weak.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Title">How the item is named.</param>
/// <param name="Outcome">What the engine would order on the showing as it stands.</param>
/// <param name="MustSay">What the declaration must establish to cure it.</param>
public sealed record DeclarationPoint(string Item, string Title, Model.Outcome Outcome, IReadOnlyList<string> MustSay);

/// <summary>How the declaration's words for one harm read, what carries the reading, and what they would need to be specific.</summary>
/// <param name="Item">The item's id.</param>
/// <param name="Title">How the item is named.</param>
/// <param name="Harm">The harm's 0-based place in the item's <c>harms</c>.</param>
/// <param name="Reading">How particular the words read.</param>
/// <param name="Applied">The showing the evaluation applied (the one given, where the request gave one).</param>
/// <param name="CarriedBy">The findings that decided the reading, quoting the words they rest on.</param>
/// <param name="ToBeSpecific">What the words would need to say to be read as specific; empty when they are.</param>
/// <param name="Like">Statements courts have judged that read most like these words.</param>
public sealed record StatementReview(
    string Item, string Title, int Harm, Model.Showing Reading, Model.Showing Applied, IReadOnlyList<string> CarriedBy,
    IReadOnlyList<string> ToBeSpecific, IReadOnlyList<Contract.JudgedStatementResult> Like)
{
    /// <summary>How often courts judged words as this reading does (the evaluation's <c>showings[].track</c>).</summary>
    [Newtonsoft.Json.JsonProperty(NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    public Contract.TrackRecordResult? Track { get; init; }

    /// <summary>For words read as specific on ground courts have gone both ways on: what would make it firmer (<c>showings[].toStandFirmer</c>).</summary>
    [Newtonsoft.Json.JsonProperty(NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore)]
    public IReadOnlyList<string>? ToStandFirmer { get; init; }
}

/// <summary>The pre-filing check (contract 1.x): the evaluation, plus the procedure and the declaration checklist.</summary>
/// <param name="Evaluation">The evaluation's result, as <c>evaluate</c> gives it.</param>
/// <param name="Procedure">The procedure list.</param>
/// <param name="DeclarationChecklist">For each item the engine finds weak, what its declaration must say.</param>
public sealed record CheckResult(Contract.SealingResult Evaluation, ProcedureReport Procedure, IReadOnlyList<DeclarationPoint> DeclarationChecklist)
{
    /// <summary>For each harm given in the declarant's words: its reading (an addition: <c>declarationReview</c>).</summary>
    public IReadOnlyList<StatementReview> DeclarationReview { get; init; } = [];

    /// <summary>The contract's JSON: the evaluation's fields, then <c>procedure</c> (the list) and the additions.</summary>
    public string ToJson(bool indented = true)
    {
        var serializer = JsonSerializer.Create(Contract.Json.Settings);
        var root = Newtonsoft.Json.Linq.JObject.FromObject(Evaluation, serializer);
        root["procedure"] = Newtonsoft.Json.Linq.JToken.FromObject(Procedure.Requirements, serializer);
        var applied = Newtonsoft.Json.Linq.JObject.FromObject(Procedure, serializer);
        applied.Remove("requirements");
        root["procedureApplied"] = applied;
        root["declarationChecklist"] = Newtonsoft.Json.Linq.JToken.FromObject(DeclarationChecklist, serializer);
        root["declarationReview"] = Newtonsoft.Json.Linq.JToken.FromObject(DeclarationReview, serializer);
        return root.ToString(indented ? Formatting.Indented : Formatting.None);
    }
}
