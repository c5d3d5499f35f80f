using SealingRules.Cli;

// One evaluation per process: code generated at run time (Newtonsoft's getters, the expression interpreter's call
// sites) would be JIT-compiled to run a few times; with this off both use reflection. Process-wide, so set here only.
if (CommandLine.IsSingleEvaluation(args))
    AppContext.SetSwitch("System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported", false);

return await CommandLine.RunAsync(args, Console.In, Console.Out, Console.Error);
