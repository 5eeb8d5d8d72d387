using System.IO;
using System.Text;

namespace CarbonLedger.Registry.Serialization;

/// <summary>
/// Splits text into lines at <c>\n</c> only (a <c>\r</c> stays in its line, where the canonical check refuses it), and
/// drops one byte-order mark at the very start, so that a reader and a string give the same lines.
/// </summary>
internal sealed class LineSplitter(TextReader reader)
{
    private const char ByteOrderMark = '\uFEFF';
    private readonly StringBuilder line = new();
    private bool started;
    private bool ended;

    /// <summary>The 1-based number of the line last returned.</summary>
    public int Number { get; private set; }

    /// <summary>The next line without its <c>\n</c>, or null at the end (text after the last <c>\n</c> is a line too).</summary>
    public string? Next()
    {
        if (ended)
        {
            return null;
        }
        line.Clear();
        while (true)
        {
            int c = reader.Read();
            if (!started)
            {
                started = true;
                if (c == ByteOrderMark)
                {
                    continue;
                }
            }
            if (c < 0)
            {
                ended = true;
                if (line.Length == 0)
                {
                    return null;
                }
                break;
            }
            if (c == '\n')
            {
                break;
            }
            line.Append((char)c);
        }
        Number++;
        return line.ToString();
    }
}
