using System;
using System.Collections.Generic;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;

namespace CarbonLedger.Quantification;

/// <summary>
/// The outcome of applying a methodology to one monitoring period: exact reference, project and reduction
/// emissions, the creditable whole tonnes and the rounding that produced them, the per-vintage breakdown, and the
/// full calculation trace.
/// </summary>
/// <remarks>
/// <para><c>ER_p = RE_p − PE_p</c> is exact. <see cref="Credits"/> is <c>ER_p</c> rounded to whole tonnes in the
/// direction <see cref="CreditRounding"/> (down unless the caller chose otherwise) and never below zero: a negative
/// reduction is a valid result that issues nothing.</para>
/// <para>Instances are immutable.</para>
/// </remarks>
public sealed class QuantificationResult
{
    internal QuantificationResult(
        Methodology methodology, MonitoringPeriod period, MonitoringSite site, Co2e reference, Co2e project,
        MidpointRounding creditRounding, long credits, VintageBasis vintageBasis, IReadOnlyList<VintageResult> vintages, CalculationTrace trace)
        : this(methodology.Id, methodology.Version, methodology.GwpSet, period, site, reference, project, creditRounding, credits, vintageBasis, vintages, trace)
    {
    }

    /// <summary>Rebuilds a result from what it records of its methodology (used when reading a stored result back).</summary>
    internal QuantificationResult(
        MethodologyId methodologyId, MethodologyVersion methodologyVersion, GwpSet gwpSet, MonitoringPeriod period, MonitoringSite site,
        Co2e reference, Co2e project, MidpointRounding creditRounding, long credits, VintageBasis vintageBasis,
        IReadOnlyList<VintageResult> vintages, CalculationTrace trace)
    {
        MethodologyId = methodologyId;
        MethodologyVersion = methodologyVersion;
        GwpSet = gwpSet;
        Period = period;
        Site = site;
        ReferenceEmissions = reference;
        ProjectEmissions = project;
        CreditRounding = creditRounding;
        Credits = credits;
        VintageBasis = vintageBasis;
        Vintages = vintages;
        Trace = trace;
    }

    /// <summary>The methodology's identifier, for example <c>MN_AM003</c>.</summary>
    public MethodologyId MethodologyId { get; }

    /// <summary>The methodology's version, for example <c>Ver2.0</c>.</summary>
    public MethodologyVersion MethodologyVersion { get; }

    /// <summary>The GWP set the methodology states.</summary>
    public GwpSet GwpSet { get; }

    /// <summary>The monitoring period.</summary>
    public MonitoringPeriod Period { get; }

    /// <summary>The project site.</summary>
    public MonitoringSite Site { get; }

    /// <summary>Reference emissions <c>RE_p</c>, exact.</summary>
    public Co2e ReferenceEmissions { get; }

    /// <summary>Project emissions <c>PE_p</c>, exact.</summary>
    public Co2e ProjectEmissions { get; }

    /// <summary>Emission reductions <c>ER_p = RE_p − PE_p</c>, exact; may be negative.</summary>
    public Co2e EmissionReductions => ReferenceEmissions - ProjectEmissions;

    /// <summary>The rounding direction that turned <c>ER_p</c> into whole credits
    /// (<see cref="MidpointRounding.ToNegativeInfinity"/>, round down, unless the caller chose otherwise).</summary>
    public MidpointRounding CreditRounding { get; }

    /// <summary>The creditable whole tonnes: <c>max(0, round(ER_p))</c> in the direction <see cref="CreditRounding"/>.</summary>
    public long Credits { get; }

    /// <summary>How the vintages were obtained.</summary>
    public VintageBasis VintageBasis { get; }

    /// <summary>The vintages in year order; their credits add up exactly to <see cref="Credits"/>.</summary>
    public IReadOnlyList<VintageResult> Vintages { get; }

    /// <summary>The calculation trace for the whole period.</summary>
    public CalculationTrace Trace { get; }

    /// <summary>Formats as <c>MN_AM003 Ver2.0, 2024-01-01..2024-12-31: ER 1195.5 tCO2e, 1195 credits</c>.</summary>
    public override string ToString() => $"{MethodologyId} {MethodologyVersion}, {Period}: ER {EmissionReductions}, {Credits} credits";
}
