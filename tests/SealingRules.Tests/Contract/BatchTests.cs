using Newtonsoft.Json.Linq;
using SealingRules.Batch;
using SealingRules.Cli;
using SealingRules.Tests.Support;
using Xunit;

namespace SealingRules.Tests.Contract;

public sealed class BatchTests
{
    private static readonly string Seed = JObject.Parse(File.ReadAllText(Path.Combine(Repo.Examples, "al-otro-lado-2019", "request.json"))).ToString(Newtonsoft.Json.Formatting.None);

    [Fact]
    public async Task Jsonl_OneResultPerLine_InOrder_WithErrorLinesNumbered()
    {
        var lines = Enumerable.Range(0, 1200).Select(i => i == 700 ? "{\"schemaVersion\": 1" : i == 900 ? "" : Seed);
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["evaluate", "--jsonl", "-"], new StringReader(string.Join("\n", lines)), output, error);

        var outLines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, code);
        // Every line is answered, a blank one too, so the answers stay in step with the lines.
        Assert.Equal(1200, outLines.Length);
        var refused = JObject.Parse(outLines[700]);
        Assert.Equal(701, (long)refused["line"]!);
        Assert.Equal("invalid-json", (string)refused["error"]!["code"]!);
        var blank = JObject.Parse(outLines[900]);
        Assert.Equal(901, (long)blank["line"]!);
        Assert.Equal("invalid-json", (string)blank["error"]!["code"]!);
        Assert.All(outLines.Where((_, i) => i is not (700 or 900)), l => Assert.Equal(4, JObject.Parse(l)["motions"]!.Count()));
        Assert.Equal(Shared.Service.EvaluateToJson(Seed, indented: false), outLines[0]);
    }

    [Fact]
    public async Task Jsonl_AnswersEachLineBeforeTheNextArrives()
    {
        // A program that sends one request and waits for its answer must get it: no window has to fill first.
        var input = new LineFeed();
        var output = new FlushedText();
        var batch = new JsonLinesBatch(Shared.Engine, Shared.Reader);

        var run = batch.RunAsync(input, output);
        input.Send(Seed);
        await Until(() => output.ToString().Contains('\n'));
        input.Send("[1]");
        await Until(() => output.ToString().Count(c => c == '\n') == 2);
        input.End();
        var summary = await run.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(new JsonLinesBatch.Summary(2, 1), summary);
        Assert.Equal(2, (long)JObject.Parse(output.ToString().Split('\n')[1])["line"]!);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(64, 4)]
    public async Task Jsonl_SameOutputWhateverTheWorkersAndLinesInFlight(int inFlight, int workers)
    {
        var lines = Enumerable.Range(0, 40).Select(i => i % 7 == 3 ? "{\"schemaVersion\": 2}" : i % 11 == 5 ? " " : Seed).ToArray();
        var expected = new StringWriter();
        await new JsonLinesBatch(Shared.Engine, Shared.Reader, 1, 1).RunAsync(new StringReader(string.Join("\n", lines)), expected);
        var output = new StringWriter();

        var summary = await new JsonLinesBatch(Shared.Engine, Shared.Reader, inFlight, workers).RunAsync(new StringReader(string.Join("\n", lines)), output);

        Assert.Equal(new JsonLinesBatch.Summary(40, 9), summary); // the three blank lines are answered as refused
        Assert.Equal(expected.ToString(), output.ToString());
    }

    [Fact]
    public async Task Jsonl_AnOverlongLineIsRefusedAlone()
    {
        var reader = new SealingRules.Contract.RequestReader(new SealingRules.Contract.Limits { MaxRequestChars = Seed.Length });
        var input = string.Join("\n", Seed, Seed + new string(' ', 5_000_000), Seed);
        var output = new StringWriter();

        var summary = await new JsonLinesBatch(Shared.Engine, reader).RunAsync(new StringReader(input), output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(new JsonLinesBatch.Summary(3, 1), summary);
        Assert.Equal(2, (long)JObject.Parse(lines[1])["line"]!);
        Assert.Equal("too-large", (string)JObject.Parse(lines[1])["error"]!["code"]!);
        Assert.Equal(lines[0], lines[2]);
    }

    [Fact]
    public async Task Jsonl_Workers_IsABatchOption()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        Assert.Equal(0, await CommandLine.RunAsync(["evaluate", "--jsonl", "-", "--workers", "1"], new StringReader(Seed), output, error));
        Assert.Equal(1, await CommandLine.RunAsync(["evaluate", "-", "--workers", "1"], new StringReader(Seed), output, error));
        Assert.Equal(1, await CommandLine.RunAsync(["evaluate", "--jsonl", "-", "--workers", "0"], new StringReader(Seed), output, error));
        Assert.Equal(1, await CommandLine.RunAsync(["evaluate", "--jsonl", "-", "--workers"], new StringReader(Seed), output, error));
        Assert.Contains("--workers takes a whole number from 1 to 256", error.ToString());
        Assert.Single(output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private static async Task Until(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 10)
        {
            Assert.True(waited < 30_000, "no answer within 30 s");
            await Task.Delay(10);
        }
    }

    /// <summary>Standard output through a buffer: a program on the other end sees only what was flushed.</summary>
    private sealed class FlushedText : TextWriter
    {
        private readonly System.Text.StringBuilder _pending = new();
        private volatile string _flushed = "";

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;

        public override void Write(char value) { lock (_pending) _pending.Append(value); }

        public override void Write(string? value) { lock (_pending) _pending.Append(value); }

        public override Task WriteLineAsync(string? value) { lock (_pending) _pending.Append(value).Append('\n'); return Task.CompletedTask; }

        public override void Flush()
        {
            lock (_pending)
            {
                _flushed += _pending.ToString();
                _pending.Clear();
            }
        }

        public override Task FlushAsync() { Flush(); return Task.CompletedTask; }

        public override Task FlushAsync(CancellationToken cancellationToken) { Flush(); return Task.CompletedTask; }

        public override string ToString() => _flushed;
    }

    /// <summary>Standard input as a program writes it: lines arrive one at a time, then the pipe closes.</summary>
    private sealed class LineFeed : TextReader
    {
        private readonly System.Threading.Channels.Channel<string> _lines = System.Threading.Channels.Channel.CreateUnbounded<string>();
        private string _pending = "";

        public void Send(string line) => _lines.Writer.TryWrite(line + "\n");

        public void End() => _lines.Writer.TryComplete();

        // As a pipe does: returns what has arrived, waiting only when nothing has.
        public override async ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            if (_pending.Length == 0)
            {
                if (!await _lines.Reader.WaitToReadAsync(cancellationToken) || !_lines.Reader.TryRead(out var next)) return 0;
                _pending = next;
            }
            var n = Math.Min(buffer.Length, _pending.Length);
            _pending.AsSpan(0, n).CopyTo(buffer.Span);
            _pending = _pending[n..];
            return n;
        }
    }
}
