using SealingRules.Contract;
using SealingRules.Engine;
using SealingRules.Reports;

namespace SealingRules.Cli;

/// <summary>
/// sealingrules evaluate FILE|- [--format json|markdown] · whatif · schema [request|result] · authorities; --help on each.
/// Exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage or internal error, 3 no
/// proposed order to draw (the movant would get nothing).
/// Facts are never logged: errors name fields and positions, never values beyond the offending one.
/// </summary>
public static class CommandLine
{
    public const string Usage = """
        usage: sealingrules evaluate FILE|- [--format json|markdown|html] [--ids]
               sealingrules evaluate --jsonl FILE|- [--workers N]
               sealingrules whatif FILE|- [--format json|markdown]
               sealingrules grade EXERCISE ANSWERS|- [ANSWERS ...] [--format json|markdown]
               sealingrules check FILE|- [--format json|markdown] [--with-ruling]
               sealingrules order FILE|- [--movant [--motion ID]] [--format markdown|html|docx] [-o OUT]
               sealingrules schema [request|result]
               sealingrules authorities [--format markdown|json]
               sealingrules rules [--format markdown|json]
               sealingrules serve [--port N]
               sealingrules --version

          evaluate   read a sealing request (contract v1) from FILE or stdin ('-') and print the
                     recommended ruling as JSON (default) or as a readable Markdown report
          --ids      in the Markdown or HTML report, show rule and information ids beside each step
          --jsonl    batch mode: one request per line in, one result per line out, in order,
                     on all cores; a refused line yields {"line": N, "error": {...}} (exit 2 if any)
          --workers  batch mode: evaluate on N threads (default: one per core)
          whatif     for every item, the smallest changes of fact that would change its outcome
                     (toward the relief requested first), each an RFC 6902 patch on the request
          grade      mark a student's answers (a partial result) to an exercise folder, with the reason for
                     every miss; several answers files grade a class in one run
          check      pre-filing self-check: the evaluation plus every requirement of the district's
                     sealing rule and of Fed. R. Civ. P. 5.2 (met, missing, unknown or verify), with
                     deadlines, and what the declaration must say for each weak item
          order      the predicted ruling as an order (caption, standard, discussion, the table of
                     rulings by document, conclusion, signature); with --movant, the movant's proposed
                     order, narrowed to what it can get (none, exit 3, where it would get nothing); as
                     Markdown, HTML or Word
          schema     print the JSON Schema of the request (default) or of the result
          authorities  print the authority catalog with the rules that encode each proposition
          rules      print every rule: its doctrine folder, what it concludes, its authorities, and the
                     situation that makes it fire and the near miss that does not
          serve      the local web app and the HTTP API on http://127.0.0.1:N (default 5117), loopback only
        """;

    private const string ServeUsage = """
        usage: sealingrules serve [--port N]

          serve the local web app (open http://127.0.0.1:N/ in a browser) and the contract over HTTP
          (POST /api/evaluate, /api/whatif, /api/grade; GET /api/schema/request, /api/openapi.json),
          on 127.0.0.1 only, port N (default 5117); nothing is stored or logged. Ctrl+C stops it.
        """;

    private const string EvaluateUsage = """
        usage: sealingrules evaluate FILE|- [--format json|markdown|html] [--ids]
               sealingrules evaluate --jsonl FILE|- [--workers N]

          read a sealing request (contract v1) from FILE or stdin ('-') and print the recommended
          ruling as the contract's JSON (default), a readable Markdown report, or one HTML page
          laid out as an order
          --format   json (default), markdown or html
          --ids      with --format markdown or html: show rule and information ids beside each step
          --jsonl    batch mode: one request per line in, one JSON result per line out, in order,
                     on all cores; a refused line yields {"line": N, "error": {...}} (exit 2 if any)
          --workers  with --jsonl: evaluate on N threads, 1 to 256 (default: one per core)
        exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage error
        """;

    private const string WhatIfUsage = """
        usage: sealingrules whatif FILE|- [--format json|markdown]

          for every item of the request in FILE or stdin ('-'), the smallest changes of fact that
          would change its outcome (toward the relief requested first), each an RFC 6902 patch
          --format   json (default, the contract's What-if) or markdown (the report with the what-if)
        exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage error
        """;

    private const string SchemaUsage = """
        usage: sealingrules schema [request|result]

          print the JSON Schema of the request (default) or of the result, contract v1
        """;

