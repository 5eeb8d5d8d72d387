using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Serialization;
using CarbonLedger.Tests.Quantification;
using CsCheck;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Serialization;

public class QuantificationJsonTest
{
    private static QuantificationResult Mongolia1500() =>
        SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite,
            Fixtures.MongoliaPv(Fixtures.Total(1_500m, ParameterUnit.MegawattHour)));

    private static QuantificationResult ProRataThreeYears() =>
        SolarPvMethodology.MnAm003Ver2.Quantify(new MonitoringPeriod(new LocalDate(2023, 7, 1), new LocalDate(2025, 3, 31)),
            Fixtures.UlaanbaatarSite, Fixtures.MongoliaPv(Fixtures.Total(2_000m, ParameterUnit.MegawattHour)));

    private static QuantificationResult WithCorrection() =>
        SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UtcSite, Fixtures.MongoliaPv(
            MonitoredParameter.FromPeriodTotal(1_500m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", MeterAccuracy.ForAllReadings(0.005m))));

    /// <summary>Round-trips a result and checks that every field, down to each trace line, survives and that re-serialising gives the same text.</summary>
    private static QuantificationResult AssertRoundTrip(QuantificationResult result)
    {
        string json = CarbonLedgerJson.Serialize(result);
        QuantificationResult back = CarbonLedgerJson.Deserialize<QuantificationResult>(json);
        Assert.Equal(json, CarbonLedgerJson.Serialize(back));
        Assert.Equal(result.MethodologyId, back.MethodologyId);
        Assert.Equal(result.MethodologyVersion, back.MethodologyVersion);
        Assert.Equal(result.GwpSet, back.GwpSet);
        Assert.Equal(result.Period, back.Period);
        Assert.Equal(result.Site, back.Site);
        Assert.Equal(result.ReferenceEmissions, back.ReferenceEmissions);
        Assert.Equal(result.ProjectEmissions, back.ProjectEmissions);
        Assert.Equal(result.EmissionReductions, back.EmissionReductions);
        Assert.Equal(result.CreditRounding, back.CreditRounding);
        Assert.Equal(result.Credits, back.Credits);
        Assert.Equal(result.VintageBasis, back.VintageBasis);
        Assert.Equal(result.Vintages.Count, back.Vintages.Count);
        for (int k = 0; k < result.Vintages.Count; k++)
        {
            VintageResult v = result.Vintages[k], w = back.Vintages[k];
            Assert.Equal((v.Year, v.Dates, v.ReferenceEmissions, v.ProjectEmissions, v.Credits), (w.Year, w.Dates, w.ReferenceEmissions, w.ProjectEmissions, w.Credits));
            AssertSameTrace(v.Trace, w.Trace);
        }
        AssertSameTrace(result.Trace, back.Trace);
        Assert.Equal(result.ToString(), back.ToString());
        return back;
    }

    private static void AssertSameTrace(CalculationTrace expected, CalculationTrace actual)
    {
        Assert.Equal(expected.Heading, actual.Heading);
        Assert.Equal(expected.Parameters.Select(p => (p.Symbol, p.Kind, p.StatedValue, p.Unit, p.UsedValue, p.UsedUnit, p.Option, p.Source, p.Basis)),
            actual.Parameters.Select(p => (p.Symbol, p.Kind, p.StatedValue, p.Unit, p.UsedValue, p.UsedUnit, p.Option, p.Source, p.Basis)));
        Assert.Equal(expected.Corrections.Select(c => (c.Symbol, c.Kind, c.Description, c.Before, c.After, c.Unit)),
            actual.Corrections.Select(c => (c.Symbol, c.Kind, c.Description, c.Before, c.After, c.Unit)));
        Assert.Equal(expected.Steps.Select(s => (s.Symbol, s.Formula, s.Expansion, s.Substitution, s.Value, s.Unit)),
            actual.Steps.Select(s => (s.Symbol, s.Formula, s.Expansion, s.Substitution, s.Value, s.Unit)));
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    [Fact]
    public void QuantificationResult_Mongolia1500MWh_StableShapeAndRoundTrip()
    {
        QuantificationResult back = AssertRoundTrip(Mongolia1500());
        Assert.Equal(Co2e.FromTonnes(1_195.5m), back.EmissionReductions);
        Assert.Equal(1_195L, back.Credits);
        Assert.Equal("RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 = 1500 × 0.797 = 1195.5 tCO2e", back.Trace.FindStep("RE_p")!.ToString());
        string json = CarbonLedgerJson.Serialize(Mongolia1500());
        Assert.StartsWith("{\"methodologyId\":\"MN_AM003\",\"methodologyVersion\":\"Ver2.0\",\"gwpSet\":\"AR5\","
            + "\"period\":{\"start\":\"2024-01-01\",\"end\":\"2024-12-31\"},\"site\":{\"id\":\"MN-PV-1\",\"zone\":\"Asia/Ulaanbaatar\"},"
            + "\"referenceEmissions\":1195.500,\"projectEmissions\":0,\"creditRounding\":\"toNegativeInfinity\",\"credits\":1195,"
            + "\"vintageBasis\":\"singleYear\",\"vintages\":[{\"year\":2024,\"start\":\"2024-01-01\",\"end\":\"2024-12-31\",", json, StringComparison.Ordinal);
        Assert.Contains("{\"symbol\":\"EG_1,p\",\"kind\":\"monitored\",\"statedValue\":1500,\"unit\":\"MWh\",\"usedValue\":1500,\"option\":\"c\",\"source\":\"test meter\",", json, StringComparison.Ordinal);
    }

    [Fact]
    public void QuantificationResult_ProRataOverThreeYears_RoundTripsEveryVintage()
    {
        QuantificationResult back = AssertRoundTrip(ProRataThreeYears());
        Assert.Equal(VintageBasis.ProRataByDays, back.VintageBasis);
        Assert.Equal(new[] { 458L, 912L, 224L }, back.Vintages.Select(v => v.Credits));
        Assert.Equal(new[] { 458.275m, 911.56875m, 224.15625m }, back.Vintages.Select(v => v.EmissionReductions.Tonnes));
    }

    [Fact]
    public void QuantificationResult_WithCorrection_RoundTripsTheCorrection()
    {
        QuantificationResult back = AssertRoundTrip(WithCorrection());
        TraceCorrection correction = Assert.Single(back.Trace.Corrections);
        Assert.Equal((CorrectionKind.MaximumPermissibleError, 1_500m, 1_492.5m, ParameterUnit.MegawattHour), (correction.Kind, correction.Before, correction.After, correction.Unit));
        Assert.Equal(1_189L, back.Credits);
        Assert.Contains("\"kind\":\"maximumPermissibleError\"", CarbonLedgerJson.Serialize(back), StringComparison.Ordinal);
    }

    [Fact]
    public void QuantificationResult_RandomSolarPvInputs_RoundTrip()
    {
        Gen.Select(Gen.Long[0, 100_000_000_000], Gen.Int[0, 1500], Gen.Int[0, 1200], Gen.Enum<MidpointRounding>(), Gen.Int[0, 20])
            .Sample((thousandths, offset, days, rounding, permille) =>
            {
                decimal mwh = thousandths / 1000m;
                LocalDate start = new LocalDate(2022, 1, 1).PlusDays(offset);
                var period = new MonitoringPeriod(start, start.PlusDays(days));
                MonitoredParameter generation = permille == 0
                    ? Fixtures.Total(mwh, ParameterUnit.KilowattHour)
                    : MonitoredParameter.FromPeriodTotal(mwh, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", MeterAccuracy.ForAllReadings(permille / 1000m));
                AssertRoundTrip(SolarPvMethodology.MnAm003Ver2.Quantify(period, Fixtures.AlmatySite, Fixtures.MongoliaPv(generation), rounding));
            }, iter: 200);
    }

    [Fact]
    public void ReferencedTypes_StableShapeAndRoundTrip()
    {
        Assert.Equal("\"MN_AM003\"", CarbonLedgerJson.Serialize(MethodologyId.Parse("MN_AM003")));
        Assert.Equal("\"Ver2.0\"", CarbonLedgerJson.Serialize(new MethodologyVersion(2, 0)));
        Assert.Equal("\"tCO2/MWh\"", CarbonLedgerJson.Serialize(ParameterUnit.TonneCo2PerMegawattHour));
        Assert.Equal("\"AR4\"", CarbonLedgerJson.Serialize(GwpSet.Ar4));
        Assert.Equal("\"monitored\"", CarbonLedgerJson.Serialize(ParameterKind.Monitored));
        Assert.Equal("\"proRataByDays\"", CarbonLedgerJson.Serialize(VintageBasis.ProRataByDays));
        Assert.Equal("\"b\"", CarbonLedgerJson.Serialize(MonitoringOption.B));
        foreach (GwpSet set in new[] { GwpSet.Ar4, GwpSet.Ar5, GwpSet.Ar6 })
        {
            Assert.Same(set, CarbonLedgerJson.Deserialize<GwpSet>(CarbonLedgerJson.Serialize(set)));
        }
        var custom = GwpSet.Create("AR5", new Dictionary<GreenhouseGas, decimal> { [GreenhouseGas.CarbonDioxide] = 1m, [GreenhouseGas.Methane] = 30.5m });
        string json = CarbonLedgerJson.Serialize(custom);
        Assert.Equal("{\"name\":\"AR5\",\"values\":{\"carbonDioxide\":1,\"methane\":30.5}}", json);
        Assert.Equal(custom, CarbonLedgerJson.Deserialize<GwpSet>(json));
        var site = new MonitoringSite("KZ001-PV", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
        Assert.Equal(site, CarbonLedgerJson.Deserialize<MonitoringSite>(CarbonLedgerJson.Serialize(site)));
        Assert.Equal(Fixtures.Year2024, CarbonLedgerJson.Deserialize<MonitoringPeriod>(CarbonLedgerJson.Serialize(Fixtures.Year2024)));
        foreach (ParameterUnit unit in new[] { ParameterUnit.One, ParameterUnit.Percent, ParameterUnit.CubicMetre, ParameterUnit.Kilolitre, ParameterUnit.ThousandCubicMetres, ParameterUnit.CubicMetrePerHour })
        {
            Assert.Equal(unit, CarbonLedgerJson.Deserialize<ParameterUnit>(CarbonLedgerJson.Serialize(unit)));
        }
        VintageResult vintage = ProRataThreeYears().Vintages[1];
        VintageResult vintageBack = CarbonLedgerJson.Deserialize<VintageResult>(CarbonLedgerJson.Serialize(vintage));
        Assert.Equal((vintage.Year, vintage.Dates, vintage.Credits), (vintageBack.Year, vintageBack.Dates, vintageBack.Credits));
    }

    [Theory]
    [InlineData("\"credits\":1195,", "\"credits\":1196,")]
    [InlineData("\"creditRounding\":\"toNegativeInfinity\"", "\"creditRounding\":\"sideways\"")]
    [InlineData("\"gwpSet\":\"AR5\"", "\"gwpSet\":\"AR7\"")]
    [InlineData("\"gwpSet\":\"AR5\"", "\"gwpSet\":{\"name\":\"X\",\"values\":{\"methane\":28}}")]
    [InlineData("\"zone\":\"Asia/Ulaanbaatar\"", "\"zone\":\"Mars/Olympus\"")]
    [InlineData("\"methodologyVersion\":\"Ver2.0\"", "\"methodologyVersion\":\"2\"")]
    [InlineData("\"methodologyId\":\"MN_AM003\"", "\"methodologyId\":\"MN AM003\"")]
    [InlineData("\"period\":{\"start\":\"2024-01-01\"", "\"period\":{\"start\":\"2025-01-01\"")]
    [InlineData("\"vintageBasis\":\"singleYear\"", "\"vintageBasis\":\"proRataByDays\"")]
    [InlineData("\"unit\":\"MWh\"", "\"unit\":\"furlongs\"")]
    [InlineData("\"kind\":\"monitored\"", "\"kind\":2")]
    [InlineData("\"symbol\":\"EG_1,p\"", "\"symbol\":\" \"")]
    [InlineData("\"heading\":", "\"title\":")]
    [InlineData("\"vintages\":[{\"year\":2024,", "\"vintages\":[{\"year\":2023,")]
    public void Deserialize_BrokenResult_ThrowsJsonException(string original, string broken)
    {
        string json = CarbonLedgerJson.Serialize(Mongolia1500());
        Assert.Contains(original, json, StringComparison.Ordinal);
        int at = json.IndexOf(original, StringComparison.Ordinal);
        string bad = json[..at] + broken + json[(at + original.Length)..];
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<QuantificationResult>(bad));
    }

    [Fact]
    public void Deserialize_VintagesNotAddingUp_ThrowsJsonException()
    {
        string json = CarbonLedgerJson.Serialize(ProRataThreeYears());
        Assert.Contains("\"credits\":912,", json, StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<QuantificationResult>(json.Replace("\"credits\":912,", "\"credits\":911,", StringComparison.Ordinal)));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<QuantificationResult>("{\"methodologyId\":\"MN_AM003\"}"));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<MonitoringPeriod>("{\"start\":\"2024-02-01\",\"end\":\"2024-01-01\"}"));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<ParameterUnit>("\"mwh\""));
        Assert.Throws<JsonException>(() => CarbonLedgerJson.Deserialize<MonitoringSite>("{\"id\":\"\",\"zone\":\"UTC\"}"));
    }
}
