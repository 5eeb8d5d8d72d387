using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CarbonLedger.Cli.Terminal;

/// <summary>Writes indented JSON (LF line ends, readable non-ASCII such as × and −) through System.Text.Json.</summary>
internal static class JsonText
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Runs <paramref name="write"/> on a JSON writer and returns the text, ending with a newline.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            write(json);
        }
        return Input.TextFiles.Utf8.GetString(stream.ToArray()) + "\n";
    }
}
