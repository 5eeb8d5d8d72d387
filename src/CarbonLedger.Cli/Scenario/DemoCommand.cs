using System.CommandLine;

namespace CarbonLedger.Cli.Scenario;

/// <summary><c>carbonledger demo</c>: the Japan–Kazakhstan JCM scenario end to end.</summary>
internal static class DemoCommand
{
    public static Command Create(Terminal.CommandGuard guard)
    {
        var command = new Command("demo", "Run the Japan–Kazakhstan JCM scenario end to end");
        guard.Attach(command, (_, context) => { context.Line("demo"); return 0; });
        return command;
    }
}
