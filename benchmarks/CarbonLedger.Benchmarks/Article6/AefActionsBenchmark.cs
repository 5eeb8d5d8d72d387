using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Parties;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using NodaTime;

namespace CarbonLedger.Benchmarks.Article6;

/// <summary>
/// The AEF Actions table for a reporting year with 1,000,000 actions (a journal of 1,100,000 actions, 100,000 of them
/// in another year). Target: under 1 second on one core, memory reported. Baseline: the same rows built with a LINQ
/// Where/Select over the journal.
/// </summary>
[MemoryDiagnoser]
public class AefActionsBenchmark
{
    private const int ActionsInYear = 1_000_000;
    private const int ReportingYear = 2030;

    private ItmoAction[] journal = [];
    private Dictionary<(string, AuthorizationId), ItmoMetric> metrics = [];

    [GlobalSetup]
    public void Setup()
    {
        Country japan = Country.Japan;
        Country thailand = Country.FromAlpha3("THA");
        var registry = RegistryId.Parse("THA01");
        var project = ProjectId.Parse("TH001");
        var authorization = AuthorizationId.Create("THA-2025-001");
        var approach = CooperativeApproachId.FromNumber(1);
        metrics = new() { [(thailand.Alpha3, authorization)] = ItmoMetric.Ghg };
        var random = new Random(20260105);
        journal = new ItmoAction[ActionsInYear + (ActionsInYear / 10)];
        for (int i = 0; i < journal.Length; i++)
        {
            int year = i % 11 == 10 ? ReportingYear - 1 : ReportingYear;
            Instant at = Instant.FromUtc(year, 1 + random.Next(12), 1 + random.Next(28), 0, 0);
            var id = ItmoId.Create(approach, registry, project, 2021 + random.Next(10), SerialBlock.FromStartAndCount((i * 100L) + 1, 1 + random.Next(99)));
            bool use = random.Next(2) == 0;
            journal[i] = new ItmoAction(i, japan, use ? ItmoActionType.Use : ItmoActionType.Acquisition, ItmoActionSubtype.None, at, at.InUtc().Date, id, "JCM",
                authorization, AuthorizedPurpose.Ndc, thailand, use ? null : thailand, use ? null : japan, use ? japan : null,
                use ? UsePurpose.Ndc : null, use ? year : null, i, EventHash.Zero);
        }
    }

    [Benchmark(Baseline = true)]
    public int LinqWhereSelect() =>
        journal.Where(a => a.Date.Year == ReportingYear)
            .Select(a => new AefActionRow(a.Party, a.Itmo.Approach, a.Itmo, a.Itmo.OriginatingRegistry, a.UnitType, a.Itmo.Project, a.Itmo.Vintage, a.Date,
                a.Type, a.Subtype, a.TransferringParty, a.AcquiringParty, a.UsingParty, a.Authorization, a.Purpose, a.FirstTransferringParty, a.UsePurpose,
                a.YearOfUse, metrics[(a.FirstTransferringParty.Alpha3, a.Authorization)], a.Quantity, Co2e.FromTonnes(a.Quantity), a.LedgerSequence, a.LedgerEventHash))
            .ToList().Count;

    [Benchmark]
    public int ActionsTable() => AefTables.Actions(journal, ReportingYear, metrics).Count;

    [Benchmark]
    public long ActionsTableAsCsv()
    {
        using var writer = new CountingWriter();
        AefExport.WriteCsv(AefTables.Actions(journal, ReportingYear, metrics), writer);
        return writer.Characters;
    }

    /// <summary>Counts what is written and keeps nothing.</summary>
    private sealed class CountingWriter : StringWriter
    {
        internal long Characters { get; private set; }

        public override void Write(char value) => Characters++;

        public override void Write(char[] buffer, int index, int count) => Characters += count;

        public override void Write(ReadOnlySpan<char> buffer) => Characters += buffer.Length;

        public override void Write(string? value) => Characters += value?.Length ?? 0;
    }
}
