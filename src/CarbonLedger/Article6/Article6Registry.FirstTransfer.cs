using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Article6;

public sealed partial class Article6Registry
{
    private void RecordFirstTransfers(List<ItmoAction> batch, LedgerEvent e, List<(CreditBlock Part, Authorization? Authorization)> firsts,
        ItmoActionSubtype subtype, Country? acquiring)
    {
        foreach ((CreditBlock part, Authorization? auth) in firsts)
        {
            CreditBlock flagged = CreditBlock.Create(part.Block, part.Attributes.WithFirstTransferred(true));
            firstTransferred.Add(flagged);
            firstTransferredQuantity[auth!] = firstTransferredQuantity.GetValueOrDefault(auth!) + part.Count;
            Append(batch, ItmoActionType.FirstTransfer, subtype, e, flagged, auth!, Party, acquiring, null, null, null);
        }
    }

    /// <summary>
    /// Starts the ledger side of a two-event operation: remembers the exact units, so that a repeat after a failure
    /// between the events takes the same units, then flags the first-transfer parts. Returns the exact selection.
    /// </summary>
    private CreditSelection Begin(OperationId operation, AccountId from, List<CreditBlock> picked, List<(CreditBlock Part, Authorization? Authorization)> firsts)
    {
        CreditSelection exact = ItmoPicker.Exactly(picked);
        pending[operation] = exact;
        try
        {
            MarkFirstTransferred(operation, from, firsts);
        }
        catch
        {
            pending.Remove(operation);
            throw;
        }
        return exact;
    }

    /// <summary>Flags on the ledger the first-transfer parts that do not carry the flag yet (one marking event).</summary>
    private void MarkFirstTransferred(OperationId operation, AccountId account, List<(CreditBlock Part, Authorization? Authorization)> firsts)
    {
        var unflagged = firsts.Where(static f => !f.Part.Attributes.FirstTransferred).Select(static f => f.Part).ToList();
        if (unflagged.Count > 0)
        {
            Ledger.Mark(OperationId.Create(operation.Value + FirstTransferSuffix), Ledger.Administrator, account,
                ItmoPicker.Exactly(unflagged), CreditMarking.SetFirstTransferred(true));
        }
    }

    private static CreditBlock Flagged(CreditBlock part, HashSet<CreditBlock> firsts) =>
        firsts.Contains(part) ? CreditBlock.Create(part.Block, part.Attributes.WithFirstTransferred(true)) : part;

    private static HashSet<CreditBlock> PartsOf(List<(CreditBlock Part, Authorization? Authorization)> list) => list.Select(static f => f.Part).ToHashSet();
}
