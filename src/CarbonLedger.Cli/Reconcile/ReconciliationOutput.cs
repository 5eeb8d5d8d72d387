using System.Globalization;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Registry.Reconciliation;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;

namespace CarbonLedger.Cli.Reconcile;

/// <summary>A reconciliation report as tables for the terminal, or as JSON.</summary>
internal static class ReconciliationOutput
{
    /// <summary>Prints the report's tables and a closing verdict line.</summary>
    public static void Print(CliContext context, ReconciliationReport report)
    {
        Table registries = Tables.Create("Registries reconciled", "Registry", ">Events", "Head hash", "Chain", ">Checkpoints");
        foreach (RegistrySummary r in report.Registries)
        {
            Tables.Row(registries, r.Registry.ToString(), Numbers.Whole(r.EventCount), r.HeadHash.ToString(), r.ChainValid ? "valid" : "BROKEN",
                r.CheckpointsChecked.ToString(CultureInfo.InvariantCulture));
        }
        context.Console.Write(registries);

        Table flows = Tables.Create("Transfers between registries (each outgoing transfer matched to one acquisition or one return)",
            "From", "To", ">Transfers", ">Credits", ">Acquired", ">Returned", ">In transit", ">Credits in transit", ">Unsigned");
        foreach (TransferFlow f in report.Flows)
        {
            Tables.Row(flows, f.Sender.ToString(), f.Receiver.ToString(), Numbers.Whole(f.Transfers), Numbers.Whole(f.Credits), Numbers.Whole(f.Acquired),
                Numbers.Whole(f.Returned), Numbers.Whole(f.InTransit), Numbers.Whole(f.InTransitCredits), Numbers.Whole(f.Unsigned));
        }
        context.Console.Write(flows);

        if (report.InTransit.Count > 0)
        {
            Table transit = Tables.Create("In transit as of " + InstantPattern.ExtendedIso.Format(report.AsOf), "From", "To", "Operation", ">Sequence", ">Credits", "Since", "For", "State");
            foreach (InTransitTransfer t in report.InTransit)
            {
                Tables.Row(transit, t.Sender.ToString(), t.Receiver.ToString(), t.Operation.ToString(), t.Sequence.ToString(CultureInfo.InvariantCulture),
                    Numbers.Whole(t.Quantity), InstantPattern.ExtendedIso.Format(t.Since), Age(t.Age), t.Refused ? "refused, return pending" : "awaiting acquisition");
            }
            context.Console.Write(transit);
        }

        if (report.Checkpoints.Count > 0)
        {
            Table checkpoints = Tables.Create("Signed checkpoints", "Registry", ">Sequence", "Head hash", "Key", "Result");
            foreach (CheckpointResult c in report.Checkpoints)
            {
                Tables.Row(checkpoints, c.Checkpoint.Checkpoint.Registry.ToString(), c.Checkpoint.Checkpoint.Sequence.ToString(CultureInfo.InvariantCulture),
                    c.Checkpoint.Checkpoint.HeadHash.ToString(), c.Checkpoint.Signature.Key.ToString()[..16] + "…",
                    c.Comparison.Matches ? "matches" : c.Comparison.Status + ": " + c.Comparison.Message);
            }
            context.Console.Write(checkpoints);
        }

        if (report.Mismatches.Count > 0)
        {
            Table mismatches = Tables.Create("Mismatches", "Kind", "Registry", "Operation", "What");
            foreach (Mismatch m in report.Mismatches)
            {
                Tables.Row(mismatches, m.Kind.ToString(), m.Registry.ToString(), m.Operation.ToString(), m.Message);
            }
            context.Console.Write(mismatches);
        }
        string signatures = report.SignaturesChecked ? "signatures verified" : "signatures NOT verified (--no-signatures)";
        context.Line(report.IsConsistent
            ? $"Reconciled: no mismatch; {report.InTransit.Count} transfer(s) in transit; {signatures}."
            : $"NOT reconciled: {report.Mismatches.Count} mismatch(es); {signatures}.");
    }

    /// <summary>The report as JSON.</summary>
    public static string Json(ReconciliationReport report) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("asOf", InstantPattern.ExtendedIso.Format(report.AsOf));
        w.WriteBoolean("consistent", report.IsConsistent);
        w.WriteBoolean("signaturesChecked", report.SignaturesChecked);
        w.WriteStartArray("registries");
        foreach (RegistrySummary r in report.Registries)
        {
            w.WriteStartObject();
            w.WriteString("registry", r.Registry.ToString());
            w.WriteNumber("events", r.EventCount);
            w.WriteString("headHash", r.HeadHash.ToString());
            w.WriteBoolean("chainValid", r.ChainValid);
            w.WriteNumber("checkpointsChecked", r.CheckpointsChecked);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("flows");
        foreach (TransferFlow f in report.Flows)
        {
            w.WriteStartObject();
            w.WriteString("from", f.Sender.ToString());
            w.WriteString("to", f.Receiver.ToString());
            w.WriteNumber("transfers", f.Transfers);
            w.WriteNumber("credits", f.Credits);
            w.WriteNumber("acquired", f.Acquired);
            w.WriteNumber("acquiredCredits", f.AcquiredCredits);
            w.WriteNumber("returned", f.Returned);
            w.WriteNumber("returnedCredits", f.ReturnedCredits);
            w.WriteNumber("inTransit", f.InTransit);
            w.WriteNumber("inTransitCredits", f.InTransitCredits);
            w.WriteNumber("unsigned", f.Unsigned);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("inTransit");
        foreach (InTransitTransfer t in report.InTransit)
        {
            w.WriteStartObject();
            w.WriteString("from", t.Sender.ToString());
            w.WriteString("to", t.Receiver.ToString());
            w.WriteString("operation", t.Operation.ToString());
            w.WriteNumber("sequence", t.Sequence);
            w.WriteNumber("credits", t.Quantity);
            w.WriteString("since", InstantPattern.ExtendedIso.Format(t.Since));
            w.WriteNumber("ageSeconds", (long)t.Age.TotalSeconds);
            w.WriteBoolean("refused", t.Refused);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("checkpoints");
        foreach (CheckpointResult c in report.Checkpoints)
        {
            w.WriteStartObject();
            w.WriteString("registry", c.Checkpoint.Checkpoint.Registry.ToString());
            w.WriteNumber("sequence", c.Checkpoint.Checkpoint.Sequence);
            w.WriteString("headHash", c.Checkpoint.Checkpoint.HeadHash.ToString());
            w.WriteString("keyId", c.Checkpoint.Signature.Key.ToString());
            w.WriteString("status", c.Comparison.Status.ToString());
            w.WriteString("message", c.Comparison.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("mismatches");
        foreach (Mismatch m in report.Mismatches)
        {
            w.WriteStartObject();
            w.WriteString("kind", m.Kind.ToString());
            w.WriteString("registry", m.Registry.ToString());
            w.WriteString("operation", m.Operation.ToString());
            w.WriteString("message", m.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>For example <c>3 d 04:05:06</c>.</summary>
    private static string Age(Duration age) => age.Days > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{age.Days} d {age.Hours:00}:{age.Minutes:00}:{age.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{age.Hours:00}:{age.Minutes:00}:{age.Seconds:00}");
}
