using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Serials;

namespace CarbonLedger.Issuance;

/// <summary>
/// The issuance of one vintage: the gross credits and their block of serials, the deductions, and the parts of
/// each recipient. The lots' blocks are consecutive and together cover <see cref="Block"/> exactly.
/// </summary>
/// <remarks>Immutable; compares by reference.</remarks>
public sealed class VintageIssuance
{
    private readonly IssuedLot[] lots;

    internal VintageIssuance(Vintage vintage, long gross, SerialBlock block, IssuedLot[] lots)
    {
        Vintage = vintage;
        Gross = gross;
        Block = block;
        this.lots = lots;
    }

    /// <summary>The vintage: the part of the monitoring period inside the vintage year.</summary>
    public Vintage Vintage { get; }

    /// <summary>The vintage year.</summary>
    public int Year => Vintage.Year;

    /// <summary>The credits issued for this vintage before deductions.</summary>
    public long Gross { get; }

    /// <summary>The credits allocated to recipients after deductions.</summary>
    public long Net => Parts.Sum(p => p.Credits);

    /// <summary>The serials of all the vintage's credits.</summary>
    public SerialBlock Block { get; }

    /// <summary>Every lot in serial order: deductions first (schedule order), then recipients (rule order).</summary>
    public IReadOnlyList<IssuedLot> Lots => new ReadOnlyCollection<IssuedLot>(lots);

    /// <summary>The deduction lots, in schedule order.</summary>
    public IReadOnlyList<IssuedLot> Deductions => lots.Where(l => l.IsDeduction).ToArray();

    /// <summary>The recipients' parts, in the order of the allocation rule's recipients.</summary>
    public IReadOnlyList<IssuedLot> Parts => lots.Where(l => !l.IsDeduction).ToArray();
}
