using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Procedure;
using SealingRules.Tests.Support;

using Xunit;

namespace SealingRules.Tests.Procedure;

/// <summary>
/// The pre-filing check against each district's data: a filing that does everything meets every confirmed
/// requirement; one that misses a requirement in turn is missing exactly that one; with no filing facts nothing is met.
/// </summary>
public class ProcedureCheckTests
{
    private static readonly string[] FlagNames = [.. Shapes.Filing.Fields.Where(f => f.Kind == ValueKind.Boolean).Select(f => f.Name)];

    // Every version of every district, with a day it is in force on.
    public static TheoryData<string, string> Versions()
    {
        var data = new TheoryData<string, string>();
        foreach (var d in ProcedureBook.Shipped.Districts.Values.OrderBy(d => d.Court, StringComparer.Ordinal))
            foreach (var v in d.Versions)
                data.Add(d.Court, Iso(v.From ?? (v.Until ?? new DateOnly(2013, 10, 1)).AddYears(-1)));
        return data;
    }

    /// <summary>A strong motion (specific showings in declarations, for the movant's own and another party's material), filed as given.</summary>
    internal static JObject Request(string court, string day, JObject? filing)
    {
        var request = JObject.Parse($$"""
        {
          "schemaVersion": 1, "court": "{{court}}", "asOf": "{{day}}",
          "case": { "name": "Acme Corp. v. Widget Co.", "number": "3:20-cv-01234" },
          "motions": [ { "id": "ECF 50", "movant": "plaintiff", "underlyingFiling": "summary-judgment", "items": [
            { "id": "ex-1", "title": "Exhibit 1, supply agreement", "request": "redact",
              "information": [ { "id": "ex-1-prices", "kind": "pricing-terms", "about": "party" } ],
              "harms": [ { "kind": "competitive-harm", "showing": "specific", "evidence": "declaration" } ] },
            { "id": "ex-2", "title": "Exhibit 2, source code listing", "request": "seal", "designatedBy": "opposing-party",
              "information": [ { "id": "ex-2-code", "kind": "source-code", "about": "party" } ],
              "harms": [ { "kind": "trade-secret-disclosure", "showing": "specific", "evidence": "declaration", "offeredBy": "designating-party" } ] } ] } ]
        }
        """);
        if (filing is not null) request["filing"] = filing;
        return request;
    }

