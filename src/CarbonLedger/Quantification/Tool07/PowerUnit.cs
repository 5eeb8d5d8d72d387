using System;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Tool07;

/// <summary>
/// A power unit (plant) serving an electricity system, as CDM TOOL07 sees it for one year: its net generation
/// delivered to the grid <c>EG_m,y</c>, its emission factor <c>EF_EL,m,y</c>, whether it is low-cost/must-run
/// (hydro, geothermal, wind, solar, nuclear, biomass…), and when it was commissioned (for the build margin).
/// </summary>
/// <remarks>Instances are immutable. Power units have no natural order.</remarks>
public sealed class PowerUnit
{
    /// <summary>Creates a unit without a commissioning date (usable for operating margins only).</summary>
    /// <param name="id">A non-blank identifier, unique within the system.</param>
    /// <param name="netGenerationMegawattHours">Net electricity delivered to the grid in the year, MWh; not negative.</param>
    /// <param name="emissionFactor">The unit's CO2 emission factor per MWh (zero for low-cost/must-run units, typically).</param>
    /// <param name="isLowCostMustRun">Whether the unit is low-cost/must-run.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is blank or the generation is negative.</exception>
    public PowerUnit(string id, decimal netGenerationMegawattHours, EmissionFactor<ElectricEnergyUnit> emissionFactor, bool isLowCostMustRun)
    {
        Preconditions.CheckNotNull(id);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(id), nameof(id), "Power unit id must not be blank");
        Preconditions.CheckArgument(netGenerationMegawattHours >= 0m, nameof(netGenerationMegawattHours),
            "Net generation must not be negative; it is {0} MWh", QuantificationFormat.Number(netGenerationMegawattHours));
        Id = id;
        NetGenerationMegawattHours = netGenerationMegawattHours;
        EmissionFactor = emissionFactor;
        IsLowCostMustRun = isLowCostMustRun;
    }

    /// <summary>Creates a unit with its commissioning date (needed for the build margin).</summary>
    /// <param name="id">A non-blank identifier, unique within the system.</param>
    /// <param name="netGenerationMegawattHours">Net electricity delivered to the grid in the year, MWh; not negative.</param>
    /// <param name="emissionFactor">The unit's CO2 emission factor per MWh.</param>
    /// <param name="isLowCostMustRun">Whether the unit is low-cost/must-run.</param>
    /// <param name="commissioned">The date the unit started supplying the grid.</param>
    public PowerUnit(string id, decimal netGenerationMegawattHours, EmissionFactor<ElectricEnergyUnit> emissionFactor, bool isLowCostMustRun, LocalDate commissioned)
        : this(id, netGenerationMegawattHours, emissionFactor, isLowCostMustRun)
    {
        Commissioned = commissioned;
    }

    /// <summary>The unit's identifier.</summary>
    public string Id { get; }

    /// <summary>Net generation delivered to the grid in the year, <c>EG_m,y</c>, in MWh.</summary>
    public decimal NetGenerationMegawattHours { get; }

    /// <summary>The unit's emission factor <c>EF_EL,m,y</c>.</summary>
    public EmissionFactor<ElectricEnergyUnit> EmissionFactor { get; }

    /// <summary>Whether the unit is low-cost/must-run.</summary>
    public bool IsLowCostMustRun { get; }

    /// <summary>The commissioning date, or null when not given.</summary>
    public LocalDate? Commissioned { get; }

    /// <summary>
    /// A unit's emission factor from its fuel's CO2 factor and its net efficiency (TOOL07 option A2):
    /// <c>EF_EL,m = EF_CO2,m × 0.0036 TJ/MWh ÷ η_m</c>, decimal division (28–29 significant digits).
    /// </summary>
    /// <param name="fuelEmissionFactor">The fuel's CO2 emission factor per energy content.</param>
    /// <param name="netEfficiency">The unit's net energy conversion efficiency as a fraction, above 0 and at most 1.</param>
    /// <exception cref="ArgumentOutOfRangeException">The efficiency is not above 0 and at most 1.</exception>
    public static EmissionFactor<ElectricEnergyUnit> EmissionFactorFromEfficiency(EmissionFactor<EnergyContentUnit> fuelEmissionFactor, decimal netEfficiency)
    {
        if (netEfficiency <= 0m || netEfficiency > 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(netEfficiency), netEfficiency, "Net efficiency must be above 0 and at most 1, for example 0.38");
        }
        return Quantities.EmissionFactor.TonnesPerMegawattHour(fuelEmissionFactor.TonnesPerCanonicalUnit * 0.0036m / netEfficiency);
    }

    /// <summary>Formats as <c>Coal-1: 1200 MWh at 0.95 tCO2e/MWh</c>.</summary>
    public override string ToString() =>
        $"{Id}: {QuantificationFormat.Number(NetGenerationMegawattHours)} MWh at {EmissionFactor}{(IsLowCostMustRun ? " (low-cost/must-run)" : string.Empty)}";
}
