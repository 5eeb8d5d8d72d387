using System;
using System.IO;
using Spectre.Console;

namespace CarbonLedger.Cli.Terminal;

/// <summary>
/// Where a command writes: standard output through a Spectre console (tables), standard error for messages and
/// progress. When the output is not an interactive terminal the console is plain: no colours, no cursor movement,
/// a fixed width, and no progress bar, so redirected output is byte-identical from run to run.
/// </summary>
internal sealed class CliContext
{
    /// <summary>The width used for tables when the output is not a terminal.</summary>
    public const int FixedWidth = 120;

    public CliContext(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Console = CreateConsole(output, interactive);
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    public bool Interactive { get; }

    public IAnsiConsole Console { get; }

    /// <summary>Writes a plain line to standard output (never parsed as markup).</summary>
    public void Line(string text = "") => Output.Write(text + "\n");

    /// <summary>Runs work that reports progress; shows a progress bar on standard error only when interactive.</summary>
    public T WithProgress<T>(string label, long total, Func<Action<long>, T> work)
    {
        if (!Interactive || total <= 0)
        {
            return work(static _ => { });
        }
        // The caller has already decided the terminal is interactive, so say so explicitly: left to detection,
        // Spectre may pick its non-interactive fallback, which prints on a timer and can print nothing at all.
        IAnsiConsole errorConsole = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Error),
        });
        T result = default!;
        errorConsole.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                ProgressTask task = progress.AddTask(Markup.Escape(label), maxValue: total);
                result = work(done => task.Value = done);
                task.Value = total;
            });
        return result;
    }

    private static IAnsiConsole CreateConsole(TextWriter output, bool interactive)
    {
        if (interactive)
        {
            return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        }
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = FixedWidth;
        console.Profile.Height = 24;
        console.Profile.Capabilities.Unicode = true;
        console.Profile.Capabilities.Links = false;
        return console;
    }
}
