using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Serialization;

/// <summary>The JSON shape of a monitoring period: first and last dates, both included.</summary>
internal sealed record PeriodRecord([property: JsonRequired] LocalDate Start, [property: JsonRequired] LocalDate End);

/// <summary>The JSON shape of a monitoring site: its identifier and tzdb zone id.</summary>
internal sealed record SiteRecord([property: JsonRequired] string Id, [property: JsonRequired] string Zone);

/// <summary>The JSON shape of a traced parameter.</summary>
internal sealed record TracedParameterRecord(
    [property: JsonRequired] string Symbol,
    [property: JsonRequired] ParameterKind Kind,
    [property: JsonRequired] decimal StatedValue,
    [property: JsonRequired] ParameterUnit Unit,
    [property: JsonRequired] decimal UsedValue,
    MonitoringOption? Option,
    [property: JsonRequired] string Source,
    [property: JsonRequired] string Basis);

/// <summary>The JSON shape of a trace correction.</summary>
internal sealed record TraceCorrectionRecord(
    [property: JsonRequired] string Symbol,
    [property: JsonRequired] CorrectionKind Kind,
    [property: JsonRequired] string Description,
    [property: JsonRequired] decimal Before,
    [property: JsonRequired] decimal After,
    [property: JsonRequired] ParameterUnit Unit);

/// <summary>The JSON shape of a formula step.</summary>
internal sealed record TraceStepRecord(
    [property: JsonRequired] string Symbol,
    [property: JsonRequired] string Formula,
    [property: JsonRequired] string Expansion,
    [property: JsonRequired] string Substitution,
    [property: JsonRequired] decimal Value,
    [property: JsonRequired] string Unit);

/// <summary>The JSON shape of a calculation trace.</summary>
internal sealed record TraceRecord(
    [property: JsonRequired] string Heading,
    [property: JsonRequired] IReadOnlyList<TracedParameter> Parameters,
    [property: JsonRequired] IReadOnlyList<TraceCorrection> Corrections,
    [property: JsonRequired] IReadOnlyList<TraceStep> Steps);

/// <summary>The JSON shape of one vintage of a result.</summary>
internal sealed record VintageResultRecord(
    [property: JsonRequired] int Year,
    [property: JsonRequired] LocalDate Start,
    [property: JsonRequired] LocalDate End,
    [property: JsonRequired] Co2e ReferenceEmissions,
    [property: JsonRequired] Co2e ProjectEmissions,
    [property: JsonRequired] long Credits,
    [property: JsonRequired] CalculationTrace Trace);

/// <summary>The JSON shape of a quantification result.</summary>
internal sealed record QuantificationResultRecord(
    [property: JsonRequired] MethodologyId MethodologyId,
    [property: JsonRequired] MethodologyVersion MethodologyVersion,
    [property: JsonRequired] GwpSet GwpSet,
    [property: JsonRequired] MonitoringPeriod Period,
    [property: JsonRequired] MonitoringSite Site,
    [property: JsonRequired] Co2e ReferenceEmissions,
    [property: JsonRequired] Co2e ProjectEmissions,
    [property: JsonRequired] MidpointRounding CreditRounding,
    [property: JsonRequired] long Credits,
    [property: JsonRequired] VintageBasis VintageBasis,
    [property: JsonRequired] IReadOnlyList<VintageResult> Vintages,
    [property: JsonRequired] CalculationTrace Trace);

/// <summary>A monitoring period as <c>{"start","end"}</c>, read back through its constructor.</summary>
internal sealed class MonitoringPeriodJsonConverter : RecordJsonConverter<MonitoringPeriod, PeriodRecord>
{
    protected override PeriodRecord ToRecord(MonitoringPeriod value) => new(value.Start, value.End);

    protected override MonitoringPeriod FromRecord(PeriodRecord record) => new(record.Start, record.End);
}

