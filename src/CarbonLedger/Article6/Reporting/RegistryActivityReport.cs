using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json.Serialization;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// A reporting service's view of one registry: credits issued, acquired, transferred (within the registry and to
/// other registries), cancelled and retired, summed from the ledger events by partner country, project, vintage and
/// event year; and the credits held, reserved, cancelled and retired at the snapshot, summed from the holdings.
/// </summary>
/// <remarks>
/// <para>The report reconciles by construction: every line is a sum of event quantities, so the lines add up to the sum
/// over the events, and for each project and vintage the issued, acquired and transferred-out totals equal the
/// ledger's <see cref="CreditTotals"/> and the cancelled and retired flows equal the stocks in terminal accounts.</para>
/// <para>Lines are ordered by partner country code, project, vintage and year.</para>
/// </remarks>
public sealed class RegistryActivityReport
{
    [JsonConstructor]
    internal RegistryActivityReport(RegistryId registry, int eventCount, EventHash headHash, IReadOnlyList<ActivityTotals> flows, IReadOnlyList<HoldingTotals> holdings)
    {
        Registry = registry;
        EventCount = eventCount;
        HeadHash = headHash;
        Flows = flows;
        Holdings = holdings;
    }

    /// <summary>The registry.</summary>
    public RegistryId Registry { get; }

    /// <summary>How many events the snapshot had.</summary>
    public int EventCount { get; }

    /// <summary>The hash of the snapshot's last event: which history the report was made from.</summary>
    public EventHash HeadHash { get; }

    /// <summary>The flows, by partner country, project, vintage and event year.</summary>
    public IReadOnlyList<ActivityTotals> Flows { get; }

    /// <summary>The stocks at the snapshot, by partner country, project and vintage.</summary>
    public IReadOnlyList<HoldingTotals> Holdings { get; }

