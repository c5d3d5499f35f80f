using SealingRules.Engine;
using SealingRules.Reports;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Reports;

/// <summary>An authority in full the first time, in short form after; the pins of one authority in one sentence joined.</summary>
public sealed class CiteFormsTests
{
    private static readonly AuthorityCatalog Catalog = AuthorityCatalog.Load();

    private static string Cite(string proposition) => Catalog.Find(proposition)!.Cite;

    [Theory]
    [InlineData(new[] { "1179", "1178, 1180-81" }, "1178, 1179, 1180-81")]
    [InlineData(new[] { "1179", "1178-79" }, "1178-79")]
    [InlineData(new[] { "1102", "1096-98" }, "1096-98, 1102")]
    [InlineData(new[] { "1099-1102", "1101" }, "1099-1102")]
    [InlineData(new[] { "678", "679 & n.6" }, "678, 679 & n.6")]
    [InlineData(new[] { "5", "5 n.4" }, "5, 5 n.4")]
    [InlineData(new[] { "7-8", "9" }, "7-8, 9")]
    [InlineData(new[] { "7-8", "8-9" }, "7-9")]
    [InlineData(new[] { "*2", "*4", "*2" }, "*2, *4")]
    [InlineData(new[] { "26(c)(1)", "26(c)(1)(G)" }, "26(c)(1), 26(c)(1)(G)")]
    [InlineData(new[] { "1210-11" }, "1210-11")]
    public void Pins_AreJoinedAsACourtWritesThem(string[] pins, string joined) => Assert.Equal(joined, Pins.Join(pins));

    [Fact]
    public void AnAuthority_IsCitedInFullOnce_ThenShort()
    {
        var forms = new CiteForms();

        Assert.Equal(["Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178 (9th Cir. 2006)"], forms.Of([Cite("kamakana-strong-presumption")]));
        Assert.Equal(["Kamakana, 447 F.3d at 1182", "Foltz v. State Farm Mut. Auto. Ins. Co., 331 F.3d 1122, 1135 (9th Cir. 2003)"],
            forms.Of([Cite("kamakana-conclusory"), Cite("foltz-strong-presumption")]));
        Assert.Equal(["Foltz, 331 F.3d at 1137"], forms.Of([Cite("foltz-redaction")]));
        // A new document starts again in full.
        Assert.StartsWith("Foltz v. State Farm", new CiteForms().Of([Cite("foltz-redaction")])[0], StringComparison.Ordinal);
    }

    [Fact]
    public void TwoPinsOfOneAuthority_InOneSentence_AreOneCitation()
    {
        var joined = new CiteForms().Of([Cite("kamakana-dispositive-compelling"), Cite("kamakana-compelling-reasons")]);

        Assert.Equal(["Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172, 1178-79 (9th Cir. 2006)"], joined);
    }

    [Fact]
    public void ACiteTheCatalogDoesNotHold_IsWrittenAsItComes()
        => Assert.Equal(["Fed. R. Civ. P. 83"], new CiteForms().Of(["Fed. R. Civ. P. 83"]));

    [Fact]
    public void EveryCase_HasAShortForm_OfItsOwnName()
    {
        foreach (var p in Catalog.Propositions)
        {
            var fullName = SealingRules.Orders.CaseNames.Split(p.Cite).CaseName;
            var shortForm = p.ShortTemplate.Replace("{pin}", p.Pin, StringComparison.Ordinal);
            // A rule is cited the same way every time; a case by a short name drawn from its own, at the same pin.
            if (fullName.Length == 0) { Assert.Equal(p.Template, p.ShortTemplate); continue; }
            var shortName = SealingRules.Orders.CaseNames.Split(shortForm).CaseName;
            Assert.True(shortName.Length > 0 && shortForm.Length < p.Cite.Length, $"{p.AuthorityId}: {shortForm}");
            Assert.True(shortName.Split(' ').All(w => fullName.Contains(w, StringComparison.Ordinal)), $"{p.AuthorityId}: {shortName} / {fullName}");
            Assert.Equal(p.Template.Contains("{pin}", StringComparison.Ordinal), p.ShortTemplate.Contains("{pin}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void TheSeedsReport_CitesEachAuthorityInFullOnce()
    {
        var md = MarkdownReportOf("al-otro-lado-2019");

        Assert.Equal(1, Count(md, "Kamakana v. City & Cnty. of Honolulu, 447 F.3d 1172"));
        Assert.Equal(1, Count(md, "Hagestad v. Tragesser, 49 F.3d 1430"));
        Assert.True(Count(md, "Kamakana, 447 F.3d at") > 3);
        // Each page the court relied on stays visible: Kamakana at 1179 on improper purposes.
        Assert.Contains("Kamakana, 447 F.3d at 1178, 1179, 1180-81", md, StringComparison.Ordinal);
    }

    private static string MarkdownReportOf(string slug)
        => MarkdownReport.Render(Shared.Service.Evaluate(new Examples.ExampleCase(slug).RequestJson));

    private static int Count(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }
}
