using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using SealingRules.Contract;
using SealingRules.Model;
using SealingRules.Reports;

namespace SealingRules.Html;

/// <summary>The order page. Written as a component in C# (no Razor compiler needed); every text goes through AddContent.</summary>
public sealed class OrderPage : ComponentBase
{
    [Parameter] public SealingResult Result { get; set; } = null!;

    [Parameter] public bool Ids { get; set; }

    // Each motion's remedies, with what an earlier motion already said left out (RemedyWords).
    private IReadOnlyDictionary<string, List<StepResult>> Remedies => remedies ??= RemedyWords.Of(Result);
    private IReadOnlyDictionary<string, List<StepResult>>? remedies;

    private const string Style = """
        body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5; color: #111; }
        header { text-align: center; border-bottom: 1px solid #999; margin-bottom: 1.5rem; }
        h1 { font-size: 1.3rem; text-transform: uppercase; letter-spacing: .05em; } h2 { font-size: 1.15rem; margin-top: 2rem; }
        h3 { font-size: 1rem; margin-top: 1.5rem; } .outcome { font-weight: bold; } .note { color: #444; font-size: .9rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; } th, td { border: 1px solid #999; padding: .3rem .5rem; vertical-align: top; text-align: left; }
        code { font-size: .8rem; color: #555; } ol li { margin-bottom: .4rem; }
        @media print { body { margin: 0; max-width: none; } section, article { break-inside: avoid-page; } a { color: inherit; } }
        """;

