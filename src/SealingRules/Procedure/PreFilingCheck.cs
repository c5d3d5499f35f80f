using SealingRules.Contract;

namespace SealingRules.Procedure;

/// <summary>
/// The pre-filing check (contract 1.x): the evaluation of the substance, the district's procedure and Rule 5.2 step
/// by step, and for each item the engine finds weak, what its declaration must say.
/// </summary>
public sealed class PreFilingCheck(ProcedureBook book)
{
    /// <summary>A check against the procedure data shipped with the rules.</summary>
    public PreFilingCheck() : this(ProcedureBook.Shipped) { }

    /// <summary>Checks a request already read and evaluated.</summary>
    public CheckResult Run(SealingRequest request, SealingResult result)
        => new(result, new ProcedureCheck(book).Run(request, result), Checklist(result)) { DeclarationReview = Review(result) };

    // Every harm the request gives in words, read: the reading (given or not), what carries it and what it lacks.
    private static List<StatementReview> Review(SealingResult result)
        => [.. from item in result.Motions.SelectMany(m => m.Items)
               from s in item.Showings
               where s.Because.Count > 0
               select new StatementReview(item.Id, result.ItemNames.TryGetValue(item.Id, out var n) ? n : item.Id, s.Harm,
                   s.Read ?? s.Showing, s.Showing, s.Because.Select(b => b.Finding).ToList(), s.ToBeSpecific ?? [], s.Like) { Track = s.Track, ToStandFirmer = s.ToStandFirmer }];

    // The cures the evaluation already states are what the declaration must add: the same words, so the check and
    // the report cannot disagree.
    private static List<DeclarationPoint> Checklist(SealingResult result)
        => [.. result.Motions.SelectMany(m => m.Items).Where(i => i.Cures.Count > 0)
            .Select(i => new DeclarationPoint(i.Id, result.ItemNames.TryGetValue(i.Id, out var n) ? n : i.Id, i.Outcome, i.Cures))];
}
