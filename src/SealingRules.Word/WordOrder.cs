using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using SealingRules.Orders;
using Caption = SealingRules.Orders.Caption;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace SealingRules.Word;

/// <summary>
/// The proposed order as a Word document styled as a California-style pleading: Times New Roman 12 pt, double-spaced
/// body, 1-inch margins, line numbers in the left margin (restarting on each page), the court centred in capitals,
/// the caption as a two-column table, the headings, the table of rulings with a header row, the numbered conclusion,
/// "IT IS SO ORDERED.", the date and signature lines, and the page number in the footer.
/// </summary>
/// <remarks>
/// Byte-stable: the same order gives the same bytes every time. No document properties are written (so no dates),
/// every relationship has a fixed id, and the package is re-written with its entries in a fixed order, each with a
/// fixed timestamp.
/// </remarks>
public static class WordOrder
{
    // A DOS timestamp, as zip stores it: no time zone, and nothing earlier than 1980.
    private static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    // A regular file, rw-r--r--, in the high half as Unix zip tools read it (the low, DOS half: no attribute).
    private const int RegularFile = unchecked((int)0x81A40000);

    private const string Font = "Times New Roman";
    private const int TextWidth = 9360; // 6.5 inches of 8.5, in twentieths of a point.
    private const string Single = "240";
    private const string Double = "480";
    private const string HalfInch = "720";

