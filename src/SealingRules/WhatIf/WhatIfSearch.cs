using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;

namespace SealingRules.WhatIf;

/// <summary>
/// What would change each item's outcome: the facts the contract defines are moved one dimension at a time (two at a
/// time where no single change reaches the relief requested), and each change is re-decided by the engine itself.
/// Only the item a change touches is re-evaluated (an item's outcome reads nothing of the other items), with the
/// compiled rules, and items alike in every fact but their ids are evaluated once.
/// </summary>
public sealed class WhatIfSearch(SealingEngine engine, RequestReader reader)
{
    /// <summary>How many distinct one-item requests the last runs evaluated (for measurement).</summary>
    internal static int Evaluations;

    /// <summary>At most this many pairs are tried for an item that no single change helps.</summary>
    private const int MaxPairs = 150;

    /// <summary>The candidates pairs are drawn from, at most.</summary>
    private const int MaxPool = 18;

    /// <summary>The what-if of a request; throws <see cref="ContractException"/> if the request breaks the contract.</summary>
    public WhatIfResult Run(string requestJson)
    {
        var request = reader.Read(requestJson);
        // Why-not reads the claims the decision read: a harm given only in words is claimed at the showing read.
        var (result, decided) = engine.Decide(request);
        var root = JObject.Parse(requestJson);
        var cache = new System.Collections.Concurrent.ConcurrentDictionary<string, State>(StringComparer.Ordinal);
        var motions = (JArray)root["motions"]!;
        var work = motions.SelectMany((motion, m) => ((JArray)motion["items"]!).Select((item, i) => (Motion: (JObject)motion, M: m, Item: (JObject)item, I: i))).ToList();
        var items = new ItemWhatIf[work.Count];
        var contexts = work.Select(w => new Context(w.M, w.I, Mini(root, w.Motion, w.Item, request.AsOf), cache,
            ((JArray)w.Item["information"]!).Select(n => (string)n["id"]!).ToArray())).ToArray();
        // Items alike in every fact but their ids are searched once; the others take the same changes at their own paths.
        var searched = new System.Collections.Concurrent.ConcurrentDictionary<string, List<Found>>(StringComparer.Ordinal);
        var groups = Enumerable.Range(0, work.Count).GroupBy(k => Normalized((JObject)contexts[k].Mini.DeepClone())).ToList();
        // Distinct items are searched in parallel: each reads only its own facts, and the cache of evaluations is shared.
        Parallel.ForEach(groups, g =>
        {
            var k = g.First();
            var (motion, m, item, i) = work[k];
            var context = contexts[k];
            searched[g.Key] = Search(context, Evaluate(context, []), Candidates.For(motion, m, item, i).ToList());
        });
        for (var k = 0; k < work.Count; k++)
        {
            var (motion, m, item, i) = work[k];
            var context = contexts[k];
            var now = Evaluate(context, []);
            var candidates = Candidates.For(motion, m, item, i).ToList();
            // Named in every change: a long title is shortened to what a reader recognises it by (its exhibit number).
            var itemName = (string?)item["title"] is { } title ? Phrases.ShortTitle(title) : (string)item["id"]!;
            var changes = searched[Normalized((JObject)context.Mini.DeepClone())]
                .Select(f => ToChange(context, now, f.Via.Select(n => candidates[n]).ToArray(), f.State, f.Direction, itemName))
                .ToList();
            var itemResult = result.Motions[m].Items[i];
            var winsSealing = changes.Any(c => c.Direction == Direction.TowardRelief && c.Relief == Relief.Full);
            var narrowed = Narrowed(context, root, motion, m, item, i, itemResult, itemName);
            if (narrowed is not null) changes.Insert(0, narrowed);
            items[k] = new ItemWhatIf(itemResult.Id, itemResult.Outcome, changes)
            {
                Relief = itemResult.Relief,
                WhyNot = itemResult.Relief == Relief.Full ? null : WhyNotFinder.For(engine, decided, itemResult),
                // Narrowing wins the narrowed request, not what was asked: it does not answer whether anything wins that.
                WithinReach = itemResult.Relief == Relief.Full || winsSealing
                    ? null
                    : Reach.NoneWithin(request.Items.Single(x => x.Id == itemResult.Id).Request, narrowed is not null),
            };
        }
        return new WhatIfResult(items);
    }