/// <summary>A monitoring site as <c>{"id","zone"}</c>; the zone must be a tzdb id.</summary>
internal sealed class MonitoringSiteJsonConverter : RecordJsonConverter<MonitoringSite, SiteRecord>
{
    protected override SiteRecord ToRecord(MonitoringSite value) => new(value.Id, value.Zone.Id);

    protected override MonitoringSite FromRecord(SiteRecord record)
    {
        Preconditions.CheckNotNull(record.Zone);
        DateTimeZone? zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(record.Zone);
        Preconditions.CheckArgument(zone is not null, "zone", "'{0}' is not a tzdb time zone id", record.Zone);
        return new MonitoringSite(record.Id, zone);
    }
}

/// <summary>A traced parameter as an object of its stored fields (the canonical unit is derived).</summary>
internal sealed class TracedParameterJsonConverter : RecordJsonConverter<TracedParameter, TracedParameterRecord>
{
    protected override TracedParameterRecord ToRecord(TracedParameter p) =>
        new(p.Symbol, p.Kind, p.StatedValue, p.Unit, p.UsedValue, p.Option, p.Source, p.Basis);

    protected override TracedParameter FromRecord(TracedParameterRecord r) =>
        new(QuantificationJson.Symbol(r.Symbol), r.Kind, r.StatedValue, r.Unit, r.UsedValue, r.Option,
            Preconditions.CheckNotNull(r.Source), Preconditions.CheckNotNull(r.Basis));
}

/// <summary>A trace correction as an object of its fields.</summary>
internal sealed class TraceCorrectionJsonConverter : RecordJsonConverter<TraceCorrection, TraceCorrectionRecord>
{
    protected override TraceCorrectionRecord ToRecord(TraceCorrection c) => new(c.Symbol, c.Kind, c.Description, c.Before, c.After, c.Unit);

    protected override TraceCorrection FromRecord(TraceCorrectionRecord r) =>
        new(QuantificationJson.Symbol(r.Symbol), r.Kind, Preconditions.CheckNotNull(r.Description), r.Before, r.After, r.Unit);
}

/// <summary>A formula step as an object of its fields.</summary>
internal sealed class TraceStepJsonConverter : RecordJsonConverter<TraceStep, TraceStepRecord>
{
    protected override TraceStepRecord ToRecord(TraceStep s) => new(s.Symbol, s.Formula, s.Expansion, s.Substitution, s.Value, s.Unit);

    protected override TraceStep FromRecord(TraceStepRecord r) =>
        new(QuantificationJson.Symbol(r.Symbol), Preconditions.CheckNotNull(r.Formula), Preconditions.CheckNotNull(r.Expansion),
            Preconditions.CheckNotNull(r.Substitution), r.Value, Preconditions.CheckNotNull(r.Unit));
}

/// <summary>A calculation trace as <c>{"heading","parameters","corrections","steps"}</c>.</summary>
internal sealed class CalculationTraceJsonConverter : RecordJsonConverter<CalculationTrace, TraceRecord>
{
    protected override TraceRecord ToRecord(CalculationTrace t) => new(t.Heading, t.Parameters, t.Corrections, t.Steps);

    protected override CalculationTrace FromRecord(TraceRecord r) =>
        new(Preconditions.CheckNotNull(r.Heading), QuantificationJson.Items(r.Parameters, "parameters"),
            QuantificationJson.Items(r.Corrections, "corrections"), QuantificationJson.Items(r.Steps, "steps"));
}

/// <summary>A vintage result as a flat object; reading checks that its dates lie in its year and its credits are not negative.</summary>
internal sealed class VintageResultJsonConverter : RecordJsonConverter<VintageResult, VintageResultRecord>
{
    protected override VintageResultRecord ToRecord(VintageResult v) =>
        new(v.Year, v.Dates.Start, v.Dates.End, v.ReferenceEmissions, v.ProjectEmissions, v.Credits, v.Trace);