    /// <summary>Renders the order as the bytes of a .docx file.</summary>
    /// <param name="order">The order to render.</param>
    /// <returns>The document; the same order always gives the same bytes.</returns>
    public static byte[] Render(ProposedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        using var package = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            var main = doc.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>("rId2").Numbering = Numbering();
            main.AddNewPart<FooterPart>("rId3").Footer = Footer();
            if (order.PleadingPaper) main.AddNewPart<HeaderPart>("rId4").Header = PleadingGrid();
            main.Document = new Document(Body(order));
        }
        return Normalize(package.ToArray());
    }

    private static Body Body(ProposedOrder order)
    {
        var body = new Body();
        foreach (var line in MarkdownOrder.CounselLines(order.Counsel)) body.Append(Plain(line, Single));
        if (order.Counsel is not null) body.Append(Plain("", Single));
        Caption(body, order.Caption);
        if (order.Kind == OrderKind.Movant)
        {
            MovantBody(body, order);
            return body;
        }
        var heading = 0;
        if (order.Background.Count > 0)
        {
            body.Append(Heading(++heading, "BACKGROUND"));
            foreach (var p in order.Background) body.Append(BodyParagraph(p));
        }
        if (order.Standard.Count > 0)
        {
            body.Append(Heading(++heading, "LEGAL STANDARD"));
            foreach (var p in order.Standard) body.Append(BodyParagraph(p));
        }
        if (order.Discussion.Count > 0 || order.Table.Count > 0)
        {
            body.Append(Heading(++heading, "DISCUSSION"));
            for (var i = 0; i < order.Discussion.Count; i++)
            {
                var section = order.Discussion[i];
                body.Append(SubHeading(Letter(i), section.Heading));
                foreach (var p in section.Paragraphs) body.Append(BodyParagraph(p));
            }
            if (order.Table.Count > 0)
            {
                body.Append(Rulings(ProposedOrder.Columns, [.. order.Table.Select(r => (IReadOnlyList<string>)[r.Document, r.Portion, r.RulingCell, r.Reason])],
                    [2700, 1500, 1900, 3260]));
                body.Append(Plain("", Single)); // Word needs a paragraph between a table and what follows.
            }
        }
        body.Append(Heading(++heading, "CONCLUSION"));
        Closing(body, order);
        return body;
    }

    // The numbered conclusion, "IT IS SO ORDERED.", the date and the judge's signature, and the page setup.
    private static void Closing(Body body, ProposedOrder order)
    {
        foreach (var p in order.Conclusion) body.Append(BodyParagraph(p, numbered: true));
        body.Append(Plain(ProposedOrder.SoOrdered, Double, firstLine: true));
        body.Append(Plain("", Single));
        body.Append(Plain("Dated: ____________", Double));
        body.Append(Signature("______________________________"));
        foreach (var line in order.SignatureLines) body.Append(Signature(line));
        body.Append(PageSetup(order.PleadingPaper));
    }

    // The movant's order: what the Court considered and finds, the district's table, what is ordered, the signature.
    private static void MovantBody(Body body, ProposedOrder order)
    {
        foreach (var p in order.Background.Concat(order.Standard)) body.Append(BodyParagraph(p));
        if (order.Table.Count > 0)
        {
            body.Append(Rulings(ProposedOrder.MovantColumns, [.. order.Table.Select(r => (IReadOnlyList<string>)[r.Exhibit ?? "—", r.Document, r.Portion, r.Ruling, r.Reason])],
                [1300, 1600, 1700, 1600, 3160]));
            body.Append(Plain("", Single));
        }
        body.Append(Plain("Accordingly, IT IS ORDERED:", Double, firstLine: true));
        Closing(body, order);
    }

    private static void Caption(Body body, Caption caption)
    {
        foreach (var line in caption.Court)
            body.Append(new Paragraph(Props(Single, justify: JustificationValues.Center, keepNext: true), Run(line.ToUpperInvariant(), bold: true)));
        body.Append(Plain("", Single));

        var left = new List<Paragraph>();
        if (caption.Plaintiffs.Length > 0 || caption.Defendants.Length > 0)
        {
            left.Add(Plain(Blank(caption.Plaintiffs), Single));
            left.Add(Plain(caption.PlaintiffRole, Single, indent: "1440"));
            left.Add(Plain("", Single));
            left.Add(Plain("v.", Single, indent: HalfInch));
            left.Add(Plain("", Single));
            left.Add(Plain(Blank(caption.Defendants), Single));
            left.Add(Plain(caption.DefendantRole, Single, indent: "1440"));
        }
        else
        {
            left.Add(Plain(Blank(caption.Parties), Single));
        }
        left.Add(Plain("", Single));

        var right = new List<Paragraph>
        {
            Plain($"Case No. {Blank(caption.CaseNumber)}", Single, indent: "240"),
            Plain("", Single),
            new(Props(Single, indent: "240"), Run(caption.Title, bold: true)),
        };

        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableLayout { Type = TableLayoutValues.Fixed }),
            new TableGrid(new GridColumn { Width = "4680" }, new GridColumn { Width = "4680" }),
            new TableRow(
                new TableCell(
                    new OpenXmlElement[] { new TableCellProperties(
                        new TableCellWidth { Width = "4680", Type = TableWidthUnitValues.Dxa },
                        new TableCellBorders(
                            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
                            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" })) }
                    .Concat(left)),
                new TableCell(
                    new OpenXmlElement[] { new TableCellProperties(new TableCellWidth { Width = "4680", Type = TableWidthUnitValues.Dxa }) }.Concat(right))));
        body.Append(table);
        body.Append(Plain("", Single));
    }

    private static Table Rulings(IReadOnlyList<string> columns, IReadOnlyList<IReadOnlyList<string>> rows, int[] widths)
    {
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) }));
        var border = () => new BorderType[]
        {
            new TopBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new LeftBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new BottomBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new RightBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Space = 0, Color = "000000" },
        };
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = Twips(TextWidth), Type = TableWidthUnitValues.Dxa },
                new TableBorders(border()),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 100, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 100, Type = TableWidthValues.Dxa })),
            grid);
        table.Append(Row(columns, widths, header: true));
        foreach (var r in rows) table.Append(Row(r, widths, header: false));
        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, int[] widths, bool header)
    {
        var row = new TableRow();
        // The header row repeats on every page the table runs to; no row breaks across a page.
        row.Append(header ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < cells.Count; i++)
        {
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
                new Paragraph(Props(Single, keepNext: header), Run(cells[i], bold: header))));
        }
        return row;
    }

    private static Paragraph Heading(int number, string text) =>
        new(Props(Double, style: "Heading1", justify: JustificationValues.Center, keepNext: true), Run($"{Roman(number)}.\u00A0{text}"));

    private static Paragraph SubHeading(string letter, string text) =>
        new(Props(Double, style: "Heading2", keepNext: true, hanging: true), Run($"{letter}.\t{text}"));

    /// <summary>A paragraph of the body: the text, then the cites (case names italic), double-spaced, first line indented.</summary>
    private static Paragraph BodyParagraph(Orders.Paragraph paragraph, bool numbered = false)
    {
        var p = new Paragraph(Props(Double, firstLine: true, numbered: numbered));
        AppendText(p, paragraph.Text);
        for (var i = 0; i < paragraph.Cites.Count; i++)
        {
            var (name, rest) = CaseNames.Split(paragraph.Cites[i]);
            p.Append(Run(i == 0 ? (paragraph.Text.Length > 0 ? " " : "") : "; "));
            if (name.Length > 0) p.Append(Run(name, italic: true));
            var last = i == paragraph.Cites.Count - 1;
            p.Append(Run(last && !EndsSentence(paragraph.Cites[i]) ? rest + "." : rest));
        }
        return p;
    }

    private static bool EndsSentence(string cite) => cite.EndsWith('.') || cite.EndsWith(".)", StringComparison.Ordinal);

    private static Paragraph Plain(string text, string line, bool firstLine = false, string? indent = null)
    {
        var p = new Paragraph(Props(line, firstLine: firstLine, indent: indent));
        if (text.Length > 0) AppendText(p, text);
        return p;
    }

    private static Paragraph Signature(string text) => new(Props(Single, indent: "4680", keepNext: false), Run(text));

    private static void AppendText(Paragraph p, string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (i > 0) p.Append(new Run(new Break()));
            p.Append(Run(lines[i].TrimEnd('\r')));
        }
    }

    private static ParagraphProperties Props(string line, string? style = null, JustificationValues? justify = null, bool keepNext = false,
        bool firstLine = false, bool numbered = false, string? indent = null, bool hanging = false)
    {
        // Children in the schema's order: pStyle, keepNext, numPr, spacing, ind, jc.
        var props = new ParagraphProperties();
        if (style is not null) props.Append(new ParagraphStyleId { Val = style });
        if (keepNext) props.Append(new KeepNext());
        if (numbered) props.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 }));
        // Exact spacing keeps every line of text on the pleading grid's lines (24 points double, 12 single).
        props.Append(new SpacingBetweenLines { Line = line, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" });
        if (hanging) props.Append(new Indentation { Left = HalfInch, Hanging = HalfInch });
        else if (firstLine && !numbered) props.Append(new Indentation { FirstLine = HalfInch });
        else if (indent is not null) props.Append(new Indentation { Left = indent });
        if (justify is { } j) props.Append(new Justification { Val = j });
        return props;
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var props = new RunProperties();
            if (bold) props.Append(new Bold());
            if (italic) props.Append(new Italic());
            run.Append(props);
        }
        run.Append(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Lines a page of pleading paper numbers, and the height of each (24 points, in twentieths).</summary>
    public const int GridLines = 28;

    private const int GridLine = 480;

    private static SectionProperties PageSetup(bool pleading)
    {
        var section = new SectionProperties();
        if (pleading) section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rId4" });
        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = "rId3" });
        section.Append(new PageSize { Width = 12240U, Height = 15840U });
        if (pleading)
        {
            // 28 lines of 24 points from a one-inch top margin: the bottom margin is what is left of the page's 11 inches.
            section.Append(new PageMargin { Top = 1440, Right = 1440U, Bottom = 15840 - 1440 - GridLines * GridLine, Left = 1440U, Header = 720U, Footer = 360U, Gutter = 0U });
            // The rules of pleading paper: a double line left of the text, a single line right of it.
            section.Append(new PageBorders(
                new LeftBorder { Val = BorderValues.Double, Size = 4, Space = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Space = 4, Color = "000000" })
            { OffsetFrom = PageBorderOffsetValues.Text });
        }
        else
        {
            section.Append(new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 720U, Footer = 720U, Gutter = 0U });
            // Elsewhere, each line of text numbered in the margin, from 1 on each page.
            section.Append(new LineNumberType { CountBy = 1, Distance = "360", Restart = LineNumberRestartValues.NewPage });
        }
        return section;
    }

    // The numbers 1 to 28 down the left margin of every page, each on a line of the grid: a text box anchored to the
    // page in the header (the way pleading templates set them), so the text of the page flows untouched beside it.
    private static Header PleadingGrid()
    {
        var line = GridLine.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var numbers = Enumerable.Range(1, GridLines).Select(n => new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = line, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" },
                new Justification { Val = JustificationValues.Right }),
            Run(n.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var box = new DocumentFormat.OpenXml.Vml.Rectangle(new DocumentFormat.OpenXml.Vml.TextBox(new TextBoxContent(numbers)) { Inset = "0,0,0,0" })
        {
            Id = "pleading-grid",
            Style = "position:absolute;margin-left:0.45in;margin-top:1in;width:0.4in;height:9.333in;z-index:-1;"
                + "mso-position-horizontal-relative:page;mso-position-vertical-relative:page",
            Stroked = false,
            Filled = false,
        };
        return new Header(new Paragraph(
            new ParagraphProperties(new SpacingBetweenLines { Line = Single, LineRule = LineSpacingRuleValues.Exact, Before = "0", After = "0" }),
            new Run(new Picture(box))));
    }

    private static Footer Footer() => new(
        new Paragraph(
            new ParagraphProperties(
                new SpacingBetweenLines { Line = Single, LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" },
                new Justification { Val = JustificationValues.Center }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " }));

    private static Styles Styles()
    {
        var fonts = () => new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };
        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(fonts(), new FontSize { Val = "24" }, new FontSizeComplexScript { Val = "24" },
                    new Languages { Val = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { Line = Double, LineRule = LineSpacingRuleValues.Auto, Before = "0", After = "0" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(
                new StyleName { Val = "heading 1" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }, new OutlineLevel { Val = 0 }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" },
            new Style(
                new StyleName { Val = "heading 2" }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle(),
                new StyleParagraphProperties(new KeepNext(), new OutlineLevel { Val = 1 }),
                new StyleRunProperties(new Bold()))
            { Type = StyleValues.Paragraph, StyleId = "Heading2" },
            new Style(new StyleName { Val = "Normal Table" }, new UIPriority { Val = 99 }, new SemiHidden(), new UnhideWhenUsed(),
                new StyleTableProperties(new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
                    new TableCellMarginDefault(
                        new TopMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellLeftMargin { Width = 108, Type = TableWidthValues.Dxa },
                        new BottomMargin { Width = "0", Type = TableWidthUnitValues.Dxa },
                        new TableCellRightMargin { Width = 108, Type = TableWidthValues.Dxa })))
            { Type = StyleValues.Table, StyleId = "TableNormal", Default = true });
    }

    /// <summary>The conclusion's paragraphs: "1.", "2.", … with the first line indented half an inch.</summary>
    private static Numbering Numbering() => new(
        new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(
                new StartNumberingValue { Val = 1 },
                new NumberingFormat { Val = NumberFormatValues.Decimal },
                new LevelText { Val = "%1." },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = "0", FirstLine = HalfInch }))
            { LevelIndex = 0 })
        { AbstractNumberId = 0 },
        new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });

    /// <summary>
    /// The package re-written so that nothing but the order decides its bytes: the entries in a fixed order
    /// ([Content_Types].xml first, as Office writes it), each with the same timestamp and the same file attributes.
    /// </summary>
    private static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var entries = input.Entries
                .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName.StartsWith("_rels/", StringComparison.Ordinal) ? 1 : 2)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                copy.ExternalAttributes = RegularFile;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }

    /// <summary>Drops what XML 1.0 cannot carry (control characters other than tab and line breaks, lone surrogates).</summary>
    private static string Clean(string text)
    {
        var ok = true;
        foreach (var c in text) if (!XmlChar(c)) { ok = false; break; }
        if (ok && !HasLoneSurrogate(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { sb.Append(c).Append(text[++i]); continue; }
            if (char.IsSurrogate(c) || !XmlChar(c)) continue;
            sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool XmlChar(char c) => c is '\t' or '\n' or '\r' || (c >= 0x20 && c != '\uFFFE' && c != '\uFFFF');

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    private static string Blank(string text) => string.IsNullOrWhiteSpace(text) ? "____________________" : text;

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : Twips(index + 1);

    private static string Roman(int number) => number switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", _ => Twips(number) };
}
