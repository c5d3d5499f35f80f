using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Teaching;

/// <summary>
/// A miss teaches the doctrine its question tests: the author's word on why (expected.json's "why"), how particular a
/// declaration is (a question of its own), every piece of a redaction the student got wrong, and each document of a
/// disposition by name.
/// </summary>
public sealed class TeachingWordsTests
{
    private static string Folder(string slug) => Path.Combine(Repo.Examples, "exercises", slug);

    private static SealingRules.Teaching.GradeResult Grade(string slug, string answers) => Shared.Service.Grade(Folder(slug), answers);

    // The exercises whose questions ask how particular the showing is: their requests give the movant's words.
    [Theory]
    [InlineData("03-motion-to-quash-exhibit")]
    [InlineData("06-whole-document-or-narrow-redaction")]
    [InlineData("08-public-officials-names")]
    [InlineData("12-al-otro-lado")]
    [InlineData("15-called-privileged")]
    public void WhereTheQuestionIsHowParticularTheShowingIs_TheRequestGivesTheWords_NotTheAnswer(string slug)
    {
        var json = File.ReadAllText(Path.Combine(Folder(slug), "request.json"));
        Assert.DoesNotContain("\"showing\"", json, StringComparison.Ordinal);

        // Every harm is read from its words, and the exercise's items still come out as the court ruled.
        var result = Shared.Service.Evaluate(json);
        var expected = Newtonsoft.Json.Linq.JObject.Parse(File.ReadAllText(Path.Combine(Folder(slug), "expected.json")));
        foreach (var item in result.Motions.SelectMany(m => m.Items))
        {
            Assert.All(item.Showings!, s => Assert.Equal(SealingRules.Contract.ShowingSource.Read, s.Source));
            var key = expected.SelectTokens("$.motions[*].items[*]").First(t => (string?)t["id"] == item.Id);
            Assert.Equal((string?)key["outcome"], item.Outcome.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public void HealthRecordsPutAtIssue_NamedOnlyAsHealthRecords_StayPublic_AsTheCourtRuled()
    {
        // Exercise 10's ECF 458: the records on which the summary-judgment arguments rest, asked sealed whole for the
        // general confidentiality of health records. The words are read as naming health information; that is the
        // general claim the at-issue orders reject.
        var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(Folder("10-health-records-at-issue"), "request.json")));
        var item = result.Motions.SelectMany(m => m.Items).Single(i => i.Id == "garrett-exhibits");

        Assert.Equal(SealingRules.Contract.ShowingSource.Read, Assert.Single(item.Showings!).Source);
        Assert.Equal("Public", item.Outcome.ToString());
        Assert.Contains(item.Reasoning, s => s.Rule == "balancing/health-at-issue-nature-alone");
    }

    [Fact]
    public void AStandardMissed_OnAMotionToEnforceASettlement_SaysWhyItGoesToTheMerits()
    {
        var graded = Grade("01-no-reason-offered", """{ "motions": [ { "id": "Doc. 94", "standard": "good-cause" } ] }""");

        var miss = Assert.Single(graded.Misses, m => m.Field == "standard");
        Assert.StartsWith("A motion to enforce a settlement asks the court to hold the parties to terms that end the case", miss.Explanation, StringComparison.Ordinal);

        // Left blank, the same question is missed with the same teaching.
        var blank = Grade("01-no-reason-offered", """{ "motions": [ { "id": "Doc. 94" } ] }""");
        Assert.Contains(blank.Misses, m => m.Field == "standard" && m.Unanswered && m.Explanation.Contains("a substitute for trial", StringComparison.Ordinal));
    }

    [Fact]
    public void HowParticularTheDeclarationIs_IsAQuestionOfItsOwn_GradedAgainstTheKey_AndLeftBlankIsMissed()
    {
        const string Motion = "EA admin. motion to seal TX 80 (Oct. 22, 2008)";
        var right = Grade("14-write-the-declaration", $$"""{ "motions": [ { "id": "{{Motion}}", "items": [ { "id": "tx-80", "showings": [ { "harm": 0, "showing": "conclusory" } ] } ] } ] }""");
        Assert.Contains(right.Marks, m => m.Field == "showings[0]" && m.Right);

        var wrong = Grade("14-write-the-declaration", $$"""{ "motions": [ { "id": "{{Motion}}", "items": [ { "id": "tx-80", "showings": [ { "harm": 0, "showing": "specific" } ] } ] } ] }""");
        var miss = Assert.Single(wrong.Misses, m => m.Field == "showings[0]");
        Assert.Equal(("conclusory", "specific"), (miss.Expected, miss.Given));
        Assert.Contains("rests only on a confidentiality designation", miss.Explanation, StringComparison.Ordinal);
        Assert.Contains("To be read as specific, the declaration would need this: do not rest on the confidentiality designation", miss.Explanation, StringComparison.Ordinal);

        var blank = Grade("14-write-the-declaration", $$"""{ "motions": [ { "id": "{{Motion}}" } ] }""");
        Assert.Contains(blank.Misses, m => m.Field == "showings[0]" && m.Unanswered);
        // No other exercise's key asks it, so nothing else gains a question.
        Assert.DoesNotContain(Grade("01-no-reason-offered", """{ "motions": [] }""").Marks, m => m.Field.StartsWith("showings", StringComparison.Ordinal));
    }

    [Fact]
    public void AShowingThatIsNoValue_IsRefused_NamingTheField()
    {
        var e = Assert.Throws<SealingRules.Contract.ContractException>(() => Grade("14-write-the-declaration",
            """{ "motions": [ { "id": "EA admin. motion to seal TX 80 (Oct. 22, 2008)", "items": [ { "id": "tx-80", "showings": [ { "harm": 0, "showing": "very specific" } ] } ] } ] }"""));
        Assert.Equal("motions[0].items[0].showings[0].showing", e.Error.Path);
    }

    [Fact]
    public void ARedactionMiss_ExplainsThePiecesLeftOut_NotOnlyThePieceWronglyAdded()
    {
        var graded = Grade("12-al-otro-lado", """
            { "motions": [ { "id": "ECF 314", "items": [ { "id": "ex-cc-reply-4", "outcome": "redact", "redact": ["waitlist-names", "waitlist-birthdates", "waitlist-medical"] } ] } ] }
            """);

        var miss = Assert.Single(graded.Misses, m => m.Target == "ex-cc-reply-4" && m.Field == "redact");
        Assert.Contains("city of origin and occupation are details that", miss.Explanation, StringComparison.Ordinal);
        Assert.Contains("emergency contact and phone number", miss.Explanation, StringComparison.Ordinal);
        Assert.Contains("the medical information stays public", miss.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void ADispositionMiss_NamesEachDocumentItExplains_AndSaysNoSentenceTwice()
    {
        var graded = Grade("12-al-otro-lado", """{ "motions": [ { "id": "ECF 314", "disposition": "granted", "withoutPrejudice": false } ] }""");

        var disposition = Assert.Single(graded.Misses, m => m.Target == "ECF 314" && m.Field == "disposition");
        Assert.Contains("As to ", disposition.Explanation, StringComparison.Ordinal);
        var sentences = System.Text.RegularExpressions.Regex.Split(disposition.Explanation, @"(?<=\.)\s+").Where(x => x.Length > 20).ToList();
        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
        // The prejudice miss does not say the disposition again; it says what renewing takes.
        var prejudice = Assert.Single(graded.Misses, m => m.Target == "ECF 314" && m.Field == "withoutPrejudice");
        Assert.DoesNotContain("No item receives the relief requested", prejudice.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Say how disclosure would harm.", "say how disclosure would harm.")]
    [InlineData("If the movant showed it, the exhibit would be sealed.", "if the movant showed it, the exhibit would be sealed.")]
    [InlineData("Rule 5.2(a) requires the year only.", "Rule 5.2(a) requires the year only.")]
    [InlineData("Kamakana governs.", "Kamakana governs.")]
    [InlineData("Show, document by document, the specific harm.", "show, document by document, the specific harm.")]
    [InlineData("Kamakana, 447 F.3d at 1178, governs.", "Kamakana, 447 F.3d at 1178, governs.")]
    public void AClauseAfterAColon_IsLowerCased_ButANameKeepsItsCapital(string clause, string expected)
        => Assert.Equal(expected, SealingRules.Model.Phrases.AfterColon(clause));

    [Fact]
    public void ADispositionMiss_NamesEachDocumentByItsTitle_EvenWhereTheTitleHasNoShortForm()
    {
        // "Internal CBP email 'Field Office Queue Management Report February 22, 2019' (Ex. 8 to Opp'n)" has no short
        // form; the miss once fell back to its id ("As to ex-opp-8:").
        var graded = Grade("12-al-otro-lado", """{ "motions": [ { "id": "ECF 305", "disposition": "granted" } ] }""");

        var miss = Assert.Single(graded.Misses, m => m.Field == "disposition" && m.Target == "ECF 305");
        Assert.Contains("As to the internal CBP email", miss.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("As to ex-", miss.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void AReasonGivenForOneMiss_IsPointedTo_NotRepeated_InTheWords()
    {
        // Every item of the seed's exercise left blank: the email exhibits are missed for one reason, once printed ten times.
        var graded = Grade("12-al-otro-lado", """{ "motions": [ { "id": "ECF 290" }, { "id": "ECF 305" }, { "id": "ECF 311" }, { "id": "ECF 314" } ] }""");
        var words = SealingRules.Reports.GradeReport.Render("12-al-otro-lado", [("you", graded)]);

        Assert.Contains("The reason is the one given for item ", words, StringComparison.Ordinal);
        var paragraphs = words.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal) && !l.StartsWith("  *", StringComparison.Ordinal) && l.Length > 80).ToList();
        Assert.Equal(paragraphs.Count, paragraphs.Distinct(StringComparer.Ordinal).Count());
        // The JSON keeps each miss's reason in full.
        Assert.Contains(graded.Misses.GroupBy(m => m.Explanation), g => g.Count() > 1);
    }
}