    protected override VintageResult FromRecord(VintageResultRecord r)
    {
        MonitoringPeriod dates = new(r.Start, r.End);
        Preconditions.CheckArgument(dates.Start.Year == r.Year && dates.End.Year == r.Year, "dates",
            "A vintage's dates must lie in its year {0}; they are {1}", r.Year, dates);
        Preconditions.CheckArgumentRange("credits", r.Credits, 0, long.MaxValue);
        return new VintageResult(r.Year, dates.Dates, r.ReferenceEmissions, r.ProjectEmissions, r.Credits, Preconditions.CheckNotNull(r.Trace));
    }
}

/// <summary>
/// A quantification result as an object; reading checks that the credits are <c>max(0, round(ER_p))</c> in the
/// recorded direction, that the vintages cover the period year by year and share out exactly its credits, and that
/// the vintage basis fits the period.
/// </summary>
internal sealed class QuantificationResultJsonConverter : RecordJsonConverter<QuantificationResult, QuantificationResultRecord>
{
    protected override QuantificationResultRecord ToRecord(QuantificationResult q) =>
        new(q.MethodologyId, q.MethodologyVersion, q.GwpSet, q.Period, q.Site, q.ReferenceEmissions, q.ProjectEmissions,
            q.CreditRounding, q.Credits, q.VintageBasis, q.Vintages, q.Trace);

    protected override QuantificationResult FromRecord(QuantificationResultRecord r)
    {
        Preconditions.CheckArgument(r.MethodologyId.Value.Length > 0, "methodologyId", "Methodology id must not be empty");
        Preconditions.CheckNotNull(r.GwpSet);
        Preconditions.CheckNotNull(r.Period);
        Preconditions.CheckNotNull(r.Site);
        Preconditions.CheckNotNull(r.Trace);
        long expected = Math.Max(0L, (r.ReferenceEmissions - r.ProjectEmissions).ToWholeCredits(r.CreditRounding));
        Preconditions.CheckArgument(r.Credits == expected, "credits",
            "Credits {0} are not max(0, round(ER_p)) = {1} in the recorded rounding direction", r.Credits, expected);
        Preconditions.CheckArgument((r.VintageBasis == VintageBasis.SingleYear) == !r.Period.SpansSeveralYears, "vintageBasis",
            "Vintage basis {0} does not fit the period {1}", r.VintageBasis, r.Period);
        IReadOnlyList<VintageResult> vintages = QuantificationJson.Items(r.Vintages, "vintages");
        IReadOnlyList<DateInterval> years = r.Period.SplitByCalendarYear();
        Preconditions.CheckArgument(vintages.Count == years.Count, "vintages",
            "The period {0} needs one vintage per calendar year; there are {1}", r.Period, vintages.Count);
        long sum = 0;
        for (int k = 0; k < years.Count; k++)
        {
            Preconditions.CheckArgument(vintages[k].Dates.Equals(years[k]), "vintages",
                "Vintage {0} must cover {1} of the period", k, years[k]);
            sum += vintages[k].Credits;
        }
        Preconditions.CheckArgument(sum == r.Credits, "vintages", "The vintages' credits add up to {0}, not {1}", sum, r.Credits);
        return new QuantificationResult(r.MethodologyId, r.MethodologyVersion, r.GwpSet, r.Period, r.Site, r.ReferenceEmissions,
            r.ProjectEmissions, r.CreditRounding, r.Credits, r.VintageBasis, vintages, r.Trace);
    }
}

/// <summary>Checks shared by the quantification converters.</summary>
internal static class QuantificationJson
{
    internal static string Symbol(string? symbol)
    {
        Preconditions.CheckNotNull(symbol);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(symbol), nameof(symbol), "A trace symbol must not be blank");
        return symbol;
    }

    internal static IReadOnlyList<T> Items<T>(IReadOnlyList<T>? items, string paramName)
        where T : class
    {
        Preconditions.CheckNotNull(items, paramName);
        var copy = new T[items.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i] ?? throw new ArgumentException($"Item {i} of {paramName} is null", paramName);
        }
        return copy;
    }
}
