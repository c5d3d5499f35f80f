using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Model;
using SealingRules.WhatIf;

namespace SealingRules.Teaching;

/// <summary>
/// Grades a student's answers to an exercise: every question the answer key (expected.json) asks is one mark, answered
/// or not; a field the key is silent on is not marked. Each miss names what was expected, the rule and the
/// authorities that decide it, the reasoning in words, and (from the what-if) the fact that would make the student's
/// answer right.
/// </summary>
public sealed class Grader(SealingEngine engine, RequestReader reader)
{
    /// <summary>Grades the answers; throws <see cref="ContractException"/> on a malformed answers file.</summary>
    public GradeResult Grade(Exercise exercise, string answersJson)
    {
        var request = reader.Read(exercise.RequestJson);
        return Grade(exercise, request, AnswersReader.Read(answersJson, request));
    }

    /// <summary>Grades the answers of a <c>POST /api/grade</c> body; errors in them are placed in the body as sent.</summary>
    public GradeResult Grade(Exercise exercise, GradeRequest body)
    {
        var request = reader.Read(exercise.RequestJson);
        return Grade(exercise, request, AnswersReader.Read(body.Answers, request, "answers"));
    }

    private GradeResult Grade(Exercise exercise, SealingRequest request, Answers answers)
    {
        var result = engine.Evaluate(request);
        var scope = new Scope(request.Court, request.CaseNumber, result.Labels);
        var whatIf = new Lazy<WhatIfResult>(() => new WhatIfSearch(engine, reader).Run(exercise.RequestJson));
        var marks = new List<Mark>();
        var misses = new List<Miss>();
        foreach (var answer in WithEveryQuestion(answers.Motions, exercise.Expected))
        {
            var motion = result.Motions.Single(m => m.Id == answer.Id);
            var court = (exercise.Expected["motions"] as JArray ?? []).FirstOrDefault(m => (string?)m["id"] == answer.Id) as JObject;
            var target = new Target(answer.Id, "motion");
            // Only the questions the answer key asks are marked; one the student left blank is missed (Unanswered).
            if (Value(court, "standard") is { } cs)
            {
                if (answer.Standard is { } std)
                    Check(target, "standard", cs, Kebab.Of(std), Kebab.Of(motion.Standard), MotionStandard, () => StandardIf(exercise.RequestJson, answer.Id, std), Note(court, "standard"));
                else Unanswered(target, "standard", cs, MotionStandard, Note(court, "standard"));
            }
            if (Value(court, "disposition") is { } cd)
            {
                if (answer.Disposition is { } disposition) Check(target, "disposition", cd, Kebab.Of(disposition), Kebab.Of(motion.Disposition), MotionDisposition, note: Note(court, "disposition"));
                else Unanswered(target, "disposition", cd, MotionDisposition, Note(court, "disposition"));
            }
            if (Value(court, "withoutPrejudice") is { } cw)
            {
                // Left blank it is unanswered, whatever the disposition given (README: blank is unanswered, given empty).
                if (answer.WithoutPrejudice is { } wp) Check(target, "withoutPrejudice", cw, Lower(wp), Lower(motion.WithoutPrejudice), MotionPrejudice, note: Note(court, "withoutPrejudice"));
                else Unanswered(target, "withoutPrejudice", cw, MotionPrejudice, Note(court, "withoutPrejudice"));
            }

            (string, IReadOnlyList<CitationResult>, string) MotionStandard() => Because(motion.Reasoning.Where(s => s.Rule.StartsWith("standard/", StringComparison.Ordinal)).ToList(), scope);
            // The disposition follows from the documents' outcomes: said as the rule it is, then why each came out as it did.
            (string, IReadOnlyList<CitationResult>, string) MotionDisposition()
            {
                var (rule, authorities, explanation) = Because(motion.Reasoning.Where(s => s.Rule.StartsWith("remedy/denied", StringComparison.Ordinal) || s.Rule.StartsWith("remedy/granted", StringComparison.Ordinal)).ToList(), scope);
                var items = motion.Items.Select(i => (Item: i, Why: Outcome(i, i.Relief == Model.Relief.Full ? "public" : "seal", scope))).Where(x => x.Why.Item3.Length > 0).Take(2).ToList();
                var lead = "A motion is granted where every document gets the relief asked, granted in part where some do, and denied where none does: the disposition follows from what each document is owed, not from how strong the motion reads as a whole.";
                // Each document is named before its reasons, and a sentence said for one is not said again for the next;
                // what renewing the motion takes is the prejudice question's, so the disposition says only its first sentence.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var why = string.Join(" ", items.Select(x => (Name: DocumentName(result, x.Item.Id), Said: Unsaid(x.Why.Item3, seen)))
                    .Where(x => x.Said.Length > 0).Select(x => items.Count > 1 ? $"As to {x.Name}: {Phrases.AfterColon(x.Said)}" : x.Said));
                var said = explanation.Length > 0 ? Reports.ReportOutline.FirstSentence(explanation) : "";
                return (rule.Length > 0 ? rule : items.Select(x => x.Why.Item1).FirstOrDefault() ?? "",
                    [.. authorities.Concat(items.SelectMany(x => x.Why.Item2)).DistinctBy(a => a.Cite)], $"{lead} {said} {why}".Trim());
            }
            // Whether a denial is without prejudice turns on whether the defect is one the movant can still cure.
            (string, IReadOnlyList<CitationResult>, string) MotionPrejudice()
            {
                var (rule, authorities, explanation) = Because(motion.Reasoning.Where(s => s.Rule.StartsWith("remedy/", StringComparison.Ordinal)).Take(1).ToList(), scope);
                // The disposition itself is the other question's answer; what renewing takes is this one's.
                if (Value(court, "disposition") is not null && explanation.StartsWith("No item receives the relief requested", StringComparison.Ordinal))
                    explanation = explanation[Reports.ReportOutline.FirstSentence(explanation).Length..].TrimStart();
                var lead = motion.Disposition == Model.Disposition.Granted
                    ? "A motion granted in full leaves nothing to renew, so prejudice does not arise."
                    : motion.WithoutPrejudice
                        ? "A denial is without prejudice where what is lacking is a showing the movant can still make: it may come back with the specific facts the standard asks for."
                        : "A denial is with prejudice where no fuller showing could change the answer.";
                return (rule, authorities, $"{lead} {explanation}".TrimEnd());
            }

            foreach (var itemAnswer in answer.Items)
            {
                var item = motion.Items.Single(i => i.Id == itemAnswer.Id);
                var courtItem = (court?["items"] as JArray ?? []).FirstOrDefault(i => (string?)i["id"] == item.Id) as JObject;
                var it = new Target(item.Id, "item");
                (string, IReadOnlyList<CitationResult>, string) ItemStandard() => Because(item.Reasoning.Where(s => s.Rule.StartsWith("access/", StringComparison.Ordinal)).Concat(motion.Reasoning.Where(s => s.Rule.StartsWith("standard/", StringComparison.Ordinal))).Take(2).ToList(), scope);
                if (Value(courtItem, "standard") is { } cis)
                {
                    if (itemAnswer.Standard is { } istd) Check(it, "standard", cis, Kebab.Of(istd), Kebab.Of(item.Standard), ItemStandard, note: Note(courtItem, "standard"));
                    else Unanswered(it, "standard", cis, ItemStandard, Note(courtItem, "standard"));
                }
                var expectedOutcome = Value(courtItem, "outcome");
                if (expectedOutcome is not null && itemAnswer.Outcome is { } outcome)
                {
                    var given = Kebab.Of(outcome);
                    Check(it, "outcome", expectedOutcome, given, Kebab.Of(item.Outcome), () => Outcome(item, given, scope),
                        () => whatIf.Value.Items.Single(i => i.Id == item.Id).Changes.FirstOrDefault(c => Kebab.Of(c.Outcome) == given
                            && (itemAnswer.Redact is null || c.Redact.Order(StringComparer.Ordinal).SequenceEqual(itemAnswer.Redact.Order(StringComparer.Ordinal))))?.Explanation,
                        Note(courtItem, "outcome"));
                }
                else if (expectedOutcome is not null)
                    Unanswered(it, "outcome", expectedOutcome, () => Outcome(item, item.Outcome == Model.Outcome.Public ? "seal" : "public", scope), Note(courtItem, "outcome"));
                // How particular a harm's showing is, where the answer key asks it ("showings": [{ harm, showing }]).
                foreach (var keyed in (courtItem?["showings"] as JArray ?? []).OfType<JObject>())
                {
                    var harm = (int)keyed["harm"]!;
                    var expectedShowing = (string)keyed["showing"]!;
                    var reading = item.Showings.FirstOrDefault(sh => sh.Harm == harm);
                    var field = $"showings[{harm}]";
                    // The words that decide the reading, then (where it falls short) what would make it specific.
                    (string, IReadOnlyList<CitationResult>, string) Read() => reading is { Because.Count: > 0 }
                        ? (reading.Because[^1].Rule, reading.Because[^1].Authorities, string.Join(" ", reading.Because.Select(b => b.Finding))
                            + (reading.ToBeSpecific is { Count: > 0 } needs && expectedShowing != "specific" ? " To be read as specific, the declaration would need this: " + Phrases.AfterColon(string.Join(" ", needs)) : ""))
                        : ("", [], "");
                    if (itemAnswer.Showings.FirstOrDefault(a => a.Harm == harm) is { } judged)
                        Check(it, field, expectedShowing, Kebab.Of(judged.Showing), reading is null ? "" : Kebab.Of(reading.Showing), Read, note: Note(courtItem, "showings"));
                    else Unanswered(it, field, expectedShowing, Read, Note(courtItem, "showings"));
                }
                // A paragraph is asked where expected.json's "statementsAsked" lists its harm: written, it is graded; not, missed.
                var asked = (courtItem?["statementsAsked"] as JArray ?? []).Select(h => (int)h).ToList();
                foreach (var written in itemAnswer.Statements.Where(w => asked.Contains(w.Harm)))
                    GradeStatement(it, item.Id, written);
                foreach (var harm in asked.Where(h => itemAnswer.Statements.All(w => w.Harm != h)))
                    Unanswered(it, $"statements[{harm}]", "specific", () => Unwritten(item, harm, scope));
                // Which information is redacted is asked wherever the answer is a redaction; left blank, it is missed.
                if (expectedOutcome == "redact")
                {
                    var expected = (courtItem?["redact"] as JArray)?.Select(t => (string)t!).ToList() ?? (item.Outcome == Model.Outcome.Redact ? item.Redact.ToList() : []);
                    var engineSays = item.Outcome == Model.Outcome.Redact ? string.Join(", ", item.Redact.Order(StringComparer.Ordinal)) : "";
                    if (itemAnswer.Redact is { } redact)
                    {
                        // What the student left out first (what the question tests), then what they added.
                        var wrong = expected.Except(redact).Concat(redact.Except(expected)).ToList();
                        Check(it, "redact", string.Join(", ", expected.Order(StringComparer.Ordinal)), string.Join(", ", redact.Order(StringComparer.Ordinal)), engineSays,
                            () => Because(wrong.Select(id => Narrowest(item, id)).Where(s => s is not null).Cast<StepResult>().Distinct().ToList(), scope));
                    }
                    // An outcome other than redaction answers this question too: nothing redacted, which is wrong here.
                    else if (expected.Count > 0 && itemAnswer.Outcome is { } answered && answered != Model.Outcome.Redact)
                        Check(it, "redact", string.Join(", ", expected.Order(StringComparer.Ordinal)), "", engineSays,
                            () => Because(expected.Select(id => Decisive(item, id)).Where(s => s is not null).Cast<StepResult>().Take(2).ToList(), scope));
                    else if (expected.Count > 0)
                        Unanswered(it, "redact", string.Join(", ", expected.Order(StringComparer.Ordinal)),
                            () => Because(expected.Select(id => Decisive(item, id)).Where(s => s is not null).Cast<StepResult>().Take(2).ToList(), scope));
                }
            }
        }
        return new GradeResult(marks.Count(m => m.Right), marks.Count, misses) { Marks = marks };

