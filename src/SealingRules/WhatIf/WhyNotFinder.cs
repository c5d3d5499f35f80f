using System.Linq.Expressions;
using NRules.RuleModel;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;

namespace SealingRules.WhatIf;

/// <summary>
/// Why an item did not get its relief, read from the rule base itself: for each piece of information left public, the
/// rules that keep information from the public (tagged <c>secrecy</c>) are matched against the item's facts condition
/// by condition, and the conditions these facts do not meet are put in words. A rule that would need the information
/// to be of another kind, or to concern someone else, is left out: that is the document, not the showing.
/// </summary>
internal static class WhyNotFinder
{
    private const int MaxUnmet = 2;

    public static IReadOnlyList<WhyNot>? For(SealingEngine engine, SealingRequest request, ItemResult itemResult)
    {
        var item = request.Items.Single(i => i.Id == itemResult.Id);
        var infos = request.Information.Where(i => i.ItemId == item.Id).ToList();
        var context = new List<object> { item, new ItemStandard(item.Id, itemResult.Standard, null), new LawDate(request.AsOf) };
        // Each piece of information is matched against the rule with its own claims alone.
        List<object> FactsOf(Information info) => [.. context, info, .. request.Harms.Where(h => h.InformationId == info.Id)];
        var withheld = itemResult.Outcome == Outcome.Seal ? infos.Select(i => i.Id).ToHashSet() : itemResult.Redact.ToHashSet();
        var found = new List<(WhyNot WhyNot, int Unmet)>();
        foreach (var rule in engine.Definitions.Where(r => r.Tags.Contains("secrecy")))
        {
            var unmetBy = new Dictionary<string, List<string>>();
            foreach (var info in infos.Where(i => !withheld.Contains(i.Id)))
                if (Unmet(rule, info, FactsOf(info)) is { } unmet && unmet.Count is > 0 and <= MaxUnmet)
                    unmetBy[string.Join("; ", unmet)] = unmet;
            // One entry for the information the rule lacks the same thing for.
            foreach (var (key, unmet) in unmetBy)
            {
                var concerns = infos.Where(i => !withheld.Contains(i.Id) && Unmet(rule, i, FactsOf(i)) is { } u && string.Join("; ", u) == key).Select(i => i.Id).ToList();
                found.Add((new WhyNot(rule.Name, engine.Book[rule.Name].Description, concerns, unmet), unmet.Count));
            }
        }
        return found.Count == 0 ? null : found.OrderBy(f => f.Unmet).ThenBy(f => f.WhyNot.Rule, StringComparer.Ordinal).Select(f => f.WhyNot).ToList();
    }

