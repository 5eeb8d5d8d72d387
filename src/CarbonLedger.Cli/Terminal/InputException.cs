using System;
using System.Globalization;

namespace CarbonLedger.Cli.Terminal;

/// <summary>
/// Bad input given to a command: a missing file, a malformed line, an unknown value. The message is one line that
/// names the file (or argument), the line and the field when they are known.
/// </summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
    }

    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public InputException()
    {
    }

    /// <summary>An error at a place in a file: <c>readings.csv: line 7, field 'amount': …</c>.</summary>
    public static InputException At(string file, long? line, string? field, string message, Exception? inner = null)
    {
        string where = file;
        if (line is long l)
        {
            where += string.Create(CultureInfo.InvariantCulture, $": line {l}");
        }
        if (field is not null)
        {
            where += (line is null ? ": " : ", ") + $"field '{field}'";
        }
        string text = $"{where}: {OneLine(message)}";
        return inner is null ? new InputException(text) : new InputException(text, inner);
    }

    /// <summary>The longest message shown, in characters of the original message (input echoed in it included).</summary>
    public const int MaxMessageLength = 600;

    /// <summary>
    /// Collapses a message to one short line: library messages may carry a parameter-name suffix on its own line, and
    /// messages may quote input, whose control characters are escaped and whose length is bounded (see <see cref="Echo"/>).
    /// </summary>
    public static string OneLine(string message)
    {
        string text = message.Replace("\r", string.Empty, StringComparison.Ordinal);
        int paren = text.IndexOf(" (Parameter '", StringComparison.Ordinal);
        if (paren > 0)
        {
            text = text[..paren];
        }
        return Echo.Text(text.Replace('\n', ' ').Trim(), MaxMessageLength, escapeBackslash: false);
    }
}
