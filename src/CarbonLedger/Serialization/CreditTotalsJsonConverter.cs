using System.Text.Json.Serialization;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Utility;

namespace CarbonLedger.Serialization;

/// <summary>The JSON shape of a registry's reconciliation line.</summary>
internal sealed record TotalsRecord(
    [property: JsonRequired] RegistryId Issuer,
    [property: JsonRequired] ProjectId Project,
    [property: JsonRequired] int Vintage,
    [property: JsonRequired] long Issued,
    [property: JsonRequired] long Acquired,
    [property: JsonRequired] long TransferredOut,
    [property: JsonRequired] long Held,
    [property: JsonRequired] long Reserved,
    [property: JsonRequired] long Cancelled,
    [property: JsonRequired] long Retired);

/// <summary>A reconciliation line as an object; reading refuses lines that do not balance.</summary>
internal sealed class CreditTotalsJsonConverter : RecordJsonConverter<CreditTotals, TotalsRecord>
{
    protected override TotalsRecord ToRecord(CreditTotals t) =>
        new(t.Issuer, t.Project, t.Vintage, t.Issued, t.Acquired, t.TransferredOut, t.Held, t.Reserved, t.Cancelled, t.Retired);

    protected override CreditTotals FromRecord(TotalsRecord r)
    {
        var totals = new CreditTotals(r.Issuer, r.Project, r.Vintage, r.Issued, r.Acquired, r.TransferredOut, r.Held, r.Reserved, r.Cancelled, r.Retired);
        Preconditions.CheckArgument(totals.IsConserved, "totals", "Totals {0} do not balance", totals);
        return totals;
    }
}
