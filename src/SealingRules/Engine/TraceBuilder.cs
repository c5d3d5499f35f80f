using System.Globalization;
using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Engine;

/// <summary>
/// Turns the conclusions left in working memory after the rules fired into the contract's result. Every
/// reasoning step is a conclusion some rule drew; its authorities are the ones that rule cites.
/// </summary>
internal sealed class TraceBuilder(SealingEngine engine, SealingRequest request, IEnumerable<object> conclusions, Reading.Readings readings)
{
    /// <summary>Over a request with nothing to read (the statements' readings are given to the other constructor).</summary>
    public TraceBuilder(SealingEngine engine, SealingRequest request, IEnumerable<object> conclusions)
        : this(engine, request, conclusions, Reading.Readings.None) { }

    // Order in which findings read in an item's reasoning: what decides first.
    private static readonly Weight[] WeightOrder =
        [Weight.ExemptFromAccess, Weight.RequiredRedaction, Weight.InsufficientReason, Weight.AccessRequired, Weight.SufficientReason, Weight.OutweighedByPublicInterest];

    public SealingResult Build()
    {
        // One pass over what the sessions concluded, each kind of conclusion kept in the order the sessions list it.
        var framingList = new List<Framing>(); var meritsList = new List<MeritsClassification>();
        var standardList = new List<MotionStandard>(); var motionRulingList = new List<MotionRuling>();
        var itemStandardList = new List<ItemStandard>(); var itemRulingList = new List<ItemRuling>();
        var infoRulingList = new List<InformationRuling>(); var findingList = new List<Finding>(); var cautions = new List<Caution>();
        var orderTermList = new List<OrderTerm>();
        foreach (var fact in conclusions)
        {
            switch (fact)
            {
                case Finding f: findingList.Add(f); break;
                case InformationRuling r: infoRulingList.Add(r); break;
                case ItemRuling r: itemRulingList.Add(r); break;
                case ItemStandard s: itemStandardList.Add(s); break;
                case Framing f: framingList.Add(f); break;
                case MeritsClassification m: meritsList.Add(m); break;
                case MotionStandard s: standardList.Add(s); break;
                case MotionRuling r: motionRulingList.Add(r); break;
                case Caution c: cautions.Add(c); break;
                case OrderTerm o: orderTermList.Add(o); break;
            }
        }
        var framings = framingList.ToLookup(f => f.MotionId);
        var orderTerms = orderTermList.ToLookup(o => o.MotionId);
        var merits = meritsList.ToLookup(m => m.MotionId);
        var standards = standardList.ToDictionary(s => s.MotionId);
        var motionRulings = motionRulingList.ToDictionary(r => r.MotionId);
        var itemStandards = itemStandardList.ToDictionary(s => s.ItemId);
        var itemRulings = itemRulingList.ToDictionary(r => r.ItemId);
        var infoRulings = infoRulingList.ToDictionary(r => r.InformationId);
        var findings = findingList.ToLookup(f => f.InformationId);
        var infosByItem = request.Information.ToLookup(i => i.ItemId);
        var itemsByMotion = request.Items.ToLookup(i => i.MotionId);

        var motions = new List<MotionResult>();
        foreach (var motion in request.Motions)
        {
            var reasoning = framings[motion.Id].Where(f => f.Order < Framing.AfterStandard).OrderBy(f => f.Order).Select(f => f.Step)
                .Concat(merits[motion.Id].Select(m => m.Step))
                .Concat(standards.TryGetValue(motion.Id, out var ms) ? [ms.Step] : [])
                .Concat(framings[motion.Id].Where(f => f.Order >= Framing.AfterStandard).OrderBy(f => f.Order).Select(f => f.Step))
                .Concat(motionRulings.TryGetValue(motion.Id, out var mr) ? [mr.Step] : [])
                .Concat(orderTerms[motion.Id].OrderBy(o => o.Order).ThenBy(o => o.Step.Finding, StringComparer.Ordinal).Select(o => o.Step))
                .ToList();
            var motionCloseCalls = CloseCalls(reasoning);
            var items = itemsByMotion[motion.Id]
                .Select(item => BuildItem(item, infosByItem[item.Id].ToList(), itemStandards, itemRulings, infoRulings, findings, motionCloseCalls))
                .ToList();
            var ruling = mr ?? throw Incomplete("motion", motion.Id);
            motions.Add(new MotionResult(motion.Id, (ms ?? throw Incomplete("standard of motion", motion.Id)).Standard,
                ruling.Disposition, ruling.WithoutPrejudice, Steps(reasoning), items));
        }

        var warnings = cautions
            .OrderBy(c => c.Step.Rule, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal)
            .ThenBy(c => c.Step.Finding, StringComparer.Ordinal)
            .Select(c => new WarningResult(c.Step.Rule, c.Step.Finding, c.Step.Concerns, Citations(c.Step.Rule))
            {
                Follows = Dated(engine.Citations(c.Step.Rule).Follows) is { Count: > 0 } f ? f : null,
                OtherView = Dated(engine.Citations(c.Step.Rule).OtherView) is { Count: > 0 } o ? o : null,
            })
            .ToList();
        warnings.AddRange(ReadingWarnings());

        return new SealingResult(
            new EngineInfo(SealingEngine.Name, SealingEngine.EngineVersion, Rules.RuleSet.Version, request.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            { Court = request.Court },
            motions, warnings)
        {
            Case = request.CaseName is null && request.CaseNumber is null && request.CaseJudge is null ? null : new CaseResult(request.CaseName, request.CaseNumber) { Judge = request.CaseJudge },
            Labels = request.Information.ToDictionary(i => i.Id, i => "the " + i.Words, StringComparer.Ordinal),
            Portions = request.Information.Where(i => i.Label is not null).ToDictionary(i => i.Id, i => Phrases.Portion(i.Label!), StringComparer.Ordinal),
            ItemNames = request.Items.ToDictionary(i => i.Id, i => i.Title ?? i.Id, StringComparer.Ordinal),
            ItemOf = request.Information.ToDictionary(i => i.Id, i => i.ItemId, StringComparer.Ordinal),
            Unsealing = request.Motions.Where(m => m.Posture == Posture.MotionToUnseal).ToDictionary(m => m.Id, m => m.Movant, StringComparer.Ordinal),
            MovantNoun = request.Motions.All(m => m.Posture != Posture.MotionToUnseal)
                && request.Motions.Select(m => m.Movant == Movant.Joint ? null : Phrases.Movant(m)).Distinct().ToList() is [{ } only] ? only : null,
        };
    }

    private ItemResult BuildItem(
        Item item, List<Information> infos, Dictionary<string, ItemStandard> itemStandards, Dictionary<string, ItemRuling> itemRulings,
        Dictionary<string, InformationRuling> infoRulings, ILookup<string, Finding> findings, List<string> motionCloseCalls)
    {
        var standard = itemStandards.GetValueOrDefault(item.Id) ?? throw Incomplete("standard of item", item.Id);
        var ruling = itemRulings.GetValueOrDefault(item.Id) ?? throw Incomplete("item", item.Id);
        var rulings = infos.Select(i => infoRulings.GetValueOrDefault(i.Id) ?? throw Incomplete("information", i.Id)).ToList();

        // Findings read in a fixed order (what decides first, then by rule and text), never in the order a session
        // happens to list them: the same facts give the same reasoning however the request is split into sessions.
        var ordered = infos.ToDictionary(i => i.Id, i => findings[i.Id]
            .OrderBy(f => Array.IndexOf(WeightOrder, f.Weight))
            .ThenBy(f => f.Step.Rule, StringComparer.Ordinal)
            .ThenBy(f => f.Step.Finding, StringComparer.Ordinal)
            .ToList());
        var steps = new List<Step>();
        if (standard.Step is { } s) steps.Add(s);
        foreach (var info in infos)
        {
            // A finding leans the way its weight pushes; a ruling, the way it rules.
            steps.AddRange(ordered[info.Id].Select(f => f.Step with { Leans = f.Leans }));
            steps.Add(infoRulings[info.Id].Step with { Leans = infoRulings[info.Id].Leans });
        }
        steps.Add(ruling.Step);

        var cures = infos
            .Where(i => !infoRulings[i.Id].Withhold && infoRulings[i.Id].Curable)
            .SelectMany(i => ordered[i.Id]
                .Where(f => f.Curable && engine.Book[f.Step.Rule].Cure is not null)
                .Select(f => (Cure: engine.Book[f.Step.Rule].Cure!, Info: i.Id)))
            .GroupBy(c => c.Cure)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(c => c.Info).Distinct())})")
            .ToList();

        var reasoning = Steps(steps);
        // A discretionary reason for secrecy makes no call close where a settled reason withholds the same information.
        var moot = infos
            .Where(i => infoRulings[i.Id].Withhold && ordered[i.Id].Any(f => f.Weight == Weight.SufficientReason && !Discretionary(f.Step.Rule)))
            .SelectMany(i => ordered[i.Id].Where(f => f.Weight == Weight.SufficientReason && Discretionary(f.Step.Rule)).Select(f => (f.Step.Rule, f.Step.Finding)))
            .ToHashSet();
        var closeCalls = motionCloseCalls.Concat(CloseCalls([.. steps.Where(step => !moot.Contains((step.Rule, step.Finding)))])).Distinct().ToList();
        var showings = readings.Of(item.Id).Select(Showing).ToList();
        // A showing read from words on which courts have gone both ways is itself a close call: the decisive fact is
        // the project's reading, not the court's. Not where the words cannot count (another party's designation, which
        // only the designating party can support): no reading of them would tip anything.
        var counted = readings.Of(item.Id).Where(r => r.Harm.Claims(r.Applied).Any(c => c.ComesFromTheDesignator(item)))
            .Select(r => r.Harm.Index).ToHashSet();
        // Nor where no reading could tip it: words read as less than specific on an item that gets all it asked
        // (another reason carries it, such as a pseudonym the court allowed), or read specific on one that gets nothing.
        if (showings.FirstOrDefault(s => s.Source == ShowingSource.Read && s.Track is { GoneBothWays: true } && counted.Contains(s.Harm)) is { } split
            && (split.Showing == Model.Showing.Specific ? ruling.Relief != Relief.None : ruling.Relief != Relief.Full))
            closeCalls.Add($"The reason was read from the movant's words as {Phrases.Showing(split.Showing)}; courts have judged words like these both ways, so how particular this court finds them would tip the call.");

        return new ItemResult(item.Id, standard.Standard, ruling.Outcome, ruling.Relief,
            rulings.Where(r => r.Withhold).Select(r => r.InformationId).ToList(),
            rulings.Where(r => !r.Withhold).Select(r => r.InformationId).ToList(),
            reasoning, cures)
        {
            Title = item.Title,
            Certainty = closeCalls.Count > 0 ? Certainty.Discretionary : Certainty.Settled,
            CloseCalls = closeCalls,
            Showings = showings,
        };
    }

    private ShowingResult Showing(Reading.HarmReading r) => new(r.Harm.Index, r.Applied, r.Read ? ShowingSource.Read : ShowingSource.Given,
        r.Reading?.Because.Select(step => new ReadingStep(step.Rule, step.Finding, Citations(step.Rule))
        {
            PrevailsOver = step.PrevailsOver.Count > 0 ? step.PrevailsOver : null,
        }).ToList() ?? [],
        r.Harm.Statement is { } text && r.Readable ? Compared(r, engine.JudgedStatements.Like(text, r.Harm.Kind, KindsOf(r.Harm), request.AsOf, request.CaseName)) : [])
    {
        Read = r.Differs ? r.Reading!.Showing : null,
        ByDesignatingParty = r.Harm.OfferedBy == OfferedBy.DesignatingParty,
        ToBeSpecific = Reading.WhatWouldMakeItSpecific.For(r, KindsInOrder(r.Harm)) is { Count: > 0 } needs ? needs : null,
        Track = r.Reading is { Because.Count: > 0 } read ? Reading.TrackRecord.For(read.Because[0].Rule, read.Showing) : null,
        ToStandFirmer = r.Reading is { Because.Count: > 0 } firm
            && Reading.WhatWouldMakeItSpecific.Firmer(r, KindsInOrder(r.Harm), Reading.TrackRecord.For(firm.Because[0].Rule, firm.Showing) is { GoneBothWays: true },
                r.Harm.InformationIds.Any(AtIssue.Contains)) is { Count: > 0 } firmer ? firmer : null,
    };

    // Each close statement a court judged the other way says what sets it apart from the words read. Words the reader
    // could not read (not English) are like no judged statement: none is listed, so none is taken for a comparison.
    private IReadOnlyList<JudgedStatementResult> Compared(Reading.HarmReading r, IReadOnlyList<JudgedStatementResult> like)
        => r.Reading is not { } read || !r.Readable ? like : [.. like.Select(l => l with
        {
            Differs = Reading.HowItDiffers.Sentence(r.Features, read.Showing == Model.Showing.Specific, engine.JudgedStatements.FeaturesOf(l.Text), l.Showing,
                KindsOf(r.Harm), engine.JudgedStatements.KindOf(l.Text)),
        })];

    // Each piece's kind, looked up by id: a request may hold many thousands of pieces and harms.
    private Dictionary<string, InformationKind>? _kinds;

    private HashSet<string>? _atIssue;

    // The information a party has put at issue, by id, looked up once.
    private HashSet<string> AtIssue => _atIssue ??= request.Information.Where(i => i.IsAtIssue).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);

    private Dictionary<string, InformationKind> Kinds => _kinds ??= request.Information.ToDictionary(i => i.Id, i => i.Kind, StringComparer.Ordinal);

    /// <summary>The kinds of the information a harm concerns, in the request's order (each once).</summary>
    private IEnumerable<InformationKind> KindsInOrder(StatedHarm harm) => harm.InformationIds.Where(Kinds.ContainsKey).Select(id => Kinds[id]).Distinct();

    private HashSet<InformationKind> KindsOf(StatedHarm harm) => KindsInOrder(harm).ToHashSet();

    // A statement read otherwise than the showing given, and one that could not be read, are said in the warnings.
    private IEnumerable<WarningResult> ReadingWarnings()
    {
        foreach (var r in readings.All.Where(r => r.Reading is not null))
        {
            var decided = r.Reading!.Because[^1];
            var where = $"Harm {r.Harm.Index} of item {r.Harm.ItemId}";
            if (r.Reading.Because.FirstOrDefault(s => s.Rule == "particularity/unread") is { } unread)
                yield return new WarningResult(unread.Rule, $"{where}: {unread.Finding}", [r.Harm.ItemId], Citations(unread.Rule));
            else if (r.Differs)
                yield return new WarningResult(decided.Rule,
                    $"{where}: the showing was given as {Phrases.Showing(r.Harm.Given!.Value)}, but the statement reads as {Phrases.Showing(r.Reading.Showing)}: " +
                    $"{r.Reading.Why}. The given showing is applied.",
                    [r.Harm.ItemId], Citations(decided.Rule));
        }
    }

    // Identical findings of one rule (e.g. one claim covering several pieces of information) read as one step.
    private List<StepResult> Steps(IEnumerable<Step> steps) => steps
        .GroupBy(s => (s.Rule, s.Finding))
        .Select(g => new StepResult(g.Key.Rule, g.Key.Finding,
            g.SelectMany(s => s.Concerns).Distinct().ToList(), Citations(g.Key.Rule))
        {
            Leans = g.First().Leans,
            PrevailsOver = g.SelectMany(s => s.PrevailsOver).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList() is { Count: > 0 } p ? p : null,
        })
        .ToList();

    // A disposition cites another district's order for the same call only in that district (CiteScope), in the JSON as in
    // every rendering: a W.D. Wash. ruling's "denied without prejudice" is not cited to an S.D. Cal. order.
    private IReadOnlyList<CitationResult> Citations(string rule)
    {
        var all = engine.Citations(rule);
        // Where none of the rule's own authorities had been decided by the law date, the older statements of its principle;
        // not where one was decided that very day, which is the ruling the request models, whose own words stand uncited.
        var dated = Dated(all.Cites) is { Count: > 0 } own ? own : all.Cites.Any(DecidedThatDay) ? [] : Dated(all.Earlier);
        return [.. dated.Where(c => Reports.CiteScope.Keep(rule, c.Cite, request.Court))];
    }

    /// <summary>
    /// Only law that existed before the day applied: an authority decided after the request's <c>asOf</c> is never cited
    /// (the rules that apply on such a day cite the authorities of that day), nor one decided on that very day, which is
    /// the ruling the request models (In re Electronic Arts for its own exercise) or one its court could not have read.
    /// </summary>
    private IReadOnlyList<CitationResult> Dated(IReadOnlyList<CitationResult> cites)
        => cites.All(Citable) ? cites : cites.Where(Citable).ToList();

    private bool Citable(CitationResult c) => engine.Catalog.Find(c.Id) is not { } p || p.Decided < request.AsOf;

    private bool DecidedThatDay(CitationResult c) => engine.Catalog.Find(c.Id) is { } p && p.Decided == request.AsOf;

    // What a close call turns on: for each discretionary or split rule among the steps, what makes the call close.
    private bool Discretionary(string rule) => engine.Book[rule].Tags is var tags && (tags.Contains("discretionary") || tags.Contains("split"));

    private List<string> CloseCalls(List<Step> steps) => steps
        .Where(s => Discretionary(s.Rule))
        .Select(s => engine.Book[s.Rule])
        .Select(r => r.CloseCall ?? r.Description)
        .Distinct()
        .ToList();

    private static InvalidOperationException Incomplete(string what, string id)
        => new($"The rules reached no conclusion for {what} '{id}'.");
}