    /// <summary>
    /// For an item that gets part of what it asked: the request narrowed to that part (<see cref="Narrowing"/>), where
    /// the engine, deciding it again, grants it in full.
    /// </summary>
    private Change? Narrowed(Context context, JObject root, JObject motion, int m, JObject item, int i, ItemResult now, string itemName)
    {
        if (now.Relief != Relief.Partial || now.Outcome != Outcome.Redact) return null;
        var withheld = now.Redact.ToHashSet(StringComparer.Ordinal);
        if (Narrowing.For(root, m, item, i, withheld) is not { } candidate) return null;
        var then = Evaluate(context, [candidate]);
        if (then.Relief != Relief.Full) return null;
        var kept = Enumerable.Range(0, context.InfoIds.Length).Where(n => withheld.Contains(context.InfoIds[n])).ToList();
        var keptWords = Phrases.List(kept.Select(n => context.Labels[n]).Distinct());
        var droppedWords = Phrases.List(Enumerable.Range(0, context.InfoIds.Length).Except(kept).Select(n => context.Labels[n]).Distinct());
        // The holding that keeps the part from the public says why the narrowed request is granted.
        var decisive = then.Result.Reasoning.Where(s => s.Leans == Leans.Secrecy).OrderBy(s => IsRuling(s) ? 0 : 1).FirstOrDefault() ?? then.Result.Reasoning[^1];
        var first = decisive.Finding.Split(". ")[0].TrimEnd('.');
        return new Change(candidate.Ops, then.Outcome, decisive.Rule,
            Narrowing.Explain((string?)item["request"] == "seal", keptWords, droppedWords, itemName, $"{char.ToLowerInvariant(first[0])}{first[1..]}"))
        {
            Direction = Direction.TowardRelief,
            Relief = Relief.Full,
            Redact = [.. kept.Select(n => context.InfoIds[n])],
            Dimensions = ["request"],
            Asks = candidate.Asks,
        };
    }

    /// <summary>A change found: the candidates it takes (by their place in the item's list), and what it gives.</summary>
    private sealed record Found(int[] Via, State State, Direction Direction);

