namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The physical dimension of a parameter. Values of one dimension convert exactly between its units; values of
/// different dimensions never mix (a methodology rejects a parameter given in a unit of the wrong dimension).
/// </summary>
public enum ParameterDimension
{
    /// <summary>A pure number, such as a COP or an efficiency. Canonical unit: 1.</summary>
    Dimensionless = 1,

    /// <summary>Energy counted in watt-hours: electricity, or heat and cooling delivered. Canonical unit: MWh.</summary>
    Energy = 2,

    /// <summary>Energy content of a fuel counted in joules. Canonical unit: TJ.</summary>
    EnergyContent = 3,

    /// <summary>A mass of fuel. Canonical unit: t.</summary>
    FuelMass = 4,

    /// <summary>A volume of fuel. Canonical unit: kL (one cubic metre).</summary>
    FuelVolume = 5,

    /// <summary>Emission factor per unit of energy, such as a grid emission factor. Canonical unit: tCO2/MWh.</summary>
    EmissionFactorPerEnergy = 6,

    /// <summary>Emission factor per unit of fuel energy content. Canonical unit: tCO2/TJ.</summary>
    EmissionFactorPerEnergyContent = 7,

    /// <summary>Net calorific value per mass of fuel. Canonical unit: TJ/t.</summary>
    NetCalorificValuePerMass = 8,

    /// <summary>Net calorific value per volume of fuel. Canonical unit: TJ/kL.</summary>
    NetCalorificValuePerVolume = 9,

    /// <summary>Luminous efficacy of a light source. Canonical unit: lm/W.</summary>
    LuminousEfficacy = 10,

    /// <summary>Electric power, used as a rate for gap defaults (rated power × hours). Canonical unit: MW.</summary>
    Power = 11,

    /// <summary>Fuel mass per hour, used as a rate for gap defaults. Canonical unit: t/h.</summary>
    FuelMassRate = 12,

    /// <summary>Fuel volume per hour, used as a rate for gap defaults. Canonical unit: kL/h.</summary>
    FuelVolumeRate = 13,
}