    /// <summary>Every filing fact done, on time, each item placed.</summary>
    internal static JObject FullFiling(string day)
    {
        var filing = new JObject();
        foreach (var flag in FlagNames) filing[flag] = true;
        filing["motionFiled"] = day;
        filing["designatingDeclarationDate"] = Iso(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).AddDays(1));
        filing["items"] = JArray.Parse("""[ { "id": "ex-1", "portions": "p. 4, lines 2-9", "exhibit": "ECF 50-2" }, { "id": "ex-2", "portions": "Entire document", "exhibit": "ECF 50-3" } ]""");
        return filing;
    }

    private static CheckResult Check(JObject request) => new PreFilingCheck().Run(Shared.Reader.Read(request.ToString()), Shared.Engine.Evaluate(Shared.Reader.Read(request.ToString())));

    [Theory]
    [InlineData("W.D. Wash.", "wawd-5g-5-briefs-rarely-sealed")]
    [InlineData("D. Nev.", "nvd-ia-10-5-seal-only-the-document")]
    public void A_brief_asked_sealed_whole_is_what_the_briefs_rule_flags_not_a_weak_exhibit(string court, string line)
    {
        var request = Request(court, "2024-03-01", FullFiling("2024-03-01"));
        var items = (JArray)request["motions"]![0]!["items"]!;
        // A weak exhibit is the showing's line to flag, not this one.
        items.Add(JObject.Parse("""{ "id": "ex-3", "request": "seal", "information": [ { "id": "ex-3-plan", "kind": "business-strategy", "about": "party" } ], "harms": [ { "kind": "competitive-harm", "showing": "generalized", "evidence": "declaration" } ] }"""));
        Assert.Equal(Status.Met, Check(request).Procedure.Requirements.Single(r => r.Id == line).Status);

        items.Add(JObject.Parse("""{ "id": "brief", "title": "the opposition brief", "request": "seal", "refersTo": ["ex-1-prices"], "information": [ { "id": "brief-prices", "kind": "pricing-terms", "about": "party" } ] }"""));
        var flagged = Check(request).Procedure.Requirements.Single(r => r.Id == line);
        Assert.Equal(Status.Missing, flagged.Status);
        Assert.Contains("the opposition brief is a brief asked to be sealed whole", flagged.Why, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_strong_motion_gets_the_relief_it_asks_for()
    {
        var result = Shared.Engine.Evaluate(Shared.Reader.Read(Request("N.D. Cal.", "2024-03-01", null).ToString()));
        Assert.All(result.Motions.SelectMany(m => m.Items), i => Assert.Equal(Model.Relief.Full, i.Relief));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_filing_that_does_everything_meets_every_confirmed_requirement(string court, string day)
    {
        var check = Check(Request(court, day, FullFiling(day)));
        var version = ProcedureBook.Shipped.Districts[court].InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))!;
        Assert.Equal(version.Rules, check.Procedure.Rules);
        // Where the district's text has no step for another party's material, the check says so, to verify.
        foreach (var uncovered in check.Procedure.Requirements.Where(l => l.Id == "others-material-not-covered"))
            Assert.Equal(Status.Verify, uncovered.Status);
        foreach (var line in check.Procedure.Requirements.Where(l => l.Id != "others-material-not-covered"))
        {
            var r = version.Requirements.Concat(ProcedureBook.Shipped.Federal.Versions.SelectMany(v => v.Requirements)).Single(q => q.Id == line.Id);
            var expected = !r.Verified ? Status.Verify : (r.Fact is null && r.Derive is null && r.Deadline is null) ? Status.Unknown : Status.Met;
            Assert.True(expected == line.Status, $"{court} {day} {line.Id}: {line.Status}, expected {expected} ({line.Why})");
        }
        Assert.Contains(check.Procedure.Requirements, l => l.Rule.StartsWith("Fed. R. Civ. P. 5.2", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void Missing_each_requirement_in_turn_is_reported_missing_with_its_rule(string court, string day)
    {
        var version = ProcedureBook.Shipped.Districts[court].InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))!;
        // A judge's standing order applies only before that judge (JudgeStandingOrderTests).
        foreach (var r in version.Requirements.Where(r => r.Verified && r.Fact is not null && ProcedureBook.JudgeWhen(r.When) is null))
        {
            var filing = FullFiling(day);
            filing[r.Fact!] = false;
            var check = Check(Request(court, day, filing));
            var line = check.Procedure.Requirements.Single(l => l.Id == r.Id);
            Assert.True(line.Status == Status.Missing, $"{court} {r.Id}: {line.Status} with {r.Fact} false");
            Assert.Equal(r.Rule, line.Rule);
            // The other requirements that read other facts are untouched.
            Assert.All(check.Procedure.Requirements.Where(l => version.Requirements.Any(q => q.Id == l.Id && q.Verified && q.Fact is not null && q.Fact != r.Fact && q.Deadline is null)),
                l => Assert.Equal(Status.Met, l.Status));
        }
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void A_declaration_filed_late_is_missing_and_names_the_day_it_was_due(string court, string day)
    {
        var version = ProcedureBook.Shipped.Districts[court].InForceOn(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))!;
        foreach (var r in version.Requirements.Where(r => r.Verified && r.Deadline is not null))
        {
            var filing = FullFiling(day);
            var due = FilingDays.Due(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), r.Deadline!.Days);
            filing[r.Deadline.By] = Iso(due.AddDays(1));
            var line = Check(Request(court, day, filing)).Procedure.Requirements.Single(l => l.Id == r.Id);
            Assert.Equal(Status.Missing, line.Status);
            Assert.Equal(Iso(due), line.Deadline);
            filing[r.Deadline.By] = Iso(due);
            Assert.Equal(Status.Met, Check(Request(court, day, filing)).Procedure.Requirements.Single(l => l.Id == r.Id).Status);
        }
    }

    [Theory]
    [MemberData(nameof(Districts))]
    public void The_seeds_facts_in_each_district_give_the_substance_four_local_requirements_and_rule_5_2_and_nothing_met(string court)
    {
        var seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));
        seed["court"] = court;
        var json = JObject.Parse(Shared.Service.CheckToJson(seed.ToString()));
        Assert.Equal(4, ((JArray)json["motions"]!).Count);
        var procedure = (JArray)json["procedure"]!;
        Assert.True(procedure.Count(p => !((string)p["rule"]!).StartsWith("Fed. R.", StringComparison.Ordinal)) >= 4);
        Assert.Contains(procedure, p => ((string)p["rule"]!).StartsWith("Fed. R. Civ. P. 5.2", StringComparison.Ordinal));
        Assert.All(procedure, p => Assert.Contains((string)p["status"]!, Statuses));
        Assert.DoesNotContain(procedure, p => (string)p["status"]! == "met");
    }

    public static readonly TheoryData<string> Districts = ProcedureDataTests.Districts;

    private static readonly string[] Statuses = ["met", "missing", "unknown", "verify"];

    [Fact]
    public void Under_ND_Cals_2021_rule_an_all_no_filing_is_missing_the_alternative_and_says_the_table_and_versions_are_not_done()
    {
        var none = new JObject(FlagNames.Select(n => new JProperty(n, false))) { ["motionFiled"] = "2024-03-01" };
        var check = Check(Request("N.D. Cal.", "2024-03-01", none));
        var lines = check.Procedure.Requirements.ToDictionary(l => l.Id);

        Assert.Equal(Status.Missing, lines["ndcal-79-5-c1-iii-alternative"].Status);
        Assert.Equal("Civil L.R. 79-5(c)(1)(iii)", lines["ndcal-79-5-c1-iii-alternative"].Rule);
        Assert.DoesNotContain(check.Procedure.Requirements, l => l.Status == Status.Met && !l.Rule.StartsWith("Fed. R.", StringComparison.Ordinal));
        // Not yet confirmed in the current text: said so plainly, with what the facts show, and never where the project looked.
        foreach (var id in new[] { "ndcal-79-5-c3-table", "ndcal-79-5-unredacted-sealed" })
        {
            Assert.Equal(Status.Verify, lines[id].Status);
            Assert.Contains("is not done", lines[id].Why, StringComparison.Ordinal);
            Assert.DoesNotContain("courtrules", lines[id].Why, StringComparison.Ordinal);
            Assert.DoesNotContain("copy read", lines[id].Why, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_district_not_encoded_says_to_verify_its_rule()
    {
        var check = Check(Request("D. Guam", "2024-03-01", FullFiling("2024-03-01")));
        var line = Assert.Single(check.Procedure.Requirements, l => l.Id == "local-rule-not-encoded");
        Assert.Equal(Status.Verify, line.Status);
    }

    [Fact]
    public void A_filing_older_than_any_text_read_is_all_to_verify()
    {
        var earliest = ProcedureBook.Shipped.Districts.Values.SelectMany(d => d.Versions.Select(v => (d, v))).First(x => x.v.From is not null && x.d.InForceOn(x.v.From!.Value.AddDays(-1)) is null);
        var day = Iso(earliest.v.From!.Value.AddDays(-1));
        var check = Check(Request(earliest.d.Court, day, FullFiling(day)));
        Assert.All(check.Procedure.Requirements.Where(l => !l.Rule.StartsWith("Fed. R.", StringComparison.Ordinal)), l => Assert.Equal(Status.Verify, l.Status));
    }

    [Fact]
    public void A_weak_motion_gets_a_declaration_checklist_and_a_missing_showing()
    {
        var seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));
        seed["court"] = "N.D. Cal.";
        var check = Shared.Service.Check(seed.ToString());
        Assert.NotEmpty(check.DeclarationChecklist);
        var showing = Assert.Single(check.Procedure.Requirements, l => l.Id == "ndcal-2013-79-5-b-sealable");
        Assert.Equal(Status.Missing, showing.Status);
    }

    // A cure closes on what it concerns where that names something: "the internal opinions", never "the information",
    // which the sentence has already said.
    [Theory]
    [InlineData("other", false)]
    [InlineData("internal-opinions", true)]
    public void ACure_NamesWhatItConcerns_OnlyWhereThatSaysSomething(string kind, bool named)
    {
        var json = $$"""
            { "schemaVersion": 1, "asOf": "2024-01-01", "court": "N.D. Cal.", "motions": [ { "id": "m", "movant": "defendant", "underlyingFiling": "summary-judgment", "items": [
              { "id": "i", "request": "seal", "information": [ { "id": "p", "kind": "{{kind}}", "about": "party" } ],
                "harms": [ { "kind": "competitive-harm", "statement": "The emails were designated Confidential under the stipulated protective order." } ] } ] } ] }
            """;

        var markdown = SealingRules.Reports.CheckReport.Render(Shared.Service.Check(json));

        Assert.DoesNotContain("(as to the information)", markdown, StringComparison.Ordinal);
        Assert.Equal(named, markdown.Contains("(as to the internal opinions)", StringComparison.Ordinal));
    }

    [Fact]
    public void The_seeds_check_in_words_matches_snapshot_and_names_no_ids()
    {
        var seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));
        seed["court"] = "N.D. Cal.";
        seed["filing"] = JObject.Parse("""{ "motionFiled": "2019-10-01", "proposedOrder": true, "redactedPublicVersion": false, "designatingDeclarationFiled": true, "designatingDeclarationDate": "2019-10-09" }""");
        var markdown = SealingRules.Reports.CheckReport.Render(Shared.Service.Check(seed.ToString()));
        Assert.DoesNotContain("(ex-pi-41-opinions)", markdown, StringComparison.Ordinal);
        Assert.Contains("**missing**", markdown, StringComparison.Ordinal);
        // The request's field names are a program's: the JSON keeps them, the words a person reads do not.
        Assert.DoesNotContain("(`", markdown, StringComparison.Ordinal);
        Assert.Contains("(`redactedPublicVersion` is false)", Shared.Service.Check(seed.ToString()).Procedure.Requirements.Select(l => l.Why).First(w => w.Contains("redactedPublicVersion", StringComparison.Ordinal)), StringComparison.Ordinal);
        Snapshooter.Xunit.Snapshot.Match(markdown, Snapshooter.SnapshotNameExtension.Create("seed-check-nd-cal"));
    }

    [Fact]
    public void Requirements_no_filing_fact_can_show_are_listed_once_after_the_table_not_a_row_each()
    {
        var check = Shared.Service.Check(File.ReadAllText(Path.Combine(Repo.Examples, "apple-psystar-2012", "request.json")));
        var papersOnly = check.Procedure.Requirements.Where(l => l.PapersOnly == true).ToList();
        // The flag and the words agree: a program reads the flag, a person the words.
        Assert.All(check.Procedure.Requirements, l => Assert.Equal(l.Why == ProcedureCheck.NoFilingFactShowsIt, l.PapersOnly == true));
        var json = Newtonsoft.Json.Linq.JObject.Parse(Shared.Service.CheckToJson(File.ReadAllText(Path.Combine(Repo.Examples, "apple-psystar-2012", "request.json"))));
        Assert.All(json["procedure"]!, r => Assert.Equal((string?)r["why"] == ProcedureCheck.NoFilingFactShowsIt, r["papersOnly"] is { } flag && (bool)flag));
        Assert.True(papersOnly.Count >= 2, "Rule 5.2's exemptions, options and waiver are each unknown for want of a filing fact");
        var markdown = SealingRules.Reports.CheckReport.Render(check);
        var lines = markdown.Split('\n');
        Assert.DoesNotContain(lines, l => l.StartsWith('|') && l.Contains("No filing fact can show this", StringComparison.Ordinal));
        Assert.Single(lines, l => l.StartsWith("No filing fact can show these", StringComparison.Ordinal));
        foreach (var line in papersOnly)
            Assert.Single(lines, l => l == $"- {line.Rule}: {line.Requirement}");
        // A requirement that a fact can show, or that is unknown for another reason, stays in the table.
        var fiveTwoA = check.Procedure.Requirements.Single(l => l.Rule == "Fed. R. Civ. P. 5.2(a)");
        Assert.Equal(Status.Unknown, fiveTwoA.Status);
        Assert.Contains(lines, l => l.StartsWith("| unknown | Fed. R. Civ. P. 5.2(a) |", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The request does not give the date the period runs from (`motionFiled`), so the 7-day period cannot be counted.", "The request does not give the date the period runs from, so the 7-day period cannot be counted.")]
    [InlineData("Not done (`redactedPublicVersion` is false).", "Not done.")]
    [InlineData("are specific, but the request does not say they are made in a declaration (`evidence`: `declaration`); a court", "are specific, but the request does not say they are made in a declaration; a court")]
    [InlineData("The request gives no filing facts (`filing`), so no requirement can be shown met.", "The request gives no filing facts, so no requirement can be shown met.")]
    public void The_check_in_words_drops_the_field_names_a_program_reads(string why, string plain)
        => Assert.Equal(plain, SealingRules.Reports.CheckReport.Plain(why));

    [Theory]
    [InlineData(true, Status.Met)]
    [InlineData(false, Status.Missing)]
    [InlineData(null, Status.Unknown)]
    public void Rule_5_2_a_reads_whether_the_identifiers_are_redacted_and_names_the_items_holding_them(bool? redacted, Status expected)
    {
        var seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")));
        seed["filing"] = redacted is { } r ? new JObject { ["identifiersRedacted"] = r } : new JObject();
        var line = Shared.Service.Check(seed.ToString()).Procedure.Requirements.Single(l => l.Rule == "Fed. R. Civ. P. 5.2(a)");
        Assert.Equal(expected, line.Status);
        Assert.Contains("Ciudad Juarez waitlist", line.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Rule_5_2_a_where_nothing_described_is_an_identifier_says_so_without_contradicting_itself()
    {
        var line = Shared.Service.Check(Orders.MovantOrderTests.PriceTable).Procedure.Requirements.Single(l => l.Rule == "Fed. R. Civ. P. 5.2(a)");

        Assert.Equal(Status.Unknown, line.Status);
        Assert.StartsWith("None of the information described is a Rule 5.2(a) identifier; if the papers hold one anyway", line.Why, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "proposedOrdr": true }""", "filing.proposedOrdr", "unknown field")]
    [InlineData("""{ "motionFiled": "1 March 2024" }""", "filing.motionFiled", "YYYY-MM-DD")]
    [InlineData("""{ "proposedOrder": "yes" }""", "filing.proposedOrder", "true or false")]
    [InlineData("""{ "items": [ { "id": "ex-9" } ] }""", "filing.items[0].id", "not the id of any item")]
    public void A_bad_filing_fact_is_refused_whole_naming_its_path(string filing, string path, string says)
    {
        var request = Request("N.D. Cal.", "2024-03-01", JObject.Parse(filing));
        var e = Assert.Throws<ContractException>(() => Shared.Service.Check(request.ToString()));
        Assert.Equal(path, e.Error.Path);
        Assert.Contains(says, e.Error.Message, StringComparison.Ordinal);
        Assert.NotNull(e.Error.Line);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
