using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class VintageTest
{
    [Fact]
    public void Quantify_PeriodTotalOverThreeYears_SplitProRataByInclusiveDays()
    {
        // 2023-07-01..2025-03-31: 184 + 366 + 90 = 640 days. 2,000 MWh × 0.797 = 1,594 t → 1,594 credits.
        // Quotas 1,594 × 184/640 = 458.275, × 366/640 = 911.56875, × 90/640 = 224.15625: floors 458 + 911 + 224 = 1,593,
        // the remaining credit goes to the largest remainder (0.56875, 2024): 458, 912, 224.
        var period = new MonitoringPeriod(new LocalDate(2023, 7, 1), new LocalDate(2025, 3, 31));
        QuantificationResult result = SolarPvMethodology.MnAm003Ver2.Quantify(period, Fixtures.UlaanbaatarSite,
            Fixtures.MongoliaPv(Fixtures.Total(2_000m, ParameterUnit.MegawattHour)));
        Assert.Equal(VintageBasis.ProRataByDays, result.VintageBasis);
        Assert.Equal(1_594L, result.Credits);
        Assert.Equal(new[] { 2023, 2024, 2025 }, result.Vintages.Select(v => v.Year));
        Assert.Equal(new[] { 458L, 912L, 224L }, result.Vintages.Select(v => v.Credits));
        Assert.Equal(new[] { 458.275m, 911.56875m, 224.15625m }, result.Vintages.Select(v => v.EmissionReductions.Tonnes));
        Assert.Equal(
            "Credits_2024 = largest-remainder share of Credits_p in proportion to inclusive days = Credits_p × days_2024 ÷ days_p = 1594 × 366 ÷ 640 = 912 credits",
            result.Trace.FindStep("Credits_2024")!.ToString());
        Assert.Equal("RE_2023 = RE_p × days_v ÷ days_p (pro rata by inclusive days) = RE_p × days_2023 ÷ days_p = 1594 × 184 ÷ 640 = 458.275 tCO2e",
            result.Vintages[0].Trace.FindStep("RE_2023")!.ToString());
    }

    [Fact]
    public void Quantify_ThirdsOfAPeriod_ExactPartsAddUpToPeriod()
    {
        // 2024-12-31..2025-01-02: 1 day in 2024, 2 in 2025. ER 10 t: 3.333… and the rest, which add up to exactly 10.
        // Credits 10: quotas 3.33 and 6.67 → 3 and 7.
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 2));
        var factors = CarbonLedger.Quantification.GridEmissionFactors.GridEmissionFactorSet.Supplied(
            "KZ", "grid", EmissionFactor.TonnesPerMegawattHour(1m), "test");
        var input = new SolarPvInput(factors, [new SolarPvSystem("PV", Fixtures.Total(10m, ParameterUnit.MegawattHour),
            CarbonLedger.Quantification.GridEmissionFactors.GridConnectionCase.GridConnected)]);
        QuantificationResult result = new SolarPvMethodology(MethodologyId.Parse("KZ_PM001"), new MethodologyVersion(1, 0), GwpSet.Ar5)
            .Quantify(period, Fixtures.AlmatySite, input);
        Assert.Equal(3.3333333333333333333333333333m, result.Vintages[0].EmissionReductions.Tonnes);
        Assert.Equal(10m, result.Vintages.Sum(v => v.EmissionReductions.Tonnes));
        Assert.Equal(new[] { 3L, 7L }, result.Vintages.Select(v => v.Credits));
    }

    [Fact]
    public void Quantify_ReadingsAcrossAlmatyNewYear2024_VintagesFromLocalDates()
    {
        // Almaty, UTC+5 since 2024-03-01: 700 MWh read on local 31 Dec 2024, 800 MWh on local 1 Jan 2025.
        // RE_2024 = 557.9, RE_2025 = 637.6, period 1,195.5 → 1,195 credits. Quotas 1,195 × 557.9/1,195.5 = 557.67 and
        // 1,195 × 637.6/1,195.5 = 637.33 → floors 557 + 637, the extra credit to 2024: 558 and 637.
        var period = new MonitoringPeriod(new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1));
        var series = MeterReadingSeries.Create(Fixtures.AlmatySite, period, ParameterUnit.MegawattHour,
        [
            new MeterReading(Instant.FromUtc(2024, 12, 30, 19, 0), Instant.FromUtc(2024, 12, 31, 19, 0), 700m),
            new MeterReading(Instant.FromUtc(2024, 12, 31, 19, 0), Instant.FromUtc(2025, 1, 1, 19, 0), 800m),
        ]);
        QuantificationResult result = SolarPvMethodology.MnAm003Ver2.Quantify(period, Fixtures.AlmatySite,
            Fixtures.MongoliaPv(MonitoredParameter.FromReadings(series, MonitoringOption.C, "revenue meter")));
        Assert.Equal(VintageBasis.MeterReadings, result.VintageBasis);
        Assert.Equal(1_195L, result.Credits);
        Assert.Equal(new[] { 557.9m, 637.6m }, result.Vintages.Select(v => v.ReferenceEmissions.Tonnes));
        Assert.Equal(new[] { 558L, 637L }, result.Vintages.Select(v => v.Credits));
        Assert.Equal("1 readings", result.Vintages[0].Trace.FindParameter("EG_1,p")!.Basis);
    }

    [Fact]
    public void Quantify_SingleYear_OneVintageEqualToPeriod()
    {
        QuantificationResult result = SolarPvMethodology.MnAm003Ver2.Quantify(Fixtures.Year2024, Fixtures.UlaanbaatarSite,
            Fixtures.MongoliaPv(Fixtures.Total(1_500m, ParameterUnit.MegawattHour)));
        VintageResult vintage = Assert.Single(result.Vintages);
        Assert.Equal(VintageBasis.SingleYear, result.VintageBasis);
        Assert.Equal(2024, vintage.Year);
        Assert.Equal(1_195L, vintage.Credits);
        Assert.Same(result.Trace, vintage.Trace);
    }

    [Fact]
    public void ProRata_NegativeReductions_EveryVintageZeroCredits()
    {
        var period = new MonitoringPeriod(new LocalDate(2023, 12, 1), new LocalDate(2024, 1, 31));
        var input = Methodologies.AbsorptionChillerMethodologyTest.Input(2_000m, Fixtures.Total(50m, ParameterUnit.MegawattHour), Fixtures.Total(100m, ParameterUnit.Tonne));
        QuantificationResult result = Methodologies.AbsorptionChillerMethodologyTest.Methodology.Quantify(period, Fixtures.UtcSite, input);
        Assert.Equal(0L, result.Credits);
        Assert.All(result.Vintages, v => Assert.Equal(0L, v.Credits));
        Assert.Equal(result.EmissionReductions.Tonnes, result.Vintages.Sum(v => v.EmissionReductions.Tonnes));
    }
}
