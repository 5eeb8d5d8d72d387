using System;
using CarbonLedger.Cli.Scenario;

namespace CarbonLedger.Reports.Tests;

/// <summary>The demo's Japan–Kazakhstan scenario, run once for all the report tests (it is pure: the same every run).</summary>
internal static class DemoScenario
{
    private static readonly Lazy<ScenarioOutcome> Lazy = new(JapanKazakhstanScenario.Run);

    public static ScenarioOutcome Outcome => Lazy.Value;
}