    private const string AuthoritiesUsage = """
        usage: sealingrules authorities [--format markdown|json]

          print the authority catalog with the rules that encode each proposition
        """;

    private const string RulesUsage = """
        usage: sealingrules rules [--format markdown|json]

          print every rule by doctrine folder: what it concludes, its authorities with pins, and the
          situation that makes it fire and the near miss that does not
        """;

    private const string GradeUsage = """
        usage: sealingrules grade EXERCISE ANSWERS|- [ANSWERS ...] [--format json|markdown]

          mark a student's answers (a partial result, in the result's shape) to the exercise in the
          folder EXERCISE (request.json, expected.json); several answers files grade a class
          --format   json (default: an array, one { answers, grade } per file, the grade in the
                     contract's Grading shape) or markdown (a page per student)
        exit codes: 0 done, 2 an answers file broke the contract (error JSON on stderr; in a class, the
                    other files are still graded), 1 usage error
        """;

    private const string CheckUsage = """
        usage: sealingrules check FILE|- [--format json|markdown] [--with-ruling]

          the pre-filing self-check of the request in FILE or stdin ('-'): the evaluation, then each
          requirement of the district's sealing procedure in force on filing.motionFiled (else asOf)
          and of Fed. R. Civ. P. 5.2, with its rule, status (met, missing, unknown, verify) and
          deadline (Fed. R. Civ. P. 6(a) counting), and what each weak item's declaration must say
          --format   json (default, the contract's Pre-filing check) or markdown
          --with-ruling   in markdown, append the predicted ruling's report (the JSON always has it)
        exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage error
        """;

    private const string OrderUsage = """
        usage: sealingrules order FILE|- [--movant [--motion ID]] [--format markdown|html|docx] [-o OUT]

          a draft proposed order for the request in FILE or stdin ('-'), with the evaluation's
          findings: caption, background, legal standard, discussion by category of documents, the
          table of rulings (document, portion, ruling, prejudice, reason), conclusion, signature
          --movant   the movant's proposed order instead: one motion narrowed to what the evaluation
                     supports (the district's table, what the movant withdraws, counsel's block)
          --motion   with --movant, the motion's id when the request has several
          --format   markdown (default), html (one page) or docx (Word, styled as a pleading)
          -o OUT     write to OUT instead of stdout (the Word file is bytes: use -o, or redirect)
        exit codes: 0 done, 2 the request broke the contract (error JSON on stderr), 1 usage error,
                    3 (--movant) the court would likely grant nothing of the motion, so no order is drawn
        """;

    private static readonly string[] Formats = ["json", "markdown", "html"];

    /// <summary>A single evaluate (not --jsonl): the process runs the rules once, so it is tuned for a cold start.</summary>
    public static bool IsSingleEvaluation(string[] args) => args is ["evaluate", ..] && !args.Contains("--jsonl") && !args.Any(IsHelp);

    private static bool IsHelp(string arg) => arg is "--help" or "-h";