        // A declaration paragraph is right when the engine reads it as the particular showing the standard asks for;
        // a miss says what the words rest on and what they would need to say (from the rules that did not find them so).
        void GradeStatement(Target target, string itemId, StatementAnswer written)
        {
            var shown = Rewritten(exercise.RequestJson, itemId, written);
            var read = engine.Evaluate(reader.Read(shown)).Motions.SelectMany(m => m.Items).Single(i => i.Id == itemId).Showings[written.Harm];
            var given = Kebab.Of(read.Showing);
            var right = read.Showing == Model.Showing.Specific;
            marks.Add(new Mark(target.Id, $"statements[{written.Harm}]", right) { TargetKind = target.Kind });
            if (right) return;
            var decided = read.Because[^1];
            var explanation = string.Join(" ", read.Because.Select(b => b.Finding));
            misses.Add(new Miss(target.Id, $"statements[{written.Harm}]", "specific", given, decided.Rule, decided.Authorities, explanation)
            {
                TargetKind = target.Kind,
                RightIf = read.ToBeSpecific is { Count: > 0 } needs ? string.Join(" ", needs) : null,
            });
        }

        // A paragraph not written: what the exercise's own words rest on, and what a paragraph would need to say.
        static (string, IReadOnlyList<CitationResult>, string) Unwritten(ItemResult item, int harm, Scope scope)
        {
            if (item.Showings.FirstOrDefault(s => s.Harm == harm) is not { Because.Count: > 0 } read) return Because([], scope);
            var needs = read.ToBeSpecific is { Count: > 0 } n ? " What a paragraph needs: " + Phrases.AfterColon(string.Join(" ", n).TrimStart()) : "";
            return (read.Because[^1].Rule, read.Because[^1].Authorities, $"No paragraph was written. The declaration as given: {string.Join(" ", read.Because.Select(b => b.Finding))}{needs}");
        }

