using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace CarbonLedger.Sqlite.Tests;

/// <summary>The child process of the crash and second-writer tests (<c>dotnet CarbonLedger.Sqlite.Child.dll …</c>).</summary>
internal sealed class ChildProcess : IDisposable
{
    private readonly Process process;
    private readonly BlockingCollection<string> lines = [];

    private ChildProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                lines.CompleteAdding();
            }
            else if (e.Data.EndsWith(" .", StringComparison.Ordinal))
            {
                // Complete lines only: a line cut short by the kill has no terminator.
                lines.Add(e.Data[..^2]);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    internal static ChildProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CarbonLedger.Sqlite.Child.dll"));
        foreach (string a in args)
        {
            start.ArgumentList.Add(a);
        }
        return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start"));
    }

    /// <summary>Waits for a line that starts with <paramref name="prefix"/>; returns it, or throws after the timeout.</summary>
    internal string WaitFor(string prefix, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            foreach (string line in lines.GetConsumingEnumerable(cancel.Token))
            {
                Received.Add(line);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return line;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        throw new TimeoutException($"The child did not print '{prefix}' within {timeout}; it printed: {string.Join(" | ", Received.TakeLast(5))}");
    }

    /// <summary>Every complete line read so far.</summary>
    internal ConcurrentBag<string> Received { get; } = [];

    /// <summary>Kills the child with SIGKILL and returns every complete line it printed.</summary>
    internal string[] Kill()
    {
        process.Kill();
        process.WaitForExit();
        return Drain();
    }

    /// <summary>Waits for the child to exit and returns its exit code.</summary>
    internal int WaitForExit(TimeSpan timeout)
    {
        if (!process.WaitForExit(timeout))
        {
            process.Kill();
            throw new TimeoutException($"The child did not exit within {timeout}");
        }
        process.WaitForExit();
        return process.ExitCode;
    }

    internal string[] Drain()
    {
        foreach (string line in lines.GetConsumingEnumerable())
        {
            Received.Add(line);
        }
        return [.. Received];
    }

    internal void CloseInput() => process.StandardInput.Close();

    internal bool HasExited => process.HasExited;

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill();
            process.WaitForExit();
        }
        process.Dispose();
        lines.Dispose();
    }
}