    /// <summary>A usage error: what is wrong, and where to read the command's usage. Exit code 1.</summary>
    private sealed class UsageException(string message) : Exception(message);

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            // Help on any command, wherever the flag stands.
            if (args is [var command, ..] && args.Skip(1).Any(IsHelp) && CommandUsage(command) is { } usage)
            {
                await stdout.WriteLineAsync(usage);
                return 0;
            }
            switch (args)
            {
                case ["evaluate", .. var rest]:
                    return await EvaluateAsync(rest, stdin, stdout, stderr);
                case ["whatif", .. var rest]:
                    return await WhatIfAsync(rest, stdin, stdout, stderr);
                case ["schema", .. var rest]:
                    var which = Positional("schema", rest) ?? "request";
                    if (which is not ("request" or "result"))
                        throw new UsageException($"schema '{which}' is not one of: request, result");
                    await stdout.WriteLineAsync(which == "result" ? Schemas.Result() : Schemas.Request());
                    return 0;
                case ["authorities", .. var rest]:
                    if (DataFormat("authorities", rest) == "json") await stdout.WriteLineAsync(AuthorityPages.Json(AuthorityCatalog.Load(), RuleBook.Load()));
                    else await stdout.WriteAsync(AuthorityPages.Render(AuthorityCatalog.Load(), RuleBook.Load()));
                    return 0;
                case ["rules", .. var rest]:
                    var (catalog, book) = (AuthorityCatalog.Load(), RuleBook.Load());
                    if (DataFormat("rules", rest) == "json") await stdout.WriteLineAsync(RulePages.Json(catalog, book));
                    else await stdout.WriteAsync(RulePages.Markdown(catalog, book));
                    return 0;
                case ["grade", .. var rest]:
                    return await GradeAsync(rest, stdin, stdout, stderr);
                case ["check", .. var rest]:
                    return await CheckAsync(rest, stdin, stdout, stderr);
                case ["order", .. var rest]:
                    return await OrderAsync(rest, stdin, stdout, stderr);
                case ["serve", .. var rest]:
                    return await ServeAsync(ServePort(rest), stdout);
                case ["--version"]:
                    await stdout.WriteLineAsync($"{SealingEngine.Name} {SealingEngine.EngineVersion} (rules {Rules.RuleSet.Version})");
                    return 0;
                case ["--help"] or ["-h"] or ["help"]:
                    await stdout.WriteLineAsync(Usage);
                    return 0;
                case []:
                    await stderr.WriteLineAsync(Usage);
                    return 1;
                default:
                    await stderr.WriteLineAsync($"sealingrules: unknown command '{args[0]}'");
                    await stderr.WriteLineAsync(Usage);
                    return 1;
            }
        }
        catch (UsageException e)
        {
            var command = args is [var c, ..] && CommandUsage(c) is not null ? c : null;
            await stderr.WriteLineAsync($"sealingrules: {e.Message} (see 'sealingrules {(command is null ? "" : command + " ")}--help')");
            return 1;
        }
        catch (Exception e)
        {
            // No stack traces to users, and no facts: only what kind of failure it was.
            await stderr.WriteLineAsync($"sealingrules: internal error ({e.GetType().Name}); please report it with the request's shape, not its contents.");
            return 1;
        }
    }

    private static string? CommandUsage(string command) => command switch
    {
        "evaluate" => EvaluateUsage,
        "whatif" => WhatIfUsage,
        "schema" => SchemaUsage,
        "authorities" => AuthoritiesUsage,
        "rules" => RulesUsage,
        "grade" => GradeUsage,
        "check" => CheckUsage,
        "order" => OrderUsage,
        "serve" => ServeUsage,
        _ => null,
    };

    // At most one positional argument, and no flag: schema and authorities take none.
    private static string? Positional(string command, string[] args)
    {
        string? value = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith('-')) throw new UsageException($"unknown option '{arg}' for {command}");
            if (value is not null) throw new UsageException($"{command} takes at most one argument; '{arg}' is one too many");
            value = arg;
        }
        return value;
    }

    // The data commands: --format markdown (default) or json, and nothing else.
    private static string DataFormat(string command, string[] args) => args switch
    {
        [] => "markdown",
        ["--format", "markdown" or "json"] => args[1],
        ["--format", var other] => throw new UsageException($"--format '{other}' is not one of: markdown, json"),
        [var first, ..] => throw new UsageException($"unknown option '{first}' for {command} (it takes only --format markdown|json)"),
    };

    private static string FormatValue(string value)
        => Formats.Contains(value, StringComparer.Ordinal)
            ? value
            : throw new UsageException($"--format '{value}' is not one of: {string.Join(", ", Formats)}");

    private sealed record Options(string File, string? Format, bool Jsonl, bool Ids, int? Workers);

    // The options of evaluate and whatif: every flag named, every value checked, nothing ignored.
    private static Options Parse(string command, string[] args, bool batch)
    {
        string? file = null;
        string? format = null;
        bool jsonl = false, ids = false;
        int? workers = null;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg.StartsWith("--format=", StringComparison.Ordinal)) format = FormatValue(arg["--format=".Length..]);
            else if (arg == "--format")
                format = i + 1 < args.Length ? FormatValue(args[++i]) : throw new UsageException("--format needs a value: json or markdown");
            else if (batch && arg == "--jsonl") jsonl = true;
            else if (batch && arg == "--ids") ids = true;
            else if (batch && arg == "--workers")
            {
                if (i + 1 >= args.Length || !int.TryParse(args[++i], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 256)
                    throw new UsageException("--workers takes a whole number from 1 to 256");
                workers = n;
            }
            else if (arg != "-" && arg.StartsWith('-')) throw new UsageException($"unknown option '{arg}' for {command}");
            else if (file is null) file = arg;
            else throw new UsageException($"{command} reads one request; '{arg}' is one argument too many");
        }
        if (file is null) throw new UsageException($"{command} needs a FILE, or '-' to read the request from stdin");
        if (jsonl && format is not null) throw new UsageException("--format does not apply to --jsonl: batch mode always writes one JSON result per line");
        if (jsonl && ids) throw new UsageException("--ids does not apply to --jsonl: batch mode writes JSON, whose steps always carry their ids");
        if (ids && format is not ("markdown" or "html")) throw new UsageException("--ids applies only to --format markdown or html (the JSON always carries the ids)");
        if (workers is not null && !jsonl) throw new UsageException("--workers applies only to --jsonl");
        return new Options(file, format, jsonl, ids, workers);
    }

    private static async Task<int> WhatIfAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var options = Parse("whatif", args, batch: false);
        var (file, format) = (options.File, options.Format ?? "json");
        if (format == "html") throw new UsageException("--format 'html' is not one of: json, markdown (for whatif)");
        if (file != "-" && !File.Exists(file))
        {
            await stderr.WriteLineAsync(NoSuchFile(file));
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
        var options = Parse("evaluate", args, batch: true);
        var (file, format, jsonl, ids, workers) = (options.File, options.Format ?? "json", options.Jsonl, options.Ids, options.Workers);

        if (jsonl)
        {
            if (file != "-" && !File.Exists(file))
            {
                await stderr.WriteLineAsync(NoSuchFile(file));
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
            await stderr.WriteLineAsync(NoSuchFile(file));
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

    private static int ServePort(string[] args) => args switch
    {
        [] => SealingRules.Web.LocalServer.DefaultPort, // a constant: compiled in, it loads nothing
        ["--port", var p] when int.TryParse(p, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 65535 => n,
        ["--port", var p] => throw new UsageException($"--port '{p}' is not a port number from 1 to 65535"),
        ["--port"] => throw new UsageException("--port needs a value: a port number from 1 to 65535"),
        [var first, ..] => throw new UsageException($"unknown option '{first}' for serve (it takes only --port N)"),
    };

    // Apart, and not inlined, so ASP.NET Core's assemblies load only when serve runs (an evaluate's cold start is the budget).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static async Task<int> ServeAsync(int port, TextWriter stdout)
    {
        var app = SealingRules.Web.LocalServer.Build(port);
        try
        {
            await app.StartAsync();
        }
        catch (IOException)
        {
            // Kestrel's bind failure on a port another process holds: a usage matter, said plainly, not an internal error.
            await app.DisposeAsync();
            throw new UsageException($"port {port} is already in use on 127.0.0.1; stop what is using it, or choose another port with --port N");
        }
        await stdout.WriteLineAsync($"SealingRules is serving on http://127.0.0.1:{port}/ (loopback only; open it in a browser). Ctrl+C stops it.");
        await stdout.FlushAsync();
        await Microsoft.Extensions.Hosting.HostingAbstractionsHostExtensions.WaitForShutdownAsync(app);
        return 0;
    }

    // Apart, so the HTML renderer's assemblies load only when a page is asked for (an evaluate's cold start is the budget).
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string Html(SealingResult result, bool ids) => SealingRules.Html.HtmlReport.Render(result, ids);

    private static async Task<int> GradeAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var format = "json";
        var files = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
                format = i + 1 < args.Length && args[i + 1] is "json" or "markdown" ? args[++i]
                    : throw new UsageException($"--format '{(i + 1 < args.Length ? args[i + 1] : "")}' is not one of: json, markdown");
            else if (args[i] != "-" && args[i].StartsWith('-')) throw new UsageException($"unknown option '{args[i]}' for grade");
            else files.Add(args[i]);
        }
        if (files.Count < 2) throw new UsageException("grade needs an EXERCISE folder and at least one ANSWERS file (or '-')");
        var exercise = files[0];
        files.RemoveAt(0);
        // An exercise may be named as the README lists it ("14-write-the-declaration"), found under examples/exercises.
        exercise = Teaching.Exercise.Resolve(exercise, Directory.GetCurrentDirectory());
        if (!Teaching.Exercise.IsExercise(exercise))
        {
            var near = Teaching.Exercise.Nearest(exercise, Directory.GetCurrentDirectory());
            await stderr.WriteLineAsync($"sealingrules: no such exercise folder (with request.json and expected.json): {exercise}{(near is null ? "" : $"; did you mean '{near}'?")}");
            return 1;
        }
        foreach (var f in files.Where(f => f != "-" && !File.Exists(f)))
        {
            await stderr.WriteLineAsync(NoSuchAnswers(f));
            return 1;
        }
        var service = new SealingService(new SealingEngine(), new RequestReader());
        Teaching.Exercise ex;
        try { ex = Teaching.Exercise.Load(exercise); }
        catch (InvalidDataException e)
        {
            await stderr.WriteLineAsync($"sealingrules: {e.Message}");
            return 1;
        }
        var graded = new List<(string, Teaching.GradeResult)>();
        var refused = new List<(string, string)>();
        foreach (var f in files)
        {
            try
            {
                graded.Add((f, service.Grade(ex, f == "-" ? await stdin.ReadToEndAsync() : await File.ReadAllTextAsync(f))));
            }
            catch (ContractException e)
            {
                // In a class, one malformed file is refused on its own line and the rest are still graded; a student grading
                // one file in Markdown reads the refusal in words too.
                if (files.Count == 1)
                {
                    await stderr.WriteLineAsync(e.Error.ToJson());
                    if (format == "markdown") await stdout.WriteAsync(GradeReport.Render(ex.Slug, [], [(f, Refusal(e.Error))]));
                    return 2;
                }
                await stderr.WriteLineAsync($"{{\"answers\": {Newtonsoft.Json.JsonConvert.ToString(f)}, {e.Error.ToJson()[1..]}");
                refused.Add((f, Refusal(e.Error)));
            }
        }
        if (graded.Count == 0) return 2;
        if (format == "markdown") await stdout.WriteAsync(GradeReport.Render(ex.Slug, graded, refused));
        // Always an array, one entry per file graded, however many files were given (README, "For teachers").
        else await stdout.WriteLineAsync(Json.Write(graded.Select(g => new { answers = g.Item1, grade = g.Item2 })));
        return refused.Count > 0 ? 2 : 0;
    }

    // A refusal as a person reads it: the message, and where in the file.
    private static string Refusal(ContractError error) => error.Line is { } line
        ? $"{error.Message} (line {line.ToString(System.Globalization.CultureInfo.InvariantCulture)})"
        : error.Message;

    // FILE|- with --format among the given values and, for order, -o OUT.
    private static (string File, string Format, string? Out) FileFormatOut(string command, string[] args, string[] formats, bool output)
    {
        string? file = null, format = null, outFile = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--format")
                format = i + 1 < args.Length && formats.Contains(args[i + 1], StringComparer.Ordinal) ? args[++i]
                    : throw new UsageException($"--format '{(i + 1 < args.Length ? args[i + 1] : "")}' is not one of: {string.Join(", ", formats)}");
            else if (output && args[i] is "-o" or "--output")
                outFile = i + 1 < args.Length ? args[++i] : throw new UsageException("-o needs a file name");
            else if (args[i] != "-" && args[i].StartsWith('-')) throw new UsageException($"unknown option '{args[i]}' for {command}");
            else if (file is null) file = args[i];
            else throw new UsageException($"{command} reads one request; '{args[i]}' is one argument too many");
        }
        return (file ?? throw new UsageException($"{command} needs a FILE, or '-' to read the request from stdin"), format ?? formats[0], outFile);
    }

    // A missing file, or a folder given where a file is wanted.
    private static string NoSuchFile(string? file) => file is not null && Directory.Exists(file)
        ? $"sealingrules: '{file}' is a folder, not a file: give the request's file (for example {Path.Combine(file, "request.json")})"
        : $"sealingrules: no such file: {file}";

    // The same for a student's answers file, which has no conventional name inside a folder.
    private static string NoSuchAnswers(string file) => Directory.Exists(file)
        ? $"sealingrules: '{file}' is a folder, not a file: give a student's answers file (a JSON file in the result's shape)"
        : $"sealingrules: no such answers file: {file}";

    private static async Task<string?> ReadRequestAsync(string file, TextReader stdin, TextWriter stderr)
    {
        if (file == "-") return await stdin.ReadToEndAsync();
        if (File.Exists(file)) return await File.ReadAllTextAsync(file);
        await stderr.WriteLineAsync(NoSuchFile(file));
        return null;
    }

    // The check and the order evaluate one request: interpreting the rules beats compiling them, as for evaluate.
    private static SealingService OneEvaluation() => new(new SealingEngine(AuthorityCatalog.Load(), RuleBook.Load(), interpreted: true), new RequestReader());

    private static async Task<int> CheckAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var withRuling = args.Contains("--with-ruling", StringComparer.Ordinal);
        var (file, format, _) = FileFormatOut("check", [.. args.Where(a => a != "--with-ruling")], ["json", "markdown"], output: false);
        if (await ReadRequestAsync(file, stdin, stderr) is not { } text) return 1;
        try
        {
            var check = OneEvaluation().Check(text);
            await stdout.WriteLineAsync(format == "markdown" ? CheckReport.Render(check, withRuling) : check.ToJson());
            return 0;
        }
        catch (ContractException e)
        {
            await stderr.WriteLineAsync(e.Error.ToJson());
            return 2;
        }
    }

    private static async Task<int> OrderAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        // --movant: the movant's proposed order (one motion, narrowed); --motion ID names the motion when there are several.
        var movant = args.Contains("--movant", StringComparer.Ordinal);
        var at = Array.IndexOf(args, "--motion");
        if (at >= 0 && (at + 1 >= args.Length || !movant)) throw new UsageException(movant ? "--motion needs a motion id" : "--motion goes with --movant");
        var motionId = at >= 0 ? args[at + 1] : null;
        var rest = args.Where((a, i) => a != "--movant" && (at < 0 || (i != at && i != at + 1))).ToArray();
        var (file, format, outFile) = FileFormatOut("order", rest, ["markdown", "html", "docx"], output: true);
        if (await ReadRequestAsync(file, stdin, stderr) is not { } text) return 1;
        Orders.ProposedOrder order;
        try
        {
            order = movant ? OneEvaluation().MovantOrder(text, motionId) : OneEvaluation().Order(text);
        }
        catch (ContractException e)
        {
            await stderr.WriteLineAsync(e.Error.ToJson());
            return 2;
        }
        catch (Orders.NothingToProposeException e)
        {
            // Not a usage mistake: an answer about the motion, said as one.
            await stderr.WriteLineAsync($"sealingrules: {e.Message}");
            return 3;
        }
        catch (ArgumentException e) when (e.GetType() == typeof(ArgumentException))
        {
            // A motion the request lacks, or one left unnamed: a reference the request cannot answer, said as the
            // server says it (unknown-reference, exit 2), not a misuse of the command.
            await stderr.WriteLineAsync(new ContractError(ContractError.UnknownReference, $"motion: {e.Message}", null, null, null).ToJson());
            return 2;
        }
        byte[] bytes = format switch
        {
            "docx" => Word(order),
            "html" => System.Text.Encoding.UTF8.GetBytes(OrderHtml(order)),
            _ => System.Text.Encoding.UTF8.GetBytes(Orders.MarkdownOrder.Render(order)),
        };
        if (outFile is not null)
        {
            // A folder or a path one cannot write is the user's to fix: said plainly, never an internal error.
            if (Directory.Exists(outFile)) throw new UsageException($"-o '{outFile}' is a folder; give a file name in it (for example {Path.Combine(outFile, "order." + format)})");
            try { await File.WriteAllBytesAsync(outFile, bytes); }
            catch (Exception e) when (e is UnauthorizedAccessException or IOException)
            {
                throw new UsageException($"cannot write '{outFile}' ({(e is UnauthorizedAccessException ? "permission denied" : "the folder does not exist or the disk refused it")})");
            }
        }
        else if (stdout is StreamWriter { BaseStream: var stream })
        {
            await stdout.FlushAsync();
            await stream.WriteAsync(bytes);
        }
        else if (format == "docx") throw new UsageException("the Word file is bytes: give -o OUT");
        else await stdout.WriteAsync(System.Text.Encoding.UTF8.GetString(bytes));
        return 0;
    }

    // Apart, so that the Word and HTML renderers' assemblies load only when an order in that form is asked for.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static byte[] Word(Orders.ProposedOrder order) => SealingRules.Word.WordOrder.Render(order);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string OrderHtml(Orders.ProposedOrder order) => SealingRules.Html.ProposedOrderHtml.Render(order);
}
