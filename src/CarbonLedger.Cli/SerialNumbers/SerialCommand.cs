using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Serials;

namespace CarbonLedger.Cli.SerialNumbers;

/// <summary><c>carbonledger serial TEXT [--count N]</c>: parses a serial number of any supported scheme and explains it.</summary>
internal static class SerialCommand
{
    public static Command Create(CommandGuard guard)
    {
        var text = new Argument<string>("serial") { Description = "A serial number: Verra, Gold Standard, ACR, UNDP (Article 6.2) or JCM (CarbonLedger layout)" };
        var count = new Option<long?>("--count") { Description = "Check that the block holds exactly this many credits" };
        var command = new Command("serial", "Parse and explain a credit serial number of any supported scheme; optionally check its block's count")
        {
            text,
            count,
        };
        guard.Attach(command, (parse, context) => Run(context, parse.GetRequiredValue(text), parse.GetValue(count)));
        return command;
    }

    internal static int Run(CliContext context, string text, long? expectedCount)
    {
        if (expectedCount < 1)
        {
            throw InputException.At("--count", null, null, string.Create(CultureInfo.InvariantCulture,
                $"{expectedCount} is not a number of credits; a block holds at least 1"));
        }
        CreditSerialNumber serial;
        try
        {
            serial = CreditSerialNumber.Parse(text.Trim());
        }
        catch (System.FormatException ex)
        {
            throw InputException.At("serial", null, null, ex.Message, ex);
        }
        context.Console.Write(Tables.Fields("Serial number", Explain(serial)));
        if (expectedCount is long expected)
        {
            if (serial.Count != expected)
            {
                context.Error.Write(string.Create(CultureInfo.InvariantCulture,
                    $"error: serial {serial}: block {serial.Block} does not hold {expected} credits; it holds {serial.Count}\n"));
                return ExitCodes.CheckFailed;
            }
            context.Line(string.Create(CultureInfo.InvariantCulture, $"Block check: {serial.Block} holds {expected} credits, as expected."));
        }
        return ExitCodes.Success;
    }

    internal static IEnumerable<(string, string)> Explain(CreditSerialNumber serial)
    {
        yield return ("Serial number", serial.ToString());
        yield return ("Scheme", SchemeName(serial.Scheme));
        yield return ("Unit type", serial.UnitType);
        yield return ("Country", $"{serial.Country.Name} ({serial.Country.Alpha3}, {serial.Country.Alpha2})");
        yield return ("Project", serial.Project);
        yield return ("Vintage", $"{serial.Vintage} ({serial.Vintage.Start:uuuu-MM-dd} to {serial.Vintage.End:uuuu-MM-dd}, inclusive)");
        yield return ("Batch", serial.Batch);
        switch (serial)
        {
            case JcmSerialNumber jcm:
                yield return ("Registry", $"{jcm.Registry} (the Party registry the block was issued into)");
                yield return ("Issuance", jcm.BatchNumber.ToString(CultureInfo.InvariantCulture) + " (the project's issuance number)");
                break;
            case VerraSerialNumber verra:
                yield return ("Programme", verra.ProgrammeCode);
                yield return ("Verification type", verra.VerificationType);
                yield return ("Sectoral scope", verra.SectoralScope ?? "(none)");
                yield return ("Additional certification", verra.AdditionalCertification ? "yes" : "no");
                break;
            case GoldStandardSerialNumber gold:
                yield return ("Issuance sequence", gold.IssuanceSequence);
                break;
            case UndpSerialNumber undp:
                yield return ("Scope", undp.Scope);
                break;
            default:
                break;
        }
        yield return ("Block", $"{serial.Block.Start}-{serial.Block.End} (inclusive)");
        yield return ("Credits", serial.Count.ToString(CultureInfo.InvariantCulture));
    }

    private static string SchemeName(SerialScheme scheme) => scheme switch
    {
        SerialScheme.Verra => "Verra VCS",
        SerialScheme.GoldStandard => "Gold Standard",
        SerialScheme.Acr => "ACR",
        SerialScheme.Undp => "UNDP national registry (Article 6.2)",
        _ => "JCM (CarbonLedger's own layout; the JCM publishes none)",
    };
}
