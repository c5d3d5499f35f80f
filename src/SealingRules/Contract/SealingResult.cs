using Newtonsoft.Json;
using SealingRules.Model;

namespace SealingRules.Contract;

// The output of contract v1. Property order here is the order in the JSON.

/// <summary>The recommendation for a request: what the engine applied, each motion decided, and the warnings.</summary>
/// <param name="Engine">The engine, rules version and law date that produced the result.</param>
/// <param name="Motions">Each motion of the request, in the request's order.</param>
/// <param name="Warnings">Unsettled questions and facts the engine had to assume.</param>
public sealed record SealingResult(EngineInfo Engine, IReadOnlyList<MotionResult> Motions, IReadOnlyList<WarningResult> Warnings)
{
    /// <summary>The case's name and number, echoed from the request (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public CaseResult? Case { get; init; }

    /// <summary>How a report names each piece of information ("the phone number"); not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>What the filer calls a piece of information ("the price table", from <c>label</c>), where given; not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> Portions { get; init; } = new Dictionary<string, string>();

    /// <summary>How an order's table names a piece of information: the filer's own name for it, else its kind ("the pricing terms").</summary>
    public string PortionName(string infoId) => Portions.TryGetValue(infoId, out var own) ? own : Labels.GetValueOrDefault(infoId, infoId);

    /// <summary>How a report names each item: its title, else its id; not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> ItemNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The motions to unseal, each with the party that wants the records kept sealed (its <c>movant</c>); not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, Movant> Unsealing { get; init; } = new Dictionary<string, Movant>();

    /// <summary>
    /// The party that brings every motion to seal, as a court names it ("the defendant", "the government"), where one
    /// party (not joint movants) brings them all and none is a motion to unseal; else null. Not part of the JSON.
    /// </summary>
    [JsonIgnore]
    public string? MovantNoun { get; init; }

    /// <summary>The item each piece of information belongs to; not part of the JSON.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> ItemOf { get; init; } = new Dictionary<string, string>();
}

/// <summary>What produced a result, so that it can be reproduced.</summary>
/// <param name="Name">The engine's name.</param>
/// <param name="Version">The engine's version.</param>
/// <param name="RulesVersion">The rule set's version (see CHANGELOG.md).</param>
/// <param name="LawAsOf">The day whose law was applied, as YYYY-MM-DD.</param>
public sealed record EngineInfo(string Name, string Version, string RulesVersion, string LawAsOf)
{
    /// <summary>The district, echoed from the request.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Court { get; init; }
}

/// <summary>The case, echoed from the request.</summary>
/// <param name="Name">The case name.</param>
/// <param name="Number">The case number.</param>
public sealed record CaseResult(
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Name,
    [property: JsonProperty(NullValueHandling = NullValueHandling.Ignore)] string? Number)
{
    /// <summary>The judge the case is assigned to, when the request names one.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Judge { get; init; }
}

/// <summary>One motion decided.</summary>
/// <param name="Id">The motion's id, as in the request.</param>
/// <param name="Standard">The standard that governs it.</param>
/// <param name="Disposition">Granted, granted in part, or denied.</param>
/// <param name="WithoutPrejudice">Whether a denied part may be renewed on a better showing.</param>
/// <param name="Reasoning">The motion-level steps: access, burden, standard, disposition and the order's terms.</param>
/// <param name="Items">Each item decided.</param>
public sealed record MotionResult(
    string Id, Standard Standard, Disposition Disposition, bool WithoutPrejudice,
    IReadOnlyList<StepResult> Reasoning, IReadOnlyList<ItemResult> Items);