        // A question left blank: missed, with the reasoning that answers it (what an unanswered question tests).
        void Unanswered(Target target, string field, string expected, Func<(string Rule, IReadOnlyList<CitationResult> Authorities, string Explanation)> why, string? note = null)
        {
            marks.Add(new Mark(target.Id, field, false) { TargetKind = target.Kind });
            var (rule, authorities, explanation) = why();
            explanation = Taught(note, explanation);
            misses.Add(new Miss(target.Id, field, expected, "", rule, authorities, explanation) { TargetKind = target.Kind, Unanswered = true });
        }

        void Check(Target target, string field, string expected, string given, string engineSays, Func<(string Rule, IReadOnlyList<CitationResult> Authorities, string Explanation)> why, Func<string?>? rightIf = null, string? note = null)
        {
            var right = expected == given;
            marks.Add(new Mark(target.Id, field, right) { TargetKind = target.Kind });
            if (right) return;
            var (rule, authorities, explanation) = why();
            explanation = Taught(note, explanation);
            if (engineSays != expected)
                explanation = $"The court's answer is {expected}; the engine would say {engineSays}, and the exercise's file says why the two differ. " + explanation;
            misses.Add(new Miss(target.Id, field, expected, given, rule, authorities, explanation) { TargetKind = target.Kind, RightIf = rightIf?.Invoke() });
        }
    }

    // Why an item comes out as it does, against the outcome the student gave: the rulings on the information the
    // student's outcome would have treated the other way.
    private static (string, IReadOnlyList<CitationResult>, string) Outcome(ItemResult item, string given, Scope scope)
    {
        var withheld = item.Outcome == Model.Outcome.Seal ? item.Redact.Concat(item.Disclose).ToHashSet() : item.Redact.ToHashSet();
        var disputed = given switch
        {
            "seal" => item.Disclose,            // the student would have withheld what stays public
            "public" => withheld.ToList(),      // the student would have disclosed what is withheld
            _ => item.Outcome == Model.Outcome.Seal ? item.Disclose.Concat(item.Redact).ToList() : item.Disclose.Concat(item.Redact).ToList(),
        };
        var steps = disputed.Select(id => Decisive(item, id)).Where(s => s is not null).Cast<StepResult>().Take(2).ToList();
        var tailoring = item.Reasoning.LastOrDefault(s => s.Rule.StartsWith("tailoring/", StringComparison.Ordinal));
        if (tailoring is not null) steps.Add(tailoring);
        return Because(steps, scope);
    }

    // The finding that decides a piece of information: of those with authorities that lean the way it went, the one the
    // weighing rests on (its ruling restates the deciding findings), else the first. Officials' email addresses stay
    // public because the accounts are official, not because a privacy claim was conclusory.
    private static StepResult? Decisive(ItemResult item, string infoId)
    {
        var way = item.Outcome == Model.Outcome.Seal || item.Redact.Contains(infoId) ? Leans.Secrecy : Leans.Access;
        var steps = item.Reasoning.Where(s => s.Concerns.Contains(infoId) && s.Leans == way).ToList();
        var cited = steps.Where(s => s.Authorities.Count > 0).ToList();
        // Only these weighing rules restate the findings they rest on; the presumption's ruling says only that none sufficed.
        var ruling = steps.LastOrDefault(s => s.Rule is "weighing/access-required" or "weighing/public-interest-prevails" or "weighing/sufficient-reason");
        var reasons = cited.Where(s => !s.Rule.StartsWith("weighing/", StringComparison.Ordinal)).ToList();
        if (ruling is not null && reasons.Count > 1)
        {
            var said = Words(ruling.Finding);
            return reasons.OrderByDescending(s => Words(s.Finding).Count(said.Contains)).First();
        }
        return cited.FirstOrDefault() ?? steps.LastOrDefault();
    }

    // A document as the case file names it: its exhibit or short title, else its id.
    private static string DocumentName(SealingResult result, string itemId)
        => result.ItemNames.TryGetValue(itemId, out var title) ? Phrases.ShortOrWhole(title) : itemId;

    // The sentences of a text not said already (recorded in seen as they are said).
    private static string Unsaid(string text, HashSet<string> seen)
        => string.Join(" ", System.Text.RegularExpressions.Regex.Split(text, @"(?<=[.;])\s+(?=[A-Z])").Where(sentence => seen.Add(sentence.Trim())));

    // For a piece the student redacted wrongly or left out: the finding that concerns it most narrowly (the identifying
    // details, not the whole list's persecution), so each miss says why that piece, not the list, goes its way.
    private static StepResult? Narrowest(ItemResult item, string infoId)
    {
        var way = item.Outcome == Model.Outcome.Seal || item.Redact.Contains(infoId) ? Leans.Secrecy : Leans.Access;
        var decisive = Decisive(item, infoId);
        // Of findings as narrow, the one the ruling rests on (the official accounts, not a conclusory privacy claim).
        return item.Reasoning.Where(s => s.Concerns.Contains(infoId) && s.Leans == way && s.Authorities.Count > 0 && !s.Rule.StartsWith("weighing/", StringComparison.Ordinal))
            .OrderBy(s => s.Concerns.Count).ThenBy(s => ReferenceEquals(s, decisive) ? 0 : 1).FirstOrDefault() ?? decisive;
    }

    private static HashSet<string> Words(string text)
        => text.Split([' ', ',', ';', ':', '.', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 5).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    // The authorities a miss prints are those a report of this case prints (CiteScope): never the case's own order, and
    // a disposition's only from the district deciding.
    private static (string, IReadOnlyList<CitationResult>, string) Because(List<StepResult> steps, Scope scope)
    {
        if (steps.Count == 0) return ("", [], "");
        var cited = steps.FirstOrDefault(s => s.Authorities.Count > 0) ?? steps[0];
        var printed = steps.SelectMany(s => Reports.CiteScope.Printed(s, scope.Court, scope.Case)).DistinctBy(a => a.Cite).ToList();
        // A finding made alike of several pieces is said once for them all, as the report says it.
        return (cited.Rule, printed, string.Join(" ", Reports.MergedFindings.Merge(steps, scope.Labels).Select(s => s.Finding).Distinct()));
    }

    /// <summary>Where the exercise is decided (for which citations print) and each piece's name (to say a finding once).</summary>
    private sealed record Scope(string? Court, string? Case, IReadOnlyDictionary<string, string> Labels);

    // What the exercise's author says the question tests (expected.json's "why", by field): the doctrine in the
    // teacher's words, said before the engine's reasoning on this record.
    private static string? Note(JObject? answerKey, string field) => (answerKey?["why"] as JObject)?[field] is JValue { Type: JTokenType.String } v ? (string?)v : null;

    private static string Taught(string? note, string explanation) => note is null ? explanation : $"{note} {explanation}".TrimEnd();

    private static string? Value(JObject? obj, string field) => obj?[field] switch
    {
        null => null,
        JValue { Type: JTokenType.Boolean } b => Lower((bool)b),
        var t => (string?)t,
    };

    // The counterfactual for a standard: the relation to the merits under which the student's standard would govern,
    // re-decided by the engine (never asserted), and said in words.
    private string? StandardIf(string requestJson, string motionId, Model.Standard wanted)
    {
        var root = JObject.Parse(requestJson);
        var motion = (JObject)root["motions"]!.First(m => (string?)m["id"] == motionId);
        var relation = wanted == Model.Standard.GoodCause ? "tangential" : "more-than-tangential";
        if ((string?)motion["relationToMerits"] == relation) return null;
        motion["relationToMerits"] = relation;
        var decided = engine.Evaluate(reader.Read(root.ToString())).Motions.Single(m => m.Id == motionId).Standard;
        // Before Center for Auto Safety (2016) courts asked whether a filing was dispositive, not how it related to the merits.
        var before = reader.Read(requestJson).AsOf < Model.LawDates.CenterForAutoSafety;
        return decided != wanted ? null : (wanted == Model.Standard.GoodCause, before) switch
        {
            (true, true) => "Your answer would be right if the filing were non-dispositive, as most discovery motions are: good cause would then govern.",
            (true, false) => "Your answer would be right if the filing did not ask the court to decide the claims or defenses themselves (only tangentially related to the merits, like most discovery motions): good cause would then govern.",
            (false, true) => "Your answer would be right if the filing were dispositive, or the record one of trial: compelling reasons would then govern.",
            _ => "Your answer would be right if the filing asked the court to decide the claims or defenses themselves (more than tangentially related to the merits): compelling reasons would then govern.",
        };
    }

    // The student's answers with every motion and item the answer key asks about, blank where the student gave none.
    private static List<MotionAnswer> WithEveryQuestion(IReadOnlyList<MotionAnswer> given, JObject expected)
    {
        var motions = given.ToList();
        foreach (var court in (expected["motions"] as JArray ?? []).OfType<JObject>())
        {
            var id = (string?)court["id"];
            if (id is null) continue;
            var at = motions.FindIndex(m => m.Id == id);
            if (at < 0) { motions.Add(new MotionAnswer(id, null, null, null, [])); at = motions.Count - 1; }
            var items = motions[at].Items.ToList();
            foreach (var itemId in (court["items"] as JArray ?? []).Select(i => (string?)i["id"]).OfType<string>())
                if (!items.Any(i => i.Id == itemId)) items.Add(new ItemAnswer(itemId, null, null, null));
            motions[at] = motions[at] with { Items = items };
        }
        return motions;
    }

    // What a mark is about: the id the contract prints, and whether it is a motion's or an item's.
    private readonly record struct Target(string Id, string Kind);

    private static string Lower(bool b) => b ? "true" : "false";

    /// <summary>The exercise's request with the student's words as the harm's statement, in place of any showing given.</summary>
    private static string Rewritten(string requestJson, string itemId, StatementAnswer written)
    {
        var root = JObject.Parse(requestJson);
        var item = root["motions"]!.SelectMany(m => m["items"]!).Single(i => (string?)i["id"] == itemId);
        var harm = (JObject)item["harms"]![written.Harm]!;
        harm.Remove("showing");
        harm["statement"] = written.Statement;
        return root.ToString();
    }
}
