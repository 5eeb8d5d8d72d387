using System;
using System.Globalization;
using System.Text.Json;
using CarbonLedger.Article6;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry;
using CarbonLedger.Serialization;
using NodaTime;

namespace CarbonLedger.Cli.Report;

/// <summary>A Party's stored Article 6.2 file: its <see cref="Article6Journal"/> as JSON (<see cref="CarbonLedgerJson"/>).</summary>
internal static class Article6File
{
    /// <summary>The file name the demo writes for a registry, next to its history.</summary>
    public static string NameFor(string registry) => $"article6-{registry}.json";

    /// <summary>The file's text for a Party's layer.</summary>
    public static string Write(Article6Registry registry) => CarbonLedgerJson.Serialize(Article6Journal.Capture(registry)) + "\n";

    /// <summary>Reads an Article 6 file.</summary>
    /// <exception cref="InputException">The file is missing or not a valid Article 6 journal (the message names the line and field).</exception>
    public static Article6Journal Load(string file)
    {
        byte[] bytes = TextFiles.ReadAllBytes(file);
        try
        {
            return CarbonLedgerJson.Deserialize<Article6Journal>(System.Text.Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF'));
        }
        catch (JsonException ex)
        {
            string? field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? null : ex.Path.StartsWith("$.", StringComparison.Ordinal) ? ex.Path[2..] : ex.Path;
            long? line = ex.LineNumber is long l ? l + 1 : null;
            throw InputException.At(file, line, field, "not a valid Article 6 file: " + Sentence(ex.Message), ex);
        }
    }

    /// <summary>Rebuilds the Party's layer on its replayed ledger, first checking that the journal's dates were made in <paramref name="zone"/>.</summary>
    /// <exception cref="InputException">The journal does not follow the ledger, or was dated in another time zone.</exception>
    public static Article6Registry Restore(string file, Article6Journal journal, Ledger ledger, DateTimeZone zone)
    {
        foreach (ItmoAction action in journal.Actions)
        {
            LocalDate local = action.Instant.InZone(zone).Date;
            if (local != action.Date)
            {
                throw InputException.At("--zone", null, null, string.Create(CultureInfo.InvariantCulture,
                    $"{file}: journal entry {action.Sequence} is dated {action.Date:uuuu-MM-dd} but its instant falls on {local:uuuu-MM-dd} in {zone.Id}; give the registry's time zone"));
            }
        }
        try
        {
            return journal.Restore(ledger, zone);
        }
        catch (ArgumentException ex)
        {
            throw InputException.At(file, null, "actions", "does not follow the ledger history: " + ex.Message, ex);
        }
    }

    private static string Sentence(string message)
    {
        int cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
