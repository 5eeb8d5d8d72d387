using System;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The data of a parameter monitored during a period, such as a solar plant's AC output or a boiler's fuel use:
/// either dated meter readings, or one period total (from invoices, say), or nothing at all (data lost). It carries
/// its unit, monitoring option and source, and optionally the accuracy of the meter behind it.
/// </summary>
/// <remarks>
/// <para>Only readings can be assigned to vintages by date; a period total is split across vintages pro rata by days.
/// Missing data is never filled in the project's favour: see <see cref="ParameterSide"/>.</para>
/// <para>The symbol under which the parameter appears (<c>EG_1,p</c>) is chosen by the methodology that uses it.
/// Instances are immutable.</para>
/// </remarks>
public sealed class MonitoredParameter
{
    private MonitoredParameter(ParameterUnit unit, MonitoringOption option, string source, MeterReadingSeries? readings, decimal? total, MeterAccuracy? accuracy)
    {
        Unit = unit;
        Option = option;
        Source = source;
        Readings = readings;
        PeriodTotal = total;
        Accuracy = accuracy;
    }

    /// <summary>The unit of the readings or total.</summary>
    public ParameterUnit Unit { get; }

    /// <summary>How the data is obtained (A public data, B invoices, C own measurement).</summary>
    public MonitoringOption Option { get; }

    /// <summary>Where the data comes from, for example "Revenue meter M-1, 15-minute AMR data".</summary>
    public string Source { get; }

    /// <summary>The dated readings, or null when the parameter is a period total or missing.</summary>
    public MeterReadingSeries? Readings { get; }

    /// <summary>The period total in <see cref="Unit"/>, or null when the parameter has readings or is missing.</summary>
    public decimal? PeriodTotal { get; }

    /// <summary>The meter's accuracy and delayed calibrations, or null when no correction applies.</summary>
    public MeterAccuracy? Accuracy { get; }

    /// <summary>Whether no data exists for the period at all.</summary>
    public bool IsMissing => Readings is null && PeriodTotal is null;

    /// <summary>A parameter measured by dated meter readings (the unit is the series' unit).</summary>
    /// <param name="readings">The readings for the period.</param>
    /// <param name="option">The monitoring option, usually <see cref="MonitoringOption.C"/>.</param>
    /// <param name="source">A non-blank description of the source.</param>
    /// <param name="accuracy">The meter's accuracy, or null when no correction applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The source is blank or the option is not defined.</exception>
    public static MonitoredParameter FromReadings(MeterReadingSeries readings, MonitoringOption option, string source, MeterAccuracy? accuracy = null)
    {
        Preconditions.CheckNotNull(readings);
        CheckCommon(option, source);
        return new MonitoredParameter(readings.Unit, option, source, readings, null, accuracy);
    }

    /// <summary>A parameter known only as a total for the whole period (for example from invoices).</summary>
    /// <param name="total">The total; must not be negative.</param>
    /// <param name="unit">The unit of the total: an energy, an energy content, a fuel mass or a fuel volume.</param>
    /// <param name="option">The monitoring option.</param>
    /// <param name="source">A non-blank description of the source.</param>
    /// <param name="accuracy">The meter's accuracy, or null when no correction applies.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The total is negative, the unit is not an amount, the source is blank or
    /// the option is not defined.</exception>
    public static MonitoredParameter FromPeriodTotal(decimal total, ParameterUnit unit, MonitoringOption option, string source, MeterAccuracy? accuracy = null)
    {
        Preconditions.CheckArgument(total >= 0m, nameof(total),
            "Monitored total must not be negative; it is {0}", QuantificationFormat.Number(total));
        unit.CheckIsAmount(nameof(unit));
        CheckCommon(option, source);
        return new MonitoredParameter(unit, option, source, null, total, accuracy);
    }

    /// <summary>A parameter for which no data exists in the period (the meter failed and nothing replaces it).</summary>
    /// <param name="unit">The unit the data would have had.</param>
    /// <param name="option">The monitoring option.</param>
    /// <param name="source">A non-blank description of the source and why it is missing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException">The unit is not an amount, the source is blank or the option is not defined.</exception>
    public static MonitoredParameter Missing(ParameterUnit unit, MonitoringOption option, string source)
    {
        unit.CheckIsAmount(nameof(unit));
        CheckCommon(option, source);
        return new MonitoredParameter(unit, option, source, null, null, null);
    }

    /// <summary>Formats as <c>35040 readings in kWh …</c>, <c>total 1500 MWh</c> or <c>missing (MWh)</c>, with the source.</summary>
    public override string ToString() =>
        (Readings is not null ? Readings.ToString()
            : PeriodTotal is decimal total ? $"total {QuantificationFormat.Number(total)} {Unit}"
            : $"missing ({Unit})") + $", option {Option}, {Source}";

    private static void CheckCommon(MonitoringOption option, string source)
    {
        Preconditions.CheckDefined(option, nameof(option));
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "Parameter source must not be blank");
    }

}
