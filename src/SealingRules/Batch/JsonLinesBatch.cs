using Newtonsoft.Json;
using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules.Batch;

/// <summary>
/// Batch mode: one request per line in, one result (or error) per line out, in input order. Lines are taken
/// in windows of fixed size and each window is evaluated on all cores, so memory stays flat however many lines come.
/// </summary>
public sealed class JsonLinesBatch(SealingEngine engine, RequestReader reader, int window = 512)
{
    /// <summary>Counts of one run.</summary>
    public sealed record Summary(long Lines, long Refused);

    public async Task<Summary> RunAsync(TextReader input, TextWriter output, CancellationToken cancel = default)
    {
        var lines = new string?[window];
        var results = new string[window];
        long lineNumber = 0, total = 0, refused = 0;
        while (true)
        {
            var count = 0;
            while (count < window && await input.ReadLineAsync(cancel) is { } line) lines[count++] = line;
            if (count == 0) break;
            var first = lineNumber + 1;
            Parallel.For(0, count, new ParallelOptions { CancellationToken = cancel }, i =>
            {
                results[i] = EvaluateLine(lines[i]!, first + i, out var failed);
                if (failed) Interlocked.Increment(ref refused);
            });
            for (var i = 0; i < count; i++)
            {
                if (results[i].Length > 0) { await output.WriteLineAsync(results[i]); total++; }
                lines[i] = null;
                results[i] = "";
            }
            lineNumber += count;
        }
        await output.FlushAsync(cancel);
        return new Summary(total, refused);
    }

    private string EvaluateLine(string line, long number, out bool failed)
    {
        failed = false;
        if (string.IsNullOrWhiteSpace(line)) return "";
        try
        {
            return Json.Write(engine.Evaluate(reader.Read(line)), indented: false);
        }
        catch (ContractException e)
        {
            failed = true;
            return JsonConvert.SerializeObject(new { line = number, error = e.Error });
        }
    }
}
