using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// A monitored quantity declared in a project file: the readings-file symbol that feeds it, the methodology symbol it
/// becomes (<c>EC_PJ,1,p</c>), the units its readings may use, and how its data is obtained and corrected.
/// </summary>
/// <param name="Parameter">The symbol in the readings file's <c>parameter</c> column, for example <c>EC_1</c>.</param>
/// <param name="Symbol">The methodology's symbol for the quantity, for example <c>EC_PJ,1,p</c>.</param>
/// <param name="What">What the quantity is, for messages: "the electricity consumption of chiller CH-1".</param>
/// <param name="Path">The JSON path of the object that declares it, for example <c>chillers[0].electricity</c>.</param>
/// <param name="Dimensions">The dimensions its readings may be in.</param>
/// <param name="Because">Why only those dimensions, when it is not obvious (a fuel's NCV decides mass or volume), or null.</param>
/// <param name="DefaultUnit">The unit of the empty series when the readings file has no reading of it.</param>
/// <param name="Option">The monitoring option (A, B or C).</param>
/// <param name="Source">Where the data comes from.</param>
/// <param name="MeterAccuracy">The meter's maximum permissible error as a fraction, or null.</param>
/// <param name="GapDefault">The conservative default for missing project-side data, or null.</param>
internal sealed record MonitoredSpec(
    string Parameter, string Symbol, string What, string Path, IReadOnlyList<ParameterDimension> Dimensions, string? Because,
    ParameterUnit DefaultUnit, MonitoringOption Option, string Source, decimal? MeterAccuracy, GapDefault? GapDefault)
{
    /// <summary>Whether readings in <paramref name="unit"/> may feed this quantity.</summary>
    public bool Accepts(ParameterUnit unit) => Dimensions.Contains(unit.Dimension);

    /// <summary>What the readings must be, for a message: "EC_1 feeds EC_PJ,1,p, …, an energy in watt-hours (Wh, kWh, MWh or GWh)".</summary>
    public string Expectation =>
        $"{Parameter} feeds {Symbol}, {What} ({Path}), which is {string.Join(" or ", Dimensions.Select(UnitTable.Describe))} " +
        $"({UnitTable.Symbols(Dimensions)}){(Because is null ? string.Empty : " " + Because)}";

    /// <summary>The library's monitored parameter over a series of this quantity's readings.</summary>
    public MonitoredParameter ToParameter(MeterReadingSeries readings) =>
        MonitoredParameter.FromReadings(readings, Option, Source,
            MeterAccuracy is decimal mpe ? Quantification.Monitoring.MeterAccuracy.ForAllReadings(mpe) : null);
}
