using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A monitored quantity declared in a project file: the readings-file symbol that feeds it, the methodology symbol it
/// becomes (<c>EC_PJ,1,p</c>), the units its readings may use, and how its data is obtained and corrected.
/// </summary>
/// <param name="Parameter">The symbol in the readings file's <c>parameter</c> column, for example <c>EC_1</c>.</param>
/// <param name="Quantity">What the family expects of the quantity: its methodology symbol, for example <c>EC_PJ,1,p</c>,
/// what it is, the dimensions its readings may be in and the unit of its empty series.</param>
/// <param name="Path">The JSON path of the object that declares it, for example <c>chillers[0].electricity</c>.</param>
/// <param name="Option">The monitoring option (A, B or C).</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="MeterAccuracy">The meter's maximum permissible error as a fraction, or null.</param>
/// <param name="GapDefault">The conservative default for missing project-side data, or null.</param>
internal sealed record MonitoredSpec(
    string Parameter, MonitoredQuantity Quantity, string Path, MonitoringOption Option, string Source, decimal? MeterAccuracy, GapDefault? GapDefault)
{
    /// <summary>The methodology's symbol for the quantity, for example <c>EC_PJ,1,p</c>.</summary>
    public string Symbol => Quantity.Symbol;

    /// <summary>The unit of the empty series when the readings file has no reading of the quantity.</summary>
    public ParameterUnit DefaultUnit => Quantity.DefaultUnit;

    /// <summary>Whether readings in <paramref name="unit"/> may feed this quantity.</summary>
    public bool Accepts(ParameterUnit unit) => Quantity.Dimensions.Contains(unit.Dimension);

    /// <summary>What the readings must be, for a message: "EC_1 feeds EC_PJ,1,p, …, an energy in watt-hours (Wh, kWh, MWh or GWh)".</summary>
    public string Expectation =>
        $"{Parameter} feeds {Symbol}, {Quantity.What} ({Path}), which is {UnitTable.Describe(Quantity.Dimensions)} " +
        $"({UnitTable.Symbols(Quantity.Dimensions)}){(Quantity.Because is null ? string.Empty : " " + Quantity.Because)}";

    /// <summary>The library's monitored parameter over a series of this quantity's readings.</summary>
    public MonitoredParameter ToParameter(MeterReadingSeries readings) =>
        MonitoredParameter.FromReadings(readings, Option, Source,
            MeterAccuracy is decimal mpe ? Quantification.Monitoring.MeterAccuracy.ForAllReadings(mpe) : null);
}