    private List<Found> Search(Context context, State now, List<Candidate> all)
    {
        var candidates = all.Select((c, n) => (C: c, N: n)).ToList();
        var better = new List<(int[] Via, State State)>();
        var worse = new List<(int[] Via, State State)>();
        var touching = new List<(int Candidate, State State)>();
        // A dimension's search stops once it has shown both a way up and a way down.
        // Dimensions are searched in parallel (an item of many pieces of information is most of the work), and their
        // findings gathered in the dimensions' order, so the result does not depend on which finished first.
        var dimensions = candidates.GroupBy(c => (c.C.Dimension, c.C.Instance)).ToList();
        var perDimension = new (List<(int[], State)> Up, List<(int[], State)> Down, List<(int, State)> Touch)[dimensions.Count];
        Parallel.For(0, dimensions.Count, d =>
        {
            var (ups, downs, touches) = (new List<(int[], State)>(), new List<(int[], State)>(), new List<(int, State)>());
            bool up = false, down = false;
            foreach (var (candidate, n) in dimensions[d])
            {
                if (up && down) break;
                if (CannotMove(candidate, now)) continue;
                var state = Evaluate(context, [candidate]);
                var cmp = state.Score.CompareTo(now.Score);
                // Advice only from what the party controls; a fact nobody controls may go wrong, never be advice. Nor is
                // trading the reason given for another a risk: a party adds reasons, it never has to swap a good one.
                if (cmp > 0 && !up && candidate.Asks > Reach.Nobody && Minimal(context, [candidate], state)) { up = true; ups.Add(([n], state)); }
                else if (cmp < 0 && !down && candidate.Asks != Reach.NewReason) { down = true; downs.Add(([n], state)); }
                else if (cmp == 0 && !state.Rules.SetEquals(now.Rules)) touches.Add((n, state));
            }
            perDimension[d] = (ups, downs, touches);
        });
        foreach (var (ups, downs, touches) in perDimension)
        {
            better.AddRange(ups);
            worse.AddRange(downs);
            touching.AddRange(touches);
        }
        // Where the item lacks the full relief requested, every pair of changes within the party's control that does
        // better than either alone (subset-minimal: neither of its two reaches what the pair does).
        if (now.Relief != Relief.Full)
        {
            var pool = PairPool(candidates.Select(x => x.C).ToList(), better, touching);
            var tried = 0;
            for (var a = 0; a < pool.Count && tried < MaxPairs; a++)
                for (var b = a + 1; b < pool.Count && tried < MaxPairs; b++)
                {
                    var (ca, cb) = (all[pool[a]], all[pool[b]]);
                    if (ca.Instance == cb.Instance && ca.Dimension == cb.Dimension) continue;
                    // Words added to a reason are words for its harm: with another harm claimed instead, they say nothing.
                    if (ca.Instance == cb.Instance && IsWordsAndNewHarm(ca, cb)) continue;
                    tried++;
                    var (sa, sb) = (Evaluate(context, [ca]), Evaluate(context, [cb]));
                    var state = Evaluate(context, [ca, cb]);
                    if (state.Score > now.Score && state.Score > Math.Max(sa.Score, sb.Score) && Minimal(context, [ca, cb], state))
                        better.Add(([pool[a], pool[b]], state));
                }
        }
        // Full relief first, then what it asks of the party (Reach), then how much it withholds.
        int Asks(int[] via) => via.Sum(n => all[n].Asks);
        return better.OrderByDescending(b => b.State.Relief == Relief.Full).ThenBy(b => Asks(b.Via)).ThenByDescending(b => b.State.Score).ThenBy(b => b.Via.Length)
            .Select(b => new Found(b.Via, b.State, Direction.TowardRelief))
            .Concat(worse.OrderBy(w => w.State.Score).Select(w => new Found(w.Via, w.State, Direction.AwayFromRelief)))
            .ToList();
    }

    private static bool IsWordsAndNewHarm(Candidate a, Candidate b)
        => (a.Dimension, b.Dimension) is ("harm statement", "harm kind") or ("harm kind", "harm statement")
            // A new reason in words already sets both; nothing else about the same reason is added to it.
            || (a.Dimension == "harm kind and statement" && b.Dimension.StartsWith("harm ", StringComparison.Ordinal))
            || (b.Dimension == "harm kind and statement" && a.Dimension.StartsWith("harm ", StringComparison.Ordinal));

    // A candidate that sets two facts at once (a new harm and the words that show it) is offered only where each is
    // needed: where either alone does as well, the change is not subset-minimal and the simpler one stands for it.
    private bool Minimal(Context context, IReadOnlyList<Candidate> via, State state)
    {
        for (var k = 0; k < via.Count; k++)
        {
            // A single fact's candidate is minimal by itself; a pair of them is checked by the pair search.
            if (via[k].Ops.Count < 2) continue;
            foreach (var op in via[k].Ops)
            {
                var less = via.Select((c, j) => j == k ? c with { Ops = [.. c.Ops.Where(o => !ReferenceEquals(o, op))] } : c).ToList();
                if (Evaluate(context, less).Score >= state.Score) return false;
            }
        }
        return true;
    }

    // The changes pairs are drawn from: within the party's control, the strongest value of each fact (the first the
    // candidates list), those that already help, then those that move the reasoning; at most MaxPool.
    private static List<int> PairPool(List<Candidate> all, List<(int[] Via, State State)> better, List<(int Candidate, State State)> touching)
    {
        var strongest = all.Select((c, n) => (c, n)).Where(x => x.c.Asks > Reach.Nobody)
            .GroupBy(x => (x.c.Dimension, x.c.Instance)).Select(g => g.First().n);
        return better.Where(b => b.Via.Length == 1).Select(b => b.Via[0])
            .Concat(strongest)
            .Concat(touching.Select(t => t.Candidate).Where(n => all[n].Asks > Reach.Nobody))
            .Distinct().Take(MaxPool).ToList();
    }

