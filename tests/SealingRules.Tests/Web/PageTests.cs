using Microsoft.Playwright;
using Newtonsoft.Json.Linq;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Web;

/// <summary>The page at / in headless Chromium, as an expert drives it: the full form, import, the what-if, an exercise.</summary>
[Collection("browser")]
public sealed class PageTests(LocalSite site) : IClassFixture<LocalSite>
{
    private static string SeedPath => Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");

    private static JObject Seed => JObject.Parse(File.ReadAllText(SeedPath));

    [Fact]
    public async Task TheSeedsWaitlist_BuiltThroughTheForm_GetsTheRedactionsTheCourtOrdered()
    {
        var page = await site.OpenFormAsync();
        var motion = (JObject)Seed["motions"]!.First(m => (string)m["id"]! == "ECF 314");
        var item = (JObject)motion["items"]!.First(i => (string)i["id"]! == "ex-cc-reply-4");

        await page.SelectOptionAsync("#f-court", "S.D. Cal.");
        await page.FillAsync("#f-asOf", "2019-11-21");
        await page.FillAsync("#f-case-name", "Al Otro Lado, Inc. v. McAleenan");
        await page.FillAsync("#f-motions-0-id", "ECF 314");
        await page.SelectOptionAsync("#f-motions-0-movant", "joint");
        await page.SelectOptionAsync("#f-motions-0-underlyingFiling", "class-certification");
        const string I = "#f-motions-0-items-0";
        await page.FillAsync(I + "-id", "ex-cc-reply-4");
        await page.FillAsync(I + "-title", (string)item["title"]!);
        await page.SelectOptionAsync(I + "-request", "seal");
        await page.SelectOptionAsync(I + "-publicInterest", "central");
        var information = (JArray)item["information"]!;
        for (var k = 0; k < information.Count; k++)
        {
            if (k > 0) await page.ClickAsync(I + "-information-add");
            await page.FillAsync($"{I}-information-{k}-id", (string)information[k]["id"]!);
            await page.SelectOptionAsync($"{I}-information-{k}-kind", (string)information[k]["kind"]!);
            await page.SelectOptionAsync($"{I}-information-{k}-about", (string)information[k]["about"]!);
        }
        await page.ClickAsync(I + "-harms-add");
        await page.SelectOptionAsync(I + "-harms-0-kind", "persecution");
        await page.SelectOptionAsync(I + "-harms-0-showing", "specific");
        await page.SelectOptionAsync(I + "-harms-0-evidence", "argument-only");
        await LocalSite.Shot(page, "01-form-waitlist-built");
        // The help is the schema's: the field's description, and the chosen value's in plain words.
        var schema = SealingRules.Contract.Schemas.RequestSchema();
        var showing = schema["definitions"]!["Harm"]!["properties"]!["showing"]!;
        Assert.Equal((string)showing["description"]!, await page.InnerTextAsync(I + "-harms-0-showing-help"));
        Assert.Equal((string)showing["x-valueDescriptions"]!["specific"]!, await page.InnerTextAsync(I + "-harms-0-showing-value"));
        Assert.Equal((string)schema["definitions"]!["Motion"]!["properties"]!["movant"]!["description"]!, await page.InnerTextAsync("#f-motions-0-movant-help"));

        await page.ClickAsync("#evaluate");
        var row = page.Locator("#items-table tr[data-item='ex-cc-reply-4']");
        await row.WaitForAsync();
        await LocalSite.Shot(page, "02-form-waitlist-ruling");

        Assert.Equal("redact", await row.Locator("td.outcome").InnerTextAsync());
        var redacted = (await row.Locator("td.redact").InnerTextAsync()).Split(", ");
        Assert.Equal(["waitlist-names", "waitlist-emergency-contacts", "waitlist-emergency-phones", "waitlist-birthdates", "waitlist-city-of-origin", "waitlist-occupations"], redacted);
        var stays = await row.Locator("td.disclose").InnerTextAsync();
        Assert.Contains("waitlist-gender", stays, StringComparison.Ordinal);
        Assert.Contains("waitlist-country-of-origin", stays, StringComparison.Ordinal);
        Assert.Contains("waitlist-blood-type", stays, StringComparison.Ordinal);
        Assert.Contains(await page.Locator("#result-body cite").AllInnerTextsAsync(), c => c.StartsWith("Ctr. for Auto Safety v. Chrysler Grp., LLC, 809 F.3d 1092", StringComparison.Ordinal));

        // Export gives back, as a file, the request the form built: the seed's item, word for word.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        var exported = JObject.Parse(await File.ReadAllTextAsync(await download.PathAsync()));
        Assert.True(JToken.DeepEquals(item, exported["motions"]![0]!["items"]![0]), exported.ToString());
        Assert.Equal("Al Otro Lado, Inc. v. McAleenan", (string)exported["case"]!["name"]!);
        Assert.Equal("2019-11-21", (string)exported["asOf"]!);
    }

