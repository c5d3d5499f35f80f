using SealingRules.Reports;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>Several motions' remedies, each said once: a later motion is sent back to the earlier one for what it repeats.</summary>
public sealed class RemedyWordsTests
{
    [Fact]
    public void TheSameRemedy_IsSaidOnce()
        => Assert.Equal("As for Motion ECF 290.", RemedyWords.Shorten("Denied. Refile.", "Denied. Refile.", "ECF 290"));

    [Fact]
    public void ACommonEnding_OfWholeSentences_IsLeftOut()
        => Assert.Equal("Redact the phone number, from Ex. 8. The rest is as for Motion ECF 290.",
            RemedyWords.Shorten("Redact the phone number, from Ex. 8. The redacted versions are filed publicly.", "Redact the phone number, from Ex. 3 and Ex. 4. The redacted versions are filed publicly.", "ECF 290"));

    [Theory]
    // Only part of a sentence in common: nothing to leave out.
    [InlineData("Redact the name, from Ex. 8.", "Redact the phone number, from Ex. 8.")]
    // "v. Best Buy" is no sentence end, though a capital follows the period.
    [InlineData("As Smith v. Best Buy held for Ex. 8.", "As Jones v. Best Buy held for Ex. 8.")]
    public void NoWholeSentenceInCommon_NothingIsLeftOut(string finding, string earlier)
        => Assert.Null(RemedyWords.Shorten(finding, earlier, "ECF 290"));

    [Fact]
    public void TheSeedsFourMotions_SayTheCommonDirectionOnce()
    {
        var json = File.ReadAllText(Path.Combine(Support.Repo.Root, "examples", "al-otro-lado-2019", "request.json"));
        var md = SealingRules.Reports.MarkdownReport.Render(Support.Shared.Service.Evaluate(json));

        Assert.Equal(1, Count(md, "Any brief that refers to information now redacted"));
        Assert.Equal(3, Count(md, "As for Motion ECF 290."));
    }

    [Fact]
    public void ThePredictedOrder_OrdersTheCommonEndingOnce_AfterTheMotions()
    {
        var json = File.ReadAllText(Path.Combine(Support.Repo.Root, "examples", "al-otro-lado-2019", "request.json"));
        var md = SealingRules.Orders.MarkdownOrder.Render(Support.Shared.Service.Order(json));

        Assert.Equal(1, Count(md, "Any brief that refers to information now redacted"));
        Assert.True(md.IndexOf("Any brief that refers", StringComparison.Ordinal) > md.IndexOf("(ECF 314) is DENIED", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new[] { "A from Ex. 3. B. C.", "A from Ex. 4. B. C." }, "B. C.")]
    [InlineData(new[] { "A from Ex. 3. B.", "A from Ex. 4. B.", "D. B." }, "B.")]
    [InlineData(new[] { "A. B.", "A. B." }, null)]
    [InlineData(new[] { "A from Ex. 3.", "A from Ex. 4." }, null)]
    [InlineData(new[] { "Only one. B." }, null)]
    public void TheSharedEnding_IsWholeSentences_LeavingEachItsOwn(string[] findings, string? ending)
        => Assert.Equal(ending, RemedyWords.SharedEnding(findings));

    private static int Count(string text, string what)
    {
        var n = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
