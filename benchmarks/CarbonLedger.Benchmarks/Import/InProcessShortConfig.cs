using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace CarbonLedger.Benchmarks.Import;

/// <summary>
/// One in-process job, monitoring strategy (each iteration is one full read of a large file), one warm-up and three
/// measured iterations: the reads take seconds each, so a statistical run would occupy the shared machine for long.
/// </summary>
internal sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig() =>
        AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
}
