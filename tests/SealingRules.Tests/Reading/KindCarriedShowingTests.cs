using SealingRules.Model;
using SealingRules.Reading;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reading;

/// <summary>
/// Words read as specific on what the information is alone (health records, a person's details) are not said to show
/// "specific facts": the finding says the showing rests on the information's nature. Words that say how disclosure
/// would harm keep "with specific facts"; a showing typed in is taken as given.
/// </summary>
public sealed class KindCarriedShowingTests
{
    private static string Request(string harm) => $$"""
        { "schemaVersion": 1, "court": "C.D. Cal.", "asOf": "2025-02-01", "motions": [ { "id": "ECF 90", "movant": "defendant", "underlyingFiling": "summary-judgment",
          "items": [ { "id": "ex-15", "request": "redact", "information": [ { "id": "records", "kind": "medical", "about": "private-individual" } ],
            "harms": [ {{harm}} ] } ] } ] }
        """;

    private static string Finding(string harm) => Shared.Service.Evaluate(Request(harm)).Motions[0].Items[0].Reasoning
        .Single(s => s.Rule == "compelling/risk-to-persons").Finding;

    [Fact]
    public void TheRulesThatReadByKind_AreReadingRules_AndNoneReadsHowDisclosureHarms()
    {
        var byKind = Shared.Engine.Book.Rules.Where(r => r.Tags.Contains(SealingRules.Engine.SealingEngine.ByKindTag)).ToList();

        Assert.Contains(byKind, r => r.Name == "particularity/health-information");
        Assert.Contains(byKind, r => r.Name == "particularity/non-parties-personnel-records-named");
        Assert.All(byKind, r => Assert.Contains(SealingRules.Engine.SealingEngine.ReadingTag, r.Tags));
        Assert.DoesNotContain(byKind, r => r.Name is "particularity/how-disclosure-harms" or "particularity/sealable-content-named");
    }

    [Fact]
    public void WordsThatOnlyNameTheKind_ShowFromTheNatureOfTheInformation()
        => Assert.StartsWith("The movant shows from the nature of the information that disclosure would expose",
            Finding("""{ "kind": "privacy", "statement": "These are a non-party's medical records.", "information": ["records"] }"""), StringComparison.Ordinal);

    [Theory]
    [InlineData("If the records were filed publicly, her employer would learn of her diagnosis and she would lose her job.", true)]
    [InlineData("Her neighbors would find out about the conviction, so she would be harassed.", true)]
    [InlineData("Her employer would learn of her diagnosis.", false)]
    [InlineData("She would lose her job.", false)]
    public void WhoWouldLearn_AndWhatWouldFollow_IsAWayDisclosureHarms(string words, bool mechanism)
        => Assert.Equal(mechanism, StatementReader.Read(words).Any(f => f.Feature == Feature.Mechanism));

    [Fact]
    public void WordsThatSayHowDisclosureHarms_OrAShowingGiven_ShowWithSpecificFacts()
    {
        Assert.StartsWith("The movant shows with specific facts that", Finding("""{ "kind": "privacy", "showing": "specific", "information": ["records"] }"""), StringComparison.Ordinal);
        Assert.StartsWith("The movant shows with specific facts that", Finding("""
            { "kind": "privacy", "statement": "Filing the records publicly would let her employer learn of her HIV diagnosis, and she would lose her job.", "information": ["records"] }
            """), StringComparison.Ordinal);
    }

    // A danger the words show is a fact, though a rule that reads by kind (an address) also finds the words specific;
    // its near miss names the address alone.
    [Theory]
    [InlineData("The lease application gives the address of the shelter where I now live. My former partner was arrested in March for violating a protective order and is looking for me.", "The movant shows with specific facts that")]
    [InlineData("The lease application gives the address of the shelter where I now live.", "The movant shows from the nature of the information that")]
    public void ADangerShown_IsSpecificFacts_NotTheNatureOfAnAddress(string words, string finding)
    {
        var request = Request($$"""{ "kind": "safety", "statement": "{{words}}", "information": ["records"] }""").Replace("\"kind\": \"medical\", \"about\": \"private-individual\"", "\"kind\": \"home-address\", \"about\": \"party\"", StringComparison.Ordinal);
        var step = Shared.Service.Evaluate(request).Motions[0].Items[0].Reasoning.Single(s => s.Rule == "compelling/risk-to-persons");

        Assert.StartsWith(finding, step.Finding, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("This portion of the transcript contains sensitive personal information about a former employee, and Velotek believes it should remain confidential.", false)]
    [InlineData("This portion of the transcript describes a former employee's medical leave and the diagnosis behind it.", true)]
    public void HealthRecords_AreReadByTheirKind_OnlyWhereTheWordsNameHealth(string words, bool specific)
    {
        var json = Request($$"""{ "kind": "privacy", "statement": "{{words}}", "information": ["records"] }""");
        var showing = Shared.Service.Evaluate(json).Motions[0].Items[0].Showings[0];

        Assert.Equal(specific, showing.Showing == Showing.Specific);
        // A finding may say the words identify health information only where they do.
        Assert.Equal(specific, showing.Because.Any(b => b.Rule == "particularity/health-information"));
    }
}

/// <summary>A personal identifier the words never name is carried by the request's kind of information: the finding says so, not that the statement said it.</summary>
public sealed class IdentifierNamedOrNotTests
{
    private static string Finding(string statement)
        => OneStatement.Read(statement, "privacy", "ssn", "private-individual").Because.Single(b => b.Rule == "particularity/personal-identifiers").Finding;

    [Fact]
    public void AnIdentifierTheWordsDoNotName_IsTheInformations_NotTheStatements()
        => Assert.StartsWith("The information is a personal identifier of the kind Rule 5.2(a) itself keeps from public filings, and the statement says it is a private person's",
            Finding("Exhibit 7 is a confidential personnel file and contains private information about a non-party employee."), StringComparison.Ordinal);

    [Fact]
    public void AnIdentifierTheWordsName_IsQuoted()
        => Assert.StartsWith("The statement identifies the information as a personal identifier (\u201C",
            Finding("Exhibit 7 contains the Social Security number of a non-party employee."), StringComparison.Ordinal);
}
