using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using SealingRules.Orders;
using SealingRules.Word;
using Xunit;
using Caption = SealingRules.Orders.Caption;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace SealingRules.Tests.Orders;

public sealed class WordOrderTests
{
    private static readonly ProposedOrder Order = SampleOrder.Build();

    private static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void TheSameOrder_GivesTheSameBytes()
    {
        var first = WordOrder.Render(Order);
        var second = WordOrder.Render(SampleOrder.Build());

        Assert.Equal(first, second);
    }

    [Fact]
    public void ThePackage_HasNoDates_AndFixedEntries()
    {
        using var zip = new ZipArchive(new MemoryStream(WordOrder.Render(Order)), ZipArchiveMode.Read);

        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.DoesNotContain(zip.Entries, e => e.FullName.StartsWith("docProps/", StringComparison.Ordinal));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2000, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal).Where(n => n != "[Content_Types].xml" && !n.StartsWith("_rels/", StringComparison.Ordinal)),
            zip.Entries.Skip(1).Select(e => e.FullName).Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheDocumentXml_HoldsTheCaseNumber_ARowPerRuling_AndTheClosing()
    {
        var xml = DocumentXml(WordOrder.Render(Order));

        Assert.Contains(SampleOrder.CaseNumber, xml, StringComparison.Ordinal);
        Assert.Contains("IT IS SO ORDERED", xml, StringComparison.Ordinal);
        Assert.Contains("United States District Judge", xml, StringComparison.Ordinal);
        // The caption's one row, the rulings' header row, and one row per TableRow.
        Assert.Equal(1 + 1 + Order.Table.Count, xml.Split("<w:tr>").Length - 1);
    }

    [Fact]
    public void TheRulings_AreAWordTable_WithARepeatedHeaderRow()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(Order)), false);
        var tables = doc.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();

        Assert.Equal(2, tables.Count);
        var caption = tables[0].Elements<TableRow>().Single().Elements<TableCell>().ToList();
        Assert.Equal(2, caption.Count);
        Assert.Contains(caption[0].Elements<Paragraph>(), p => p.InnerText == "v.");
        Assert.Contains(caption[1].Descendants<Run>(), r => r.InnerText == Order.Caption.Title && r.RunProperties?.Bold is not null);
        Assert.Contains(caption[1].Elements<Paragraph>(), p => p.InnerText == $"Case No. {SampleOrder.CaseNumber}");

        var rows = tables[1].Elements<TableRow>().ToList();
        Assert.Equal(Order.Table.Count + 1, rows.Count);
        Assert.NotNull(rows[0].TableRowProperties?.GetFirstChild<TableHeader>());
        Assert.Equal(ProposedOrder.Columns, rows[0].Elements<TableCell>().Select(c => c.InnerText));
        Assert.Equal(["ECF 290-5 (Ex. 14)", "Page 3, lines 2–9", "GRANTED IN PART (without prejudice)", "Only the names are shown to be sensitive."],
            rows[2].Elements<TableCell>().Select(c => c.InnerText));
    }

    [Fact]
    public void TheDocument_PassesTheOpenXmlValidator()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(Order)), false);

        var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void CaseNames_AreItalic_AndTheRestOfTheCiteIsNot()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(Order)), false);
        var runs = doc.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList();
        bool Italic(Run r) => r.RunProperties?.Italic is not null;

        Assert.Contains(runs, r => r.InnerText == "Kamakana v. City & Cnty. of Honolulu" && Italic(r));
        Assert.Contains(runs, r => r.InnerText == "Al Otro Lado, Inc. v. McAleenan" && Italic(r));
        Assert.Contains(runs, r => r.InnerText == ", 447 F.3d 1172, 1178–79 (9th Cir. 2006)." && !Italic(r));
        Assert.Contains(runs, r => r.InnerText == SampleOrder.LocalRule + "." && !Italic(r));
        Assert.All(runs.Where(Italic), r => Assert.Contains(" v. ", r.InnerText, StringComparison.Ordinal));
        var standard = doc.MainDocumentPart.Document.Body.Elements<Paragraph>().Single(p => p.InnerText.StartsWith("A party seeking", StringComparison.Ordinal));
        Assert.EndsWith("compelling reasons. Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092, 1097 (9th Cir. 2016); S.D. Cal. Civ. L.R. 79.2.", standard.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void TheLayout_IsAPleading()
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(Order)), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        var section = body.Elements<SectionProperties>().Single();
        var defaults = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!;
        var paragraphs = body.Elements<Paragraph>().ToList();

        Assert.Equal("Times New Roman", defaults.Descendants<RunFonts>().Single().Ascii?.Value);
        Assert.Equal("24", defaults.Descendants<FontSize>().Single().Val?.Value);
        Assert.Equal("480", defaults.Descendants<SpacingBetweenLines>().Single().Line?.Value);
        Assert.Equal(LineNumberRestartValues.NewPage, section.GetFirstChild<LineNumberType>()!.Restart!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal([1440, 1440, 1440, 1440], new[] { margin.Top!.Value, (int)margin.Left!.Value, margin.Bottom!.Value, (int)margin.Right!.Value });
        Assert.Equal(["UNITED STATES DISTRICT COURT", "SOUTHERN DISTRICT OF CALIFORNIA"], paragraphs.Take(2).Select(p => p.InnerText));
        Assert.All(paragraphs.Take(2), p => Assert.Equal(JustificationValues.Center, p.ParagraphProperties!.Justification!.Val!.Value));
        Assert.Equal(["I.\u00A0BACKGROUND", "II.\u00A0LEGAL STANDARD", "III.\u00A0DISCUSSION", "IV.\u00A0CONCLUSION"],
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading1").Select(p => p.InnerText));
        Assert.Equal(["A.\tExhibits 12 and 14 (ECF 290)", "B.\tDeposition excerpts (ECF 305)"],
            paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val == "Heading2").Select(p => p.InnerText));
        Assert.Equal(2, paragraphs.Count(p => p.ParagraphProperties?.NumberingProperties is not null));
        var closing = paragraphs.Select(p => p.InnerText).SkipWhile(t => t != ProposedOrder.SoOrdered).Where(t => t.Length > 0).ToList();
        Assert.Equal([ProposedOrder.SoOrdered, "Dated: ____________", "______________________________", "United States District Judge"], closing);
        var footer = doc.MainDocumentPart.FooterParts.Single().Footer!;
        Assert.Equal(" PAGE ", footer.Descendants<SimpleField>().Single().Instruction?.Value);
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    public void TheBytes_DoNotDependOnTheCulture(string name)
    {
        var invariant = WordOrder.Render(Order);
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);
            Assert.Equal(invariant, WordOrder.Render(Order));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void ABlankCaption_AndControlCharacters_StillGiveAValidDocument()
    {
        var order = Order with
        {
            Caption = new Caption(["UNITED STATES DISTRICT COURT"], "", "", "", "", "ORDER"),
            Background = [new SealingRules.Orders.Paragraph("A bell \u0007 and a line\nbreak.", [])],
        };
        using var doc = WordprocessingDocument.Open(new MemoryStream(WordOrder.Render(order)), false);

        Assert.Empty(new OpenXmlValidator().Validate(doc));
        Assert.Contains("Case No. ____________________", doc.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }
}