    // Each rendering cites an authority in full the first time, in short form after.
    private CiteForms _forms = new();

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        var b = builder;
        var seq = 0;
        _forms = new CiteForms();
        b.OpenElement(seq++, "html"); b.AddAttribute(seq++, "lang", "en");
        b.OpenElement(seq++, "head");
        b.OpenElement(seq++, "meta"); b.AddAttribute(seq++, "charset", "utf-8"); b.CloseElement();
        Element(b, ref seq, "title", Title());
        b.OpenElement(seq++, "style"); b.AddMarkupContent(seq++, Style); b.CloseElement();
        b.CloseElement();
        b.OpenElement(seq++, "body");
        b.OpenElement(seq++, "header");
        if (Result.Engine.Court is { } court) Element(b, ref seq, "p", $"United States District Court, {court}");
        if (Result.Case?.Name is { } name) Element(b, ref seq, "p", name);
        if (Result.Case?.Number is { } number) Element(b, ref seq, "p", $"Case No. {number}");
        Element(b, ref seq, "h1", $"Recommended ruling on {UnsealWords.Subject(Result)}");
        Element(b, ref seq, "p", $"Law applied as of {Result.Engine.LawAsOf}. {Result.Engine.Name} {Result.Engine.Version}, rules {Result.Engine.RulesVersion}. A prediction, not legal advice.", "note");
        b.CloseElement();
        // The standard once, each finding once for all the documents it decides, then the rulings: as the Markdown report.
        b.OpenElement(seq++, "section");
        Element(b, ref seq, "h2", "The legal standard");
        Steps(b, ref seq, ReportOutline.Standard(Result));
        b.CloseElement();
        var groups = ReportOutline.Groups(Result);
        Findings(b, ref seq);
        foreach (var motion in Result.Motions) Motion(b, ref seq, motion);
        Conclusion(b, ref seq, groups);
        if (Result.Warnings.Count > 0)
        {
            b.OpenElement(seq++, "section");
            Element(b, ref seq, "h2", "Notes on the analysis");
            b.OpenElement(seq++, "ul");
            foreach (var (message, w) in ReportOutline.Warnings(Result.Warnings, Ids ? (m => m) : m => ReportOutline.Unlabelled(m, Result)))
            {
                b.OpenElement(seq++, "li");
                b.AddContent(seq++, UnsealWords.Said(message, Result));
                if (w.Follows is { } f) { b.AddContent(seq++, " The view followed: "); Cites(b, ref seq, f); }
                if (w.OtherView is { } o) { b.AddContent(seq++, " The other view: "); Cites(b, ref seq, o); }
                b.CloseElement();
            }
            b.CloseElement();
            b.CloseElement();
        }
        b.CloseElement();
        b.CloseElement();
    }

    private string Title() => Result.Case?.Name is { } n ? $"Recommended ruling: {n}" : $"Recommended ruling on {UnsealWords.Subject(Result)}";

    // Each group of documents decided alike, lettered; a finding several pieces share said once for them all, and one
    // already said for an earlier group recalled by its first sentence.
    private void Findings(RenderTreeBuilder b, ref int seq)
    {
        b.OpenElement(seq++, "section");
        Element(b, ref seq, "h2", "Findings");
        foreach (var (letter, items, steps) in ReportOutline.Findings(Result))
        {
            var first = items[0];
            b.OpenElement(seq++, "article");
            Element(b, ref seq, "h3", $"{letter}. {Phrases.List(items.Select(Name))}");
            foreach (var call in first.CloseCalls) Element(b, ref seq, "p", $"Close call: {Model.Phrases.AfterColon(UnsealWords.Said(call, Result))}", "note");
            foreach (var item in items) Readings(b, ref seq, item);
            b.OpenElement(seq++, "ol");
            foreach (var (step, saidIn) in steps)
            {
                var text = Ids ? step.Finding : StepSubjects.Opened(step, first, Result.Labels);
                if (!Ids && saidIn is not null) Element(b, ref seq, "li", $"{ReportOutline.FirstSentence(text)} (As found in {saidIn}.)");
                else Step(b, ref seq, step, text);
            }
            b.CloseElement();
            b.CloseElement();
        }
        b.CloseElement();
    }

    private string Name(ItemResult item) => item.Title is null || Ids ? $"{item.Id}{(item.Title is null ? "" : ": " + item.Title)}" : item.Title;

    // A motion's standard and disposition, with what is to be filed.
    private void Motion(RenderTreeBuilder b, ref int seq, MotionResult motion)
    {
        b.OpenElement(seq++, "section");
        // A motion to unseal is ruled on from its own side, as in the Markdown report (UnsealWords).
        Element(b, ref seq, "h2", Result.Unsealing.ContainsKey(motion.Id)
            ? $"{UnsealWords.Named(motion.Id)}: {Words(UnsealWords.Ruling(motion))}; {UnsealWords.Leaves(motion)}"
            : $"{Phrases.MotionNamed(motion.Id)}: {Words(motion.Disposition)}{(motion.WithoutPrejudice ? " without prejudice" : "")}");
        Element(b, ref seq, "p", $"Legal standard: {Words(motion.Standard)}.");
        Steps(b, ref seq, Remedies[motion.Id]);
        b.CloseElement();
    }

    private void Conclusion(RenderTreeBuilder b, ref int seq, List<(string Letter, List<ItemResult> Items)> groups)
    {
        var letterOf = groups.SelectMany(g => g.Items.Select(i => (i.Id, g.Letter))).ToDictionary(x => x.Id, x => x.Letter, StringComparer.Ordinal);
        b.OpenElement(seq++, "section");
        Element(b, ref seq, "h2", "Conclusion");
        b.OpenElement(seq++, "table");
        b.OpenElement(seq++, "thead"); b.OpenElement(seq++, "tr");
        foreach (var h in new[] { "Motion", "Item", "Outcome", "Redacted", "Public", "Findings" }) Element(b, ref seq, "th", h);
        b.CloseElement(); b.CloseElement();
        b.OpenElement(seq++, "tbody");
        foreach (var motion in Result.Motions)
            foreach (var item in motion.Items)
            {
                b.OpenElement(seq++, "tr");
                Element(b, ref seq, "td", motion.Id);
                Element(b, ref seq, "td", Ids || item.Title is null ? item.Id : item.Title);
                Element(b, ref seq, "td", item.Outcome switch { Model.Outcome.Seal => "sealed", Model.Outcome.Redact => "redacted", _ => "public" });
                Element(b, ref seq, "td", item.Outcome == Model.Outcome.Seal ? "the whole item" : Labels(item.Redact));
                Element(b, ref seq, "td", item.Outcome == Model.Outcome.Seal ? "" : Labels(item.Disclose));
                Element(b, ref seq, "td", letterOf[item.Id]);
                b.CloseElement();
            }
        b.CloseElement();
        b.CloseElement();
        b.CloseElement();
    }

    // How the movant's words read, for each harm given in words: the lead and the findings that carry it, cited. Words
    // read the same way for several items are read out once, under the first, saying how many more (as the Markdown).
    private readonly HashSet<string> _readAlready = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _readingCounts;

    private void Readings(RenderTreeBuilder b, ref int seq, ItemResult item)
    {
        foreach (var s in item.Showings.Where(s => s.Because.Count > 0))
        {
            var key = ReadingSummary.Key(s);
            if (!_readAlready.Add(key)) continue;
            _readingCounts ??= ReadingSummary.Counts(Result);
            b.OpenElement(seq++, "div");
            b.AddAttribute(seq++, "class", "reading");
            Element(b, ref seq, "p", UnsealWords.Said(ReadingSummary.Lead(s, _readingCounts.GetValueOrDefault(key, 1) - 1), Result) + ":");
            b.OpenElement(seq++, "ul");
            foreach (var step in ReadingSummary.Steps(s))
            {
                b.OpenElement(seq++, "li");
                b.AddContent(seq++, UnsealWords.Said(step.Finding, Result));
                if (step.Authorities.Count > 0) { b.AddContent(seq++, " "); Cites(b, ref seq, step.Authorities); b.AddContent(seq++, "."); }
                b.CloseElement();
            }
            if (s.Track is { GoneBothWays: true } track) Element(b, ref seq, "li", track.Sentence);
            b.CloseElement();
            b.CloseElement();
        }
    }

    private void Steps(RenderTreeBuilder b, ref int seq, List<StepResult> steps)
    {
        if (steps.Count == 0) return;
        b.OpenElement(seq++, "ol");
        foreach (var step in steps) Step(b, ref seq, step, step.Finding);
        b.CloseElement();
    }

    private void Step(RenderTreeBuilder b, ref int seq, StepResult step, string text)
    {
        b.OpenElement(seq++, "li");
        b.AddContent(seq++, UnsealWords.Said(text, Result));
        var cites = CiteScope.Printed(step, Result.Engine.Court, Result.Case?.Number);
        if (cites.Count > 0) { b.AddContent(seq++, " "); Cites(b, ref seq, cites); b.AddContent(seq++, "."); }
        if (Ids) { b.AddContent(seq++, " "); Element(b, ref seq, "code", step.Concerns.Count > 0 ? $"{step.Rule} [{string.Join(", ", step.Concerns)}]" : step.Rule); }
        b.CloseElement();
    }

    // Citations in italics, as courts write them.
    private void Cites(RenderTreeBuilder b, ref int seq, IEnumerable<CitationResult> cites)
    {
        var first = true;
        // Never the order the request itself encodes (CiteScope), here as in the Markdown report.
        foreach (var c in _forms.Of(cites.Select(c => c.Cite).Where(c => !CiteScope.IsOwn(c, Result.Case?.Number))))
        {
            if (!first) b.AddContent(seq++, "; ");
            Element(b, ref seq, "i", c);
            first = false;
        }
    }

    private static void Element(RenderTreeBuilder b, ref int seq, string name, string text, string? cssClass = null)
    {
        b.OpenElement(seq++, name);
        if (cssClass is not null) b.AddAttribute(seq++, "class", cssClass);
        b.AddContent(seq++, text);
        b.CloseElement();
    }

    private string Labels(IEnumerable<string> infoIds)
        => Phrases.List(infoIds.Select(id => Ids ? id : Result.PortionName(id)).Distinct());

    private static string Outcome(ItemResult item) => item.Outcome switch
    {
        Model.Outcome.Seal => "Filed under seal.",
        Model.Outcome.Redact => "Filed publicly with redactions; the unredacted version under seal.",
        _ => "Filed publicly.",
    };

    private static string Words<T>(T value) where T : struct, Enum => Kebab.Of(value).Replace('-', ' ');
}
