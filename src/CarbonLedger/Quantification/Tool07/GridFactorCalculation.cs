using System;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// The result of a TOOL07 calculation (an operating, build or combined margin): the exact emission factor in
/// tCO2/MWh and the trace of how it was obtained.
/// </summary>
/// <remarks>
/// The factor is kept at full decimal precision; <see cref="Round"/> gives a published-style figure with an explicit
/// rounding rule (the Philippine DOE publishes four decimals). Instances are immutable.
/// </remarks>
public sealed class GridFactorCalculation
{
    internal GridFactorCalculation(string method, decimal tonnesPerMegawattHour, CalculationTrace trace)
    {
        Method = method;
        TonnesPerMegawattHour = tonnesPerMegawattHour;
        Trace = trace;
    }

    /// <summary>Which calculation produced the factor, for example "simple OM, option A".</summary>
    public string Method { get; }

    /// <summary>The exact factor in tCO2/MWh.</summary>
    public decimal TonnesPerMegawattHour { get; }

    /// <summary>The factor as an <see cref="EmissionFactor{TUnit}"/>.</summary>
    public EmissionFactor<ElectricEnergyUnit> Factor => EmissionFactor.TonnesPerMegawattHour(TonnesPerMegawattHour);

    /// <summary>Every input and formula step.</summary>
    public CalculationTrace Trace { get; }

    /// <summary>The factor rounded to a number of decimals in the stated direction.</summary>
    /// <param name="decimals">Decimals to keep, 0 to 28.</param>
    /// <param name="rounding">How to round the dropped digits (for example <see cref="MidpointRounding.AwayFromZero"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public decimal Round(int decimals, MidpointRounding rounding)
    {
        Preconditions.CheckArgumentRange(nameof(decimals), decimals, 0, 28);
        Preconditions.CheckDefined(rounding, nameof(rounding));
        return Math.Round(TonnesPerMegawattHour, decimals, rounding);
    }

    /// <summary>The factor as an ex-ante parameter in tCO2/MWh with a source naming this calculation.</summary>
    /// <param name="source">A non-blank description of the data, for example "Kazakhstan grid data 2021–2023, KEGOC".</param>
    /// <exception cref="ArgumentException">The source is blank.</exception>
    public ExAnteParameter ToParameter(string source)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "Source must not be blank");
        return ExAnteParameter.Create(TonnesPerMegawattHour, ParameterUnit.TonneCo2PerMegawattHour, $"CDM TOOL07 {Method}: {source}");
    }

    /// <summary>Formats as <c>simple OM, option A: 0.7797 tCO2/MWh</c>.</summary>
    public override string ToString() => $"{Method}: {QuantificationFormat.Number(TonnesPerMegawattHour)} tCO2/MWh";
}
