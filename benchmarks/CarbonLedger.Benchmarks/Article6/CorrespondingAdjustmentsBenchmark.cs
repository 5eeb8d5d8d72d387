using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Benchmarks.Article6;

/// <summary>
/// Corresponding adjustments over a 10-year NDC period (2021–2030) from 1,000,000 actions per year of the period
/// (first transfers and NDC uses; 10,000,000 in all), for each method. The journal's action objects are shared
/// between years (each year's actions reuse one array of 1,000,000 entries whose vintages and years of use span the
/// period), so memory stays near one year's worth. Baseline: LINQ GroupBy sums.
/// </summary>
[MemoryDiagnoser]
public class CorrespondingAdjustmentsBenchmark
{
    private const int ActionsPerYear = 1_000_000;
    private const int Years = 10;

    private static readonly Country Japan = Country.Japan;
    private static readonly NdcPeriod Period = NdcPeriod.Create(2021, 2030);

    private ItmoAction[] oneYear = [];

    [Params(AdjustmentMethod.SingleYearTrajectory, AdjustmentMethod.SingleYearAveraging, AdjustmentMethod.MultiYear)]
    public AdjustmentMethod Method { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20301231);
        Country thailand = Country.FromAlpha3("THA");
        var registry = RegistryId.Parse("THA01");
        var project = ProjectId.Parse("TH001");
        oneYear = new ItmoAction[ActionsPerYear];
        for (int i = 0; i < oneYear.Length; i++)
        {
            int vintage = 2021 + random.Next(Years);
            var id = ItmoId.Create(CooperativeApproachId.FromNumber(1), registry, project, vintage, SerialBlock.FromStartAndCount((i * 1000L) + 1, 1 + random.Next(999)));
            Instant at = Instant.FromUtc(vintage, 6, 1, 0, 0);
            bool use = random.Next(2) == 0;
            oneYear[i] = new ItmoAction(i, Japan, use ? ItmoActionType.Use : ItmoActionType.FirstTransfer, ItmoActionSubtype.None, at, at.InUtc().Date, id, "JCM",
                AuthorizationId.Create("A"), AuthorizedPurpose.Ndc, thailand, use ? null : Japan, null, use ? Japan : null,
                use ? UsePurpose.Ndc : null, use ? 2021 + random.Next(Years) : null, i, EventHash.Zero);
        }
    }

    private IEnumerable<ItmoAction> TenYears() => Enumerable.Repeat(oneYear, Years).SelectMany(static a => a);

    [Benchmark(Baseline = true)]
    public decimal LinqGroupBy()
    {
        var mine = TenYears().Where(a => a.Party.Equals(Japan)).ToList();
        var added = mine.Where(a => a.Type == ItmoActionType.FirstTransfer).GroupBy(a => a.Vintage).ToDictionary(g => g.Key, g => (decimal)g.Sum(a => a.Quantity));
        var used = mine.Where(a => a.Type == ItmoActionType.Use && a.UsePurpose == UsePurpose.Ndc).GroupBy(a => a.YearOfUse!.Value)
            .ToDictionary(g => g.Key, g => (decimal)g.Sum(a => a.Quantity));
        decimal cumulative = Enumerable.Range(Period.FirstYear, Years).Sum(y => added.GetValueOrDefault(y) - used.GetValueOrDefault(y));
        return Method == AdjustmentMethod.SingleYearAveraging ? cumulative / Years : cumulative;
    }

    [Benchmark]
    public CorrespondingAdjustmentResult Calculate() =>
        CorrespondingAdjustments.Calculate(TenYears(), Japan, Method, Period, 6, MidpointRounding.ToEven);
}
