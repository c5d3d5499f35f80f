using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using SealingRules.Orders;

namespace SealingRules.Html;

/// <summary>
/// The proposed order's page (see <see cref="ProposedOrderHtml"/>). Written as a component in C#, as
/// <see cref="OrderPage"/> is; every text goes through AddContent, so it is escaped.
/// </summary>
public sealed class ProposedOrderPage : ComponentBase
{
    /// <summary>The order to show.</summary>
    [Parameter] public ProposedOrder Order { get; set; } = null!;

    // A pleading on screen and on paper: Times 12 pt, double-spaced body, 1-inch margins, the caption boxed on the left.
    private const string Style = """
        @page { size: letter; margin: 1in; }
        body { font-family: 'Times New Roman', Times, serif; font-size: 12pt; max-width: 6.5in; margin: 1in auto; padding: 0 1rem; color: #000; }
        p { margin: 0; } .body p, .body li { line-height: 2; } .body p { text-indent: .5in; }
        .court { text-align: center; font-weight: bold; text-transform: uppercase; margin-bottom: 1.5em; }
        table.caption { width: 100%; border-collapse: collapse; margin-bottom: 1.5em; } table.caption td { width: 50%; vertical-align: top; padding: 0 .75em 1em 0; }
        table.caption td.parties { border-right: 1px solid #000; border-bottom: 1px solid #000; } table.caption td.case { padding-left: .75em; }
        .parties .v { padding-left: .5in; margin: 1em 0; } .parties .role { padding-left: 1in; } address.counsel { font-style: normal; margin-bottom: 1.5em; } .case .title { font-weight: bold; margin-top: 1em; }
        h2 { font-size: 12pt; text-align: center; margin: 1em 0 0; line-height: 2; } h3 { font-size: 12pt; margin: 0; line-height: 2; }
        table.rulings { width: 100%; border-collapse: collapse; margin: 1em 0; } table.rulings th, table.rulings td { border: 1px solid #000; padding: .2em .4em; vertical-align: top; text-align: left; }
        ol.conclusion { padding-left: 0; list-style-position: inside; } ol.conclusion li { text-indent: .5in; }
        .so-ordered { text-indent: .5in; line-height: 2; margin-top: 1em; } .dated { margin-top: 2em; }
        .signature { margin: 3em 0 0 50%; } .signature .line { border-top: 1px solid #000; padding-top: .2em; }
        @media print { body { margin: 0; max-width: none; } table.rulings tr { break-inside: avoid; } thead { display: table-header-group; } }
        """;

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var b = builder;
        var seq = 0;
        var caption = Order.Caption;
        b.OpenElement(seq++, "html"); b.AddAttribute(seq++, "lang", "en");
        b.OpenElement(seq++, "head");
        b.OpenElement(seq++, "meta"); b.AddAttribute(seq++, "charset", "utf-8"); b.CloseElement();
        Element(b, ref seq, "title", caption.CaseNumber.Length > 0 ? $"{caption.Title} — Case No. {caption.CaseNumber}" : caption.Title);
        b.OpenElement(seq++, "style"); b.AddMarkupContent(seq++, Style); b.CloseElement();
        b.CloseElement();
        b.OpenElement(seq++, "body");

        var counsel = MarkdownOrder.CounselLines(Order.Counsel);
        if (counsel.Count > 0)
        {
            b.OpenElement(seq++, "address"); b.AddAttribute(seq++, "class", "counsel");
            foreach (var line in counsel) Element(b, ref seq, "p", line);
            b.CloseElement();
        }
        b.OpenElement(seq++, "header"); b.AddAttribute(seq++, "class", "court");
        foreach (var line in caption.Court) Element(b, ref seq, "p", line.ToUpperInvariant());
        b.CloseElement();
        Caption(b, ref seq, caption);

        b.OpenElement(seq++, "main"); b.AddAttribute(seq++, "class", "body");
        var heading = 0;
        if (Order.Kind == OrderKind.Movant) Movant(b, ref seq);
        else
        {
            if (Order.Background.Count > 0) Part(b, ref seq, ++heading, "BACKGROUND", Order.Background);
            if (Order.Standard.Count > 0) Part(b, ref seq, ++heading, "LEGAL STANDARD", Order.Standard);
            if (Order.Discussion.Count > 0 || Order.Table.Count > 0)
            {
                b.OpenElement(seq++, "section");
                Element(b, ref seq, "h2", $"{Roman(++heading)}. DISCUSSION");
                for (var i = 0; i < Order.Discussion.Count; i++)
                {
                    var section = Order.Discussion[i];
                    Element(b, ref seq, "h3", $"{Letter(i)}. {section.Heading}");
                    foreach (var p in section.Paragraphs) Paragraph(b, ref seq, "p", p);
                }
                if (Order.Table.Count > 0) Rulings(b, ref seq);
                b.CloseElement();
            }
            b.OpenElement(seq++, "section");
            Element(b, ref seq, "h2", $"{Roman(++heading)}. CONCLUSION");
            if (Order.Conclusion.Count > 0)
            {
                b.OpenElement(seq++, "ol"); b.AddAttribute(seq++, "class", "conclusion");
                foreach (var p in Order.Conclusion) Paragraph(b, ref seq, "li", p);
                b.CloseElement();
            }
            Element(b, ref seq, "p", ProposedOrder.SoOrdered, "so-ordered");
            b.CloseElement();
        }
        b.CloseElement();

