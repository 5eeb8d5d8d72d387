using System;
using System.Collections.Generic;
using System.IO;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry.Serialization;
using CarbonLedger.Registry.Trust;

namespace CarbonLedger.Cli.Reconcile;

/// <summary>Reads trust lists and signed checkpoint files, turning every problem into an <see cref="InputException"/> naming the file.</summary>
internal static class TrustFiles
{
    /// <summary>Reads a trust list (JSON, see docs/registry.md).</summary>
    public static TrustList LoadTrust(string file) => Load(file, TrustJson.TrustListFromJson);

    /// <summary>Reads a file of signed checkpoints (JSON, see docs/registry.md).</summary>
    public static IReadOnlyList<SignedCheckpoint> LoadCheckpoints(string file) => Load(file, TrustJson.CheckpointsFromJson);

    private static T Load<T>(string file, Func<string, T> parse)
    {
        string text = TextFiles.Utf8.GetString(TextFiles.ReadAllBytes(file));
        try
        {
            return parse(text);
        }
        catch (FormatException ex)
        {
            throw InputException.At(file, null, null, ex.Message, ex);
        }
    }

    /// <summary>Writes text to a file, creating its directory.</summary>
    public static void Write(string file, string text)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(file));
        TextFiles.Write(directory ?? ".", Path.GetFileName(file), text);
    }
}
