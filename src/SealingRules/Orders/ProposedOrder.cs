namespace SealingRules.Orders;

/// <summary>
/// A proposed order on the motions to seal, in the form courts use: caption, background, legal standard, discussion
/// by category of documents, the table of rulings, the conclusion, and the signature block. Built from the
/// evaluation (<see cref="OrderBuilder"/>), so its findings are the evaluation's; rendered as Markdown, HTML or Word.
/// </summary>
/// <param name="Caption">Court, parties, case number and title.</param>
/// <param name="Background">What is before the court.</param>
/// <param name="Standard">The legal standard, each paragraph with its authorities.</param>
/// <param name="Discussion">One section per category of documents.</param>
/// <param name="Table">One row per document.</param>
/// <param name="Conclusion">The ordering paragraphs, numbered in the order.</param>
public sealed record ProposedOrder(
    Caption Caption,
    IReadOnlyList<Paragraph> Background,
    IReadOnlyList<Paragraph> Standard,
    IReadOnlyList<Section> Discussion,
    IReadOnlyList<TableRow> Table,
    IReadOnlyList<Paragraph> Conclusion)
{
    /// <summary>The words that close every order.</summary>
    public const string SoOrdered = "IT IS SO ORDERED.";

    /// <summary>The headings of the table's columns, in order.</summary>
    // What the movant asked to seal, beside what the court grants: "Entire document" next to "redact the phone number" is
    // the request and the ruling, not two rulings.
    public static readonly IReadOnlyList<string> Columns = ["Document", "Sealing sought", "Ruling", "Reason"];

    /// <summary>The columns of the movant's table, as the district's rule lists them (the exhibit number first).</summary>
    public static readonly IReadOnlyList<string> MovantColumns = ["Exhibit", "Document", "Portion to be sealed", "Ruling", "Reason"];

    /// <summary>The predicted ruling (the court's view), or the movant's proposed order (what the movant asks for and can get).</summary>
    public OrderKind Kind { get; init; } = OrderKind.Ruling;

    /// <summary>Counsel for the movant, named at the top of the first page of the movant's proposed order.</summary>
    public Contract.Counsel? Counsel { get; init; }

    /// <summary>The district's pleading paper: 28 numbered lines a page (N.D. and S.D. Cal.); otherwise each line of text is numbered.</summary>
    public bool PleadingPaper { get; init; }

    /// <summary>The judge the request names (case.judge), who signs the order: the name only ("Hon. Jane Doe").</summary>
    public string? Judge { get; init; }

    /// <summary>The signing judge's title, said once, beneath the name.</summary>
    public string JudgeTitle { get; init; } = "United States District Judge";

    /// <summary>The lines under the signature rule: the judge's name when the request gives it, then the judge's title.</summary>
    public IReadOnlyList<string> SignatureLines => Judge is { Length: > 0 } judge ? [judge, JudgeTitle] : ["United States District Judge"];
}

/// <summary>Which of the two orders this is.</summary>
public enum OrderKind
{
    /// <summary>The predicted ruling: the order a court applying the evaluation would sign, with its reasoning.</summary>
    Ruling,

    /// <summary>The movant's proposed order: the motion narrowed to what the evaluation supports, for the movant to file.</summary>
    Movant,
}

/// <summary>The caption: court, parties, case number, title.</summary>
/// <param name="Court">"UNITED STATES DISTRICT COURT", then the district, as two lines.</param>
/// <param name="Parties">The case name, e.g. "Al Otro Lado, Inc. v. McAleenan" (blank line when not given).</param>
/// <param name="Plaintiffs">The side before "v.", when the case name has one.</param>
/// <param name="Defendants">The side after "v.".</param>
/// <param name="CaseNumber">The case number, or a blank to fill.</param>
/// <param name="Title">The order's title, e.g. "[PROPOSED] ORDER ON MOTIONS TO FILE UNDER SEAL (ECF 290, 305)".</param>
public sealed record Caption(IReadOnlyList<string> Court, string Parties, string Plaintiffs, string Defendants, string CaseNumber, string Title)
{
    /// <summary>The designation under the plaintiffs' names: "Plaintiff," or "Plaintiffs,".</summary>
    public string PlaintiffRole { get; init; } = "Plaintiff,";

    /// <summary>The designation under the defendants' names: "Defendant." or "Defendants.".</summary>
    public string DefendantRole { get; init; } = "Defendant.";
}

/// <summary>A paragraph: its text, then the authorities it rests on, as courts cite them.</summary>
/// <param name="Text">The sentences.</param>
/// <param name="Cites">The citations, each as a court writes it (case names italic when rendered).</param>
public sealed record Paragraph(string Text, IReadOnlyList<string> Cites);

/// <summary>One category of documents: its heading and the findings that decide it.</summary>
/// <param name="Heading">The documents it covers.</param>
/// <param name="Paragraphs">The findings, said once for the whole category.</param>
public sealed record Section(string Heading, IReadOnlyList<Paragraph> Paragraphs);

/// <summary>One document's row in the table.</summary>
/// <param name="Document">Its ECF or exhibit number (and title).</param>
/// <param name="Portion">What is sealed or redacted, or "Entire document".</param>
/// <param name="Ruling">GRANTED, GRANTED IN PART or DENIED.</param>
/// <param name="Prejudice">"Without prejudice", "With prejudice", or "—" where granted.</param>
/// <param name="Reason">Why, briefly, citing the declaration where one is given.</param>
public sealed record TableRow(string Document, string Portion, string Ruling, string Prejudice, string Reason)
{
    /// <summary>The ruling as its cell says it, with the prejudice where anything is denied ("DENIED (without prejudice)").</summary>
    public string RulingCell => Prejudice is "—" or "" ? Ruling : $"{Ruling} ({Prejudice.ToLowerInvariant()})";

    /// <summary>The docket or exhibit number alone (the movant's table gives it its own column).</summary>
    public string? Exhibit { get; init; }
}