/// <summary>One item decided: its outcome, what is redacted and disclosed, and why.</summary>
/// <param name="Id">The item's id, as in the request.</param>
/// <param name="Standard">The standard that governs the item.</param>
/// <param name="Outcome">Sealed, filed with redactions, or filed publicly.</param>
/// <param name="Relief">Full, partial or none, compared with what was requested.</param>
/// <param name="Redact">The information kept from the public.</param>
/// <param name="Disclose">The information that stays public.</param>
/// <param name="Reasoning">The steps that decide the item, each with its authorities.</param>
/// <param name="Cures">What a better showing would need, where the item did not get its relief on curable grounds.</param>
public sealed record ItemResult(
    string Id, Standard Standard, Outcome Outcome, Relief Relief,
    IReadOnlyList<string> Redact, IReadOnlyList<string> Disclose,
    IReadOnlyList<StepResult> Reasoning, IReadOnlyList<string> Cures)
{
    /// <summary>The item's title, echoed from the request.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Title { get; init; }

    /// <summary><c>settled</c> where a rule decides the item; <c>discretionary</c> where it rests on a balance courts strike both ways.</summary>
    public Certainty Certainty { get; init; }

    /// <summary>For discretionary items: what the outcome turns on.</summary>
    public IReadOnlyList<string> CloseCalls { get; init; } = [];

    /// <summary>One entry per harm of the item, in request order: the showing applied and how the movant's words read (contract 1.x).</summary>
    public IReadOnlyList<ShowingResult> Showings { get; init; } = [];
}

/// <summary>How sure an item's outcome is.</summary>
public enum Certainty
{
    /// <summary>A rule decides it.</summary>
    Settled,
    /// <summary>It rests on a balance courts strike both ways, or on a split.</summary>
    Discretionary,
}

/// <summary>One step of reasoning: the rule that drew it, its finding in words, what it concerns, and its authorities.</summary>
/// <param name="Rule">The id of the rule that drew the conclusion.</param>
/// <param name="Finding">The finding, as a court would write it.</param>
/// <param name="Concerns">The information ids it concerns.</param>
/// <param name="Authorities">The authorities the rule cites, decided on or before the law date.</param>
public sealed record StepResult(string Rule, string Finding, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities)
{
    /// <summary>For a step about information: <c>secrecy</c> or <c>access</c> (contract 1.x).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public Leans? Leans { get; init; }

    /// <summary>The rules whose findings, leaning the other way, this step answers (contract 1.x); omitted when none.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? PrevailsOver { get; init; }
}

/// <summary>A citation with its pin.</summary>
/// <param name="Id">The catalog proposition's id.</param>
/// <param name="Cite">The citation as a court writes it.</param>
public sealed record CitationResult(string Id, string Cite)
{
    /// <summary>A caveat on the authority (e.g. a FOIA case used by analogy).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Note { get; init; }
}

/// <summary>Something the user should know: an unsettled question, or a fact the engine assumed.</summary>
/// <param name="Rule">The rule that raised it.</param>
/// <param name="Message">The warning in words.</param>
/// <param name="Concerns">The ids it concerns.</param>
/// <param name="Authorities">The authorities the rule cites.</param>
public sealed record WarningResult(string Rule, string Message, IReadOnlyList<string> Concerns, IReadOnlyList<CitationResult> Authorities)
{
    /// <summary>On a split question: orders taking the view the engine follows (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<CitationResult>? Follows { get; init; }

    /// <summary>On a split question: orders taking the other view (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<CitationResult>? OtherView { get; init; }
}

/// <summary>Where the showing applied to a harm came from (contract 1.x, "Reading the showing").</summary>
public enum ShowingSource
{
    /// <summary>The request gave it.</summary>
    Given,
    /// <summary>The engine read it from the movant's statement.</summary>
    Read,
}

/// <summary>The showing applied to one harm of an item, and, where the harm carries the movant's words, how they read.</summary>
/// <param name="Harm">The harm's 0-based place in the item's <c>harms</c>.</param>
/// <param name="Showing">The showing the engine applied.</param>
/// <param name="Source">Given in the request, or read from the statement.</param>
/// <param name="Because">The steps that decided the reading, quoting the words they rest on; empty when nothing was read.</param>
/// <param name="Like">The closest statements courts have judged, with their verdicts.</param>
public sealed record ShowingResult(int Harm, Showing Showing, ShowingSource Source, IReadOnlyList<ReadingStep> Because, IReadOnlyList<JudgedStatementResult> Like)
{
    /// <summary>Whose words they are: the designating party's, where it speaks for its material; not part of the JSON.</summary>
    [JsonIgnore]
    public bool ByDesignatingParty { get; init; }

