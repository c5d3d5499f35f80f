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
