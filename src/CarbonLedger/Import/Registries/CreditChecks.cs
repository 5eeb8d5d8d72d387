using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// What analysts check on imported credit records: totals per project and vintage, serial numbers counted twice
/// within a registry or issuances counted twice across registries, and project roll-ups against their transactions.
/// </summary>
/// <remarks>Pure functions of their arguments; thread-safe.</remarks>
public static class CreditChecks
{
    /// <summary>
    /// The totals per registry, project and vintage year, sorted by registry, project (ordinal) and year.
    /// </summary>
    /// <param name="records">The records; possibly from several imports.</param>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<CreditTotal> Totals(IEnumerable<CreditRecord> records)
    {
        Preconditions.CheckNotNull(records);
        return
        [
            .. records
                .GroupBy(r => (r.Registry, r.Project, r.VintageYear))
                .OrderBy(g => g.Key.Registry).ThenBy(g => g.Key.Project, StringComparer.Ordinal).ThenBy(g => g.Key.VintageYear)
                .Select(g => new CreditTotal(g.Key.Registry, g.Key.Project, g.Key.VintageYear,
                    Sum(g, CreditTransactionType.Issuance), Sum(g, CreditTransactionType.Retirement), Sum(g, CreditTransactionType.Cancellation),
                    Sum(g, CreditTransactionType.RetirementOrCancellation), g.Count())),
        ];
    }

    /// <summary>
    /// Finds credits counted twice. Within a registry: two issuances whose serial blocks share numbers
    /// (<see cref="OverlapKind.DoubleIssuance"/>), or two retirements or cancellations whose blocks share numbers
    /// (<see cref="OverlapKind.DoubleRetirement"/>); an issuance and a retirement of the same numbers are the normal
    /// life of a credit and are not reported. Across registries: for each link, issuances of the same vintage year
    /// at both registries (<see cref="OverlapKind.CrossRegistryIssuance"/>).
    /// </summary>
    /// <param name="records">The records; possibly from several imports and registries.</param>
    /// <param name="links">Projects known to be the same activity at two registries; possibly empty.</param>
    /// <returns>The findings, within-registry ones first, each pair once, in file order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<SerialOverlap> FindOverlaps(IEnumerable<CreditRecord> records, IEnumerable<ProjectLink> links)
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(links);
        CreditRecord[] all = [.. records];
        var findings = new List<SerialOverlap>();
        foreach (var space in all.Where(r => r.Serial is not null)
                     .GroupBy(r => (r.Serial!.Registry, r.Serial.Space, Issued: r.Type == CreditTransactionType.Issuance)))
        {
            Sweep([.. space.OrderBy(r => r.Serial!.Block.Start).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)],
                space.Key.Issued ? OverlapKind.DoubleIssuance : OverlapKind.DoubleRetirement, findings);
        }
        foreach (ProjectLink link in links)
        {
            CreditRecord[] first = Issuances(all, link.FirstRegistry, link.FirstProject);
            CreditRecord[] second = Issuances(all, link.SecondRegistry, link.SecondProject);
            foreach (CreditRecord a in first)
            {
                foreach (CreditRecord b in second.Where(b => b.VintageYear == a.VintageYear))
                {
                    findings.Add(new SerialOverlap(OverlapKind.CrossRegistryIssuance, a, b, null));
                }
            }
        }
        return findings;
    }

    /// <summary>
    /// Sets each stated project roll-up against the sum of the imported issuances of that registry, project and
    /// (where the roll-up names one) vintage year.
    /// </summary>
    /// <param name="records">The records.</param>
    /// <param name="rollups">The roll-ups.</param>
    /// <returns>One check per roll-up, in the roll-ups' order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<RollupCheck> Reconcile(IEnumerable<CreditRecord> records, IEnumerable<ProjectRollup> rollups)
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckNotNull(rollups);
        var issued = new Dictionary<(CreditRegistry, string, int?), long>();
        foreach (CreditRecord r in records.Where(r => r.Type == CreditTransactionType.Issuance))
        {
            issued[(r.Registry, r.Project, null)] = issued.GetValueOrDefault((r.Registry, r.Project, null)) + r.Quantity;
            issued[(r.Registry, r.Project, r.VintageYear)] = issued.GetValueOrDefault((r.Registry, r.Project, r.VintageYear)) + r.Quantity;
        }
        return
        [
            .. rollups.Select(p => new RollupCheck(p.Registry, p.Project, p.VintageYear,
                p.Source + " against the issuances imported", p.Issued, issued.GetValueOrDefault((p.Registry, p.Project, p.VintageYear)), p.File, p.Line)),
        ];
    }

    private static long Sum(IEnumerable<CreditRecord> records, CreditTransactionType type) =>
        records.Where(r => r.Type == type).Sum(r => r.Quantity);

    private static CreditRecord[] Issuances(CreditRecord[] all, CreditRegistry registry, string project) =>
        [.. all.Where(r => r.Registry == registry && r.Project == project && r.Type == CreditTransactionType.Issuance)];

    /// <summary>Reports every overlapping pair of blocks sorted by start: each block against those still open.</summary>
    private static void Sweep(CreditRecord[] sorted, OverlapKind kind, List<SerialOverlap> findings)
    {
        var open = new List<CreditRecord>();
        foreach (CreditRecord record in sorted)
        {
            SerialBlock block = record.Serial!.Block;
            open.RemoveAll(o => o.Serial!.Block.End < block.Start);
            foreach (CreditRecord other in open)
            {
                SerialBlock shared = SerialBlock.FromRange(Math.Max(block.Start, other.Serial!.Block.Start), Math.Min(block.End, other.Serial.Block.End));
                bool otherFirst = string.CompareOrdinal(other.File, record.File) < 0 || (other.File == record.File && other.Line <= record.Line);
                findings.Add(otherFirst ? new SerialOverlap(kind, other, record, shared) : new SerialOverlap(kind, record, other, shared));
            }
            open.Add(record);
        }
    }
}
