using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using SealingRules.Cli;
using SealingRules.Orders;
using SealingRules.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace SealingRules.Tests.Orders;

/// <summary>
/// The seed's proposed order in each form, as reviewable snapshots (the Word file as its word/document.xml), and the
/// order's findings checked against the evaluation's: the order adds form, never reasoning of its own.
/// </summary>
public sealed class SeedOrderTests
{
    private static string SeedJson => File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

    private static ProposedOrder Seed => Shared.Service.Order(SeedJson);

    [Fact]
    public void Markdown_matches_snapshot() => Snapshot.Match(MarkdownOrder.Render(Seed), SnapshotNameExtension.Create("seed-order-md"));

    [Fact]
    public void Html_matches_snapshot() => Snapshot.Match(SealingRules.Html.ProposedOrderHtml.Render(Seed), SnapshotNameExtension.Create("seed-order-html"));

    [Fact]
    // Indented, one element a line, so that a change to the Word file reads as a diff.
    public void Word_document_xml_matches_snapshot()
        => Snapshot.Match(System.Xml.Linq.XDocument.Parse(DocumentXml(SealingRules.Word.WordOrder.Render(Seed))).ToString(), SnapshotNameExtension.Create("seed-order-docx"));

    internal static string DocumentXml(byte[] docx)
    {
        using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
        using var reader = new StreamReader(zip.GetEntry("word/document.xml")!.Open());
        return reader.ReadToEnd();
    }

