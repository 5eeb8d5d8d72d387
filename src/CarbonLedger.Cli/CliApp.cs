using System.CommandLine;
using System.IO;
using CarbonLedger.Cli.Allocate;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Import;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Cli.Reconcile;
using CarbonLedger.Cli.Report;
using CarbonLedger.Cli.Scenario;
using CarbonLedger.Cli.SerialNumbers;
using CarbonLedger.Cli.Terminal;

namespace CarbonLedger.Cli;

/// <summary>
/// The <c>carbonledger</c> command line: builds the commands, runs one, and turns every failure into a one-line
/// message on standard error and a non-zero exit code (the stack trace only with <c>--verbose</c>).
/// </summary>
internal static class CliApp
{
    /// <summary>Runs the tool in-process.</summary>
    /// <param name="args">The command-line arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">Whether the output is an interactive terminal (colours and progress bars).</param>
    /// <returns>The exit code (see <see cref="ExitCodes"/>).</returns>
    public static int Run(string[] args, TextWriter output, TextWriter error, bool interactive)
    {
        var context = new CliContext(output, error, interactive);
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Print the stack trace of an error",
            Recursive = true,
        };
        var root = new RootCommand(
            "CarbonLedger: exact, auditable carbon-credit accounting for the Joint Crediting Mechanism (JCM) and Paris Agreement Article 6.2.")
        {
            verbose,
        };
        var guard = new CommandGuard(context, verbose);
        root.Add(DemoCommand.Create(guard));
        root.Add(QuantifyCommand.Create(guard));
        root.Add(AllocateCommand.Create(guard));
        root.Add(SerialCommand.Create(guard));
        root.Add(LedgerCommand.Create(guard));
        root.Add(ReportCommand.Create(guard));
        root.Add(ReconcileCommand.Create(guard));
        root.Add(Registry.RegistryCommand.Create(guard));
        root.Add(ImportCommand.Create(guard));

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError problem in parse.Errors)
            {
                error.Write("error: " + InputException.OneLine(ParseErrors.Plain(problem.Message)) + "\n");
            }
            error.Write("Run 'carbonledger --help' for usage.\n");
            return ExitCodes.BadInput;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        finally
        {
            output.Flush();
            error.Flush();
        }
    }
}
