using System.Text;
using SealingRules.Cli;

// One evaluation per process: code generated at run time (Newtonsoft's getters, the expression interpreter's call
// sites) would be JIT-compiled to run a few times; with this off both use reflection. Process-wide, so set here only.
if (CommandLine.IsSingleEvaluation(args))
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);

// Console.Out flushes every line; batch mode writes thousands of large lines, and flushes itself whenever it would wait.
await using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
return await CommandLine.RunAsync(args, Console.In, stdout, Console.Error);
