using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The instants that divide a monitoring period into vintages at a site: the period's start, the start of each
/// local 1 January inside the period, and the period's end. A reading's vintage is then found by comparing
/// instants, never by converting each reading to a local date.
/// </summary>
internal static class VintageCalendar
{
    /// <summary>
    /// Unix ticks of [period start, 1 Jan of each following year…, period end), all local to <paramref name="zone"/>.
    /// Element k and k + 1 bound the vintage <c>period.Start.Year + k</c>.
    /// </summary>
    internal static long[] Boundaries(MonitoringPeriod period, DateTimeZone zone)
    {
        int years = period.End.Year - period.Start.Year + 1;
        var bounds = new long[years + 1];
        Interval whole = period.ToInterval(zone);
        bounds[0] = whole.Start.ToUnixTimeTicks();
        for (int k = 1; k < years; k++)
        {
            bounds[k] = new LocalDate(period.Start.Year + k, 1, 1).AtStartOfDayInZone(zone).ToInstant().ToUnixTimeTicks();
        }
        bounds[years] = whole.End.ToUnixTimeTicks();
        return bounds;
    }
}
