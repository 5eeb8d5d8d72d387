using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantification.Tool07;
using CarbonLedger.Quantities;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

/// <summary>The code shown in docs/quantification.md, compiled and run.</summary>
public class DocumentationExampleTest
{
    [Fact]
    public void MongoliaSolarPv_AsDocumented()
    {
        var site = new MonitoringSite("MN-PV-1", DateTimeZoneProviders.Tzdb["Asia/Ulaanbaatar"]);
        var period = new MonitoringPeriod(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));
        var generation = MonitoredParameter.FromPeriodTotal(1_500m, ParameterUnit.MegawattHour, MonitoringOption.C, "Revenue meter M-1");
        var input = new SolarPvInput(JcmGridEmissionFactors.Mongolia,
            [new SolarPvSystem("Array 1", generation, GridConnectionCase.GridConnected)]);

        QuantificationResult result = SolarPvMethodology.MnAm003Ver2.Quantify(period, site, input);

        Assert.Equal(Co2e.FromTonnes(1_195.5m), result.EmissionReductions);
        Assert.Equal(1_195L, result.Credits);
        Assert.Equal(
            """
            MN_AM003 Ver2.0 (Installation of Solar PV System), GWP set AR5; period 2024-01-01..2024-12-31 of monitoring period 2024-01-01..2024-12-31 at MN-PV-1 (Asia/Ulaanbaatar)
            Parameters:
              EG_1,p = 1500 MWh [monitored, option C, period total; source: Revenue meter M-1] → used 1500 MWh
              EF_1 = 0.797 tCO2/MWh [ex ante, option A, fixed ex ante; source: JCM Mongolia, additional information on calculating the conservative emission factor of Mongolia (methodology MN_AM003 Ver2.0); MN grid 'National grid', case 1 (GridConnected)] → used 0.797 tCO2/MWh
            Steps:
              RE_p = Σ_i EG_i,p × EF_i = EG_1,p × EF_1 = 1500 × 0.797 = 1195.5 tCO2e
              PE_p = 0 (a solar PV system emits nothing) = 0 tCO2e
              ER_p = RE_p − PE_p = 1195.5 − 0 = 1195.5 tCO2e
              Credits_p = max(0, ⌊ER_p⌋) (whole tonnes; a negative ER issues nothing) = max(0, ⌊ER_p⌋) = max(0, ⌊1195.5⌋) = 1195 credits

            """.ReplaceLineEndings("\n"),
            result.Trace.ToString());
    }

    [Fact]
    public void KazakhstanReadingsAcrossNewYear_AsDocumented()
    {
        // No JCM factor is published for Kazakhstan: compute one with TOOL07 (or take one from elsewhere) and name its source.
        GridFactorCalculation combined = CombinedMargin.Calculate(
            EmissionFactor.TonnesPerMegawattHour(0.95m), EmissionFactor.TonnesPerMegawattHour(0.85m),
            CombinedMarginWeights.For(GridProjectType.WindOrSolar, creditingPeriod: 1));
        var factors = GridEmissionFactorSet.Supplied("KZ", "Unified power system", combined.Factor, "TOOL07 combined margin, project data");

        var site = new MonitoringSite("KZ001-PV", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 1), new LocalDate(2025, 1, 31));
        Instant start = period.ToInterval(site.Zone).Start;
        decimal[] quarterHours = Enumerable.Repeat(125m, 62 * 96).ToArray();   // kWh per 15 minutes
        var readings = MeterReadingSeries.FromRegularIntervals(site, period, ParameterUnit.KilowattHour, start, Duration.FromMinutes(15), quarterHours);
        var generation = MonitoredParameter.FromReadings(readings, MonitoringOption.C, "Meter M-1, AMR export", MeterAccuracy.ForAllReadings(0.005m));
        var methodology = new SolarPvMethodology(MethodologyId.Parse("KZ_PM001"), MethodologyVersion.Parse("Ver1.0"), GwpSet.Ar5);

        QuantificationResult result = methodology.Quantify(period, site,
            new SolarPvInput(factors, [new SolarPvSystem("Roof", generation, GridConnectionCase.GridConnected)]));

        // CM = 0.75 × 0.95 + 0.25 × 0.85 = 0.925. 744,000 kWh less 0.5 % = 740.28 MWh × 0.925 = 684.759 t → 684 credits,
        // 342.3795 t and 342 credits in each vintage (December 2024 and January 2025 have 31 days each).
        Assert.Equal(0.925m, combined.TonnesPerMegawattHour);
        Assert.Equal(Co2e.FromTonnes(684.759m), result.EmissionReductions);
        Assert.Equal(684L, result.Credits);
        Assert.Equal(VintageBasis.MeterReadings, result.VintageBasis);
        Assert.Equal(new[] { 2024, 2025 }, result.Vintages.Select(v => v.Year));
        Assert.Equal(Co2e.FromTonnes(342.3795m), result.Vintages[0].EmissionReductions);
        Assert.Equal(new[] { 342L, 342L }, result.Vintages.Select(v => v.Credits));
    }
}
