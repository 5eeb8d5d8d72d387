using System.Linq;
using System.Text;
using CarbonLedger.Registry;

namespace CarbonLedger.Tests.Registry;

/// <summary>A complete text rendering of a snapshot's state, for comparing two states exactly.</summary>
internal static class LedgerSnapshotText
{
    internal static string Of(LedgerSnapshot s)
    {
        var text = new StringBuilder();
        text.Append(s.Registry).Append(' ').Append(s.Administrator).Append(' ').Append(s.EventCount).Append(' ').Append(s.HeadHash).Append(' ').Append(s.LastEventInstant).AppendLine();
        foreach (Account a in s.Accounts)
        {
            text.Append(a).Append(": ").Append(s.GetBalance(a.Id)).Append(" / ").Append(s.GetReservedBalance(a.Id)).Append(" | ");
            text.AppendJoin(", ", s.GetHoldings(a.Id).Select(b => b.ToString())).AppendLine();
        }
        foreach (Reservation r in s.Reservations)
        {
            text.Append(r).Append(" | ").AppendJoin(", ", r.Blocks.Select(b => b.ToString())).AppendLine();
        }
        foreach (CreditTotals t in s.GetTotals())
        {
            text.Append(t).AppendLine();
        }
        return text.ToString();
    }
}