    private static Change ToChange(Context context, State now, Candidate[] via, State then, Direction direction, string itemName)
    {
        var flipped = then.Withheld.Except(now.Withheld).Concat(now.Withheld.Except(then.Withheld)).ToList();
        var way = direction == Direction.TowardRelief ? Leans.Secrecy : Leans.Access;
        var decisive = then.Result.Reasoning
            .Where(s => s.Leans == way && flipped.Any(n => s.Concerns.Contains(Normal(n))))
            // What the change brought in says why it moves the outcome; a finding that was there before does not.
            .OrderBy(s => now.Rules.Contains(s.Rule) ? 1 : 0)
            .ThenBy(s => IsRuling(s) ? 1 : 0)
            .FirstOrDefault() ?? then.Result.Reasoning[^1];
        var redact = then.Outcome == Outcome.Redact ? then.Withheld.Order().Select(n => context.InfoIds[n]).ToList() : [];
        var outcomeWords = then.Outcome switch
        {
            Outcome.Seal => "filed under seal",
            Outcome.Redact => $"filed publicly with {Phrases.List(then.Withheld.Order().Select(n => context.Labels[n]).Distinct())} redacted{Leaving(context, then.Withheld)}",
            _ => "filed publicly, unredacted",
        };
        var condition = Phrases.List(via.Select(c => c.Description));
        var reason = Reason(decisive.Finding, condition);
        return new Change(via.SelectMany(c => c.Ops).ToList(), then.Outcome, decisive.Rule,
            reason is null
                ? $"If {condition}, {itemName} would be {outcomeWords}."
                : $"If {condition}, {itemName} would be {outcomeWords}: {char.ToLowerInvariant(reason[0])}{reason[1..]}.")
        {
            Direction = direction,
            Relief = then.Relief,
            Redact = redact,
            Dimensions = via.Select(c => c.Dimension).Distinct().ToList(),
            Asks = via.Sum(c => c.Asks),
        };
    }

    // The finding's first sentence says why, unless it only says the change again ("if the information were already
    // public …: the information is already public"): then its next sentence, or nothing.
    private static string? Reason(string finding, string condition)
    {
        var sentences = finding.Split(". ").Select(f => f.TrimEnd('.')).Where(f => f.Length > 0).ToList();
        var said = Reading.JudgedStatements.Tokens(condition).ToHashSet(StringComparer.Ordinal);
        bool Restates(string sentence) => Reading.JudgedStatements.Tokens(sentence).ToList() is { Count: > 0 } words
            && words.Count(said.Contains) * 10 >= words.Count * 6;
        return sentences.FirstOrDefault(f => !Restates(f));
    }