    // One motion on a summary-judgment motion, one item with one piece of information and one reason in the filer's
    // words, filled in the full form as an expert would.
    private static async Task DescribeOneItem(IPage page, (string Id, string Movant) motion, (string Id, string Request) item,
        (string Kind, string About) info, string harm, string statement)
    {
        await page.FillAsync("#f-motions-0-id", motion.Id);
        await page.SelectOptionAsync("#f-motions-0-movant", motion.Movant);
        await page.SelectOptionAsync("#f-motions-0-underlyingFiling", "summary-judgment");
        const string I = "#f-motions-0-items-0";
        await page.FillAsync(I + "-id", item.Id);
        await page.SelectOptionAsync(I + "-request", item.Request);
        await page.FillAsync(I + "-information-0-id", item.Id + "-info");
        await page.SelectOptionAsync(I + "-information-0-kind", info.Kind);
        await page.SelectOptionAsync(I + "-information-0-about", info.About);
        await page.ClickAsync(I + "-harms-add");
        await page.SelectOptionAsync(I + "-harms-0-kind", harm);
        await page.FillAsync(I + "-harms-0-statement", statement);
    }

    // A close judged statement the court went the other way on says, beside it, what sets it apart (like[].differs).
    [Fact]
    public async Task AJudgedStatementJudgedTheOtherWay_SaysWhatSetsItApart()
    {
        const string statement = "Section 4 sets out the per-unit prices and volume discounts we negotiated. If our other suppliers saw them, "
            + "they would know the lowest price we have accepted and would refuse to bid below it in the negotiations we are now conducting.";
        var page = await site.OpenFormAsync();
        await DescribeOneItem(page, ("Dkt. 58", "plaintiff"), ("ex-12", "redact"), ("pricing-terms", "party"), "competitive-harm", statement);
        await page.ClickAsync("#evaluate");
        var like = page.Locator("#result-body .reading ul.like").First;
        await like.WaitForAsync();
        await LocalSite.Shot(like, "34-like-differs");

        Assert.Contains("Unlike the statement read here, this one does not say how disclosure would cause the harm", await like.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReasonInTheFilersOwnWords_IsTypedInATextBox_AndItsReadingIsShown()
    {
        var page = await site.OpenFormAsync();
        await DescribeOneItem(page, ("Dkt. 40", "defendant"), ("ex-7", "redact"), ("pricing-terms", "party"), "competitive-harm",
            "The supplier agreement was designated confidential under the protective order.");
        Assert.Equal("textarea", await page.EvalOnSelectorAsync<string>("#f-motions-0-items-0-harms-0-statement", "e => e.tagName.toLowerCase()"));
        await page.ClickAsync("#evaluate");
        var reading = page.Locator("#result-body .reading").First;
        await reading.WaitForAsync();
        await LocalSite.Shot(page, "21-statement-read");

        Assert.Contains("read as conclusory", await reading.Locator(".reading-title").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("protective order", await reading.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("undercut", await reading.Locator("ul.cures").InnerTextAsync(), StringComparison.Ordinal);
        // A designation alone: courts have mostly agreed, so no word of a split.
        Assert.Equal(0, await reading.Locator("p.track").CountAsync());
    }

    [Fact]
    public async Task AOneLineMedicalReason_IsShownWithTheCourtsThatWentBothWays()
    {
        var page = await site.OpenFormAsync();
        await DescribeOneItem(page, ("Dkt. 41", "plaintiff"), ("ex-9", "seal"), ("medical", "party"), "privacy",
            "The exhibits contain Plaintiff's private medical records.");
        await page.ClickAsync("#evaluate");
        var track = page.Locator("#result-body .reading p.track").First;
        await track.WaitForAsync();
        await LocalSite.Shot(page, "31-statement-track-record");

        Assert.Contains("read as specific", await page.Locator("#result-body .reading .reading-title").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.StartsWith("Courts have gone both ways on words like these: of ", await track.InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatTheMovantRestsOn_IsTickedInBoxes_AndTheRulingAnswersIt()
    {
        var page = await site.OpenFormAsync();
        await page.FillAsync("#f-motions-0-id", "Dkt. 12");
        await page.SelectOptionAsync("#f-motions-0-movant", "defendant");
        await page.SelectOptionAsync("#f-motions-0-underlyingFiling", "summary-judgment");
        const string I = "#f-motions-0-items-0";
        await page.FillAsync(I + "-id", "ex-2");
        await page.SelectOptionAsync(I + "-request", "seal");
        await page.FillAsync(I + "-information-0-id", "ex-2-terms");
        await page.SelectOptionAsync(I + "-information-0-kind", "settlement-terms");
        await page.SelectOptionAsync(I + "-information-0-about", "party");
        Assert.Equal("checkbox", await page.GetAttributeAsync(I + "-restsOn-confidentiality-agreement", "type"));
        await page.CheckAsync(I + "-restsOn-confidentiality-agreement");
        await page.ClickAsync("#evaluate");
        await page.Locator("#items-table tr[data-item='ex-2']").WaitForAsync();
        await LocalSite.Shot(page, "23-rests-on-agreement");

        Assert.Contains("public", await page.Locator("#items-table tr[data-item='ex-2'] td.outcome").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Parties cannot contract their way out of the presumption of access", await page.InnerTextAsync("#result-body"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportingTheSeed_ShowsEveryItemsOutcome_LoadingNothingFromElsewhere()
    {
        var page = await site.OpenFormAsync();
        var requests = new List<string>();
        var errors = new List<string>();
        page.Request += (_, r) => requests.Add(r.Url);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        await page.SetInputFilesAsync("#import-file", SeedPath);
        await page.Locator("#items-table tbody tr").Nth(15).WaitForAsync();
        await LocalSite.Shot(page, "03-import-seed-ruling");

        var expected = Shared.Service.Evaluate(File.ReadAllText(SeedPath)).Motions.SelectMany(m => m.Items).ToList();
        Assert.Equal(expected.Count, await page.Locator("#items-table tbody tr").CountAsync());
        foreach (var item in expected)
        {
            var row = page.Locator($"#items-table tr[data-item='{item.Id}']");
            Assert.Equal(Kebab(item.Outcome), await row.Locator("td.outcome").InnerTextAsync());
            Assert.Equal(item.Redact.Count == 0 ? "—" : string.Join(", ", item.Redact), await row.Locator("td.redact").InnerTextAsync());
        }
        Assert.Equal("denied", await page.InnerTextAsync("#motions-table tbody tr:first-child td:nth-child(3)"));
        // The form now holds the imported request.
        Assert.Equal("ECF 290", await page.InputValueAsync("#f-motions-0-id"));
        Assert.All(requests, u => Assert.StartsWith(site.BaseUrl + "/", u, StringComparison.Ordinal));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task FlippingAWhatIfToggle_ReEvaluates_AndTheOutcomeMoves()
    {
        var page = await site.OpenFormAsync();
        await page.SetInputFilesAsync("#import-file", SeedPath);
        await page.Locator("#whatif-0").WaitForAsync();
        var itemId = await page.Locator("#whatif-0").GetAttributeAsync("data-item");
        var row = page.Locator($"#items-table tr[data-item='{itemId}']");
        var before = await row.Locator("td.outcome").InnerTextAsync();
        var whatIf = JObject.Parse(Shared.Service.WhatIfToJson(File.ReadAllText(SeedPath), true));
        // The first item's toggles are numbered from 0 in the order of its changes: the first that changes the outcome word.
        var changes = whatIf["items"]!.First(i => (string)i["id"]! == itemId)["changes"]!.ToList();
        var k = changes.FindIndex(c => (string)c["outcome"]! != before);
        var change = changes[k];
        var toggle = page.Locator($"#whatif-{k}");
        await LocalSite.Shot(page, "04-whatif-before");

        await toggle.CheckAsync();
        await page.Locator($"#items-table tr.moved[data-item='{itemId}']").WaitForAsync();
        await LocalSite.Shot(page, "05-whatif-after");

        Assert.NotEqual(before, (string)change["outcome"]!);
        Assert.Equal($"{before} → {(string)change["outcome"]!}", await row.Locator("td.outcome").InnerTextAsync());
        Assert.Contains("change outcome", await page.InnerTextAsync("#result-body .notice"), StringComparison.Ordinal);

        await toggle.UncheckAsync();
        await page.Locator($"#items-table tr.moved").WaitForAsync(new() { State = WaitForSelectorState.Detached });
        Assert.Equal(before, await row.Locator("td.outcome").InnerTextAsync());
    }

    [Fact]
    public async Task TickingTheNarrowedRequest_MarksTheItemMoved_ThoughOnlyItsReliefChanges()
    {
        var page = await site.OpenFormAsync();
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "supply.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(FactPatterns.PriceTableInASupplyAgreement) });
        await page.Locator("#whatif-0").WaitForAsync();
        var whatIf = JObject.Parse(Shared.Service.WhatIfToJson(FactPatterns.PriceTableInASupplyAgreement, true));
        var changes = whatIf["items"]!.Single(i => (string)i["id"]! == "agreement")["changes"]!.ToList();
        var k = changes.FindIndex(c => c["dimensions"]!.Values<string>().Contains("request"));
        Assert.Equal(("redact", "full"), ((string)changes[k]["outcome"]!, (string)changes[k]["relief"]!));
        var row = page.Locator("#items-table tr[data-item='agreement']");
        Assert.Equal(("redact", "partial"), (await row.Locator("td.outcome").InnerTextAsync(), await row.Locator("td.relief").InnerTextAsync()));

        await page.Locator($"#whatif-{k}").CheckAsync();
        await page.Locator("#items-table tr.moved[data-item='agreement']").WaitForAsync();
        await LocalSite.Shot(page.Locator("#result-body"), "32-whatif-narrowed-relief-moves");
        Assert.Equal("redact", await row.Locator("td.outcome").InnerTextAsync());
        Assert.Equal("partial → full", await row.Locator("td.relief").InnerTextAsync());
        Assert.Contains("1 item(s) change outcome or relief", await page.InnerTextAsync("#result-body .notice"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheReasoning_CitesAsTheReportsDo_NoOtherDistrictForTheDisposition_NeverTheCasesOwnOrder()
    {
        var page = await site.OpenFormAsync();
        await page.SetInputFilesAsync("#import-file", Path.Combine(Repo.Examples, "tapestry-liberty-2020", "request.json"));
        await page.Locator("#result-body .motion-reasoning").WaitForAsync();
        await LocalSite.Shot(page.Locator("#result-body .motion-reasoning").First, "33-reasoning-cites-deciding-district");
        var reasoning = await page.InnerTextAsync("#result-body .motion-reasoning");
        // D. Ariz.: the denial without prejudice is not cited to an S.D. Cal. order; a finding keeps its N.D. Cal. one.
        Assert.Contains("denied without prejudice", reasoning, StringComparison.Ordinal);
        Assert.DoesNotContain("(S.D. Cal.", reasoning, StringComparison.Ordinal);
        Assert.Contains("UCP Int'l Co. v. Balsam Brands Inc.", reasoning, StringComparison.Ordinal);

        await page.SetInputFilesAsync("#import-file", SeedPath);
        await page.Locator("#result-body p.case", new() { HasTextString = "McAleenan" }).WaitForAsync();
        var seed = await page.InnerTextAsync("#result-body");
        Assert.DoesNotContain("No. 17-cv-02366-BAS-KSC,", seed, StringComparison.Ordinal);
        Assert.Contains("Kamakana", seed, StringComparison.Ordinal);
        // One authority's pins in one step are one citation, as in the reports: the compelling-reasons step cites
        // Kamakana at 1179 and at 1178, 1180-81, and prints it once.
        var stepCites = await page.Locator("#result-body span.cites").AllInnerTextsAsync();
        Assert.Contains(stepCites, c => c.Contains("447 F.3d 1172, 1178, 1179, 1180-81 (9th Cir. 2006)", StringComparison.Ordinal));
        Assert.All(stepCites, c => Assert.True(c.Split("447 F.3d 1172").Length <= 2, c));
    }

    [Fact]
    public async Task AWrongExerciseAnswer_IsGraded_WithTheExplanation()
    {
        var page = await site.OpenAsync();
        await page.SelectOptionAsync("#exercise-pick", "01-no-reason-offered");
        await page.ClickAsync("#exercise-load");
        await page.Locator("#answer-form").WaitForAsync();
        Assert.Contains("settlement agreement", await page.InnerTextAsync(".case-file"), StringComparison.Ordinal);
        Assert.Equal("Exhibit B", await page.InnerTextAsync(".case-file strong >> text=Exhibit B"));
        Assert.Equal(1, await page.Locator(".case-file table").CountAsync());
        // The answer is not on the page before the student commits one.
        Assert.Equal(0, await page.Locator("#score").CountAsync());
        await page.SelectOptionAsync("#answer-0-disposition", "granted");
        await page.SelectOptionAsync("#answer-0-prejudice", "false");
        await page.SelectOptionAsync("#answer-0-0-outcome", "seal");
        await LocalSite.Shot(page, "06-exercise-answer");

        await page.ClickAsync("#answer-commit");
        await page.Locator("#score").WaitForAsync();
        await LocalSite.Shot(page, "07-exercise-graded");

        var grade = Shared.Service.Grade(Path.Combine(Repo.Examples, "exercises", "01-no-reason-offered"),
            """{ "motions": [ { "id": "Doc. 94", "disposition": "granted", "withoutPrejudice": false, "items": [ { "id": "eastman-ex-b", "outcome": "seal" } ] } ] }""");
        Assert.Equal($"Score: {grade.Score} of {grade.Max}", await page.InnerTextAsync("#score"));
        Assert.NotEmpty(grade.Misses);
        var misses = await page.InnerTextAsync(".misses");
        Assert.All(grade.Misses, m => Assert.Contains(m.Explanation, misses, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnExerciseOnHowParticularTheShowingIs_NeverShowsTheShowing_BeforeTheAnswer()
    {
        // Exercise 03 gives the movant's words, not a typed showing: nothing on the page, and nothing the page fetched,
        // says how a court would read them until the student commits an answer.
        var page = await site.OpenAsync();
        var fetched = new List<string>();
        page.Response += (_, r) => { if (r.Url.Contains("/api/exercises/", StringComparison.Ordinal)) fetched.Add(r.Url); };
        await page.SelectOptionAsync("#exercise-pick", "03-motion-to-quash-exhibit");
        await page.ClickAsync("#exercise-load");
        await page.Locator("#answer-form").WaitForAsync();
        var facts = JObject.Parse(await (await page.APIRequest.GetAsync(Assert.Single(fetched))).TextAsync());
        Assert.DoesNotContain("\"showing\"", facts["request"]!.ToString(), StringComparison.Ordinal);
        Assert.Contains("proprietary and other confidential business information", facts["request"]!.ToString(), StringComparison.Ordinal);
        // The case file and the answer form (the full form elsewhere on the page lists every showing as a choice).
        var before = await page.InnerTextAsync(".case-file") + await page.InnerTextAsync("#answer-form");
        Assert.DoesNotContain("conclusory", before, StringComparison.Ordinal);
        Assert.DoesNotContain("generalized", before, StringComparison.Ordinal);
        // The words are facts here, not a question the key asks: no particularity choice, no paragraph to write.
        Assert.Equal(0, await page.Locator("#answer-0-0-showing-0").CountAsync());
        Assert.Equal(0, await page.Locator("#answer-0-0-statement-0").CountAsync());
        await LocalSite.Shot(page.Locator("#exercise-body"), "36-exercise-words-as-facts");

        await page.SelectOptionAsync("#answer-0-0-outcome", "seal");
        await page.ClickAsync("#answer-commit");
        await page.Locator("#score").WaitForAsync();
        await LocalSite.Shot(page, "35-exercise-words-graded");
        Assert.Contains("filed publicly", await page.InnerTextAsync(".misses"), StringComparison.OrdinalIgnoreCase);
        Assert.StartsWith("Your answer would be right on other facts: if the declaration added", await page.InnerTextAsync(".right-if"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDeclarationExercise_TakesAParagraph_AndGradesItByItsReading()
    {
        var page = await site.OpenAsync();
        await page.SelectOptionAsync("#exercise-pick", "14-write-the-declaration");
        await page.ClickAsync("#exercise-load");
        await page.Locator("#answer-0-0-statement-0").WaitForAsync();
        await page.FillAsync("#answer-0-0-statement-0", "The agreement is highly confidential and must stay sealed.");
        // How particular the declaration is as written is a question of its own, answered from a list.
        await page.SelectOptionAsync("#answer-0-0-showing-0", "conclusory");
        await page.ClickAsync("#answer-commit");
        await page.Locator("#score").WaitForAsync();
        await LocalSite.Shot(page, "22-declaration-graded");

        Assert.Equal("Score: 1 of 6", await page.InnerTextAsync("#score"));
        var misses = await page.InnerTextAsync(".misses");
        Assert.Contains("the declaration paragraph: your paragraph", misses, StringComparison.Ordinal);
        Assert.DoesNotContain("statements[0]", misses, StringComparison.Ordinal);
        // The rule's id is the program's; the student sees the authority.
        Assert.DoesNotContain("Rule: ", misses, StringComparison.Ordinal);
        Assert.Contains("Authority: ", misses, StringComparison.Ordinal);
        // The paragraph reads as a value; the questions left blank are missed as unanswered.
        Assert.Contains("your paragraph reads as conclusory; it needs to read as specific.", misses, StringComparison.Ordinal);
        Assert.Contains("not answered; expected", misses, StringComparison.Ordinal);
        // EA pays royalties under a licence: the advice is a licensee's (a benchmark in other negotiations), not a seller's.
        Assert.Contains("benchmark", await page.InnerTextAsync(".right-if"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedFile_IsRefused_WithTheContractsMessageAndItsLine()
    {
        var page = await site.OpenFormAsync();

        await page.SetInputFilesAsync("#import-file", new FilePayload
        {
            Name = "broken.json",
            MimeType = "application/json",
            Buffer = System.Text.Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"motions\": [],\n}\n"),
        });
        var error = page.Locator("#error");
        await error.WaitForAsync();
        await LocalSite.Shot(page, "08-import-malformed");

        var text = await error.InnerTextAsync();
        Assert.Contains("a comma may not follow the last member of an object or array", text, StringComparison.Ordinal);
        Assert.Contains("line 4", text, StringComparison.Ordinal);
        Assert.Equal("alert", await error.GetAttributeAsync("role"));
        Assert.Equal(0, await page.Locator("#items-table").CountAsync());
    }

    [Fact]
    public async Task AnImportOfManyItems_IsSummarised_AndItsControlsAreBuiltOnlyIfAsked()
    {
        var page = await site.OpenFormAsync();
        var request = new JObject
        {
            ["schemaVersion"] = 1,
            ["motions"] = new JArray(new JObject
            {
                ["id"] = "ECF 9", ["movant"] = "defendant", ["underlyingFiling"] = "discovery",
                ["items"] = new JArray(Enumerable.Range(1, 60).Select(n => new JObject
                {
                    ["id"] = $"ex-{n}", ["request"] = "redact",
                    ["information"] = new JArray(new JObject { ["id"] = $"ex-{n}-prices", ["kind"] = "pricing-terms", ["about"] = "party" }),
                })),
            }),
        };
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "sixty.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(request.ToString()) });
        await page.Locator("#import-summary").WaitForAsync();
        await LocalSite.Shot(page, "30-import-summary");

        Assert.Contains("sixty.json holds 1 motion(s) and 60 items.", await page.InnerTextAsync("#import-summary"), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#f-motions-0-items-1-id").CountAsync());
        Assert.Equal(0, await page.Locator("#items-table").CountAsync());

        await page.ClickAsync("#import-evaluate");
        await page.Locator("#items-table tbody tr").Nth(59).WaitForAsync();
        Assert.Equal(60, await page.Locator("#items-table tbody tr").CountAsync());
        Assert.True(await page.IsVisibleAsync("#form-not-drawn"));
        Assert.Equal(0, await page.Locator("#f-motions-0-items-1-id").CountAsync());
        // Export still gives the request back whole.
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#export"));
        Assert.Equal(60, JObject.Parse(await File.ReadAllTextAsync(await download.PathAsync()))["motions"]![0]!["items"]!.Count());
    }

    [Fact]
    public async Task TheReasoning_NamesTheMovant_AsTheReportsDo()
    {
        var page = await site.OpenFormAsync();
        var request = new JObject
        {
            ["schemaVersion"] = 1,
            ["motions"] = new JArray(new JObject
            {
                ["id"] = "ECF 9", ["movant"] = "defendant", ["underlyingFiling"] = "summary-judgment",
                ["items"] = new JArray(new JObject
                {
                    ["id"] = "ex-1", ["request"] = "seal",
                    ["information"] = new JArray(new JObject { ["id"] = "ex-1-prices", ["kind"] = "pricing-terms", ["about"] = "party" }),
                    ["harms"] = new JArray(new JObject { ["kind"] = "competitive-harm", ["statement"] = "The exhibit is confidential." }),
                }),
            }),
        };
        // A small file is drawn and predicted at once.
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "one.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(request.ToString()) });
        await page.Locator(".reading-title").First.WaitForAsync();
        await LocalSite.Shot(page.Locator("#result"), "37-reasoning-names-the-movant");

        // One party brings the motion: its words and the findings name it, as the Markdown and HTML reports do.
        Assert.StartsWith("The defendant's words for reason 1 read as conclusory", await page.InnerTextAsync(".reading-title"), StringComparison.Ordinal);
        Assert.DoesNotContain("the movant", (await page.InnerTextAsync("#result")).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFileOverTheSizeLimit_IsRefusedInPlainWords_BeforeItIsRead()
    {
        var page = await site.OpenFormAsync();
        var posts = new List<string>();
        page.Request += (_, r) => { if (r.Method == "POST") posts.Add(r.Url); };
        var big = "{ \"schemaVersion\": 1, \"motions\": [] }" + new string(' ', 1_500_000);
        await page.SetInputFilesAsync("#import-file", new FilePayload { Name = "big.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(big) });
        await page.Locator("#import-note").WaitForAsync();

        var note = await page.InnerTextAsync("#import-note");
        Assert.Contains("too large to open here", note, StringComparison.Ordinal);
        Assert.Contains("1.4 MB; the page opens request files of up to 1 MB", note, StringComparison.Ordinal);
        Assert.Empty(posts);
    }

    [Fact]
    public async Task AFormThatBreaksTheContract_NamesTheField_AndFocusesIt()
    {
        var page = await site.OpenFormAsync();
        await page.FillAsync("#f-motions-0-id", "ECF 1");

        await page.ClickAsync("#evaluate");
        await page.Locator("#error").WaitForAsync();
        await LocalSite.Shot(page, "09-form-missing-field");

        Assert.Contains("motions[0].movant", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
        Assert.Equal("f-motions-0-movant", await page.EvaluateAsync<string>("document.activeElement.id"));
    }

    [Fact]
    public async Task TheSelfCheck_ListsTheProcedure_AndTheOrderDownloadsInWordAndHtml()
    {
        var page = await site.OpenFormAsync();
        await page.SetInputFilesAsync("#import-file", SeedPath);
        await page.Locator("#items-table tbody tr").Nth(15).WaitForAsync();
        // The form may be drawn again just after an import; open the folded filing facts on whichever form stands,
        // until the date field shows (a click on the summary could land on the form being replaced).
        await page.WaitForFunctionAsync("""
            () => { const d = document.querySelector('#filing-facts'); if (d && !d.open) d.open = true;
                    const f = document.querySelector('#f-filing-motionFiled'); return !!(d && d.open && f && f.offsetParent !== null); }
            """, null, new() { PollingInterval = 100 });
        await page.FillAsync("#f-filing-motionFiled", "2019-11-01");
        await page.SelectOptionAsync("#f-filing-supportingDeclaration", "true");
        await page.SelectOptionAsync("#f-filing-redactedPublicVersion", "false");

        await page.ClickAsync("#check");
        await page.Locator("#procedure-table tbody tr").First.WaitForAsync();
        await LocalSite.Shot(page, "11-self-check");

        var request = Seed;
        request["filing"] = new JObject { ["motionFiled"] = "2019-11-01", ["supportingDeclaration"] = true, ["redactedPublicVersion"] = false };
        var expected = JObject.Parse(Shared.Service.CheckToJson(request.ToString(), true))["procedure"]!;
        // Every requirement is shown once: in the table with its status, or, where no filing fact can show it, in the list after it.
        var papers = expected.Where(r => (string)r["status"]! == "unknown" && ((string)r["why"]!).StartsWith("No filing fact can show this", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(papers);
        Assert.Equal(expected.Count() - papers.Count, await page.Locator("#procedure-table tbody tr").CountAsync());
        Assert.Equal(papers.Count, await page.Locator("#procedure-papers li").CountAsync());
        foreach (var requirement in expected.Except(papers))
            Assert.Equal((string)requirement["status"]!, await page.InnerTextAsync($"#procedure-table tr[data-requirement='{(string)requirement["id"]!}'] td.status"));
        foreach (var requirement in papers)
            Assert.Contains((string)requirement["requirement"]!, await page.InnerTextAsync($"#procedure-papers li[data-requirement='{(string)requirement["id"]!}']"), StringComparison.Ordinal);
        await LocalSite.Shot(page.Locator("#procedure-papers"), "11b-self-check-papers");

        var word = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#order-docx"));
        var html = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#order-html"));
        var wordBytes = await File.ReadAllBytesAsync(await word.PathAsync());
        var htmlText = await File.ReadAllTextAsync(await html.PathAsync());

        Assert.Equal("predicted-ruling.docx", word.SuggestedFilename);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(wordBytes, 0, 2));
        Assert.Equal("predicted-ruling.html", html.SuggestedFilename);
        Assert.Contains("Al Otro Lado", htmlText, StringComparison.Ordinal);
        Assert.Contains("<html", htmlText, StringComparison.OrdinalIgnoreCase);

        // The movant's own order, on the motion chosen: narrowed to what the court would likely grant.
        await page.FocusAsync("#order-motion");
        await page.SelectOptionAsync("#order-motion", "ECF 314");
        var movant = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#order-movant-html"));
        var movantText = System.Net.WebUtility.HtmlDecode(await File.ReadAllTextAsync(await movant.PathAsync()));
        Assert.Equal("proposed-order.html", movant.SuggestedFilename);
        Assert.Contains("[PROPOSED] ORDER GRANTING THE PARTIES' JOINT MOTION TO FILE UNDER SEAL (ECF 314), AS NARROWED", movantText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryControl_HasALabel_AndTheFormWorksFromTheKeyboard()
    {
        var page = await site.OpenFormAsync();

        var unlabelled = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('input, select')].filter(e => e.labels.length === 0).map(e => e.id || e.outerHTML)");
        var fakeButtons = await page.EvaluateAsync<int>("document.querySelectorAll('[onclick]:not(button), div[role=button]').length");
        await page.FocusAsync("#f-motions-0-id");
        await page.Keyboard.TypeAsync("ECF 7");
        await page.Keyboard.PressAsync("Tab");
        var next = await page.EvaluateAsync<string>("document.activeElement.id");
        await page.Keyboard.PressAsync("Shift+Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#error").WaitForAsync();
        await LocalSite.Shot(page, "10-keyboard-submit");

        Assert.Empty(unlabelled);
        Assert.Equal(0, fakeButtons);
        Assert.Equal("f-motions-0-movant", next);
        Assert.Contains("motions[0].movant", await page.InnerTextAsync("#error"), StringComparison.Ordinal);
    }

    private static string Kebab<T>(T v) where T : struct, Enum => Model.Kebab.Of(v);
}

/// <summary>The browser tests share one Chromium per class and run one class at a time.</summary>
[CollectionDefinition("browser", DisableParallelization = true)]
public sealed class BrowserGroup;
