using System.Globalization;
using CarbonLedger.Projects;

namespace CarbonLedger.Registry;

/// <summary>
/// The reconciliation of one serial space (issuing registry and project) and vintage in one registry: what came in
/// (issued here, acquired from abroad), what left (transferred abroad) and where the rest is (held, reserved,
/// cancelled, retired). The ledger guarantees <c>Issued + Acquired − TransferredOut = Held + Reserved + Cancelled + Retired</c>.
/// </summary>
/// <remarks>
/// The inflows and outflows are counted from the events; the stocks are summed from the holdings. Held counts every
/// non-terminal account; Cancelled counts cancellation and OMGE cancellation accounts; Retired counts retirement accounts.
/// </remarks>
public sealed class CreditTotals
{
    internal CreditTotals(RegistryId issuer, ProjectId project, int vintage, long issued, long acquired, long transferredOut, long held, long reserved, long cancelled, long retired)
    {
        Issuer = issuer;
        Project = project;
        Vintage = vintage;
        Issued = issued;
        Acquired = acquired;
        TransferredOut = transferredOut;
        Held = held;
        Reserved = reserved;
        Cancelled = cancelled;
        Retired = retired;
    }

    /// <summary>The issuing registry.</summary>
    public RegistryId Issuer { get; }

    /// <summary>The project.</summary>
    public ProjectId Project { get; }

    /// <summary>The vintage year.</summary>
    public int Vintage { get; }

    /// <summary>Credits issued by this registry.</summary>
    public long Issued { get; }

    /// <summary>Credits acquired from other registries.</summary>
    public long Acquired { get; }

    /// <summary>Credits transferred to other registries.</summary>
    public long TransferredOut { get; }

    /// <summary>Credits available in non-terminal accounts.</summary>
    public long Held { get; }

    /// <summary>Credits in reservations.</summary>
    public long Reserved { get; }

    /// <summary>Credits in cancellation and OMGE cancellation accounts.</summary>
    public long Cancelled { get; }

    /// <summary>Credits in retirement accounts.</summary>
    public long Retired { get; }

    /// <summary>Whether <c>Issued + Acquired − TransferredOut = Held + Reserved + Cancelled + Retired</c>.</summary>
    public bool IsConserved => Issued + Acquired - TransferredOut == Held + Reserved + Cancelled + Retired;

    /// <summary>For example <c>JPN01 KZ001 2024: issued 100 + acquired 0 − out 0 = held 60 + reserved 0 + cancelled 10 + retired 30</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Issuer} {Project} {Vintage}: issued {Issued} + acquired {Acquired} − out {TransferredOut} = held {Held} + reserved {Reserved} + cancelled {Cancelled} + retired {Retired}");
}
