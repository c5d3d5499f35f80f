using Newtonsoft.Json.Linq;
using SealingRules.Cli;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

/// <summary>The command line as a user meets it: exit codes, stdout and stderr.</summary>
public sealed class CliTests
{
    private static async Task<(int Code, string Out, string Err)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Check_in_markdown_leaves_the_ruling_out_unless_asked()
    {
        var seed = Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");

        var (code, without, _) = await Run("", "check", seed, "--format", "markdown");
        var (code2, with, _) = await Run("", "check", seed, "--format", "markdown", "--with-ruling");

        Assert.Equal((0, 0), (code, code2));
        Assert.Contains("--with-ruling", without, StringComparison.Ordinal);
        Assert.DoesNotContain("Recommended ruling", without, StringComparison.Ordinal);
        Assert.Contains("Recommended ruling", with, StringComparison.Ordinal);
        Assert.True(without.Split(' ').Length * 2 < with.Split(' ').Length);
    }

    [Fact]
    public async Task The_seeds_proposed_order_has_no_table_cell_over_150_words()
    {
        var (code, order, _) = await Run("", "order", Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"), "--format", "markdown");

        Assert.Equal(0, code);
        var cells = order.Split('\n').Where(l => l.StartsWith('|')).SelectMany(l => l.Trim().Trim('|').Split(" | ")).ToList();
        Assert.NotEmpty(cells);
        Assert.All(cells, c => Assert.True(c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 150, c[..Math.Min(80, c.Length)]));
    }

    [Fact]
    public async Task A_folder_where_a_file_is_wanted_is_said_plainly_never_an_internal_error()
    {
        var seed = Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json");
        var folder = Path.Combine(Path.GetTempPath(), "sealingrules-out-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var (code, _, err) = await Run("", "order", seed, "--format", "docx", "-o", folder);
            Assert.Equal(1, code);
            Assert.Contains("is a folder; give a file name in it", err, StringComparison.Ordinal);

            (code, _, err) = await Run("", "evaluate", Repo.Examples);
            Assert.Equal(1, code);
            Assert.Contains("is a folder, not a file", err, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", err, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task Evaluate_SeedExample_PrintsResultJson()
    {
        var (code, stdout, stderr) = await Run("", "evaluate", Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"));

        Assert.Equal(0, code);
        Assert.Equal("", stderr);
        Assert.Equal(4, JObject.Parse(stdout)["motions"]!.Count());
    }

    [Fact]
    public async Task Grade_PrintsTheScore_AndAMalformedAnswersFileExits2WithTheErrorBody()
    {
        var seed = Path.Combine(Repo.Examples, "al-otro-lado-2019");

        var (code, stdout, _) = await Run("""{ "motions": [ { "id": "ECF 290", "items": [ { "id": "ex-pi-43", "outcome": "seal" } ] } ] }""", "grade", seed, "-", "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Matches(@"0 of \d+", stdout);
        Assert.Contains("not answered", stdout, StringComparison.Ordinal);
        Assert.Contains("the answer is *public*", stdout);

        var (bad, output, stderr) = await Run("""{ "motions": [ { "id": "ECF 290", "oops": 1 } ] }""", "grade", seed, "-");
        Assert.Equal(2, bad);
        Assert.Equal("", output);
        Assert.Equal("invalid-value", (string)JObject.Parse(stderr)["error"]!["code"]!);
    }

    [Fact]
    public async Task Grade_OfAFolderThatIsNoExercise_SaysSo_WithoutAStackTrace()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "request.json"), "{}");
            var (missing, _, missingErr) = await Run("{}", "grade", folder, "-");
            Assert.Equal(1, missing);
            Assert.Contains("no such exercise folder", missingErr);

            File.WriteAllText(Path.Combine(folder, "expected.json"), "{ not json");
            var (broken, _, brokenErr) = await Run("{}", "grade", folder, "-");
            Assert.Equal(1, broken);
            Assert.Contains("expected.json is not a JSON object", brokenErr);
            Assert.DoesNotContain(" at ", brokenErr);
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public async Task Evaluate_Html_IsOnePage()
    {
        var (code, stdout, _) = await Run(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), "evaluate", "-", "--format", "html");

        Assert.Equal(0, code);
        Assert.StartsWith("<!DOCTYPE html>", stdout);
        Assert.Contains("<i>Hagestad v. Tragesser, 49 F.3d 1430, 1434 (9th Cir. 1995)</i>", stdout);
    }

    [Fact]
    public async Task Evaluate_Markdown_IsAReport()
    {
        var (code, stdout, _) = await Run(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json")), "evaluate", "-", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("# Recommended ruling", stdout);
        Assert.Contains("### Motion ECF 290: denied without prejudice", stdout);
        Assert.DoesNotContain("`weighing/", stdout);
    }

    [Theory]
    [InlineData("{", "invalid-json")]
    [InlineData("{\"schemaVersion\": 1, \"motions\": [],}", "invalid-json")]
    [InlineData("{\"schemaVersion\": 1 // v1\n}", "invalid-json")]
    [InlineData("{'schemaVersion': 1}", "invalid-json")]
    [InlineData("{\"schemaVersion\": 1}", "missing-field")]
    [InlineData("{\"schemaVersion\": \"1\", \"motions\": []}", "invalid-value")]
    [InlineData("{\"schemaVersion\": 3, \"motions\": []}", "unsupported-version")]
    [InlineData("{\"schemaVersion\": 1, \"motions\": [{\"id\": \"a\", \"movant\": \"plaintiff\", \"underlyingFiling\": \"trial\", \"items\": [{\"id\": \"x\", \"request\": \"seal\", \"information\": [{\"id\": \"n\", \"kind\": \"name\", \"about\": \"party\"}]}]}, {\"id\": \"a\", \"movant\": \"plaintiff\", \"underlyingFiling\": \"trial\", \"items\": [{\"id\": \"y\", \"request\": \"seal\", \"information\": [{\"id\": \"m\", \"kind\": \"name\", \"about\": \"party\"}]}]}]}", "duplicate-id")]
    public async Task Evaluate_BadRequest_Exits2WithErrorOnStderrOnly(string request, string code)
    {
        var (exit, stdout, stderr) = await Run(request, "evaluate", "-");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var error = JObject.Parse(stderr)["error"]!;
        Assert.Equal(code, (string)error["code"]!);
        Assert.NotNull(error["message"]);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1,\n \"motions\": [],\n}", 3, 1)]
    [InlineData("{\"schemaVersion\": 1, /* v1 */ \"motions\": []}", 1, 22)]
    [InlineData("{\"schemaVersion\": 1, 'motions': []}", 1, 22)]
    public async Task Evaluate_NonJson_NamesLineAndColumnOnStderr(string request, int line, int column)
    {
        var (exit, stdout, stderr) = await Run(request, "evaluate", "-");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        var error = JObject.Parse(stderr)["error"]!;
        Assert.Equal("invalid-json", (string)error["code"]!);
        Assert.Equal(line, (int)error["line"]!);
        Assert.Equal(column, (int)error["column"]!);
    }

    [Fact]
    public async Task Jsonl_NonJsonLine_IsRefusedAloneWithItsPosition()
    {
        var seed = Newtonsoft.Json.Linq.JToken.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"))).ToString(Newtonsoft.Json.Formatting.None);
        var input = string.Join("\n", seed, "{\"schemaVersion\": 1, \"motions\": [],}", "{'schemaVersion': 1}", "{\"schemaVersion\": 1 // c\n", seed) + "\n";

        var (exit, stdout, _) = await Run(input, "evaluate", "--jsonl", "-");

        Assert.Equal(2, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(JObject.Parse).ToList();
        // The fourth request ends in its own newline, so line 5 is blank: it is answered too, and the seed is line 6.
        Assert.Equal(6, lines.Count);
        Assert.NotNull(lines[0]["motions"]);
        Assert.Equal(5, (int)lines[4]["line"]!);
        Assert.NotNull(lines[5]["motions"]);
        foreach (var (refused, n) in new[] { (lines[1], 2), (lines[2], 3), (lines[3], 4) })
        {
            Assert.Equal(n, (int)refused["line"]!);
            Assert.Equal("invalid-json", (string)refused["error"]!["code"]!);
            Assert.NotNull(refused["error"]!["column"]);
        }
    }

    [Fact]
    public async Task Schema_PrintsTheRequestSchema()
    {
        var (code, stdout, _) = await Run("", "schema");

        Assert.Equal(0, code);
        Assert.Equal("SealingRules request, contract v1", (string)JObject.Parse(stdout)["title"]!);
    }

    [Fact]
    public async Task UnknownCommand_IsAUsageError()
    {
        var (code, stdout, stderr) = await Run("", "frobnicate");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("usage:", stderr);
    }

    [Fact]
    public async Task MissingFile_IsAUsageErrorWithoutStackTrace()
    {
        var (code, _, stderr) = await Run("", "evaluate", "/no/such/file.json");

        Assert.Equal(1, code);
        Assert.DoesNotContain("   at ", stderr);
    }

    [Theory]
    [InlineData("evaluate", "usage: sealingrules evaluate FILE|-")]
    [InlineData("whatif", "usage: sealingrules whatif FILE|-")]
    [InlineData("schema", "usage: sealingrules schema [request|result]")]
    [InlineData("authorities", "usage: sealingrules authorities")]
    public async Task Help_OnEveryCommand_PrintsThatCommandsUsage(string command, string usage)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, stdout, stderr) = await Run("", command, help);

            Assert.Equal(0, code);
            Assert.Equal("", stderr);
            Assert.StartsWith(usage, stdout);
        }
        // Wherever it stands among the command's arguments.
        var (after, afterOut, _) = await Run("", command, "x.json", "--help");
        Assert.Equal(0, after);
        Assert.StartsWith(usage, afterOut);
    }

    [Theory]
    [InlineData("evaluate")]
    [InlineData("whatif")]
    public async Task BadFormat_NamesTheValueAndWhatIsAllowed(string command)
    {
        var (code, stdout, stderr) = await Run("{}", command, "-", "--format", "xml");

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("--format 'xml' is not one of: json, markdown", stderr);
        if (command == "whatif") Assert.Contains("not one of: json, markdown (for whatif)", (await Run("{}", command, "-", "--format", "html")).Err);
        Assert.Equal(1, (await Run("{}", command, "-", "--format=xml")).Code);
    }

    [Theory]
    [InlineData("json")]
    [InlineData("markdown")]
    public async Task Jsonl_WithFormat_IsRefused(string format)
    {
        var (code, stdout, stderr) = await Run("{}", "evaluate", "--jsonl", "-", "--format", format);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains("--format does not apply to --jsonl", stderr);
    }

    [Theory]
    [InlineData("evaluate", "--verbose")]
    [InlineData("evaluate", "-x")]
    [InlineData("whatif", "--jsonl")]
    [InlineData("whatif", "--ids")]
    [InlineData("schema", "--pretty")]
    [InlineData("authorities", "--all")]
    public async Task UnknownFlag_IsRefusedByName(string command, string flag)
    {
        var (code, stdout, stderr) = command is "schema" or "authorities" ? await Run("", command, flag) : await Run("{}", command, "-", flag);

        Assert.Equal(1, code);
        Assert.Equal("", stdout);
        Assert.Contains($"'{flag}'", stderr);
        Assert.Contains($"sealingrules {command} --help", stderr);
    }

    [Fact]
    public async Task Ids_WithJson_IsRefusedAsNotApplying()
    {
        var (code, _, stderr) = await Run("{}", "evaluate", "-", "--ids");

        Assert.Equal(1, code);
        Assert.Contains("--ids applies only to --format markdown", stderr);
    }

    [Fact]
    public async Task SchemaResult_StillWorks_AndABadSchemaNameIsNamed()
    {
        Assert.Equal(0, (await Run("", "schema", "result")).Code);
        var (code, _, stderr) = await Run("", "schema", "answer");
        Assert.Equal(1, code);
        Assert.Contains("schema 'answer' is not one of: request, result", stderr);
    }
}
