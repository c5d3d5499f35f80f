using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Reports;

namespace SealingRules.Cli;

/// <summary>
/// sealingrules evaluate FILE|- [--format json|markdown] · sealingrules schema [request|result].
/// Exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage or internal error.
/// Facts are never logged: errors name fields and positions, never values beyond the offending one.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: sealingrules evaluate FILE|- [--format json|markdown|html] [--ids]
               sealingrules evaluate --jsonl FILE|- [--workers N]
               sealingrules whatif FILE|- [--format json|markdown]
               sealingrules grade EXERCISE ANSWERS|- [ANSWERS ...] [--format json|markdown]
               sealingrules schema [request|result]
               sealingrules authorities [--format markdown|json]
               sealingrules rules [--format markdown|json]
               sealingrules --version

          evaluate   read a sealing request (contract v1) from FILE or stdin ('-') and print the
                     recommended ruling as JSON (default) or as a readable Markdown report
          --ids      in the Markdown report, show rule and information ids beside each step
          --jsonl    batch mode: one request per line in, one result per line out, in order,
                     on all cores; a refused line yields {"line": N, "error": {...}} (exit 2 if any)
          --workers  batch mode: evaluate on N threads (default: one per core)
          grade      mark a student's answers (a partial result) to an exercise folder, with the reason for
                     every miss; several answers files grade a class in one run
          whatif     for every item, the smallest changes of fact that would change its outcome
                     (toward the relief requested first), each an RFC 6902 patch on the request
          schema     print the JSON Schema of the request (default) or of the result
          authorities  print the authority catalog with the rules that encode each proposition
          rules      print every rule: its doctrine folder, what it concludes, its authorities, and the
                     situation that makes it fire and the near miss that does not
        """;

    /// <summary>A single evaluate (not --jsonl): the process runs the rules once, so it is tuned for a cold start.</summary>
    public static bool IsSingleEvaluation(string[] args) => args is ["evaluate", ..] && !args.Contains("--jsonl");

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            switch (args)
            {
                case ["evaluate", .. var rest]:
                    return await EvaluateAsync(rest, stdin, stdout, stderr);
                case ["grade", var exercise, .. var rest] when rest.Length > 0:
                    return await GradeAsync(exercise, rest, stdin, stdout, stderr);
                case ["whatif", var file]:
                    return await WhatIfAsync(file, "json", stdin, stdout, stderr);
                case ["whatif", var file, "--format", var f] when f is "json" or "markdown":
                    return await WhatIfAsync(file, f, stdin, stdout, stderr);
                case ["schema"]:
                case ["schema", "request"]:
                    await stdout.WriteLineAsync(Schemas.Request());
                    return 0;
                case ["schema", "result"]:
                    await stdout.WriteLineAsync(Schemas.Result());
                    return 0;
                case ["authorities"]:
                case ["authorities", "--format", "markdown"]:
                    await stdout.WriteAsync(AuthorityPages.Render(AuthorityCatalog.Load(), RuleBook.Load()));
                    return 0;
                case ["authorities", "--format", "json"]:
                    await stdout.WriteLineAsync(AuthorityPages.Json(AuthorityCatalog.Load(), RuleBook.Load()));
                    return 0;
                case ["rules"]:
                case ["rules", "--format", "markdown"]:
                    await stdout.WriteAsync(RulePages.Markdown(new SealingEngine(AuthorityCatalog.Load(), RuleBook.Load(), interpreted: true)));
                    return 0;
                case ["rules", "--format", "json"]:
                    await stdout.WriteLineAsync(RulePages.Json(new SealingEngine(AuthorityCatalog.Load(), RuleBook.Load(), interpreted: true)));
                    return 0;
                case ["--version"]:
                    await stdout.WriteLineAsync($"{SealingEngine.Name} {SealingEngine.EngineVersion} (rules {Rules.RuleSet.Version})");
                    return 0;
                case ["--help"] or ["-h"] or ["help"]:
                    await stdout.WriteLineAsync(Usage);
                    return 0;
                default:
                    await stderr.WriteLineAsync(Usage);
                    return 1;
            }
        }
        catch (Exception e)
        {
            // No stack traces to users, and no facts: only what kind of failure it was.
            await stderr.WriteLineAsync($"sealingrules: internal error ({e.GetType().Name}); please report it with the request's shape, not its contents.");
            return 1;
        }
    }

    private static async Task<int> GradeAsync(string exercise, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var format = "json";
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format" && i + 1 < args.Length) format = args[++i];
            else files.Add(args[i]);
        }
        if (format is not ("json" or "markdown") || files.Count == 0)
        {
            await stderr.WriteLineAsync(format is "json" or "markdown" ? Usage : $"sealingrules: --format takes json or markdown, not '{format}'");
            return 1;
        }
        if (!Directory.Exists(exercise) || !File.Exists(Path.Combine(exercise, "request.json")))
        {
            await stderr.WriteLineAsync($"sealingrules: no such exercise folder: {exercise}");
            return 1;
        }
        foreach (var f in files.Where(f => f != "-" && !File.Exists(f)))
        {
            await stderr.WriteLineAsync($"sealingrules: no such file: {f}");
            return 1;
        }
        var service = new SealingService(new SealingEngine(), new RequestReader());
        var ex = Teaching.Exercise.Load(exercise);
        var graded = new List<(string, Teaching.GradeResult)>();
        foreach (var f in files)
        {
            try
            {
                graded.Add((f, service.Grade(ex, f == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(f))));
            }
            catch (ContractException e)
            {
                await stderr.WriteLineAsync(files.Count == 1 ? e.Error.ToJson() : $"{{\"answers\": {Newtonsoft.Json.JsonConvert.ToString(f)}, {e.Error.ToJson()[1..]}");
                return 2;
            }
        }
        if (format == "markdown") await stdout.WriteAsync(GradeReport.Render(ex.Slug, graded));
        else if (graded.Count == 1) await stdout.WriteLineAsync(Json.Write(graded[0].Item2));
        else await stdout.WriteLineAsync(Json.Write(graded.Select(g => new { answers = g.Item1, grade = g.Item2 })));
        return 0;
    }

    private static async Task<int> WhatIfAsync(string file, string format, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        if (file != "-" && !File.Exists(file))
        {
            await stderr.WriteLineAsync($"sealingrules: no such file: {file}");
            return 1;
        }
        // Many evaluations: the compiled rules pay for themselves here, unlike a single evaluate.
        var engine = Task.Run(() => new SealingEngine());
        var text = file == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(file);
        try
        {
            var service = new SealingService(await engine, new RequestReader());
            var whatIf = service.WhatIf(text);
            await stdout.WriteLineAsync(format == "markdown" ? MarkdownReport.Render(service.Evaluate(text), whatIf: whatIf) : Json.Write(whatIf));
            return 0;
        }
        catch (ContractException e)
        {
            await stderr.WriteLineAsync(e.Error.ToJson());
            return 2;
        }
    }

    private static async Task<int> EvaluateAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        string? file = null;
        var format = "json";
        var jsonl = false;
        var ids = false;
        int? workers = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--jsonl") jsonl = true;
            else if (args[i] == "--ids") ids = true;
            else if (args[i] == "--workers")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], out var n) || n is < 1 or > 256)
                {
                    await stderr.WriteLineAsync("sealingrules: --workers takes a whole number from 1 to 256");
                    return 1;
                }
                workers = n;
            }
            else if (args[i] == "--format" && i + 1 < args.Length) format = args[++i];
            else if (args[i].StartsWith("--format=", StringComparison.Ordinal)) format = args[i]["--format=".Length..];
            else if (file is null) file = args[i];
            else { await stderr.WriteLineAsync(Usage); return 1; }
        }
        if (file is null || format is not ("json" or "markdown" or "html") || (workers is not null && !jsonl))
        {
            await stderr.WriteLineAsync(Usage);
            return 1;
        }

        if (jsonl)
        {
            if (file != "-" && !File.Exists(file))
            {
                await stderr.WriteLineAsync($"sealingrules: no such file: {file}");
                return 1;
            }
            using var input = file == "-" ? stdin : new StreamReader(file!, System.Text.Encoding.UTF8, true, 1 << 16);
            var summary = await new Batch.JsonLinesBatch(new SealingEngine(), new RequestReader(), workers: workers).RunAsync(input, stdout);
            return summary.Refused > 0 ? 2 : 0;
        }

        // Compiling the rules is most of a cold start; it runs on the other core while the request is read and checked.
        // One evaluation: interpreting the rules' expressions beats compiling them and JIT-compiling the result
        // (and Program turns run-time code generation off for this path, which FastExpressionCompiler needs).
        var engine = Task.Run(() => new SealingEngine(AuthorityCatalog.Load(), RuleBook.Load(), interpreted: true));

        string text;
        if (file == "-") text = await stdin.ReadToEndAsync();
        else if (!File.Exists(file))
        {
            await stderr.WriteLineAsync($"sealingrules: no such file: {file}");
            return 1;
        }
        else text = await File.ReadAllTextAsync(file);

        SealingRequest request;
        try
        {
            request = new RequestReader().Read(text);
        }
        catch (ContractException e)
        {
            await stderr.WriteLineAsync(e.Error.ToJson());
            return 2;
        }

        var result = (await engine).Evaluate(request);
        await stdout.WriteLineAsync(format switch
        {
            "markdown" => MarkdownReport.Render(result, ids),
            "html" => Html(result, ids),
            _ => Json.Write(result),
        });
        return 0;
    }

    // Apart, so the HTML renderer's assemblies load only when a page is asked for (an evaluate's cold start is the budget).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string Html(SealingResult result, bool ids) => SealingRules.Html.HtmlReport.Render(result, ids);
}
