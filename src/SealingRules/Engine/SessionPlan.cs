using SealingRules.Contract;
using SealingRules.Model;

namespace SealingRules.Engine;

/// <summary>
/// How a request is cut into NRules sessions. NRules 1.0 joins by scanning (no hash index), so a session's cost grows
/// with the square of its facts; the law lets the request be cut, because no rule joins two motions and, within a
/// motion, only the rulings on the motion as a whole read more than one item.
/// <list type="bullet">
/// <item>Each motion runs in its own session.</item>
/// <item>A motion of more than <see cref="ItemsPerSession"/> items runs in sessions of that many items; its items and
/// their rulings are then brought together in one more session (without their information), where the motion-level
/// rules decide the motion. Motion-level conclusions are taken from that last session only, so nothing is stated
/// twice.</item>
/// </list>
/// A property test holds every plan to the output of one session over the whole request.
/// </summary>
internal sealed class SessionPlan(SealingEngine engine, int itemsPerSession)
{
    /// <summary>Measured on the seed (motions of 2-6 items) and a 200-item request: below 8, per-session overhead wins.</summary>
    public const int ItemsPerSession = 8;

    /// <summary>Everything the sessions concluded, motion by motion.</summary>
    public List<object> Conclude(SealingRequest request)
    {
        var conclusions = new List<object>();
        foreach (var part in ByMotion(request))
        {
            if (part.Items.Count <= itemsPerSession) conclusions.AddRange(engine.Run(part).Query<object>());
            else ConcludeInChunks(part, conclusions);
        }
        AddOrderTerms(engine, request, conclusions);
        return conclusions;
    }

    /// <summary>
    /// The order's closing terms read rulings across motions (a brief in one refers to an exhibit in another): drawn
    /// last, over the rulings alone, and only where there is something to order.
    /// </summary>
    internal static void AddOrderTerms(SealingEngine engine, SealingRequest request, List<object> conclusions)
    {
        if (request.Items.Any(i => i.RefersTo.Count > 0) || conclusions.Any(c => c is ItemRuling { Outcome: Outcome.Redact }))
            conclusions.AddRange(engine.RunOrder(request, conclusions).Query<OrderTerm>());
    }

    private void ConcludeInChunks(SealingRequest motionPart, List<object> conclusions)
    {
        var motion = motionPart.Motions[0];
        var itemRulings = new List<ItemRuling>();
        foreach (var chunk in motionPart.Items.Chunk(itemsPerSession))
        {
            var ids = chunk.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            var part = motionPart with
            {
                Items = chunk,
                Information = motionPart.Information.Where(i => ids.Contains(i.ItemId)).ToList(),
                Harms = motionPart.Harms.Where(h => ids.Contains(h.ItemId)).ToList(),
            };
            foreach (var fact in engine.Run(part).Query<object>())
            {
                if (IsAboutTheMotion(fact, motion.Id)) continue;
                if (fact is ItemRuling ruling) itemRulings.Add(ruling);
                conclusions.Add(fact);
            }
        }
        foreach (var fact in engine.RunMotion(motionPart, itemRulings).Query<object>())
            if (IsAboutTheMotion(fact, motion.Id)) conclusions.Add(fact);
    }

    private static bool IsAboutTheMotion(object fact, string motionId) => fact switch
    {
        MeritsClassification or MotionStandard or Framing or MotionRuling => true,
        Caution c => c.AboutTheMotion && c.Subject == motionId,
        _ => false,
    };

    /// <summary>The request cut into one request per motion, each with its own items, information and claims.</summary>
    public static IEnumerable<SealingRequest> ByMotion(SealingRequest request)
    {
        if (request.Motions.Count == 1)
        {
            yield return request;
            yield break;
        }
        var motionOfItem = request.Items.ToDictionary(i => i.Id, i => i.MotionId, StringComparer.Ordinal);
        var items = request.Items.ToLookup(i => i.MotionId, StringComparer.Ordinal);
        // A fact naming no item of the request joins nothing in one session either; it is left out.
        var information = request.Information.Where(i => motionOfItem.ContainsKey(i.ItemId))
            .ToLookup(i => motionOfItem[i.ItemId], StringComparer.Ordinal);
        var harms = request.Harms.Where(h => motionOfItem.ContainsKey(h.ItemId))
            .ToLookup(h => motionOfItem[h.ItemId], StringComparer.Ordinal);
        foreach (var motion in request.Motions)
            yield return request with
            {
                Motions = [motion],
                Items = items[motion.Id].ToList(),
                Information = information[motion.Id].ToList(),
                Harms = harms[motion.Id].ToList(),
            };
    }
}
