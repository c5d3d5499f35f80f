using System.Globalization;
using System.Text;

namespace SealingRules.Orders;

/// <summary>The proposed order as Markdown: the caption, the sections an order has, the table, and the signature block.</summary>
public static class MarkdownOrder
{
    /// <summary>The order as Markdown text.</summary>
    public static string Render(ProposedOrder order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var md = new StringBuilder();
        foreach (var line in CounselLines(order.Counsel)) md.AppendLine(CultureInfo.InvariantCulture, $"{line}  ");
        if (order.Counsel is not null) md.AppendLine();
        foreach (var line in order.Caption.Court) md.AppendLine(CultureInfo.InvariantCulture, $"**{line}**  ");
        md.AppendLine();
        if (order.Caption.Plaintiffs.Length > 0 && order.Caption.Defendants.Length > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"{order.Caption.Plaintiffs}, {order.Caption.PlaintiffRole}  ");
            md.AppendLine("v.  ");
            md.AppendLine(CultureInfo.InvariantCulture, $"{order.Caption.Defendants}, {order.Caption.DefendantRole}  ");
        }
        else md.AppendLine(CultureInfo.InvariantCulture, $"{(order.Caption.Parties.Length > 0 ? order.Caption.Parties : "____________ v. ____________")}  ");
        md.AppendLine(CultureInfo.InvariantCulture, $"Case No. {order.Caption.CaseNumber}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {order.Caption.Title}").AppendLine();
        if (order.Kind == OrderKind.Movant)
        {
            Movant(md, order);
            return md.ToString();
        }
        // Numbered as the Word and HTML forms number them.
        md.AppendLine("### I. BACKGROUND").AppendLine();
        Paragraphs(md, order.Background);
        md.AppendLine("### II. LEGAL STANDARD").AppendLine();
        Paragraphs(md, order.Standard);
        md.AppendLine("### III. DISCUSSION").AppendLine();
        var letter = 'A';
        foreach (var section in order.Discussion)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"#### {letter++}. {section.Heading}").AppendLine();
            Paragraphs(md, section.Paragraphs);
        }
        md.AppendLine("#### Rulings by document").AppendLine();
        md.AppendLine("| " + string.Join(" | ", ProposedOrder.Columns) + " |");
        md.AppendLine("|" + string.Concat(ProposedOrder.Columns.Select(_ => "---|")));
        foreach (var row in order.Table)
            md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Document)} | {Cell(row.Portion)} | {Cell(row.RulingCell)} | {Cell(row.Reason)} |");
        md.AppendLine().AppendLine("### IV. CONCLUSION").AppendLine();
        Closing(md, order);
        return md.ToString();
    }

    // The numbered conclusion, "IT IS SO ORDERED.", the date and the judge's signature.
    private static void Closing(StringBuilder md, ProposedOrder order)
    {
        var n = 1;
        foreach (var p in order.Conclusion) md.AppendLine(CultureInfo.InvariantCulture, $"{n++}. {Text(p)}");
        md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{ProposedOrder.SoOrdered}**").AppendLine();
        md.AppendLine("Dated: ____________").AppendLine();
        md.AppendLine("____________________________________  ");
        md.AppendLine(string.Join("  \n", order.SignatureLines));
    }

    // The movant's order: what the Court considered and finds, the table, what is ordered; no discussion of its own.
    private static void Movant(StringBuilder md, ProposedOrder order)
    {
        Paragraphs(md, order.Background);
        Paragraphs(md, order.Standard);
        if (order.Table.Count > 0)
        {
            md.AppendLine("| " + string.Join(" | ", ProposedOrder.MovantColumns) + " |");
            md.AppendLine("|" + string.Concat(ProposedOrder.MovantColumns.Select(_ => "---|")));
            foreach (var row in order.Table)
                md.AppendLine(CultureInfo.InvariantCulture, $"| {Cell(row.Exhibit ?? "—")} | {Cell(row.Document)} | {Cell(row.Portion)} | {Cell(row.Ruling)} | {Cell(row.Reason)} |");
            md.AppendLine();
        }
        md.AppendLine("Accordingly, IT IS ORDERED:").AppendLine();
        Closing(md, order);
    }

    /// <summary>Counsel's block as a pleading's first page sets it out: name and bar number, firm, address, phone, email, for whom.</summary>
    public static IReadOnlyList<string> CounselLines(Contract.Counsel? counsel)
    {
        if (counsel is null) return [];
        var lines = new List<string>();
        var name = string.Join(" ", new[] { counsel.Name, counsel.Bar is { Length: > 0 } bar ? BarNumber(bar) : null }.Where(s => !string.IsNullOrEmpty(s)));
        if (name.Length > 0) lines.Add(name);
        if (counsel.Firm is { Length: > 0 } firm) lines.Add(firm);
        if (counsel.Address is { Length: > 0 } address)
            lines.AddRange(address.Split(['\n', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (counsel.Phone is { Length: > 0 } phone) lines.Add($"Telephone: {phone}");
        if (counsel.Email is { Length: > 0 } email) lines.Add($"Email: {email}");
        if (counsel.AttorneysFor is { Length: > 0 } whom) lines.Add($"Attorneys for {whom}");
        return lines;
    }

    // California's bar numbers are bare digits and read "SBN"; another state's comes with its own label ("WSBA No. 55555").
    private static string BarNumber(string bar) => bar.All(char.IsAsciiDigit) ? $"(SBN {bar})" : $"({bar})";

    private static void Paragraphs(StringBuilder md, IEnumerable<Paragraph> paragraphs)
    {
        foreach (var p in paragraphs) md.AppendLine(Text(p)).AppendLine();
    }

    private static string Text(Paragraph p) => p.Cites.Count == 0 ? p.Text : $"{p.Text} {string.Join("; ", p.Cites.Select(Cite))}.";

    /// <summary>A citation with its case name in italics, as courts write it.</summary>
    public static string Cite(string cite)
    {
        var (name, tail) = CaseNames.Split(cite);
        return name.Length == 0 ? cite : $"*{name}*{tail}";
    }

    /// <summary>Text made safe for a Markdown table cell (pipes escaped, one line).</summary>
    internal static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