    /// <summary>The conditions of the rule these facts do not meet for the information, or null if the rule cannot reach it.</summary>
    private static List<string>? Unmet(IRuleDefinition rule, Information info, List<object> facts)
    {
        var bound = new Dictionary<string, object>(StringComparer.Ordinal);
        var unmet = new List<string>();
        foreach (var element in rule.LeftHandSide.ChildElements)
        {
            var (pattern, negated) = element switch
            {
                PatternElement p => (p, false),
                ExistsElement { Source: PatternElement p } => (p, false),
                NotElement { Source: PatternElement p } => (p, true),
                _ => (null, false),
            };
            if (pattern is null) continue;
            // A condition on a collection (what else the item holds, say) is read by the rule from the other facts; it is
            // not a fact a party supplies, and its type has no words ("an IEnumerable`1"): the other conditions say it.
            if (pattern.ValueType != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(pattern.ValueType)) continue;
            var candidates = facts.Where(f => pattern.ValueType.IsInstanceOfType(f)).ToList();
            var best = candidates
                .Select(c => (Fact: c, Failed: pattern.Expressions.Where(e => Holds(e.Expression, pattern.Declaration.Name, c, bound) == false).ToList()))
                .OrderBy(x => x.Failed.Count).FirstOrDefault();
            if (negated)
            {
                // A rule that excludes information of this kind ("no information that is contract pricing") is not for it.
                if (best.Fact is not null && best.Failed.Count == 0 && pattern.Expressions.Any(e => AboutTheDocument(e.Expression))) return null;
                if (best.Fact is not null && best.Failed.Count == 0) unmet.Add($"there is no {Noun(pattern.ValueType)} with {Words(pattern.Expressions.Select(e => e.Expression))}");
                continue;
            }
            if (best.Fact is null)
            {
                // No harm claimed at all: a rule for a harm this information could not plausibly carry (law enforcement or
                // safety for two companies' settlement terms) is no reason the party could give, as when one is claimed.
                if (pattern.ValueType == typeof(HarmClaim) && !AnyPlausibleHarm(pattern, info, bound)) return null;
                unmet.Add(pattern.ValueType == typeof(HarmClaim) ? "a harm is claimed and shown" : $"there is {Phrases.Article(Noun(pattern.ValueType))} {Noun(pattern.ValueType)}");
                continue;
            }
            // Conditions on what the information is, or whom it concerns, are the document itself: the rule is not for it.
            if (best.Failed.Any(e => AboutTheDocument(e.Expression)))
                return null;
            // A rule for a harm this information could not plausibly carry (safety for a price list) is not advice for it;
            // nor is one that waits on the court's own reading of the document, which no party controls.
            if (best.Fact is HarmClaim claim && best.Failed.Any(e => MentionsOf<HarmClaim>(e.Expression, nameof(HarmClaim.Kind)))
                    && !PlausibleHarms.Particular(info.Kind, info.About, info.PartyType).Append(claim.Kind).Any(k =>
                        best.Failed.Where(e => MentionsOf<HarmClaim>(e.Expression, nameof(HarmClaim.Kind))).All(e => Holds(e.Expression, pattern.Declaration.Name, claim with { Kind = k }, bound) == true)))
                return null;
            if (best.Failed.Any(e => Mentions(e.Expression, nameof(Information.CourtReview))))
                return null;
            if (pattern.Declaration.Name is { } name && element is PatternElement) bound[name] = best.Fact;
            unmet.AddRange(best.Failed.Select(e => best.Fact is HarmClaim c && MentionsOf<HarmClaim>(e.Expression, nameof(HarmClaim.Kind))
                ? PlausibleKinds(e.Expression, pattern.Declaration.Name, c, info, bound)
                : Words([e.Expression])));
        }
        return unmet;
    }

    // Whether some harm the information could plausibly carry meets the rule's conditions on the kind of harm (a rule
    // that names no kind is met by any).
    private static bool AnyPlausibleHarm(PatternElement pattern, Information info, Dictionary<string, object> bound)
    {
        var onKind = pattern.Expressions.Where(e => MentionsOf<HarmClaim>(e.Expression, nameof(HarmClaim.Kind))).ToList();
        return onKind.Count == 0 || PlausibleHarms.Particular(info.Kind, info.About, info.PartyType).Any(k =>
        {
            var probe = new HarmClaim(info.Id, info.ItemId, k, Showing.Specific, Evidence.Declaration, OfferedBy.Movant);
            return onKind.All(e => Holds(e.Expression, pattern.Declaration.Name, probe, bound) != false);
        });
    }

    // A condition on the kind of harm, said with only the kinds this information could plausibly carry (for licensing
    // terms, "an invasion of privacy", not "safety or persecution or privacy"): the rest is no advice for it.
    private static string PlausibleKinds(LambdaExpression condition, string self, HarmClaim claim, Information info, Dictionary<string, object> bound)
    {
        var all = PlausibleHarms.Particular(info.Kind, info.About, info.PartyType).Where(k => k != claim.Kind)
            .Where(k => Holds(condition, self, claim with { Kind = k }, bound) == true).Order().ToList();
        // What anyone may claim of anything (embarrassment, further litigation) is not offered beside a harm of the
        // information's own; where the rule reads only such a harm (improper use), it is named as it is.
        var kinds = (all.Any(k => !PlausibleHarms.AnyoneMayClaim(k)) ? all.Where(k => !PlausibleHarms.AnyoneMayClaim(k)) : all).Select(Phrases.Harm).ToList();
        return kinds.Count switch
        {
            0 => Words([condition]),
            1 => "the harm claimed is " + kinds[0],
            _ => "the harm claimed is " + string.Join(", ", kinds.Take(kinds.Count - 1)) + " or " + kinds[^1],
        };
    }

