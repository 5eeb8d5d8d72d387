using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Allocation;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6.Reporting;

/// <summary>
/// The partner country's retained share of the credits of its projects: of everything issued for projects hosted in
/// the partner country (by its own registry and by the others given, for example Japan's), what remains in the
/// partner's registry.
/// </summary>
/// <remarks>
/// <para><c>Retained = IssuedByPartner + Acquired − TransferredOut</c>, counted from the partner registry's events for
/// the partner's projects; <c>TotalIssued = IssuedByPartner + IssuedElsewhere</c>. The share is the exact fraction
/// <c>Retained / TotalIssued</c> (zero when nothing was issued); the percentage is that fraction × 100 rounded once,
/// as the caller chose.</para>
/// </remarks>
public sealed class RetainedShareReport
{
    [JsonConstructor]
    internal RetainedShareReport(Country partner, RegistryId partnerRegistry, long issuedByPartner, long issuedElsewhere, long acquired, long transferredOut,
        long retained, Share retainedShare, decimal retainedPercent, int percentDecimalPlaces, MidpointRounding percentRounding)
    {
        Partner = partner;
        PartnerRegistry = partnerRegistry;
        IssuedByPartner = issuedByPartner;
        IssuedElsewhere = issuedElsewhere;
        Acquired = acquired;
        TransferredOut = transferredOut;
        Retained = retained;
        RetainedShare = retainedShare;
        RetainedPercent = retainedPercent;
        PercentDecimalPlaces = percentDecimalPlaces;
        PercentRounding = percentRounding;
    }

    /// <summary>The partner country.</summary>
    public Country Partner { get; }

    /// <summary>The partner's registry.</summary>
    public RegistryId PartnerRegistry { get; }

    /// <summary>Credits of the partner's projects issued by the partner's registry.</summary>
    public long IssuedByPartner { get; }

    /// <summary>Credits of the partner's projects issued by the other registries given.</summary>
    public long IssuedElsewhere { get; }

    /// <summary>All credits of the partner's projects issued.</summary>
    [JsonIgnore]
    public long TotalIssued => IssuedByPartner + IssuedElsewhere;

    /// <summary>Credits of the partner's projects that arrived in the partner's registry from others.</summary>
    public long Acquired { get; }

    /// <summary>Credits of the partner's projects that left the partner's registry.</summary>
    public long TransferredOut { get; }

    /// <summary>IssuedByPartner + Acquired − TransferredOut.</summary>
    public long Retained { get; }

    /// <summary>Retained ÷ TotalIssued, exactly.</summary>
    public Share RetainedShare { get; }

    /// <summary>The share × 100, rounded to <see cref="PercentDecimalPlaces"/> in the direction <see cref="PercentRounding"/>.</summary>
    public decimal RetainedPercent { get; }

    /// <summary>The places the percentage is rounded to.</summary>
    public int PercentDecimalPlaces { get; }

    /// <summary>The direction the percentage is rounded in.</summary>
    public MidpointRounding PercentRounding { get; }

    /// <summary>Builds the report.</summary>
    /// <param name="partnerRegistry">The partner country's registry (its id's alpha-3 code names the partner).</param>
    /// <param name="otherRegistries">Other registries that issue credits for the partner's projects, for example Japan's.</param>
    /// <param name="percentDecimalPlaces">Places for the percentage, 0 to 10.</param>
    /// <param name="percentRounding">The direction of the percentage's rounding.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The registry's code is not a known country.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The places are out of range or the rounding is not defined.</exception>
    public static RetainedShareReport Create(LedgerSnapshot partnerRegistry, IEnumerable<LedgerSnapshot> otherRegistries, int percentDecimalPlaces, MidpointRounding percentRounding)
    {
        Preconditions.CheckNotNull(partnerRegistry);
        Preconditions.CheckNotNull(otherRegistries);
        Preconditions.CheckArgumentRange(nameof(percentDecimalPlaces), percentDecimalPlaces, 0, 10);
        Preconditions.CheckDefined(percentRounding, nameof(percentRounding));
        Country? partner = partnerRegistry.Registry.Party;
        Preconditions.CheckArgument(partner is not null, nameof(partnerRegistry),
            "Registry {0} does not start with a known ISO 3166-1 alpha-3 code", partnerRegistry.Registry);
        long issued = 0;
        long acquired = 0;
        long transferredOut = 0;
        foreach (LedgerEvent e in partnerRegistry.Events)
        {
            switch (e)
            {
                case CreditsIssued i:
                    issued += Hosted(i.Blocks, partner);
                    break;
                case CreditsAcquired a:
                    acquired += Hosted(a.Blocks, partner);
                    break;
                case CreditsTransferredOut o:
                    transferredOut += Hosted(o.Blocks, partner);
                    break;
                default:
                    break;
            }
        }
        long elsewhere = 0;
        foreach (LedgerSnapshot other in otherRegistries)
        {
            Preconditions.CheckArgument(other is not null && other.Registry != partnerRegistry.Registry, nameof(otherRegistries),
                "Other registries must be given once and differ from the partner's registry {0}", partnerRegistry.Registry);
            foreach (LedgerEvent e in other.Events)
            {
                if (e is CreditsIssued i)
                {
                    elsewhere += Hosted(i.Blocks, partner);
                }
            }
        }
        long retained = issued + acquired - transferredOut;
        long total = issued + elsewhere;
        Share share = total == 0 ? Share.Zero : Share.FromFraction(retained, total);
        decimal percent = total == 0 ? 0m : ExactDivision.Divide(retained * 100m, total, percentDecimalPlaces, percentRounding);
        return new RetainedShareReport(partner, partnerRegistry.Registry, issued, elsewhere, acquired, transferredOut, retained, share, percent,
            percentDecimalPlaces, percentRounding);
    }

    private static long Hosted(System.Collections.Immutable.ImmutableArray<CreditBlock> blocks, Country partner)
    {
        long total = 0;
        foreach (CreditBlock b in blocks)
        {
            if (string.Equals(b.Attributes.Project.CountryAlpha2, partner.Alpha2, StringComparison.Ordinal))
            {
                total += b.Count;
            }
        }
        return total;
    }
}