        b.OpenElement(seq++, "footer");
        Element(b, ref seq, "p", "Dated: ____________", "dated");
        b.OpenElement(seq++, "div"); b.AddAttribute(seq++, "class", "signature");
        // The rule is drawn above the first line only: the judge's name, then the title beneath it.
        var first = true;
        foreach (var line in Order.SignatureLines) { Element(b, ref seq, "p", line, first ? "line" : "title"); first = false; }
        b.CloseElement();
        b.CloseElement();

        b.CloseElement();
        b.CloseElement();
    }

    // The movant's order: what the Court considered and finds, the district's table, what is ordered.
    private void Movant(RenderTreeBuilder b, ref int seq)
    {
        foreach (var p in Order.Background.Concat(Order.Standard)) Paragraph(b, ref seq, "p", p);
        if (Order.Table.Count > 0) Rulings(b, ref seq);
        Element(b, ref seq, "p", "Accordingly, IT IS ORDERED:");
        b.OpenElement(seq++, "ol"); b.AddAttribute(seq++, "class", "conclusion");
        foreach (var p in Order.Conclusion) Paragraph(b, ref seq, "li", p);
        b.CloseElement();
        Element(b, ref seq, "p", ProposedOrder.SoOrdered, "so-ordered");
    }

    private static void Caption(RenderTreeBuilder b, ref int seq, Caption caption)
    {
        b.OpenElement(seq++, "table"); b.AddAttribute(seq++, "class", "caption");
        b.OpenElement(seq++, "tr");
        b.OpenElement(seq++, "td"); b.AddAttribute(seq++, "class", "parties");
        if (caption.Plaintiffs.Length > 0 || caption.Defendants.Length > 0)
        {
            Element(b, ref seq, "p", Blank(caption.Plaintiffs));
            Element(b, ref seq, "p", caption.PlaintiffRole, "role");
            Element(b, ref seq, "p", "v.", "v");
            Element(b, ref seq, "p", Blank(caption.Defendants));
            Element(b, ref seq, "p", caption.DefendantRole, "role");
        }
        else
        {
            Element(b, ref seq, "p", Blank(caption.Parties));
        }
        b.CloseElement();
        b.OpenElement(seq++, "td"); b.AddAttribute(seq++, "class", "case");
        Element(b, ref seq, "p", $"Case No. {Blank(caption.CaseNumber)}");
        Element(b, ref seq, "p", caption.Title, "title");
        b.CloseElement();
        b.CloseElement();
        b.CloseElement();
    }

    private void Rulings(RenderTreeBuilder b, ref int seq)
    {
        b.OpenElement(seq++, "table"); b.AddAttribute(seq++, "class", "rulings");
        b.OpenElement(seq++, "thead"); b.OpenElement(seq++, "tr");
        var movant = Order.Kind == OrderKind.Movant;
        foreach (var column in movant ? ProposedOrder.MovantColumns : ProposedOrder.Columns) { b.OpenElement(seq++, "th"); b.AddAttribute(seq++, "scope", "col"); b.AddContent(seq++, column); b.CloseElement(); }
        b.CloseElement(); b.CloseElement();
        b.OpenElement(seq++, "tbody");
        foreach (var row in Order.Table)
        {
            b.OpenElement(seq++, "tr");
            var cells = movant ? new[] { row.Exhibit ?? "—", row.Document, row.Portion, row.Ruling, row.Reason } : [row.Document, row.Portion, row.RulingCell, row.Reason];
            foreach (var cell in cells) Element(b, ref seq, "td", cell);
            b.CloseElement();
        }
        b.CloseElement();
        b.CloseElement();
    }

    private static void Part(RenderTreeBuilder b, ref int seq, int number, string heading, IReadOnlyList<Orders.Paragraph> paragraphs)
    {
        b.OpenElement(seq++, "section");
        Element(b, ref seq, "h2", $"{Roman(number)}. {heading}");
        foreach (var p in paragraphs) Paragraph(b, ref seq, "p", p);
        b.CloseElement();
    }

    // The text, then its cites, as courts write them: separated by "; ", the case names in italics, a closing period.
    private static void Paragraph(RenderTreeBuilder b, ref int seq, string element, Orders.Paragraph paragraph)
    {
        b.OpenElement(seq++, element);
        b.AddContent(seq++, paragraph.Text);
        for (var i = 0; i < paragraph.Cites.Count; i++)
        {
            var cite = paragraph.Cites[i];
            var (name, remainder) = CaseNames.Split(cite);
            b.AddContent(seq++, i == 0 ? (paragraph.Text.Length > 0 ? " " : "") : "; ");
            if (name.Length > 0) Element(b, ref seq, "i", name);
            var last = i == paragraph.Cites.Count - 1;
            b.AddContent(seq++, last && !cite.EndsWith('.') && !cite.EndsWith(".)", StringComparison.Ordinal) ? remainder + "." : remainder);
        }
        b.CloseElement();
    }

    private static void Element(RenderTreeBuilder b, ref int seq, string name, string text, string? cssClass = null)
    {
        b.OpenElement(seq++, name);
        if (cssClass is not null) b.AddAttribute(seq++, "class", cssClass);
        b.AddContent(seq++, text);
        b.CloseElement();
    }

    private static string Blank(string text) => string.IsNullOrWhiteSpace(text) ? "____________________" : text;

    private static string Letter(int index) => index < 26 ? ((char)('A' + index)).ToString() : (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Roman(int number) => number switch
    {
        1 => "I",
        2 => "II",
        3 => "III",
        4 => "IV",
        5 => "V",
        _ => number.ToString(CultureInfo.InvariantCulture),
    };
}
