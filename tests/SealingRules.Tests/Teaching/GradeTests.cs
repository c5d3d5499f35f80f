using Newtonsoft.Json.Linq;
using SealingRules.Contract;
using SealingRules.Teaching;
using SealingRules.Tests.Examples;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

public sealed class GradeTests
{
    private static string Folder(string slug) => Path.Combine(Repo.Examples, slug);

    // The engine's own answer, every field, in the answers file's shape.
    internal static string EngineAnswers(string folder)
    {
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(folder, "request.json")));
        return new JObject
        {
            ["motions"] = new JArray(result.Motions.Select(m => new JObject
            {
                ["id"] = m.Id, ["standard"] = Kebab(m.Standard), ["disposition"] = Kebab(m.Disposition), ["withoutPrejudice"] = m.WithoutPrejudice,
                ["items"] = new JArray(m.Items.Select(i => new JObject
                {
                    ["id"] = i.Id, ["outcome"] = Kebab(i.Outcome), ["redact"] = new JArray(i.Redact),
                    ["showings"] = new JArray(i.Showings.Select(sh => new JObject { ["harm"] = sh.Harm, ["showing"] = Kebab(sh.Showing) })),
                })),
            })),
        }.ToString();
    }

    private static string Kebab<T>(T v) where T : struct, Enum => Model.Kebab.Of(v);

    public static TheoryData<string> Agreeing()
    {
        var listed = Disagreements.Load();
        var data = new TheoryData<string>();
        foreach (var e in ExampleCase.All().Where(e => !listed.Any(k => k.StartsWith(e.Slug + "/", StringComparison.Ordinal)))) data.Add(e.Slug);
        return data;
    }

    [Theory]
    [MemberData(nameof(Agreeing))]
    public void TheEnginesOwnAnswer_ScoresFullMarks(string slug)
    {
        var grade = Shared.Service.Grade(Folder(slug), EngineAnswers(Folder(slug)));
        // A paragraph the exercise asks the student to write is no part of the engine's own answer: it stays unwritten.
        var paragraphs = grade.Misses.Count(m => m.Field.StartsWith("statements[", StringComparison.Ordinal) && m.Unanswered);

        Assert.DoesNotContain(grade.Misses, m => !m.Field.StartsWith("statements[", StringComparison.Ordinal));
        Assert.Equal(grade.Max - paragraphs, grade.Score);
        Assert.Equal(slug.Contains("write-the-declaration", StringComparison.Ordinal) ? 1 : 0, paragraphs);
        Assert.True(grade.Max > 0);
    }

    [Fact]
    public void AWrongOutcome_LosesTheMark_AndTheMissNamesTheItemARuleAndAnAuthority()
    {
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), """
            { "motions": [ { "id": "ECF 290", "standard": "compelling-reasons", "items": [ { "id": "ex-pi-43", "outcome": "seal" }, { "id": "ex-pi-41", "outcome": "redact", "redact": ["ex-pi-41-phones"] } ] } ] }
            """);

        Assert.Equal(3, grade.Score);
        Assert.Equal(grade.Max - 4, grade.Misses.Count(m => m.Unanswered)); // every question of the key not answered is missed
        var miss = Assert.Single(grade.Misses, m => !m.Unanswered);
        Assert.Equal(("ex-pi-43", "item", "outcome", "public", "seal"), (miss.Target, miss.TargetKind, miss.Field, miss.Expected, miss.Given));
        Assert.False(string.IsNullOrEmpty(miss.Rule));
        Assert.NotEmpty(miss.Authorities);
        Assert.Contains("generalized", miss.Explanation);
        Assert.StartsWith("If the movant supported its claim", miss.RightIf);
    }

    [Fact]
    public void AMissOnAMotion_HasTheMotionsIdAsItsTarget_AsTheContractPrintsIt()
    {
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), """
            { "motions": [ { "id": "ECF 290", "standard": "good-cause", "items": [ { "id": "ex-pi-43", "outcome": "seal" } ] } ] }
            """);

        // The counterfactual: the relation to the merits under which good cause would govern, re-decided by the engine.
        Assert.StartsWith("Your answer would be right if the filing did not ask the court to decide the claims", grade.Misses.First(m => m.Field == "standard" && m.TargetKind == "motion").RightIf);
        var json = JObject.Parse(Newtonsoft.Json.JsonConvert.SerializeObject(grade, Json.Settings));
        var targets = json["misses"]!.Where(m => m["unanswered"] is null).Select(m => ((string)m["target"]!, (string)m["targetKind"]!)).ToList();
        Assert.Equal([("ECF 290", "motion"), ("ex-pi-43", "item")], targets);
    }

    [Fact]
    public void APartialAnswer_IsMarkedOnlyOnWhatItAnswers_AndAWrongRedactionIsExplained()
    {
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), """
            { "motions": [ { "id": "ECF 314", "items": [ { "id": "ex-cc-reply-4", "redact": ["waitlist-names", "waitlist-gender"] } ] } ] }
            """);

        Assert.Equal(0, grade.Score);
        var miss = Assert.Single(grade.Misses, m => !m.Unanswered);
        Assert.Equal("redact", miss.Field);
        Assert.Contains("gender", miss.Explanation);
    }

    [Theory]
    [InlineData("ecf 290", "EX-PI-43")]
    [InlineData("ECF-290", "ex pi 43")]
    public void AnIdCopiedWithOtherCaseOrPunctuation_IsTheExercisesOwn(string motion, string item)
    {
        // "Doc 43" for "Doc. 43": a student's typing, not another motion; the miss names the exercise's own ids.
        var grade = Shared.Service.Grade(Folder("al-otro-lado-2019"), $$"""{ "motions": [ { "id": "{{motion}}", "items": [ { "id": "{{item}}", "outcome": "seal" } ] } ] }""");

        var miss = Assert.Single(grade.Misses, m => !m.Unanswered && m.Field == "outcome");
        Assert.Equal("ex-pi-43", miss.Target);
    }

    [Theory]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-43", "outcome": "sealed" } ] } ] }""", "invalid-value", "motions[0].items[0].outcome")]
    [InlineData("""{ "motions": [ { "id": "ECF 2900" } ] }""", "unknown-reference", "motions[0].id")]
    [InlineData("""{ "motions": [ { "id": "ECF 999" } ] }""", "unknown-reference", "motions[0].id")]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-43", "score": 3 } ] } ] }""", "invalid-value", "motions[0].items[0].score")]
    [InlineData("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-41", "redact": ["waitlist-names"] } ] } ] }""", "unknown-reference", "motions[0].items[0].redact[0]")]
    [InlineData("{ \"motions\": [ ", "invalid-json", null)]
    public void AMalformedAnswersFile_IsRefusedWithTheErrorBody(string answers, string code, string? path)
    {
        var e = Assert.Throws<ContractException>(() => Shared.Service.Grade(Folder("al-otro-lado-2019"), answers));

        Assert.Equal(code, e.Error.Code);
        if (path is not null) Assert.Equal(path, e.Error.Path);
        Assert.NotNull(e.Error.Line);
    }
}

public sealed class ExerciseTests
{
    private static IEnumerable<ExampleCase> Exercises => ExampleCase.All().Where(e => e.Slug.StartsWith("exercises/", StringComparison.Ordinal));

    [Fact]
    public void TwelveExercisesOrMore_EachWithACaseFile_TouchEveryDoctrineFolder()
    {
        var exercises = Exercises.ToList();
        Assert.True(exercises.Count >= 12, $"{exercises.Count} exercises");
        Assert.All(exercises, e => Assert.True(File.Exists(Path.Combine(e.Folder, "exercise.md")), e.Slug));
        var book = SealingRules.Engine.RuleBook.Load();
        var touched = exercises.SelectMany(e => Shared.Service.Evaluate(e.RequestJson).Motions)
            .SelectMany(m => m.Reasoning.Select(s => s.Rule).Concat(m.Items.SelectMany(i => i.Reasoning.Select(s => s.Rule)
                .Concat(i.Showings.SelectMany(w => w.Because).Select(b => b.Rule)))))
            .Select(rule => book[rule].Type.Namespace!.Split('.').Last()).ToHashSet();
        // Doctrine folders only: authorities and Procedure hold data the rules and the check read, not rules.
        var folders = Directory.GetDirectories(Path.Combine(Repo.Root, "rules")).Select(Path.GetFileName).Where(f => f is not ("authorities" or "Procedure" or "bin" or "obj")).ToList();

        Assert.All(folders, f => Assert.Contains(f!, touched));
    }

    [Fact]
    public void AWrongAnswerToAnExercise_LosesMarks()
    {
        var folder = Exercises.First().Folder;
        var request = Shared.Reader.Read(File.ReadAllText(Path.Combine(folder, "request.json")));
        var item = request.Items[0];
        var wrong = $$"""{ "motions": [ { "id": "{{item.MotionId}}", "items": [ { "id": "{{item.Id}}", "outcome": "seal" } ] } ] }""";

        var grade = Shared.Service.Grade(folder, wrong);

        Assert.Equal(0, grade.Score);
        Assert.NotEmpty(Assert.Single(grade.Misses, m => !m.Unanswered).Authorities);
    }

    // A miss cites what a report of the case would: the disposition "without prejudice" is the deciding court's own call,
    // so a D. Arizona exercise is not told it on an S.D. Cal. order; an S.D. Cal. exercise is (the near miss).
    [Theory]
    [InlineData("17-a-confidentiality-clause", false)]
    [InlineData("01-no-reason-offered", true)]
    public void AMissedDisposition_CitesAnotherDistrictsOrder_OnlyInThatDistrict(string exercise, bool sameDistrict)
    {
        var folder = Path.Combine(Repo.Examples, "exercises", exercise);
        var motion = (string)JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")))["motions"]![0]!["id"]!;

        var grade = Shared.Service.Grade(folder, $$"""{ "motions": [ { "id": "{{motion}}", "withoutPrejudice": false } ] }""");

        var miss = Assert.Single(grade.Misses, m => m.Field == "withoutPrejudice" && !m.Unanswered);
        Assert.StartsWith("remedy/", miss.Rule, StringComparison.Ordinal);
        Assert.Contains("without prejudice", miss.Explanation, StringComparison.Ordinal);
        Assert.Equal(sameDistrict, miss.Authorities.Any(a => a.Cite.Contains("(S.D. Cal.", StringComparison.Ordinal)));
    }

    [Fact]
    public void OneAnswerOutOfTheKeysQuestions_MarksTheOthersMissed_EachWithTheReasoningItTests()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "01-no-reason-offered");
        var key = JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var motion = (JObject)key["motions"]![0]!;
        var questions = motion.Properties().Count(p => p.Name is "standard" or "disposition" or "withoutPrejudice")
            + motion["items"]!.Sum(i => ((JObject)i).Properties().Count(p => p.Name is "standard" or "outcome" or "redact"));

        var grade = Shared.Service.Grade(folder, $$"""{ "motions": [ { "id": "{{motion["id"]}}", "standard": "{{motion["standard"]}}" } ] }""");

        Assert.Equal((1, questions), (grade.Score, grade.Max));
        Assert.Equal(questions - 1, grade.Misses.Count);
        Assert.All(grade.Misses, m => Assert.True(m.Unanswered && m.Given.Length == 0 && m.Explanation.Length > 0, m.Field));
        Assert.Contains("not answered", SealingRules.Reports.GradeReport.Render("01-no-reason-offered", [("you", grade)]), StringComparison.Ordinal);
    }

    public static TheoryData<string> ExerciseFolders()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(Repo.Examples, "exercises")).Order(StringComparer.Ordinal)) data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExerciseFolders))]
    public void EveryStudent_IsMarkedOutOfTheSameQuestions_WhateverTheyLeaveBlank(string slug)
    {
        // A blank submission, and one that gives outcomes but never says which information is redacted, are marked
        // out of every question the key asks: the redaction question counts whether or not it is answered.
        var folder = Path.Combine(Repo.Examples, "exercises", slug);
        var key = JObject.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var motions = ((JArray)key["motions"]!).Cast<JObject>().ToList();
        var questions = motions.Sum(m => m.Properties().Count(p => p.Name is "standard" or "disposition" or "withoutPrejudice")
            + (m["items"] as JArray ?? []).Cast<JObject>().Sum(i => i.Properties().Count(p => p.Name is "standard" or "outcome")
                + ((string?)i["outcome"] == "redact" ? 1 : 0) + ((i["statementsAsked"] as JArray)?.Count ?? 0) + ((i["showings"] as JArray)?.Count ?? 0)));
        var outcomesOnly = new JObject
        {
            ["motions"] = new JArray(motions.Select(m => new JObject
            {
                ["id"] = m["id"],
                ["items"] = new JArray((m["items"] as JArray ?? []).Cast<JObject>().Where(i => i["outcome"] is not null).Select(i => new JObject { ["id"] = i["id"], ["outcome"] = i["outcome"] })),
            })),
        };

        var blank = Shared.Service.Grade(folder, "{}");
        var partial = Shared.Service.Grade(folder, outcomesOnly.ToString());

        Assert.Equal((0, questions), (blank.Score, blank.Max));
        Assert.Equal(questions, partial.Max);
        Assert.All(partial.Misses.Where(m => m.Field == "redact"), m => Assert.True(m.Unanswered && m.Explanation.Length > 0));
    }

    [Fact]
    public void TheDeclarationParagraph_LeftUnwritten_IsMissed_AndOneThatTakesItsReasonBack_IsNotRight()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration");
        const string motion = "EA admin. motion to seal TX 80 (Oct. 22, 2008)";
        string Answer(string? paragraph) => new JObject
        {
            ["motions"] = new JArray(new JObject
            {
                ["id"] = motion, ["standard"] = "compelling-reasons",
                ["items"] = new JArray(paragraph is null ? new JObject { ["id"] = "tx-80", ["outcome"] = "public" }
                    : new JObject { ["id"] = "tx-80", ["outcome"] = "public", ["statements"] = new JArray(new JObject { ["harm"] = 0, ["statement"] = paragraph }) }),
            }),
        }.ToString();

        var unwritten = Shared.Service.Grade(folder, Answer(null));
        var conceded = Shared.Service.Grade(folder, Answer("EA already published these royalty rates in its annual report, so competitors would use them to undercut our bids."));
        var embarrassed = Shared.Service.Grade(folder, Answer("Disclosure would embarrass EA because fans would learn how little the retired players receive in royalty rates."));

        Assert.Equal((2, 6), (unwritten.Score, unwritten.Max));
        var blank = Assert.Single(unwritten.Misses, m => m.Field == "statements[0]");
        Assert.True(blank.Unanswered);
        Assert.StartsWith("No paragraph was written.", blank.Explanation, StringComparison.Ordinal);
        Assert.Equal("none", Assert.Single(conceded.Misses, m => m.Field == "statements[0]").Given);
        Assert.Contains("already public", conceded.Misses.Single(m => m.Field == "statements[0]").Explanation, StringComparison.Ordinal);
        Assert.Equal("generalized", Assert.Single(embarrassed.Misses, m => m.Field == "statements[0]").Given);
        var words = SealingRules.Reports.GradeReport.Render("14-write-the-declaration", [("a", unwritten), ("b", conceded)]);
        Assert.Contains("item tx-80, the declaration paragraph | 2 of 2 | 1 |", words, StringComparison.Ordinal);
        Assert.DoesNotContain("statements[0]", words, StringComparison.Ordinal);
        Assert.Contains("**item tx-80, the declaration paragraph**: your paragraph shows no reason at all; it needs to read as *specific*.", words, StringComparison.Ordinal);
    }

    [Fact]
    public void AnotherOutcome_AnswersTheRedactionQuestion_WrongNotBlank_ButAPrejudiceLeftBlankIsUnanswered()
    {
        var folder = Path.Combine(Repo.Examples, "al-otro-lado-2019");
        var grade = Shared.Service.Grade(folder, """
            { "motions": [ { "id": "ECF 290", "disposition": "granted", "items": [ { "id": "ex-pi-41", "outcome": "seal" } ] } ] }
            """);

        var redact = Assert.Single(grade.Misses, m => m.Target == "ex-pi-41" && m.Field == "redact");
        Assert.False(redact.Unanswered);
        Assert.Equal("", redact.Given);
        // "granted" is no answer to whether a denial is without prejudice: the field left blank is unanswered.
        var prejudice = Assert.Single(grade.Misses, m => m.Target == "ECF 290" && m.Field == "withoutPrejudice");
        Assert.True(prejudice.Unanswered);
        Assert.Equal("", prejudice.Given);
        var words = SealingRules.Reports.GradeReport.Render("al-otro-lado-2019", [("you", grade)]);
        // Said as the outcome the student chose: sealing the whole document is not "nothing redacted" to them.
        Assert.Contains("**item ex-pi-41, what is redacted**: you answered *the whole document sealed*, so nothing redacted", words, StringComparison.Ordinal);
        Assert.Contains("**motion ECF 290, without prejudice**: not answered; the answer is *yes, without prejudice*", words, StringComparison.Ordinal);
        Assert.DoesNotContain("other facts: Your answer would be right", words, StringComparison.Ordinal);
    }

    [Fact]
    public void APrejudiceMiss_SaysWhyTheDenialIsWithoutPrejudice_NotOnlyWhatTheDispositionIs()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "12-al-otro-lado");

        var grade = Shared.Service.Grade(folder, """{ "motions": [ { "id": "ECF 314", "withoutPrejudice": false } ] }""");

        var miss = Assert.Single(grade.Misses, m => m.Field == "withoutPrejudice" && !m.Unanswered);
        Assert.StartsWith("A denial is without prejudice where what is lacking is a showing the movant can still make", miss.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AnAnswersFileWithATrailingOrMissingComma_IsRefused_SayingWhereAndWhy()
    {
        var seed = Path.Combine(Repo.Examples, "al-otro-lado-2019");
        var trailing = Assert.Throws<ContractException>(() => Shared.Service.Grade(seed, "{ \"motions\": [ { \"id\": \"ECF 290\", \"standard\": \"good-cause\", } ] }"));
        var missing = Assert.Throws<ContractException>(() => Shared.Service.Grade(seed, "{ \"motions\": [ { \"id\": \"ECF 290\"\n \"standard\": \"good-cause\" } ] }"));

        Assert.Equal("invalid-json", trailing.Error.Code);
        Assert.Equal("invalid-json", missing.Error.Code);
        Assert.Equal(2, missing.Error.Line);
        Assert.DoesNotContain("request", trailing.Error.Message + missing.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AClass_IsStillGraded_WhenOneFileIsMalformed_AndThatFileIsNamedWithItsError()
    {
        var dir = Directory.CreateTempSubdirectory("grade-class-");
        try
        {
            var folder = Path.Combine(Repo.Examples, "exercises", "01-no-reason-offered");
            var good = Path.Combine(dir.FullName, "good.json");
            var bad = Path.Combine(dir.FullName, "bad.json");
            var blank = Path.Combine(dir.FullName, "blank.json");
            File.WriteAllText(good, GradeTests.EngineAnswers(folder));
            File.WriteAllText(bad, """{ "motions": [ { "id": "ECF 999" } ] }""");
            File.WriteAllText(blank, "{}");
            var output = new StringWriter();
            var error = new StringWriter();

            var code = await SealingRules.Cli.CommandLine.RunAsync(["grade", folder, good, bad, blank, "--format", "markdown"], new StringReader(""), output, error);

            Assert.Equal(2, code);
            Assert.Contains("good.json", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("blank.json", output.ToString(), StringComparison.Ordinal);
            // The malformed file keeps its row in the class table, with why it was not graded.
            Assert.Contains("bad.json | not graded: ", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("bad.json", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("unknown-reference", error.ToString(), StringComparison.Ordinal);
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void ADeclarationParagraph_IsGradedByItsReading_AndAMissSaysWhatItNeeds()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration");
        static string Answer(string words) => ParagraphAnswer.For("EA admin. motion to seal TX 80 (Oct. 22, 2008)", "tx-80", words);

        var weak = Shared.Service.Grade(folder, Answer("The agreement is highly confidential and must stay sealed."));
        var strong = Shared.Service.Grade(folder, Answer(
            "Exhibit 80 sets out the per-unit royalty rates and guaranteed minimum payments EA pays. Competing publishers and other licensors "
            + "would use those rates to undercut EA's bids and to demand the same terms in their own negotiations with EA."));

        // The answer key's five other questions (standard, disposition, prejudice, outcome, how particular the declaration
        // is) are left blank: missed.
        Assert.Equal((0, 6), (weak.Score, weak.Max));
        Assert.Equal(5, weak.Misses.Count(m => m.Unanswered));
        var miss = Assert.Single(weak.Misses, m => !m.Unanswered);
        Assert.Equal("statements[0]", miss.Field);
        Assert.StartsWith("particularity/", miss.Rule, StringComparison.Ordinal);
        Assert.Contains("benchmark", miss.RightIf!, StringComparison.Ordinal);
        Assert.Equal((1, 6), (strong.Score, strong.Max));
        // In words, the paragraph is said to read as a value, not to be an answer, and what it lacks is what it needs.
        var words = SealingRules.Reports.GradeReport.Render("14-write-the-declaration", [("you", weak)]);
        Assert.Contains("your paragraph reads as *conclusory*; it needs to read as *specific*.", words, StringComparison.Ordinal);
        Assert.Contains("What it still needs: ", words, StringComparison.Ordinal);
        Assert.DoesNotContain("you answered *conclusory*", words, StringComparison.Ordinal);
    }

    // A paragraph that names the category of terms only to call it secret or confidential is a label, not content the
    // exhibit is shown to hold: it did pass as specific, and a student learned nothing from the grade.
    [Theory]
    [InlineData("EA keeps its licensing terms secret.", "conclusory")]
    [InlineData("The royalty rates EA pays are highly confidential and disclosure would harm EA's competitive position.", "generalized")]
    [InlineData("The royalty rates are confidential.", "conclusory")]
    public void AParagraphThatOnlyLabelsTheTerms_IsMissed_WithWhatItNeeds(string words, string read)
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration");
        var answer = ParagraphAnswer.For("EA admin. motion to seal TX 80 (Oct. 22, 2008)", "tx-80", words);

        var miss = Assert.Single(Shared.Service.Grade(folder, answer).Misses, m => m.Field == "statements[0]");

        Assert.Equal(read, miss.Given);
        Assert.Contains("royalty rates, lump sums or payment terms themselves", miss.RightIf!, StringComparison.Ordinal);
    }

    // A class graded in one run says which questions it missed most, and how many left each blank.
    [Fact]
    public void AClass_IsToldWhichQuestionsItMissedMost()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "17-a-confidentiality-clause");
        var blank = Shared.Service.Grade(folder, """{ "motions": [ { "id": "Doc. 43", "disposition": "granted", "items": [ { "id": "tapestry-settlement-agreement", "outcome": "seal" } ] } ] }""");
        var close = Shared.Service.Grade(folder, """{ "motions": [ { "id": "Doc. 43", "disposition": "denied", "withoutPrejudice": true, "items": [ { "id": "tapestry-settlement-agreement", "outcome": "public" }, { "id": "tapestry-msj", "outcome": "seal" } ] } ] }""");

        var words = SealingRules.Reports.GradeReport.Render("17-a-confidentiality-clause", [("a", blank), ("b", close)]);

        Assert.Contains("| item tapestry-msj, outcome | 2 of 2 | 1 |", words, StringComparison.Ordinal);
        Assert.Contains("| motion Doc. 43, disposition | 1 of 2 | 0 |", words, StringComparison.Ordinal);
        Assert.True(words.IndexOf("tapestry-msj, outcome | 2 of 2", StringComparison.Ordinal) < words.IndexOf("disposition | 1 of 2", StringComparison.Ordinal));
        Assert.DoesNotContain("| question |", SealingRules.Reports.GradeReport.Render("17-a-confidentiality-clause", [("a", blank)]), StringComparison.Ordinal);
    }

    // A student's section cites as one document does: an authority in full once, then short, its pins joined in one cite.
    [Fact]
    public void AGradesCitations_JoinAnAuthoritysPins_AndGoShortAfterTheFirst()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration");
        var grade = Shared.Service.Grade(folder, """{ "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", "items": [ { "id": "tx-80", "outcome": "seal" } ] } ] }""");

        var words = SealingRules.Reports.GradeReport.Render("14-write-the-declaration", [("you", grade)]);

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(words, "Kamakana v\\. City & Cnty\\. of Honolulu"));
        Assert.DoesNotContain("(9th Cir. 2006)*; *Kamakana v.", words, StringComparison.Ordinal);
    }

    [Fact]
    public void AParagraphForAHarmTheItemDoesNotHave_IsRefused()
    {
        var folder = Path.Combine(Repo.Examples, "exercises", "14-write-the-declaration");
        const string answer = """{ "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", "items": [ { "id": "tx-80", "statements": [ { "harm": 3, "statement": "x" } ] } ] } ] }""";

        var e = Assert.Throws<SealingRules.Contract.ContractException>(() => Shared.Service.Grade(folder, answer));
        Assert.Equal("motions[0].items[0].statements[0].harm", e.Error.Path);
    }
}