    // A condition on what the information is, whom it concerns, what kind of record holds it (privileged, made confidential
    // by statute) or which standard the law applies to it: the document and the law, not the showing.
    private static bool AboutTheDocument(LambdaExpression e) =>
        Mentions(e, nameof(Information.Kind)) || Mentions(e, nameof(Information.About)) || Mentions(e, nameof(Item.TraditionallySecret))
        || Mentions(e, nameof(Item.RestsOn)) || Mentions(e, nameof(Item.Statute)) || MentionsOf<ItemStandard>(e, nameof(ItemStandard.Standard))
        || CallsTaxonomy(e.Body) || Sentence(e.Body).Contains("no presumption", StringComparison.Ordinal);

    // Taxonomy's predicates ("is a Rule 5.2 identifier") classify the information, whatever member they read.
    private static bool CallsTaxonomy(Expression e) => e switch
    {
        MethodCallExpression m => m.Method.DeclaringType == typeof(Taxonomy) || m.Arguments.Any(CallsTaxonomy),
        UnaryExpression u => CallsTaxonomy(u.Operand),
        BinaryExpression b => CallsTaxonomy(b.Left) || CallsTaxonomy(b.Right),
        _ => false,
    };

    // Whether a condition holds of the candidate, with the declarations bound so far; null where it reads one not bound.
    private static bool? Holds(LambdaExpression condition, string self, object candidate, Dictionary<string, object> bound)
    {
        var args = new object[condition.Parameters.Count];
        for (var k = 0; k < args.Length; k++)
        {
            var name = condition.Parameters[k].Name!;
            if (name == self) args[k] = candidate;
            else if (bound.TryGetValue(name, out var value)) args[k] = value;
            else return null;
        }
        try { return (bool)Compiled.GetValue(condition, c => c.Compile(preferInterpretation: true)).DynamicInvoke(args)!; }
        catch (System.Reflection.TargetInvocationException) { return null; }
    }

    // Each condition is turned into a delegate once, not once per fact it is tried on.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<LambdaExpression, Delegate> Compiled = new();

    private static bool Mentions(LambdaExpression e, string member) => new MemberFinder(member).Finds(e.Body);

    private static bool MentionsOf<T>(LambdaExpression e, string member) => new MemberFinder(member, typeof(T).Name).Finds(e.Body);

