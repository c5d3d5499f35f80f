using NRules;
using SealingRules.Model;

namespace SealingRules.Engine;

/// <summary>
/// What the rules concluded for one request, across the sessions it ran in: one session per item (findings,
/// rulings on information, the item's outcome) and one per motion (standard, disposition). Rules only ever
/// relate facts within an item or within a motion, so the split changes no conclusion; it keeps the cost of
/// a request linear in its items, since NRules joins compare every pair of facts in a session.
/// </summary>
public sealed class WorkingMemory(IReadOnlyList<ISession> itemSessions, IReadOnlyList<ISession> motionSessions)
{
    /// <summary>Conclusions drawn about items and their information.</summary>
    public IEnumerable<T> ItemFacts<T>() => itemSessions.SelectMany(s => s.Query<T>().AsEnumerable());

    /// <summary>Conclusions drawn about motions.</summary>
    public IEnumerable<T> MotionFacts<T>() => motionSessions.SelectMany(s => s.Query<T>().AsEnumerable());

    /// <summary>Every conclusion of a type, wherever it was drawn (for checks over the whole request).</summary>
    public IEnumerable<T> Query<T>() => typeof(T) == typeof(MotionRuling) || typeof(T) == typeof(MotionStandard) ||
        typeof(T) == typeof(MeritsClassification) || typeof(T) == typeof(Framing)
        ? MotionFacts<T>()
        : ItemFacts<T>();
}