    [Fact]
    public void The_caption_a_row_per_document_and_the_closing_are_in_every_form()
    {
        var order = Seed;
        Assert.Equal(16, order.Table.Count);
        var md = MarkdownOrder.Render(order);
        var html = SealingRules.Html.ProposedOrderHtml.Render(order);
        var xml = DocumentXml(SealingRules.Word.WordOrder.Render(order));
        foreach (var text in new[] { md, html, xml })
        {
            Assert.Contains("17-cv-02366-BAS-KSC", text, StringComparison.Ordinal);
            Assert.Contains(ProposedOrder.SoOrdered, text, StringComparison.Ordinal);
            Assert.Contains("SOUTHERN DISTRICT OF CALIFORNIA", text, StringComparison.Ordinal);
        }
        Assert.Equal(16 + 2, md.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal) || l.StartsWith("|---", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_finding_in_the_order_is_a_finding_of_the_evaluation_with_its_authorities()
    {
        var result = Shared.Service.Evaluate(SeedJson);
        // A finding made of several pieces alike is said once for them all (MergedFindings), with the same rule and
        // authorities; a finding a weighing step restates is said once (Restatements).
        var steps = result.Motions.SelectMany(m => m.Reasoning.Concat(m.Items.SelectMany(i => i.Reasoning.Concat(
            SealingRules.Reports.Restatements.Drop(SealingRules.Reports.MergedFindings.Merge(i.Reasoning, result.Labels), result.Labels, s => SealingRules.Reports.CiteScope.Printed(s, result.Engine.Court, result.Case?.Number).Count > 0))))).ToList();
        var order = Seed;
        var said = new List<string>();
        foreach (var p in order.Standard.Concat(order.Discussion.SelectMany(s => s.Paragraphs)))
        {
            // A finding already said for an earlier part is recalled by its first sentence and the part, uncited.
            if (System.Text.RegularExpressions.Regex.Match(p.Text, @"^(.*) See Part III\.[A-Z], above\.$") is { Success: true } recall)
            {
                Assert.Contains(said, t => t.Contains(recall.Groups[1].Value[1..], StringComparison.Ordinal));
                Assert.Empty(p.Cites);
                continue;
            }
            said.Add(p.Text);
            // Word for word, or opened with what it concerns ("As to the phone number, the movant …").
            var candidates = steps.Where(s => s.Finding == p.Text
                || (p.Text.StartsWith("As to ", StringComparison.Ordinal) && p.Text.EndsWith(s.Finding[1..], StringComparison.Ordinal))).ToList();
            Assert.True(candidates.Count > 0, $"not a finding of the evaluation: {p.Text}");
            // The same authorities, in the forms an order writes (in full the first time, short after, pins joined).
            Assert.Contains(candidates, step => p.Cites.All(c => step.Authorities.Any(a => Cited(a.Id, c))));
        }
        // Each item's ruling in the table is the evaluation's outcome.
        var items = result.Motions.SelectMany(m => m.Items).ToList();
        for (var i = 0; i < items.Count; i++)
            Assert.StartsWith(items[i].Relief switch
            {
                Model.Relief.Full => "GRANTED",
                // Under a motion denied whole (the seed's), redactions are permitted, not granted.
                Model.Relief.Partial => result.Motions.First(m => m.Items.Contains(items[i])).Disposition == Model.Disposition.Denied ? "DENIED" : "GRANTED IN PART",
                _ => "DENIED",
            }, order.Table[i].Ruling, StringComparison.Ordinal);
    }

    private static readonly SealingRules.Engine.AuthorityCatalog Catalog = SealingRules.Engine.AuthorityCatalog.Load();

    private static bool Cited(string proposition, string cite) => Catalog.Find(proposition) is { } p
        && (cite.StartsWith(p.Template.Split("{pin}")[0], StringComparison.Ordinal) || cite.StartsWith(p.ShortTemplate.Split("{pin}")[0], StringComparison.Ordinal));

    [Fact]
    public void The_table_says_what_the_weighing_decided_for_each_part_and_where_the_discussion_gives_why()
    {
        var row = Seed.Table[0];

        Assert.Equal("DENIED (without prejudice); redaction of the phone number permitted", row.RulingCell);
        Assert.Equal("The phone number: compelling reasons for withholding. The internal opinions and the operational data: no compelling reason shown. "
            + "The email address: the public's right of access prevails. See Part III.A.", row.Reason);
        // Four motions decided together are introduced in one sentence, as a court does.
        Assert.StartsWith("Before the Court are four motions: the plaintiff's motion (ECF 290)", Seed.Background[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_with_a_docket_entry_of_its_own_is_not_put_under_the_motions_number()
    {
        var documents = Seed.Table.Select(r => r.Document).ToList();

        // ECF 315-3 is the Doe declaration's own entry: "ECF 314: … ECF 315-3" would say the paper is the motion.
        Assert.Contains("Supplemental Declaration of Roberto Doe (Ex. 2 to Class Cert Reply, ECF 315-3)", documents);
        // A title with no docket entry of its own is still placed under the motion that asks to seal it.
        Assert.Contains(documents, d => d.StartsWith("ECF 290: ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_order_never_cites_the_case_it_decides()
    {
        var order = Seed;
        Assert.DoesNotContain(order.Standard.Concat(order.Discussion.SelectMany(s => s.Paragraphs)).Concat(order.Conclusion).SelectMany(p => p.Cites),
            c => c.Contains("17-cv-02366", StringComparison.Ordinal));
    }

    [Fact]
    public void Word_output_is_byte_stable() => Assert.Equal(SealingRules.Word.WordOrder.Render(Seed), SealingRules.Word.WordOrder.Render(Seed));

    [Fact]
    public async Task Cli_writes_each_form_and_refuses_a_bad_format()
    {
        var file = Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");
        var output = new StringWriter();
        Assert.Equal(0, await CommandLine.RunAsync(["order", file], new StringReader(""), output, new StringWriter()));
        Assert.Contains(ProposedOrder.SoOrdered, output.ToString(), StringComparison.Ordinal);
        var docx = Path.Combine(Path.GetTempPath(), $"order-{Guid.NewGuid():N}.docx");
        try
        {
            Assert.Equal(0, await CommandLine.RunAsync(["order", file, "--format", "docx", "-o", docx], new StringReader(""), new StringWriter(), new StringWriter()));
            Assert.Contains("17-cv-02366-BAS-KSC", DocumentXml(await File.ReadAllBytesAsync(docx)), StringComparison.Ordinal);
        }
        finally { File.Delete(docx); }
        var error = new StringWriter();
        Assert.Equal(1, await CommandLine.RunAsync(["order", file, "--format", "pdf"], new StringReader(""), new StringWriter(), error));
        Assert.Contains("--format 'pdf'", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, await CommandLine.RunAsync(["order", "-"], new StringReader("{ \"schemaVersion\": 1 }"), new StringWriter(), new StringWriter()));
    }

    [Fact]
    public async Task Http_answers_each_form_in_its_content_type_and_check_with_the_procedure()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await using var app = SealingRules.Web.LocalServer.Build(port);
        await app.StartAsync();
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        foreach (var (format, type) in new[] { ("markdown", "text/markdown"), ("html", "text/html"), ("docx", SealingRules.Web.LocalServer.WordType) })
        {
            var response = await client.PostAsync($"/api/order?format={format}", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(type, response.Content.Headers.ContentType!.MediaType);
        }
        var check = await client.PostAsync("/api/check", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        var json = Newtonsoft.Json.Linq.JObject.Parse(await check.Content.ReadAsStringAsync());
        Assert.NotEmpty((Newtonsoft.Json.Linq.JArray)json["procedure"]!);
        Assert.Equal(4, ((Newtonsoft.Json.Linq.JArray)json["motions"]!).Count);
        var bad = await client.PostAsync("/api/order?format=pdf", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        // The movant's own order: one motion, named where the request has several; refused in plain words otherwise.
        var movant = await client.PostAsync("/api/order?kind=movant&motion=ECF%20314", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, movant.StatusCode);
        Assert.Contains("[PROPOSED] ORDER GRANTING THE PARTIES' JOINT MOTION TO FILE UNDER SEAL (ECF 314), AS NARROWED", await movant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unnamed = await client.PostAsync("/api/order?kind=movant", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.Contains("name the one the order is for", await unnamed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var kind = await client.PostAsync("/api/order?kind=court", new StringContent(SeedJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, kind.StatusCode);
        await app.StopAsync();
    }
}
