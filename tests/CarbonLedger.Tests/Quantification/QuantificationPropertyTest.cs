using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Methodologies;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Tests.Quantification.Methodologies;
using CsCheck;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class QuantificationPropertyTest
{
    private static readonly LocalDate Origin = new(2018, 1, 1);

    /// <summary>Daily readings over 20 days around Almaty's 2024/2025 New Year, some days missing, amounts 0–999.999 MWh.</summary>
    private static readonly MonitoringPeriod NewYearPeriod = new(new LocalDate(2024, 12, 22), new LocalDate(2025, 1, 10));

    private static readonly Gen<MeterReading[]> GenDailyReadings =
        Gen.Select(Gen.Bool.Array[20], Gen.Long[0, 999_999].Array[20], Gen.Int[1, 4].Array[20], (present, amounts, pieces) =>
        {
            var readings = new List<MeterReading>();
            Instant dayStart = NewYearPeriod.Start.AtStartOfDayInZone(Fixtures.Almaty).ToInstant();
            for (int d = 0; d < 20; d++)
            {
                Instant next = NewYearPeriod.Start.PlusDays(d + 1).AtStartOfDayInZone(Fixtures.Almaty).ToInstant();
                if (present[d])
                {
                    // Split the day into 1–4 readings of equal length to vary the shape.
                    Duration step = (next - dayStart) / pieces[d];
                    for (int p = 0; p < pieces[d]; p++)
                    {
                        Instant end = p == pieces[d] - 1 ? next : dayStart + (step * (p + 1));
                        readings.Add(new MeterReading(dayStart + (step * p), end, amounts[d] / 1000m));
                    }
                }
                dayStart = next;
            }
            return readings.ToArray();
        });

    private static QuantificationResult PvFromReadings(IEnumerable<MeterReading> readings, MeterAccuracy? accuracy = null)
    {
        var series = MeterReadingSeries.Create(Fixtures.AlmatySite, NewYearPeriod, ParameterUnit.MegawattHour, readings);
        var generation = MonitoredParameter.FromReadings(series, MonitoringOption.C, "meter", accuracy);
        return SolarPvMethodology.MnAm003Ver2.Quantify(NewYearPeriod, Fixtures.AlmatySite, Fixtures.MongoliaPv(generation));
    }

    [Fact]
    public void ProRataVintages_AlwaysSumToPeriodTotal()
    {
        Gen.Select(Gen.Int[0, 3_000], Gen.Int[1, 1_500], Gen.Long[0, 10_000_000_000], Gen.Int[1, 1_200])
            .Sample((offset, length, milliMegawattHours, factorMilli) =>
            {
                var period = new MonitoringPeriod(Origin.PlusDays(offset), Origin.PlusDays(offset + length - 1));
                var factors = CarbonLedger.Quantification.GridEmissionFactors.GridEmissionFactorSet.Supplied(
                    "KZ", "grid", EmissionFactor.TonnesPerMegawattHour(factorMilli / 1000m), "property test");
                var input = new SolarPvInput(factors, [new SolarPvSystem("PV", Fixtures.Total(milliMegawattHours / 1000m, ParameterUnit.MegawattHour),
                    CarbonLedger.Quantification.GridEmissionFactors.GridConnectionCase.GridConnected)]);
                QuantificationResult result = new SolarPvMethodology(MethodologyId.Parse("KZ_PM001"), new MethodologyVersion(1, 0), GwpSet.Ar5)
                    .Quantify(period, Fixtures.AlmatySite, input);
                Assert.Equal(period.End.Year - period.Start.Year + 1, result.Vintages.Count);
                Assert.Equal(result.Credits, result.Vintages.Sum(v => v.Credits));
                Assert.Equal(result.EmissionReductions.Tonnes, result.Vintages.Sum(v => v.EmissionReductions.Tonnes));
                Assert.Equal(period.Length, result.Vintages.Sum(v => v.Dates.Length));
                Assert.All(result.Vintages, v => Assert.True(v.Credits >= 0));
            }, iter: 300);
    }

    [Fact]
    public void ReadingVintages_AlwaysSumToPeriodTotal()
    {
        GenDailyReadings.Sample(readings =>
        {
            QuantificationResult result = PvFromReadings(readings);
            Assert.Equal(result.Credits, result.Vintages.Sum(v => v.Credits));
            Assert.Equal(result.EmissionReductions.Tonnes, result.Vintages.Sum(v => v.EmissionReductions.Tonnes));
            Assert.All(result.Vintages, v => Assert.True(v.Credits >= 0 && v.Credits <= Math.Ceiling(Math.Max(v.EmissionReductions.Tonnes, 0m))));
        });
    }

    [Fact]
    public void Results_IndependentOfReadingOrder()
    {
        GenDailyReadings.SelectMany(r => Gen.Shuffle(r.ToArray()).Select(s => (r, s))).Sample(pair =>
        {
            QuantificationResult ordered = PvFromReadings(pair.r);
            QuantificationResult shuffled = PvFromReadings(pair.s);
            Assert.Equal(ordered.EmissionReductions, shuffled.EmissionReductions);
            Assert.Equal(ordered.Credits, shuffled.Credits);
            Assert.Equal(ordered.Vintages.Select(v => (v.Credits, v.EmissionReductions)), shuffled.Vintages.Select(v => (v.Credits, v.EmissionReductions)));
            Assert.Equal(ordered.Trace.ToString(), shuffled.Trace.ToString());
        });
    }

    [Fact]
    public void ReferenceSideCorrections_NeverIncreaseReductions()
    {
        Gen.Select(GenDailyReadings, Gen.Int[0, 999], Gen.Int[0, 19], Gen.Int[1, 10], Gen.Bool)
            .Sample((readings, mpeThousandths, dueOffset, days, allReadings) =>
            {
                decimal mpe = mpeThousandths / 10_000m;
                MeterAccuracy accuracy = allReadings
                    ? MeterAccuracy.ForAllReadings(mpe)
                    : MeterAccuracy.ForDelayedCalibrations(mpe,
                        [new CalibrationDelay(NewYearPeriod.Start.PlusDays(dueOffset), NewYearPeriod.Start.PlusDays(dueOffset + days))]);
                QuantificationResult plain = PvFromReadings(readings);
                QuantificationResult corrected = PvFromReadings(readings, accuracy);
                Assert.True(corrected.EmissionReductions <= plain.EmissionReductions);
                Assert.True(corrected.Credits <= plain.Credits);
                for (int k = 0; k < plain.Vintages.Count; k++)
                {
                    Assert.True(corrected.Vintages[k].EmissionReductions <= plain.Vintages[k].EmissionReductions);
                }
            });
    }

    [Fact]
    public void ProjectSideCorrections_NeverIncreaseReductions()
    {
        Gen.Select(Gen.Long[0, 100_000_000], Gen.Long[0, 1_000_000], Gen.Long[0, 1_000_000], Gen.Int[0, 999], Gen.Int[0, 999])
            .Sample((coolingMilli, electricityMilli, gasMilli, mpeElectricity, mpeGas) =>
            {
                MonitoredParameter Electricity(MeterAccuracy? a) =>
                    MonitoredParameter.FromPeriodTotal(electricityMilli / 1000m, ParameterUnit.MegawattHour, MonitoringOption.C, "meter", a);
                MonitoredParameter Gas(MeterAccuracy? a) =>
                    MonitoredParameter.FromPeriodTotal(gasMilli / 1000m, ParameterUnit.Tonne, MonitoringOption.C, "meter", a);
                QuantificationResult plain = AbsorptionChillerMethodologyTest.Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite,
                    AbsorptionChillerMethodologyTest.Input(coolingMilli / 1000m, Electricity(null), Gas(null)));
                QuantificationResult corrected = AbsorptionChillerMethodologyTest.Methodology.Quantify(Fixtures.Year2024, Fixtures.UtcSite,
                    AbsorptionChillerMethodologyTest.Input(coolingMilli / 1000m,
                        Electricity(MeterAccuracy.ForAllReadings(mpeElectricity / 10_000m)), Gas(MeterAccuracy.ForAllReadings(mpeGas / 10_000m))));
                Assert.True(corrected.EmissionReductions <= plain.EmissionReductions);
                Assert.True(corrected.Credits <= plain.Credits);
            });
    }

    [Fact]
    public void RatioMethodologies_CorrectionNeverIncreasesReductions_WhicheverCopIsHigher()
    {
        Gen.Select(Gen.Long[0, 10_000_000], Gen.Int[100, 9_000], Gen.Int[100, 9_000], Gen.Int[1, 999])
            .Sample((kilowattHours, copProject, copReference, mpe) =>
            {
                QuantificationResult Run(MeterAccuracy? accuracy) => HighEfficiencyChillerMethodology.ThAm005Ver3.Quantify(Fixtures.Year2024, Fixtures.UtcSite,
                    new HighEfficiencyChillerInput(ExAnteParameter.Create(0.533m, ParameterUnit.TonneCo2PerMegawattHour, "grid"),
                    [new ChillerUnit("CH", MonitoredParameter.FromPeriodTotal(kilowattHours, ParameterUnit.KilowattHour, MonitoringOption.C, "meter", accuracy),
                        Fixtures.Cop(copProject / 1000m, "x"), Fixtures.Cop(copReference / 1000m, "y"))]));
                Assert.True(Run(MeterAccuracy.ForAllReadings(mpe / 10_000m)).EmissionReductions <= Run(null).EmissionReductions);
            });
    }
}
