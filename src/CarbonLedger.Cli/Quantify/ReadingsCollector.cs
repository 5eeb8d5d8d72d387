using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Import.Readings;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// Checks each reading a readings file gives (CSV or xlsx) against the project file as it streams in, and keeps the
/// readings of each declared parameter in a <see cref="MeterReadingBuffer"/>: declared parameter, one accepted unit
/// per parameter, end after start, inside the monitoring period, in time order.
/// </summary>
internal sealed class ReadingsCollector
{
    private readonly string file;
    private readonly MonitoringSite site;
    private readonly MonitoringPeriod period;
    private readonly Dictionary<string, MonitoredSpec> specs;
    private readonly Meter[] meters;
    private readonly Interval bounds;
    private readonly long periodStart;
    private readonly long periodEnd;
    private Meter? previous;

    public ReadingsCollector(string file, MonitoringSite site, MonitoringPeriod period, IReadOnlyCollection<MonitoredSpec> monitored)
    {
        this.file = file;
        this.site = site;
        this.period = period;
        specs = monitored.ToDictionary(m => m.Parameter, StringComparer.Ordinal);
        meters = [.. specs.Keys.Select(p => new Meter(p))];
        bounds = period.ToInterval(site.Zone);
        periodStart = bounds.Start.ToUnixTimeTicks();
        periodEnd = bounds.End.ToUnixTimeTicks();
    }

    /// <summary>The declared parameter of this name (UTF-8), or an error naming the line.</summary>
    public Meter MeterOf(ReadOnlySpan<byte> name, long line)
    {
        if (previous is not null && name.SequenceEqual(previous.Utf8))
        {
            return previous;
        }
        foreach (Meter meter in meters)
        {
            if (name.SequenceEqual(meter.Utf8))
            {
                previous = meter;
                return meter;
            }
        }
        throw InputException.At(file, line, "parameter",
            $"unknown parameter '{TextFiles.Utf8.GetString(name)}'; the project file declares {string.Join(", ", specs.Keys.Select(p => "'" + p + "'"))}");
    }

    /// <summary>Checks and keeps one reading; the unit is parsed only when its text differs from the meter's last.</summary>
    public void Add(Meter meter, long line, long start, long end, decimal amount, ReadOnlySpan<byte> unitText, Func<string> unitString,
        string startField, string endField, string unitField)
    {
        if (meter.UnitUtf8 is null || !unitText.SequenceEqual(meter.UnitUtf8))
        {
            CheckUnit(meter, line, unitString(), unitText, unitField);
        }
        if (end <= start)
        {
            throw InputException.At(file, line, endField, "the reading must end after it starts");
        }
        if (start < periodStart || end > periodEnd)
        {
            throw InputException.At(file, line, start < periodStart ? startField : endField,
                $"the reading lies outside the monitoring period {period}, which runs from {Text(bounds.Start)} to {Text(bounds.End)} at {site.Zone.Id}");
        }
        if (meter.Readings.Count > 0 && start < meter.LastEnd)
        {
            throw InputException.At(file, line, startField,
                string.Create(CultureInfo.InvariantCulture, $"the reading overlaps or precedes the reading of line {meter.LastLine}; give each parameter's readings in time order"));
        }
        meter.Readings.Add(Instant.FromUnixTimeTicks(start), Instant.FromUnixTimeTicks(end), amount);
        meter.LastEnd = end;
        meter.LastLine = line;
    }

    /// <summary>Each declared parameter's readings as a series (empty, in its default unit, when the file has none).</summary>
    public IReadOnlyDictionary<string, MeterReadingSeries> ToSeries()
    {
        var series = new Dictionary<string, MeterReadingSeries>(StringComparer.Ordinal);
        foreach (Meter meter in meters)
        {
            series[meter.Parameter] = meter.Readings.ToSeries(site, period, meter.Unit ?? specs[meter.Parameter].DefaultUnit);
        }
        return series;
    }

    private void CheckUnit(Meter meter, long line, string text, ReadOnlySpan<byte> utf8, string field)
    {
        if (!UnitTable.TryFind(text, out ParameterUnit unit) || !unit.IsAmount)
        {
            throw InputException.At(file, line, field, $"wrong unit '{text}'; a reading is in one of {string.Join(", ", UnitTable.Amounts.Select(u => u.Symbol))}");
        }
        if (meter.Unit is ParameterUnit first && first != unit)
        {
            throw InputException.At(file, line, field,
                string.Create(CultureInfo.InvariantCulture, $"wrong unit '{unit}': the readings of {meter.Parameter} are in {first} (line {meter.UnitLine})"));
        }
        if (meter.Unit is null)
        {
            MonitoredSpec spec = specs[meter.Parameter];
            if (!spec.Accepts(unit))
            {
                throw InputException.At(file, line, field,
                    $"wrong unit for {meter.Parameter}: Mismatched units: {spec.Expectation}; '{unit}' is {UnitTable.Describe(unit.Dimension)}");
            }
            meter.Unit = unit;
            meter.UnitLine = line;
        }
        meter.UnitUtf8 = utf8.ToArray();
    }

    private string Text(Instant instant) => OffsetDateTimePattern.Rfc3339.Format(instant.InZone(site.Zone).ToOffsetDateTime());

    /// <summary>One declared parameter's readings as they stream in, with what the checks of the next line need.</summary>
    internal sealed class Meter(string parameter)
    {
        public string Parameter { get; } = parameter;

        public byte[] Utf8 { get; } = TextFiles.Utf8.GetBytes(parameter);

        public MeterReadingBuffer Readings { get; } = new();

        public ParameterUnit? Unit { get; set; }

        public long UnitLine { get; set; }

        public byte[]? UnitUtf8 { get; set; }

        public long LastEnd { get; set; }

        public long LastLine { get; set; }
    }
}