    // The court's own review can only keep a piece of information the way it already goes, if it finds for that way:
    // "innocuous" cannot make public what is public, nor "harmful" withhold what is withheld.
    private static bool CannotMove(Candidate candidate, State now)
    {
        if (candidate.Dimension != "court's own review") return false;
        var n = int.Parse(candidate.Instance[(candidate.Instance.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        var harmful = candidate.Ops[0].Value?.ToString() == "harmful";
        return harmful == now.Withheld.Contains(n);
    }

    private static bool IsRuling(StepResult s) => s.Rule.StartsWith("weighing/", StringComparison.Ordinal) || s.Rule == "rule-5-2/floor";

    private State Evaluate(Context context, IReadOnlyList<Candidate> via)
    {
        var ops = via.SelectMany(c => c.Ops).Select(o => o with { Path = Local(o.Path, context.M, context.I) });
        var normal = Normalized(JsonPatch.Apply(context.Mini, ops));
        if (context.Cache.TryGetValue(normal, out var hit)) return hit;
        Interlocked.Increment(ref Evaluations);
        var item = engine.Evaluate(reader.Read(normal)).Motions[0].Items[0];
        var withheld = item.Outcome == Outcome.Seal
            ? Enumerable.Range(0, context.InfoIds.Length).ToHashSet()
            : item.Redact.Select(id => int.Parse(id[1..], System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var state = new State(item.Outcome, item.Relief, withheld, item, item.Reasoning.Select(s => s.Rule).ToHashSet(StringComparer.Ordinal));
        context.Cache[normal] = state;
        return state;
    }

    // A path on the request as sent, on the one-item request the search evaluates.
    private static string Local(string path, int m, int i)
    {
        var item = $"/motions/{m}/items/{i}";
        if (path.StartsWith(item, StringComparison.Ordinal)) return "/motions/0/items/0" + path[item.Length..];
        var motion = $"/motions/{m}";
        return path.StartsWith(motion, StringComparison.Ordinal) ? "/motions/0" + path[motion.Length..] : path;
    }

    /// <summary>The motion with this item alone: its outcome reads nothing of the other items.</summary>
    private static JObject Mini(JObject root, JObject motion, JObject item, DateOnly asOf)
    {
        var m = new JObject();
        foreach (var p in motion.Properties().Where(p => p.Name != "items")) m[p.Name] = p.Value.DeepClone();
        var copy = (JObject)item.DeepClone();
        // The caption is left out (items alike are searched once), so what it says of the parties is written in.
        var infos = ((JArray)item["information"]!).Cast<JObject>().ToList();
        for (var n = 0; n < infos.Count; n++)
            if (infos[n]["partyType"] is null && PartyTypes.Of(infos[n]) is { } type)
                copy["information"]![n]!["partyType"] = Kebab.Of(type);
        m["items"] = new JArray(copy);
        var mini = new JObject { ["schemaVersion"] = 1, ["asOf"] = asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), ["motions"] = new JArray(m) };
        if (root["court"] is { } court) mini["court"] = court.DeepClone();
        return mini;
    }

    // Ids, titles and cross-references renamed away, so items alike in every fact are evaluated once.
    private static string Normalized(JObject mini)
    {
        var motion = (JObject)mini["motions"]![0]!;
        motion["id"] = "m";
        var item = (JObject)motion["items"]![0]!;
        // Who moves reaches an item's outcome only where a non-party moves on a non-party's designation.
        if (!((string?)motion["movant"] == "non-party" && (string?)item["designatedBy"] == "non-party")) motion["movant"] = "plaintiff";
        item["id"] = "i";
        item.Remove("title");
        item.Remove("refersTo");
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var infos = (JArray)item["information"]!;
        for (var n = 0; n < infos.Count; n++)
        {
            ids[(string)infos[n]["id"]!] = Normal(n);
            infos[n]["id"] = Normal(n);
        }
        foreach (var harm in item["harms"] as JArray ?? [])
            if (harm["information"] is JArray refs)
                harm["information"] = new JArray(refs.Select(r => ids[(string)r!]));
        return mini.ToString(Newtonsoft.Json.Formatting.None);
    }

    private static string Normal(int n) => "n" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A redaction says what stays public too: the parts named in the request that it leaves in the public version.
    private static string Leaving(Context context, HashSet<int> withheld)
    {
        var open = Enumerable.Range(0, context.InfoIds.Length).Where(n => !withheld.Contains(n)).Select(n => context.Labels[n]).Distinct()
            .Except(withheld.Select(n => context.Labels[n]), StringComparer.Ordinal).ToList();
        return open.Count == 0 ? "" : $", leaving {Phrases.List(open)} public";
    }

    private sealed record Context(int M, int I, JObject Mini, System.Collections.Concurrent.ConcurrentDictionary<string, State> Cache, string[] InfoIds)
    {
        // The filer's own name for a part where it gave one ("the price table"), else its kind ("the pricing terms").
        public string[] Labels { get; } = ((JArray)Mini["motions"]![0]!["items"]![0]!["information"]!)
            .Select(n => (string?)n["label"] is { Length: > 0 } own ? Phrases.Portion(own)
                : Phrases.The(Enum.GetValues<InformationKind>().First(k => Kebab.Of(k) == (string)n["kind"]!))).ToArray();
    }

    private sealed record State(Outcome Outcome, Relief Relief, HashSet<int> Withheld, ItemResult Result, HashSet<string> Rules)
    {
        /// <summary>More relief first, then more information withheld.</summary>
        public int Score => (Relief switch { Relief.Full => 2, Relief.Partial => 1, _ => 0 }) * 1000 + Withheld.Count;

        public bool SameOutcome(State other) => Outcome == other.Outcome && Withheld.SetEquals(other.Withheld);
    }
}
