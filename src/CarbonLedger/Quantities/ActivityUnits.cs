namespace CarbonLedger.Quantities;

/// <summary>Units of the mass of CO2e on the numerator of an emission factor (gCO2e, kgCO2e, tCO2e).</summary>
public enum Co2eMassUnit
{
    /// <summary>Grams of CO2e (10^-6 t).</summary>
    Gram = 1,

    /// <summary>Kilograms of CO2e (10^-3 t).</summary>
    Kilogram = 2,

    /// <summary>Tonnes of CO2e.</summary>
    Tonne = 3,
}

/// <summary>Units of electrical (or delivered) energy, an activity measured in watt-hours. Canonical unit: MWh.</summary>
public enum ElectricEnergyUnit
{
    /// <summary>Watt-hours (10^-6 MWh).</summary>
    WattHour = 1,

    /// <summary>Kilowatt-hours (10^-3 MWh).</summary>
    KilowattHour = 2,

    /// <summary>Megawatt-hours.</summary>
    MegawattHour = 3,

    /// <summary>Gigawatt-hours (10^3 MWh).</summary>
    GigawattHour = 4,
}

/// <summary>Units of energy content of a fuel (heat), as used in NCV × EF chains. Canonical unit: TJ.</summary>
public enum EnergyContentUnit
{
    /// <summary>Megajoules (10^-6 TJ).</summary>
    Megajoule = 1,

    /// <summary>Gigajoules (10^-3 TJ).</summary>
    Gigajoule = 2,

    /// <summary>Terajoules.</summary>
    Terajoule = 3,
}

/// <summary>Units of a mass of fuel or material. Canonical unit: tonne.</summary>
public enum FuelMassUnit
{
    /// <summary>Kilograms (10^-3 t).</summary>
    Kilogram = 1,

    /// <summary>Tonnes.</summary>
    Tonne = 2,

    /// <summary>Kilotonnes (10^3 t).</summary>
    Kilotonne = 3,
}

/// <summary>Units of a volume of fuel. Canonical unit: kilolitre (one cubic metre).</summary>
public enum FuelVolumeUnit
{
    /// <summary>Litres (10^-3 kL).</summary>
    Litre = 1,

    /// <summary>Kilolitres.</summary>
    Kilolitre = 2,

    /// <summary>Cubic metres (equal to kilolitres).</summary>
    CubicMetre = 3,

    /// <summary>Thousands of cubic metres (10^3 kL), common for gaseous fuels.</summary>
    ThousandCubicMetres = 4,
}
