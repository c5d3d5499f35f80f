using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

// A short job: the machine has 2 cores and the whole run should fit in a few minutes.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithWarmupCount(2).WithIterationCount(5));
BenchmarkSwitcher.FromAssembly(typeof(SealingRules.Benchmarks.EngineBenchmarks).Assembly).Run(args, config);