    private sealed class MemberFinder(string member, string? owner = null) : ExpressionVisitor
    {
        private bool _found;
        public bool Finds(Expression e) { Visit(e); return _found; }
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Member.Name == member && node.Expression is ParameterExpression p
                && (owner is null ? p.Type.Name is nameof(Information) or nameof(Item) : p.Type.Name == owner)) _found = true;
            return base.VisitMember(node);
        }
    }

    // The conditions that say something of the facts; the joins that tie one fact to another are structure, not words.
    private static string Words(IEnumerable<LambdaExpression> conditions) => Phrases.List(conditions.Where(c => !IsJoin(c.Body)).Select(c => Said(Sentence(c.Body))));

    // The showing's value said as the doctrine says it: a harm shown with specific facts.
    private static string Said(string sentence) => sentence
        .Replace("the showing of the harm claimed is specific or generalized", "the harm claimed is shown with specific facts or at least described", StringComparison.Ordinal)
        .Replace("the showing of the harm claimed is specific", "the harm claimed is shown with specific facts", StringComparison.Ordinal);

    private static bool IsJoin(Expression e) => e is BinaryExpression { NodeType: ExpressionType.Equal, Left: MemberExpression { Expression: ParameterExpression l }, Right: MemberExpression { Expression: ParameterExpression r } } && l.Name != r.Name;

    // A condition as a reader would say it: "the showing is specific", "the item is not protective order only".
    private static string Sentence(Expression e) => e switch
    {
        UnaryExpression { NodeType: ExpressionType.Not } u => Negate(Sentence(u.Operand)),
        BinaryExpression { NodeType: ExpressionType.AndAlso } b => $"{Sentence(b.Left)} and {Sentence(b.Right)}",
        BinaryExpression { NodeType: ExpressionType.OrElse } b => Either(Sentence(b.Left), Sentence(b.Right)),
        BinaryExpression { NodeType: ExpressionType.Equal or ExpressionType.NotEqual } b =>
            $"{Operand(b.Left)} {(b.NodeType == ExpressionType.Equal ? "is" : "is not")} {Operand(b.Right, EnumType(b.Left))}",
        BinaryExpression b when b.NodeType is ExpressionType.GreaterThanOrEqual or ExpressionType.LessThan =>
            $"{Operand(b.Left)} is {(b.NodeType == ExpressionType.LessThan ? "before" : "on or after")} {Operand(b.Right)}",
        MethodCallExpression { Method.Name: nameof(HarmClaim.ComesFromTheDesignator) } => "the showing is made by the party that designated the material",
        MethodCallExpression m => $"{string.Join(" and ", m.Arguments.Select(a => Operand(a)).Concat(m.Object is null ? Array.Empty<string>() : [Operand(m.Object)]))} {Split(m.Method.Name).Replace("is ", "", StringComparison.Ordinal)}",
        // A flag whose name is no sentence ("protective order only") is said as a reader would.
        MemberExpression { Member.Name: nameof(Item.ProtectiveOrderOnly) } => "the item rests only on a protective-order designation",
        MemberExpression { Member.Name: nameof(Item.NotSubmitted) } => "the documents were not put before the court",
        MemberExpression m when m.Type == typeof(bool) && m.Member.Name.StartsWith("Is", StringComparison.Ordinal) => $"{Owner(m)} is {Split(m.Member.Name[2..])}",
        MemberExpression m when m.Type == typeof(bool) => $"{Owner(m)} is {Split(m.Member.Name)}",
        _ => e.ToString(),
    };

    // "the kind is safety or the kind is privacy" said as "the kind is safety or privacy".
    private static string Either(string left, string right)
    {
        var cut = left.IndexOf(" is ", StringComparison.Ordinal);
        return cut > 0 && right.StartsWith(left[..(cut + 4)], StringComparison.Ordinal) && !left.Contains(" and ", StringComparison.Ordinal)
            ? $"{left} or {right[(cut + 4)..]}"
            : $"{left} or {right}";
    }

    private static string Negate(string sentence) => sentence switch
    {
        "the item rests only on a protective-order designation" => "the item rests on more than a protective-order designation",
        "the documents were not put before the court" => "the documents are put before the court",
        _ => NegateIs(sentence),
    };

    private static string NegateIs(string sentence) => sentence.Contains(" is not ", StringComparison.Ordinal)
        ? sentence.Replace(" is not ", " is ", StringComparison.Ordinal)
        : sentence.Contains(" is ", StringComparison.Ordinal) ? ReplaceFirst(sentence, " is ", " is not ") : "not: " + sentence;

    private static string ReplaceFirst(string s, string a, string b) { var i = s.IndexOf(a, StringComparison.Ordinal); return s[..i] + b + s[(i + a.Length)..]; }

    // An enum compared as its number (the compiler converts both sides): the enum the other side is.
    private static Type? EnumType(Expression e) => e is UnaryExpression { NodeType: ExpressionType.Convert } u
        ? Nullable.GetUnderlyingType(u.Operand.Type) ?? u.Operand.Type
        : null;

    private static string Operand(Expression e, Type? enumType = null) => e switch
    {
        ConstantExpression { Value: null } => "unstated",
        ConstantExpression { Value: int n } when enumType is { IsEnum: true } => Split(Enum.GetName(enumType, n) ?? n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ConstantExpression c => c.Value is Enum v ? Split(v.ToString()) : Convert.ToString(c.Value, System.Globalization.CultureInfo.InvariantCulture)!,
        UnaryExpression { NodeType: ExpressionType.Convert } u => Operand(u.Operand),
        MemberExpression { Expression: null } s => Split(s.Member.Name),
        MemberExpression m => $"the {Split(m.Member.Name)} of {Owner(m)}",
        ParameterExpression p => $"the {Noun(p.Type)}",
        _ => e.ToString(),
    };

    private static string Owner(MemberExpression m) => m.Expression is ParameterExpression p ? $"the {Noun(p.Type)}" : Operand(m.Expression!);

    private static string Noun(Type t) => t.Name switch
    {
        nameof(HarmClaim) => "harm claimed",
        nameof(Information) => "information",
        nameof(ItemStandard) => "item",
        nameof(LawDate) => "date of the law applied",
        _ => Split(t.Name),
    };

    private static string Split(string pascal) => Kebab.Of(pascal).Replace('-', ' ');
}