    /// <summary>Builds the report from a snapshot.</summary>
    /// <param name="snapshot">The registry state and its history.</param>
    /// <param name="zone">The time zone in which event years are read.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static RegistryActivityReport Create(LedgerSnapshot snapshot, DateTimeZone zone)
    {
        Preconditions.CheckNotNull(snapshot);
        Preconditions.CheckNotNull(zone);
        var flows = new Dictionary<(ProjectId Project, int Vintage, int Year), long[]>();
        foreach (LedgerEvent e in snapshot.Events)
        {
            (int column, ImmutableArray<CreditBlock> blocks) = e switch
            {
                CreditsIssued i => (0, i.Blocks),
                CreditsAcquired a => (1, a.Blocks),
                CreditsTransferred t => (2, t.Blocks),
                CreditsTransferredOut o => (3, o.Blocks),
                CreditsCancelled c => (4, c.Blocks),
                CreditsRetired r => (5, r.Blocks),
                _ => (-1, ImmutableArray<CreditBlock>.Empty),
            };
            if (column < 0)
            {
                continue;
            }
            int year = e.Instant.InZone(zone).Year;
            foreach (CreditBlock b in blocks)
            {
                var key = (b.Attributes.Project, b.Attributes.Vintage, year);
                if (!flows.TryGetValue(key, out long[]? sums))
                {
                    sums = new long[6];
                    flows.Add(key, sums);
                }
                sums[column] = checked(sums[column] + b.Count);
            }
        }
        var stocks = new Dictionary<(ProjectId Project, int Vintage), long[]>();
        void AddStock(CreditBlock b, int column)
        {
            var key = (b.Attributes.Project, b.Attributes.Vintage);
            if (!stocks.TryGetValue(key, out long[]? sums))
            {
                sums = new long[4];
                stocks.Add(key, sums);
            }
            sums[column] = checked(sums[column] + b.Count);
        }
        foreach (Account account in snapshot.Accounts)
        {
            int column = account.Type.IsCancellation() ? 2 : account.Type == AccountType.Retirement ? 3 : 0;
            foreach (CreditBlock b in snapshot.GetHoldings(account.Id))
            {
                AddStock(b, column);
            }
        }
        foreach (Reservation r in snapshot.Reservations)
        {
            foreach (CreditBlock b in r.Blocks)
            {
                AddStock(b, 1);
            }
        }
        List<ActivityTotals> flowLines = flows
            .Select(static kv => new ActivityTotals(CountryOf(kv.Key.Project), kv.Key.Project, kv.Key.Vintage, kv.Key.Year,
                kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3], kv.Value[4], kv.Value[5]))
            .OrderBy(static t => t.PartnerCountry?.Alpha3 ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(static t => t.Project!.Value.Value, StringComparer.Ordinal).ThenBy(static t => t.Vintage).ThenBy(static t => t.Year)
            .ToList();
        List<HoldingTotals> stockLines = stocks
            .Select(static kv => new HoldingTotals(CountryOf(kv.Key.Project), kv.Key.Project, kv.Key.Vintage, kv.Value[0], kv.Value[1], kv.Value[2], kv.Value[3]))
            .OrderBy(static t => t.PartnerCountry?.Alpha3 ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(static t => t.Project!.Value.Value, StringComparer.Ordinal).ThenBy(static t => t.Vintage)
            .ToList();
        return new RegistryActivityReport(snapshot.Registry, snapshot.EventCount, snapshot.HeadHash, flowLines.AsReadOnly(), stockLines.AsReadOnly());
    }

    /// <summary>The flows summed over the dimensions not in <paramref name="by"/>, ordered like the report's lines.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> has undefined flags.</exception>
    public IReadOnlyList<ActivityTotals> Summarize(ActivityDimensions by)
    {
        Preconditions.CheckArgument((by & ~ActivityDimensions.All) == 0, nameof(by), "Dimensions {0} include undefined flags", by);
        return Flows
            .GroupBy(t => (Country: by.HasFlag(ActivityDimensions.PartnerCountry) ? t.PartnerCountry?.Alpha3 : null,
                Project: by.HasFlag(ActivityDimensions.Project) ? t.Project : null,
                Vintage: by.HasFlag(ActivityDimensions.Vintage) ? t.Vintage : null,
                Year: by.HasFlag(ActivityDimensions.Year) ? t.Year : null))
            .Select(g => new ActivityTotals(g.Key.Country is null ? null : Country.FromAlpha3(g.Key.Country), g.Key.Project, g.Key.Vintage, g.Key.Year,
                g.Sum(static t => t.Issued), g.Sum(static t => t.Acquired), g.Sum(static t => t.Transferred), g.Sum(static t => t.TransferredOut),
                g.Sum(static t => t.Cancelled), g.Sum(static t => t.Retired)))
            .ToList().AsReadOnly();
    }

    /// <summary>The stocks summed over the dimensions not in <paramref name="by"/> (the year is ignored).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> has undefined flags.</exception>
    public IReadOnlyList<HoldingTotals> SummarizeHoldings(ActivityDimensions by)
    {
        Preconditions.CheckArgument((by & ~ActivityDimensions.All) == 0, nameof(by), "Dimensions {0} include undefined flags", by);
        return Holdings
            .GroupBy(t => (Country: by.HasFlag(ActivityDimensions.PartnerCountry) ? t.PartnerCountry?.Alpha3 : null,
                Project: by.HasFlag(ActivityDimensions.Project) ? t.Project : null,
                Vintage: by.HasFlag(ActivityDimensions.Vintage) ? t.Vintage : null))
            .Select(g => new HoldingTotals(g.Key.Country is null ? null : Country.FromAlpha3(g.Key.Country), g.Key.Project, g.Key.Vintage,
                g.Sum(static t => t.Held), g.Sum(static t => t.Reserved), g.Sum(static t => t.Cancelled), g.Sum(static t => t.Retired)))
            .ToList().AsReadOnly();
    }

    private static Country? CountryOf(ProjectId project) => Country.TryFromCode(project.CountryAlpha2, out Country? country) ? country : null;
}
