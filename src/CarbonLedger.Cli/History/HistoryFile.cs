using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Serialization;

namespace CarbonLedger.Cli.History;

/// <summary>A registry history read from JSON Lines, with the file line of every event.</summary>
internal sealed partial class HistoryFile
{
    private readonly long[] lines;

    private HistoryFile(string file, IReadOnlyList<LedgerEvent> events, long[] lines)
    {
        File = file;
        Events = events;
        this.lines = lines;
    }

    public string File { get; }

    public IReadOnlyList<LedgerEvent> Events { get; }

    /// <summary>The file line of the event at a position of <see cref="Events"/>.</summary>
    public long LineOf(int position) => position >= 0 && position < lines.Length ? lines[position] : 0;

    /// <summary>
    /// Reads a history as <see cref="LedgerJsonLines.Read"/> does: lines end at LF only (a CR stays in its line and is
    /// refused), empty lines are skipped, a leading UTF-8 byte-order mark is skipped.
    /// </summary>
    /// <exception cref="InputException">The file is missing or a line is not a valid event (the message names the line).</exception>
    public static HistoryFile Load(string file, Action<long> progress)
    {
        var text = new StringBuilder();
        var lineNumbers = new List<long>();
        using (StreamReader reader = TextFiles.OpenText(file))
        {
            long number = 0;
            var line = new StringBuilder();
            int c;
            do
            {
                c = reader.Read();
                if (c >= 0 && c != '\n')
                {
                    line.Append((char)c);
                    continue;
                }
                if (c < 0 && line.Length == 0)
                {
                    break;
                }
                number++;
                if (line.Length > 0)
                {
                    text.Append(line).Append('\n');
                    lineNumbers.Add(number);
                    line.Clear();
                }
                if (number % 4096 == 0)
                {
                    progress(reader.BaseStream.Position);
                }
            }
            while (c >= 0);
        }
        try
        {
            return new HistoryFile(file, LedgerJsonLines.FromJsonLines(text.ToString()), lineNumbers.ToArray());
        }
        catch (FormatException ex)
        {
            Match match = LinePrefix().Match(ex.Message);
            if (match.Success)
            {
                int index = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) - 1;
                long line = index >= 0 && index < lineNumbers.Count ? lineNumbers[index] : index + 1;
                throw InputException.At(file, line, null, "not a valid ledger event: " + match.Groups[2].Value, ex);
            }
            throw InputException.At(file, null, null, ex.Message, ex);
        }
    }

    [GeneratedRegex(@"^Line (\d+): (.*)$", RegexOptions.Singleline)]
    private static partial Regex LinePrefix();
}
