using System;
using System.Text;

namespace CarbonLedger.Cli;

/// <summary>The entry point of the <c>carbonledger</c> tool.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        bool interactive = !Console.IsOutputRedirected && !Console.IsErrorRedirected;
        return CliApp.Run(args, Console.Out, Console.Error, interactive);
    }
}
