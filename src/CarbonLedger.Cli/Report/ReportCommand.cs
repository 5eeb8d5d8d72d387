using System.CommandLine;

namespace CarbonLedger.Cli.Report;

/// <summary><c>carbonledger report …</c>: Article 6.2 reports from a registry history.</summary>
internal static class ReportCommand
{
    public static Command Create(Terminal.CommandGuard guard)
    {
        _ = guard;
        return new Command("report", "Article 6.2 reports from registry histories (the AEF tables arrive with the Article 6.2 module)");
    }
}
