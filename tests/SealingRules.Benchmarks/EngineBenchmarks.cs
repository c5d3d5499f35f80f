using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using SealingRules.Batch;
using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules.Benchmarks;

/// <summary>
/// In one run: compiling the rules (FastExpressionCompiler against Expression.Compile), evaluating the seed and a
/// 200-item request against their own JSON read and write (the floor of any JSON-in/JSON-out engine), and batch mode.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EngineBenchmarks
{
    private readonly RequestReader _reader = new();
    private AuthorityCatalog _catalog = null!;
    private RuleBook _book = null!;
    private SealingEngine _engine = null!;
    private string _seedJson = null!, _bigJson = null!, _seedLines = null!;
    private SealingRequest _seed = null!, _big = null!;
    private SealingResult _seedResult = null!, _bigResult = null!;
    private SealingService _service = null!;

    [GlobalSetup]
    public void Setup()
    {
        _catalog = AuthorityCatalog.Load();
        _book = RuleBook.Load();
        _engine = new SealingEngine(_catalog, _book);
        _seedJson = Requests.Seed();
        _bigJson = Requests.Synthetic();
        _seed = _reader.Read(_seedJson);
        _big = _reader.Read(_bigJson);
        _seedResult = _engine.Evaluate(_seed);
        _seedStatements = _reader.Read(Requests.SeedWithStatements());
        _service = new SealingService(_engine, _reader);
        _bigResult = _engine.Evaluate(_big);
        var compact = Newtonsoft.Json.Linq.JObject.Parse(_seedJson).ToString(Newtonsoft.Json.Formatting.None);
        _seedLines = string.Join('\n', Enumerable.Repeat(compact, 2000));
    }

    [Benchmark(Baseline = true), BenchmarkCategory("compile")]
    public object Compile_ExpressionCompile() => new SealingEngine(_catalog, _book, null, fastCompiler: false);

    [Benchmark, BenchmarkCategory("compile")]
    public object Compile_FastExpressionCompiler() => new SealingEngine(_catalog, _book, null, fastCompiler: true);

    [Benchmark(Baseline = true), BenchmarkCategory("seed")]
    public string Seed_JsonReadWrite() { _reader.Read(_seedJson); return Json.Write(_seedResult, indented: false); }

    [Benchmark, BenchmarkCategory("seed")]
    public object Seed_Evaluate() => _engine.Evaluate(_seed);

    [Benchmark, BenchmarkCategory("seed")]
    public string Seed_ReadEvaluateWrite() => Json.Write(_engine.Evaluate(_reader.Read(_seedJson)), indented: false);

    // The seed with its four reasons as the movant's words: reading them each time (a fresh engine's cache is empty
    // only on its first request, so this measures the warm path: the cache and the judged statements' lookup).
    [Benchmark, BenchmarkCategory("seed")]
    public object Seed_WithStatements_Evaluate() => _engine.Evaluate(_seedStatements);

    // The reader alone on the Howe declaration's paragraph: the features, before any rule reads them.
    [Benchmark, BenchmarkCategory("seed")]
    public object Seed_ReadOneStatement() => Reading.StatementReader.Read(_howe);

    private readonly string _howe = HoweParagraph;

    private const string HoweParagraph = "The Reports contain data that, if made public, could provide hostile actors actionable information about which ports of entry are facing certain operational challenges, and thus reveal when/where/under what conditions someone or something should try to affect entry or avoid entry.";

    private SealingRequest _seedStatements = null!;

    [Benchmark, BenchmarkCategory("seed")]
    public object Seed_WhatIf() => new WhatIf.WhatIfSearch(_engine, _reader).Run(_seedJson);

    // The pre-filing check and the proposed order read and evaluate the request themselves; against the evaluation
    // they add the procedure list, the order's assembly, and its Word package.
    [Benchmark, BenchmarkCategory("seed")]
    public string Seed_Check() => _service.CheckToJson(_seedJson, indented: false);

    [Benchmark, BenchmarkCategory("seed")]
    public string Seed_OrderMarkdown() => Orders.MarkdownOrder.Render(_service.Order(_seedJson));

    [Benchmark, BenchmarkCategory("seed")]
    public byte[] Seed_OrderWord() => Word.WordOrder.Render(_service.Order(_seedJson));

    [Benchmark(Baseline = true), BenchmarkCategory("200 items")]
    public string Big_JsonReadWrite() { _reader.Read(_bigJson); return Json.Write(_bigResult, indented: false); }

    [Benchmark, BenchmarkCategory("200 items")]
    public object Big_Evaluate() => _engine.Evaluate(_big);

    [Benchmark, BenchmarkCategory("batch")]
    public Task Batch_2000SeedLines() => new JsonLinesBatch(_engine, _reader).RunAsync(new StringReader(_seedLines), TextWriter.Null);
}
