using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>
/// Sentences built as "X; that disclosure may lead to … does not compel sealing" read as broken grammar wherever they
/// print (reports, the what-if, the page). The audit checks what fired; this checks every template, fired or not.
/// </summary>
public sealed class SentenceShapeTests
{
    private static readonly string[] Sources = ["rules", "src"];

    [Theory]
    [InlineData("The movant fears embarrassment; that disclosure may lead to embarrassment, incrimination, reputational harm or exposure to further litigation does not, without more, compel sealing.")]
    [InlineData("The statement rests on an agreement; that the parties agreed to confidentiality does not by itself overcome the presumption.")]
    [InlineData("That the records are old is not a reason to seal them.")]
    public void AThatClauseAsSubject_IsCaught(string sentence) => Assert.Matches(ReasoningAudit.ThatClauseSubject, sentence);

    [Theory]
    [InlineData("The movant fears embarrassment. The mere fact that disclosure may lead to a litigant's embarrassment does not, without more, compel sealing.")]
    [InlineData("That does not put it in the public domain.")]
    [InlineData("The court finds the harm shown; that finding is the articulated factual basis a ruling needs.")]
    [InlineData("It ties the harm to the content; that is a particularized showing.")]
    public void ThatAsAPronounOrAfterANoun_IsNot(string sentence) => Assert.DoesNotMatch(ReasoningAudit.ThatClauseSubject, sentence);

    [Fact]
    public void AMotionWhoseIdNamesIt_IsNeverCalledMotionMotion()
    {
        var json = """
            { "schemaVersion": 1, "asOf": "2024-01-01", "motions": [ { "id": "Motion to seal Exhibit 3", "movant": "defendant", "underlyingFiling": "other",
              "items": [ { "id": "ex-3", "request": "seal", "information": [ { "id": "p", "kind": "pricing-terms", "about": "party" } ] } ] } ] }
            """;
        var result = Shared.Service.Evaluate(json);
        var markdown = SealingRules.Reports.MarkdownReport.Render(result);

        Assert.Contains("### Motion to seal Exhibit 3: ", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("otion Motion", markdown + string.Join(" ", result.Warnings.Select(w => w.Message)), StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Message.StartsWith("Motion to seal Exhibit 3:", StringComparison.Ordinal));
    }

    [Fact]
    public void AReportForPeople_NamesNoFieldOfTheContract_WhileTheJsonKeepsThem()
    {
        // Warnings across the case base name fields a program would set (relationToMerits, atIssue, channel); a report
        // without --ids says the same in words.
        var field = new System.Text.RegularExpressions.Regex(@"\b[a-z]+[A-Z][A-Za-z]*: [a-z]|\bchannel: [a-z]");
        var hinted = 0;
        foreach (var folder in Directory.GetDirectories(Repo.Examples).Where(f => File.Exists(Path.Combine(f, "request.json"))).Order(StringComparer.Ordinal))
        {
            var result = Shared.Service.Evaluate(File.ReadAllText(Path.Combine(folder, "request.json")));
            hinted += result.Warnings.Count(w => field.IsMatch(w.Message));
            Assert.DoesNotMatch(field, SealingRules.Reports.MarkdownReport.Render(result));
        }
        Assert.True(hinted > 0, "no warning in the case base names a field, so this test would prove nothing");
    }

    [Fact]
    public void TheSeedsReport_SaysTheLegalFrameworkOnce_AndEachFindingOnce()
    {
        var markdown = SealingRules.Reports.MarkdownReport.Render(Shared.Service.Evaluate(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"))));

        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(markdown, "a strong presumption in favor of access is the starting point"));
        // Four motions share the findings on the officials' phone numbers; they are said once, for all the documents.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(markdown, "By taking public office the officials' privacy interests are somewhat reduced"));
        // The waitlist's attributes that stay public are named in one sentence, not one sentence each, and not again in
        // a weighing that restates the finding (Restatements): the sentence that answers the safety interest says it.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(markdown, "gender, sexual orientation, medical information, blood type"));
        Assert.Contains("Although the movant has shown with specific facts that the people concerned have a compelling interest in their personal safety, once the individuals' identifying details are redacted", markdown, StringComparison.Ordinal);
        // The redacted details are found once, as the seed's order finds them, without a weighing that says it again.
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(markdown, "could let someone familiar with the individuals deduce who they are"));
        Assert.Contains("The name, city of origin and occupation are details that", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void NoTemplateInTheRulesOrTheEngine_MakesAThatClauseItsSubject()
    {
        var found = Sources
            .SelectMany(d => Directory.EnumerateFiles(Path.Combine(Repo.Root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, n) => (f, n, line)))
            .Where(x => x.line.Contains('"') && ReasoningAudit.ThatClauseSubject.IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repo.Root, x.f)}:{x.n + 1}")
            .ToList();

        Assert.Empty(found);
    }
}
