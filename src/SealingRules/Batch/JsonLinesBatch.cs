using System.Threading.Channels;
using Newtonsoft.Json;
using SealingRules.Contract;
using SealingRules.Engine;

namespace SealingRules.Batch;

/// <summary>
/// Batch mode: one request per line in, one result (or error) per line out, in input order. A pipeline: one reader,
/// one worker per core, one writer that takes results in input order. At most <c>inFlight</c> lines are held at any
/// time (by default 32, or four per worker if that is more), and of a line no more than a request may hold, so memory
/// stays flat however many lines come, and however long one is. Each result is written as soon as those before it
/// are (a program may send a line and wait for its answer).
/// </summary>
public sealed class JsonLinesBatch(SealingEngine engine, RequestReader reader, int? inFlight = null, int? workers = null)
{
    private readonly int _workers = workers ?? Environment.ProcessorCount;

    /// <summary>Counts of one run.</summary>
    public sealed record Summary(long Lines, long Refused);

    private sealed record Job(string Line, long Number, TaskCompletionSource<string> Result);

    /// <summary>Reads requests line by line from <paramref name="input"/> and writes one result (or numbered error) per line to <paramref name="output"/>, in input order.</summary>
    public async Task<Summary> RunAsync(TextReader input, TextWriter output, CancellationToken cancel = default)
    {
        // Two bounded queues of the same jobs: one the workers take from in any order, one the writer follows in order.
        var capacity = inFlight ?? Math.Max(32, 4 * _workers);
        var work = Channel.CreateBounded<Job>(new BoundedChannelOptions(capacity) { SingleWriter = true });
        var ordered = Channel.CreateBounded<Task<string>>(new BoundedChannelOptions(capacity) { SingleWriter = true, SingleReader = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);

        var lines = new BoundedLineReader(input, reader.Limits.MaxRequestChars);
        var feeding = Task.Run(() => Feed(lines, work.Writer, ordered.Writer, stop.Token), stop.Token);
        var evaluating = Enumerable.Range(0, _workers)
            .Select(_ => Task.Run(() => Evaluate(work.Reader, stop.Token), stop.Token)).ToArray();
        long written = 0, refused;
        var unflushed = false;
        try
        {
            while (true)
            {
                // Before any wait (for the next line or its result), what is written goes out: a program may be waiting on it.
                if (!ordered.Reader.TryRead(out var next))
                {
                    if (unflushed) { await output.FlushAsync(stop.Token); unflushed = false; }
                    if (!await ordered.Reader.WaitToReadAsync(stop.Token)) break;
                    continue;
                }
                if (!next.IsCompleted && unflushed) { await output.FlushAsync(stop.Token); unflushed = false; }
                var line = await next;
                if (line.Length == 0) continue;
                await output.WriteLineAsync(line);
                written++;
                unflushed = true;
            }
            await feeding;
            refused = (await Task.WhenAll(evaluating)).Sum();
        }
        catch
        {
            stop.Cancel(); // a failure anywhere stops the reader and the workers before it is reported
            throw;
        }
        await output.FlushAsync(cancel);
        return new Summary(written, refused);
    }

    private static async Task Feed(BoundedLineReader input, ChannelWriter<Job> work, ChannelWriter<Task<string>> ordered, CancellationToken cancel)
    {
        long number = 0;
        try
        {
            while (await input.ReadLineAsync(cancel) is { } line)
            {
                var job = new Job(line, ++number, new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
                await ordered.WriteAsync(job.Result.Task, cancel);
                await work.WriteAsync(job, cancel);
            }
        }
        catch (Exception e)
        {
            work.TryComplete(e);
            ordered.TryComplete(e);
            throw;
        }
        work.TryComplete();
        ordered.TryComplete();
    }

    /// <summary>One worker: evaluates lines as they come, returns how many it refused.</summary>
    private async Task<long> Evaluate(ChannelReader<Job> work, CancellationToken cancel)
    {
        long refused = 0;
        while (await work.WaitToReadAsync(cancel))
            while (work.TryRead(out var job))
            {
                try
                {
                    job.Result.SetResult(EvaluateLine(job.Line, job.Number, out var failed));
                    if (failed) refused++;
                }
                catch (Exception e)
                {
                    job.Result.SetException(e); // not a contract error: the writer rethrows it and the run stops
                }
            }
        return refused;
    }

    private string EvaluateLine(string line, long number, out bool failed)
    {
        failed = false;
        // A blank line is answered too, as a refusal: skipping it would shift every later answer against its line.
        if (string.IsNullOrWhiteSpace(line))
        {
            failed = true;
            return JsonConvert.SerializeObject(new { line = number, error = new ContractError(ContractError.InvalidJson, "the line is empty; each line is one request", null, null, null) });
        }
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
