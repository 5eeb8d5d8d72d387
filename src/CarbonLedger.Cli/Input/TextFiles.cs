using System;
using System.IO;
using System.Text;
using CarbonLedger.Cli.Terminal;

namespace CarbonLedger.Cli.Input;

/// <summary>
/// Reads and writes the tool's files: UTF-8, LF line ends. Files are written without a byte-order mark; one leading
/// UTF-8 byte-order mark is accepted (and skipped) by every reader, and no other encoding is detected.
/// </summary>
internal static class TextFiles
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The bytes of a file.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be read.</exception>
    public static byte[] ReadAllBytes(string file)
    {
        CheckExists(file);
        try
        {
            byte[] bytes = File.ReadAllBytes(file);
            return bytes.AsSpan().StartsWith(Bom) ? bytes[Bom.Length..] : bytes;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw InputException.At(file, null, null, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Opens a file for reading as a stream, front to back.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be opened.</exception>
    public static FileStream OpenRead(string file)
    {
        CheckExists(file);
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        }
        catch (IOException ex)
        {
            throw InputException.At(file, null, null, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Opens a file for reading as text.</summary>
    /// <exception cref="InputException">The file does not exist or cannot be opened.</exception>
    public static StreamReader OpenText(string file)
    {
        CheckExists(file);
        FileStream? stream = null;
        try
        {
            stream = File.OpenRead(file);
            Span<byte> start = stackalloc byte[3];
            int read = stream.ReadAtLeast(start, 3, throwOnEndOfStream: false);
            stream.Position = start[..read].SequenceEqual(Bom) ? Bom.Length : 0;
            return new StreamReader(stream, Utf8, detectEncodingFromByteOrderMarks: false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            stream?.Dispose();
            throw InputException.At(file, null, null, "cannot be read: " + ex.Message, ex);
        }
    }

    /// <summary>Writes text to a file (creating its folder), UTF-8 without BOM.</summary>
    public static void Write(string directory, string name, string text)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, name), text, Utf8);
    }

    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    private static void CheckExists(string file)
    {
        if (Directory.Exists(file))
        {
            throw InputException.At(file, null, null, "is a directory, not a file");
        }
        if (!File.Exists(file))
        {
            throw InputException.At(file, null, null, "file not found");
        }
    }
}