    /// <summary>With a given showing and a statement: the showing the words read as (an addition to the contract).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public Showing? Read { get; init; }

    /// <summary>What the statement would need to say to be read as specific, from the rules that did not find it so (an addition).</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? ToBeSpecific { get; init; }

    /// <summary>
    /// For words read as specific on ground courts have gone both ways on: what would put the showing on firmer ground
    /// (an addition to the contract; omitted where the reading stands firm).
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? ToStandFirmer { get; init; }

    /// <summary>
    /// How often courts judged words as this reading does: of the judged statements (the corpus's rules part) whose
    /// reading the same finding carries to the same showing, how many the court's verdict matched, specific or not
    /// (an addition to the contract; omitted where the corpus has none).
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public TrackRecordResult? Track { get; init; }
}

/// <summary>The track record of a reading (<see cref="ShowingResult.Track"/>).</summary>
/// <param name="Rule">The particularity rule whose finding carries the reading (the reading's first step).</param>
/// <param name="Judged">How many judged statements in the corpus's rules part it carries to the same showing.</param>
/// <param name="Agreed">In how many of them the court's verdict matched the reading (specific or not).</param>
public sealed record TrackRecordResult(string Rule, int Judged, int Agreed)
{
    /// <summary>A record of at least five statements on which courts matched the reading less than seven times in ten.</summary>
    [JsonIgnore]
    public bool GoneBothWays => Judged >= 5 && Agreed * 10 < Judged * 7;

    /// <summary>True where courts have gone both ways (<see cref="GoneBothWays"/>); omitted otherwise, for a page to say so.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public bool? BothWays => GoneBothWays ? true : null;

    /// <summary>The record in a sentence, for a report.</summary>
    [JsonIgnore]
    public string Sentence => $"Courts have gone both ways on words like these: of the {Judged} judged statements the project holds that read this way, the courts agreed with this reading in {Agreed}.";
}

/// <summary>One step of a reading: the particularity rule, its finding in words, its authorities.</summary>
/// <param name="Rule">The particularity rule that drew it.</param>
/// <param name="Finding">The finding, quoting the statement's words.</param>
/// <param name="Authorities">The authorities the rule cites, decided on or before the law date.</param>
public sealed record ReadingStep(string Rule, string Finding, IReadOnlyList<CitationResult> Authorities)
{
    /// <summary>The findings this step answers (a particular showing prevails over weaker ones), when any.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public IReadOnlyList<string>? PrevailsOver { get; init; }
}

/// <summary>A statement a court judged, close to the one read.</summary>
/// <param name="Text">The movant's words as the order quotes (or closely restates) them.</param>
/// <param name="Case">The case.</param>
/// <param name="Cite">The order, as a court cites it.</param>
/// <param name="Showing">The court's verdict on the statement's particularity.</param>
public sealed record JudgedStatementResult(string Text, string Case, string Cite, Showing Showing)
{
    /// <summary><c>paraphrase</c> where the order restates the words rather than quoting them; omitted for quotations.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Form { get; init; }

    /// <summary>The court's own sentence on the statement.</summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Court { get; init; }

    /// <summary>
    /// Where the court judged it the other way from the reading of the words read (specific or not), what sets the two
    /// apart in the features the particularity rules read ("Unlike the statement read here, this one does not say how disclosure would
    /// cause the harm."), or that courts parted ways on words with the same features; omitted where they agree.
    /// </summary>
    [JsonProperty(NullValueHandling = NullValueHandling.Ignore)]
    public string? Differs { get; init; }
}
