using System;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// A parameter fixed ex ante, for the whole crediting period: an emission factor, a reference COP, an efficiency,
/// a net calorific value. It carries its value, unit, source and, where the monitoring plan gives one, its
/// monitoring option.
/// </summary>
/// <remarks>
/// The symbol under which the value appears in a calculation (<c>EF_grid</c>, <c>COP_RE,1</c>) is chosen by the
/// methodology that uses it. Values must not be negative; a methodology may require more (a COP must be positive).
/// Instances are immutable.
/// </remarks>
public sealed class ExAnteParameter
{
    private ExAnteParameter(decimal value, ParameterUnit unit, string source, MonitoringOption? option)
    {
        Value = value;
        Unit = unit;
        Source = source;
        Option = option;
    }

    /// <summary>The value, in <see cref="Unit"/>.</summary>
    public decimal Value { get; }

    /// <summary>The unit of <see cref="Value"/>.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>Where the value comes from, for example "JCM MN_AM003 Ver2.0 default value".</summary>
    public string Source { get; }

    /// <summary>The monitoring option, when the plan states one (ex-ante values often state none).</summary>
    public MonitoringOption? Option { get; }

    /// <summary>The value in the canonical unit of its dimension (for example kWh → MWh), exactly.</summary>
    public decimal CanonicalValue => Unit.ToCanonical(Value);

    /// <summary>Creates an ex-ante parameter.</summary>
    /// <param name="value">The value; must not be negative.</param>
    /// <param name="unit">The unit of the value.</param>
    /// <param name="source">A non-blank description of the source.</param>
    /// <param name="option">The monitoring option, if the plan states one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The value is negative, the source is blank or the option is not defined.</exception>
    public static ExAnteParameter Create(decimal value, ParameterUnit unit, string source, MonitoringOption? option = null)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "Parameter source must not be blank");
        Preconditions.CheckArgument(value >= 0m, nameof(value),
            "Ex-ante parameter value must not be negative; it is {0}", QuantificationFormat.Number(value));
        if (option is MonitoringOption o)
        {
            Preconditions.CheckDefined(o, nameof(option));
        }
        return new ExAnteParameter(value, unit, source, option);
    }

    /// <summary>An ex-ante grid (electricity) emission factor in tCO2/MWh.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="source">A non-blank description of the source.</param>
    /// <param name="option">The monitoring option, if the plan states one.</param>
    public static ExAnteParameter FromGridEmissionFactor(EmissionFactor<ElectricEnergyUnit> factor, string source, MonitoringOption? option = null) =>
        Create(factor.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerMegawattHour, source, option);

    /// <summary>An ex-ante fuel emission factor in tCO2/TJ.</summary>
    /// <param name="factor">The factor.</param>
    /// <param name="source">A non-blank description of the source.</param>
    /// <param name="option">The monitoring option, if the plan states one.</param>
    public static ExAnteParameter FromFuelEmissionFactor(EmissionFactor<EnergyContentUnit> factor, string source, MonitoringOption? option = null) =>
        Create(factor.TonnesPerCanonicalUnit, ParameterUnit.TonneCo2PerTerajoule, source, option);

    /// <summary>Formats as <c>0.797 tCO2/MWh (source)</c>.</summary>
    public override string ToString() => $"{QuantificationFormat.Number(Value)} {Unit} ({Source})";
}
