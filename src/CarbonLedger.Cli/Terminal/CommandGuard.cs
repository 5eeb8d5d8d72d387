using System;
using System.CommandLine;
using System.IO;
using System.Text.Json;

namespace CarbonLedger.Cli.Terminal;

/// <summary>
/// Runs a command's body and maps failures to exit codes: bad input (including the library's argument and format
/// errors) prints one line and exits with <see cref="ExitCodes.BadInput"/>; anything else is an internal error.
/// The stack trace follows only when <c>--verbose</c> is given.
/// </summary>
internal sealed class CommandGuard(CliContext context, Option<bool> verbose)
{
    public CliContext Context { get; } = context;

    /// <summary>Sets the action of a command so that its body runs under this guard.</summary>
    public void Attach(Command command, Func<ParseResult, CliContext, int> body) =>
        command.SetAction(parse => Run(parse, body));

    private int Run(ParseResult parse, Func<ParseResult, CliContext, int> body)
    {
        bool showTrace = parse.GetValue(verbose);
        try
        {
            return body(parse, Context);
        }
        catch (InputException ex)
        {
            return Fail(ex.Message, ex, showTrace, ExitCodes.BadInput);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or IOException or JsonException or InvalidOperationException)
        {
            return Fail(InputException.OneLine(ex.Message), ex, showTrace, ExitCodes.BadInput);
        }
#pragma warning disable CA1031 // The tool's last line of defence: report any failure as one line and an exit code.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Fail("internal error: " + InputException.OneLine(ex.Message), ex, showTrace, ExitCodes.InternalError);
        }
    }

    private int Fail(string message, Exception ex, bool showTrace, int code)
    {
        Context.Error.Write("error: " + message + "\n");
        if (showTrace)
        {
            Context.Error.Write(ex + "\n");
        }
        return code;
    }
}
