using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.Allocate;
using CarbonLedger.Cli.History;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Cli.Reconcile;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Parties;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using CarbonLedger.Quantities;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;
using CarbonLedger.Registry.Reconciliation;
using CarbonLedger.Reports.Html;
using CarbonLedger.Serials;
using NodaTime;
using NodaTime.Text;
using Spectre.Console;
using I = CarbonLedger.Cli.Scenario.ScenarioInputs;

namespace CarbonLedger.Cli.Scenario;

/// <summary>Prints the scenario as readable tables; every figure comes from the library's results or the two ledgers.</summary>
internal static class DemoReport
{
    /// <summary>The heading of the section that reconciles every printed figure with the ledgers.</summary>
    public const string ReconciliationSection = "12. Reconciliation";

    private const string Tag = " [" + I.Illustrative + "]";

    /// <summary>Prints every section; returns false when a reconciliation check fails.</summary>
    public static bool Print(CliContext context, ScenarioOutcome o)
    {
        context.Line("CarbonLedger demo: the Japan–Kazakhstan Joint Crediting Mechanism, end to end.");
        context.Line($"Inputs marked [{I.Illustrative}] are assumptions made for this demonstration; they are not official data.");
        context.Line();
        Section(context, "1. Partnership", Tables.Fields("JCM partnership", Partnership(o)));
        Section(context, "2. Project", Tables.Fields("Project " + o.Project.Id, ProjectFields(o)));
        Section(context, "3. Monitoring data", Tables.Fields("Readings of " + I.Parameter, Monitoring(o)));
        context.Line("== 4. Quantification (ER_p = RE_p − PE_p; RE_p = Σ EG_i,p × EF_i; PE_p = 0)");
        QuantificationReport.Print(context, o.Quantification, trace: true);
        context.Line();
        Section(context, "5. Issuance per vintage, with serials", IssuanceTable(o));
        context.Line("== 6. Allocation per vintage (largest remainder; the Government of Japan's share is rounded up, per Japan's financial support)");
        foreach (VintageIssuance vintage in o.Issuance.Vintages)
        {
            context.Console.Write(AllocationReport.Table($"Vintage {vintage.Year}: {Numbers.Whole(vintage.Net)} credits", o.Project.Agreement.Rule.Apportion(vintage.Net)));
        }
        context.Line();
        Section(context, "7. Registry operations (fixed instants; the tool never reads the clock)", Operations(o));
        context.Line("== 8. Balances after the last operation");
        foreach (Ledger ledger in new[] { o.Kazakhstan, o.Japan })
        {
            context.Console.Write(LedgerCommand.Balances(ledger.Current));
            context.Console.Write(LedgerCommand.Totals(ledger.Current));
        }
        context.Line();
        Section(context, "9. Article 6.2: ITMOs and corresponding adjustments (single-year NDC, annual trajectory; decision 2/CMA.3 annex para 8)", Adjustments(o));
        context.Line($"ITMOs first transferred by Kazakhstan: {Numbers.Whole(o.ItmosFirstTransferred)}; ITMOs used by Japan toward its NDC: {Numbers.Whole(o.ItmosUsed)}.");
        context.Line();
        context.Line($"== 10. AEF tables (Agreed Electronic Format, decision 4/CMA.6), reporting year {o.ReportingYear}, as CSV");
        foreach ((string title, string csv) in AefCsv(o))
        {
            context.Line($"-- {title}");
            context.Output.Write(csv.Replace("\r\n", "\n", StringComparison.Ordinal));
            context.Line();
        }
        foreach ((string name, Article6Registry registry) in new[] { ("Kazakhstan (KAZ01)", o.KazakhstanArticle6), ("Japan (JPN01)", o.JapanArticle6) })
        {
            AefCheckResult result = AefChecks.Run(AefReport.Create(registry, DemoSubmission(o)), registry);
            context.Line(string.Create(CultureInfo.InvariantCulture,
                $"Pre-submission checks of {name}'s AEF report (five tables): {result.Errors.Count} errors, {result.Warnings.Count} warnings"));
            foreach (AefFinding finding in result.Findings)
            {
                context.Line("  " + finding);
            }
        }
        context.Line();
        Section(context, "11. Financing", Financing(o));
        List<ReconciliationCheck> checks = Reconciliation(o);
        Table table = Tables.Create("Every printed figure against the ledgers", "Check", ">Expected", ">Ledger", "OK");
        foreach (ReconciliationCheck check in checks)
        {
            Tables.Row(table, check.Name, check.Expected is long e ? Numbers.Whole(e) : check.ExpectedText,
                check.Actual is long a ? Numbers.Whole(a) : check.ActualText, check.Passed ? "yes" : "NO");
        }
        Section(context, ReconciliationSection, table);
        context.Line("== 13. Reconciliation between the two registries (both in this process: transfers acquired unsigned, checked against the sending ledger)");
        ReconciliationReport between = Reconciler.Reconcile([o.Kazakhstan.Current.Events, o.Japan.Current.Events], CarbonLedger.Registry.Trust.TrustList.Empty, [],
            o.Steps[^1].Instant);
        ReconciliationOutput.Print(context, between);
        context.Line();
        return checks.All(c => c.Passed) && between.IsConsistent;
    }

    private static void Section(CliContext context, string title, Table table)
    {
        context.Line("== " + title);
        context.Console.Write(table);
        context.Line();
    }

    private static IEnumerable<(string, string)> Partnership(ScenarioOutcome o)
    {
        yield return ("Partnership", o.Partnership.JointCommitteeName);
        yield return ("Partner", $"{o.Partnership.Partner.Name} ({o.Partnership.Partner.Alpha3}), the {I.PartnerRank}th JCM partner country (seed article)");
        yield return ("Signed on", $"{o.Partnership.SignedOn:uuuu-MM-dd}{Tag} (the seed article gives no date)");
        yield return ("Registries", $"Japan {o.Partnership.JapanRegistry}, Kazakhstan {o.Partnership.PartnerRegistry}");
        JcmPartnerFact fact = JcmPartnerFacts.Find(o.Partnership.Partner);
        yield return ("JCM reference data", $"{fact}" + (fact.OrderSource is { } source ? $" (place: {source.Title})" : ""));
        if (fact.SignedOn is null)
        {
            yield return ("", $"no source found gives the signing date, so the {o.Partnership.SignedOn:uuuu-MM-dd} above is ILLUSTRATIVE");
        }
        yield return ("Purpose", "JCM credits count toward Japan's NDC under the Paris Agreement");
    }

    private static IEnumerable<(string, string)> ProjectFields(ScenarioOutcome o)
    {
        FinancialSupport support = o.Project.Support[0];
        yield return ("Project", $"{o.Project.Id}: {I.SystemName}{Tag}");
        yield return ("Methodology", $"{o.Quantification.MethodologyId} {o.Quantification.MethodologyVersion}: {I.MethodologyTitle}");
        yield return ("Site", $"{o.Site.Id}, time zone {o.Site.Zone.Id} (vintages follow the local date at the site)");
        yield return ("Capacity", $"{Numbers.Exact(I.CapacityKilowatts)} kW AC{Tag}");
        yield return ("Crediting period", $"{o.Project.CreditingPeriod.Start:uuuu-MM-dd} to {o.Project.CreditingPeriod.End:uuuu-MM-dd}{Tag}");
        yield return ("Monitoring period", $"{o.Period.Start:uuuu-MM-dd} to {o.Period.End:uuuu-MM-dd} (inclusive, {o.Period.Length} days)");
        yield return ("Grid emission factor", $"{Numbers.Exact(I.GridEmissionFactor)} tCO2/MWh [{I.Illustrative} ASSUMPTION: no JCM factor for Kazakhstan exists; not official]");
        yield return ("Meter accuracy", $"maximum permissible error {Numbers.Exact(I.MeterAccuracy * 100m)} %, applied against the project{Tag}");
        yield return ("Financial support", $"{support.Funder}: {support.Instrument}, {Numbers.Exact(support.Amount.Amount)} {support.Amount.Currency}, {support.ShareOfInitialInvestment} of the initial investment{Tag}");
        yield return ("Allocation agreement", string.Join("; ", o.Project.Agreement.Rule.Entries.Select(e => $"{e.Name} {e.Share}{(e.RoundsUp ? " (rounded up)" : string.Empty)}")) + Tag);
    }

    private static IEnumerable<(string, string)> Monitoring(ScenarioOutcome o)
    {
        MeterReadingSeries r = o.Readings;
        yield return ("Readings", $"{Numbers.Whole(r.Count)} readings of 15 minutes, in {r.Unit}{Tag}: generated deterministically (seed {I.ReadingSeed})");
        yield return ("First reading", Local(r[0].Start, o) + " to " + Local(r[0].End, o));
        yield return ("Last reading", Local(r[^1].Start, o) + " to " + Local(r[^1].End, o));
        yield return ("Gaps", Numbers.Whole(r.Gaps.Count));
        foreach (VintageAmount vintage in r.SumByVintage())
        {
            yield return ($"Generation {vintage.Year}", $"{Numbers.Exact(vintage.Amount)} {r.Unit} ({vintage.Dates.Start:uuuu-MM-dd} to {vintage.Dates.End:uuuu-MM-dd})");
        }
        yield return ("Generation, period", $"{Numbers.Exact(r.Total)} {r.Unit}");
    }

    private static Table IssuanceTable(ScenarioOutcome o)
    {
        CreditIssuance issuance = o.Issuance;
        Table table = Tables.Create($"Issuance {issuance.BatchNumber} under {issuance.Decision.Reference}, decided {issuance.Decision.DecidedOn:uuuu-MM-dd}; no deductions (voluntary under Article 6.2)",
            ">Vintage", "Recipient", ">Credits", "Serial block", "JCM serial number (issued in KAZ01)", "Held in");
        table.Columns[4].NoWrap();
        foreach (VintageIssuance vintage in issuance.Vintages)
        {
            foreach (IssuedLot lot in vintage.Lots)
            {
                string serial = lot.Block is SerialBlock block
                    ? JcmSerialNumber.Create(o.Partnership.PartnerRegistry, o.Project.Id, vintage.Vintage, issuance.BatchNumber, block).ToString()
                    : "-";
                Tables.Row(table, vintage.Year.ToString(CultureInfo.InvariantCulture), lot.Holder, Numbers.Whole(lot.Credits),
                    lot.Block?.ToString() ?? "-", serial, lot.Registry.ToString());
            }
            Tables.Row(table, vintage.Year.ToString(CultureInfo.InvariantCulture), "Vintage total", Numbers.Whole(vintage.Net), vintage.Block.ToString(), string.Empty, string.Empty);
        }
        Tables.Row(table, string.Empty, "Issuance total", Numbers.Whole(issuance.Net), string.Empty, string.Empty, string.Empty);
        return table;
    }

    private static Table Operations(ScenarioOutcome o)
    {
        Table table = Tables.Create("Registry operations", "Instant (UTC)", "Registry", "Operation", "From", "To", ">Credits", "Note");
        foreach (RegistryStep step in o.Steps)
        {
            Tables.Row(table, InstantPattern.General.Format(step.Instant), step.Registry, step.Operation, step.From, step.To,
                step.Credits == 0 ? "-" : Numbers.Whole(step.Credits), step.Note);
        }
        return table;
    }

    private static Table Adjustments(ScenarioOutcome o)
    {
        Table table = Tables.Create("Corresponding adjustments to each Party's emissions balance (tCO2e; years with ITMO activity)",
            "Party", ">Year", ">Added (ITMOs first transferred, by vintage)", ">Subtracted (ITMOs used, by year of use)", ">Net");
        foreach (CorrespondingAdjustmentResult result in o.Adjustments)
        {
            foreach (AnnualAdjustment year in result.Years.Where(y => y.Added != Co2e.Zero || y.Subtracted != Co2e.Zero))
            {
                Tables.Row(table, $"{result.Party.Name} ({result.Party.Alpha3})", year.Year.ToString(CultureInfo.InvariantCulture),
                    Numbers.Exact(year.Added.Tonnes), Numbers.Exact(year.Subtracted.Tonnes), (year.Net.Tonnes > 0 ? "+" : string.Empty) + Numbers.Exact(year.Net.Tonnes));
            }
        }
        return table;
    }

    /// <summary>The demo's AEF submission (ILLUSTRATIVE contact) for the reporting year, describing the authorised entities.</summary>
    public static AefSubmission DemoSubmission(ScenarioOutcome o) => AefSubmission.Create(o.ReportingYear, 1, I.SubmissionDate, I.SubmissionContact,
        I.SubmissionEmail, [
            AuthorizedEntity.Create(ActorId.Create(I.KazakhParticipant), I.KazakhParticipant, I.Kazakhstan),
            AuthorizedEntity.Create(ActorId.Create(I.JapaneseParticipant), I.JapaneseParticipant, Country.Japan),
        ]);

    /// <summary>The AEF tables of both Parties for the reporting year, as RFC 4180 CSV from the Article 6.2 module.</summary>
    public static IEnumerable<(string Title, string Csv)> AefCsv(ScenarioOutcome o)
    {
        int year = o.ReportingYear;
        yield return ("Kazakhstan (KAZ01): Authorizations", AefExport.ToCsv(AefTables.Authorizations(o.KazakhstanArticle6)));
        foreach ((string name, Article6Registry registry) in new[] { ("Kazakhstan (KAZ01)", o.KazakhstanArticle6), ("Japan (JPN01)", o.JapanArticle6) })
        {
            yield return (string.Create(CultureInfo.InvariantCulture, $"{name}: Actions {year}"), AefExport.ToCsv(AefTables.Actions(registry, year)));
            yield return (string.Create(CultureInfo.InvariantCulture, $"{name}: Holdings as of 31 December {year}"), AefExport.ToCsv(AefTables.Holdings(registry, year)));
        }
    }

    private static Table Financing(ScenarioOutcome o)
    {
        Share infrastructure = Share.FromFraction((long)I.JicaInfrastructureUsd, (long)I.JicaBudgetUsd);
        Table table = Tables.Create("Financing", "Item", ">Amount (USD)", "Note");
        Tables.Row(table, "JICA budget in Kazakhstan, all sectors", Numbers.Exact(I.JicaBudgetUsd), "about USD 500 million (seed article)");
        Tables.Row(table, "  of which infrastructure", Numbers.Exact(I.JicaInfrastructureUsd),
            $"about USD 200 million (seed article): {infrastructure} = {infrastructure.ToString("P0", CultureInfo.InvariantCulture)} of the budget");
        Tables.Row(table, "  of which energy, health, education", Numbers.Exact(I.JicaBudgetUsd - I.JicaInfrastructureUsd), "the rest; the seed article gives no split");
        long issued = o.Issuance.Net;
        long japan = o.Issuance.CreditsOf(ProjectParticipant.GovernmentOf(Parties.Country.Japan).Name);
        CostEffectiveness perIssued = o.Project.CostEffectiveness(issued, CostEffectivenessBasis.Issued)[0];
        CostEffectiveness perItmo = CostEffectiveness.Create(perIssued.Support, japan, CostEffectivenessBasis.Issued);
        Tables.Row(table, "Japan's support to project " + o.Project.Id, Numbers.Exact(perIssued.Support.Amount), I.Illustrative + " amount");
        Tables.Row(table, $"  per tCO2e issued in this monitoring period ({Numbers.Whole(issued)} t)", Numbers.Exact(perIssued.PerTonne(2, MidpointRounding.ToEven)),
            "rounded to the cent, half to even");
        Tables.Row(table, $"  per ITMO received by the Government of Japan ({Numbers.Whole(japan)} t)", Numbers.Exact(perItmo.PerTonne(2, MidpointRounding.ToEven)),
            "rounded to the cent, half to even");
        return table;
    }

    /// <summary>Every printed figure against the two ledgers; the HTML report shows the same checks.</summary>
    internal static List<ReconciliationCheck> Reconciliation(ScenarioOutcome o)
    {
        LedgerSnapshot kaz = o.Kazakhstan.Current;
        LedgerSnapshot jpn = o.Japan.Current;
        string japanName = ProjectParticipant.GovernmentOf(Parties.Country.Japan).Name;
        string kazName = ProjectParticipant.GovernmentOf(I.Kazakhstan).Name;
        long issuedInLedger = kaz.Events.OfType<CreditsIssued>().Sum(e => e.Quantity);
        long japanAllocated = o.Issuance.CreditsOf(japanName);
        long retired = jpn.GetTotals().Sum(t => t.Retired);
        var checks = new List<ReconciliationCheck>();
        void Add(string check, long expected, long actual) => checks.Add(ReconciliationCheck.Equal(check, expected, actual));
        Add("Credits quantified = credits issued in KAZ01", o.Quantification.Credits, issuedInLedger);
        Add("Credits issued (JC decision) = credits issued in KAZ01", o.Issuance.Net, issuedInLedger);
        Add("Government of Kazakhstan's allocation = KAZ01-2 balance", o.Issuance.CreditsOf(kazName), kaz.GetBalance(JapanKazakhstanScenario.KazakhstanHolding));
        Add($"{I.KazakhParticipant}'s allocation = KAZ01-3 balance", o.Issuance.CreditsOf(I.KazakhParticipant), kaz.GetBalance(JapanKazakhstanScenario.KazakhParticipantHolding));
        Add($"{I.JapaneseParticipant}'s allocation = JPN01-2 balance", o.Issuance.CreditsOf(I.JapaneseParticipant), jpn.GetBalance(JapanKazakhstanScenario.JapaneseParticipantHolding));
        Add("Government of Japan's allocation = ITMOs first transferred", japanAllocated, o.ItmosFirstTransferred);
        Add("Government of Japan's allocation = credits retired toward Japan's NDC", japanAllocated, retired);
        Add("ITMOs added by Kazakhstan = ITMOs subtracted by Japan", o.ItmosFirstTransferred, o.ItmosUsed);
        Add("Issuance account KAZ01-1 after distribution", 0, kaz.GetBalance(JapanKazakhstanScenario.Issuance));
        bool conserved = kaz.GetTotals().Concat(jpn.GetTotals()).All(t => t.IsConserved);
        checks.Add(ReconciliationCheck.Holds("Conservation in both registries (issued + acquired − out = held + reserved + cancelled + retired)", conserved, "holds", conserved ? "holds" : "broken"));
        foreach (LedgerSnapshot snapshot in new[] { kaz, jpn })
        {
            ChainVerification verification = HashChain.Verify(snapshot.Events, snapshot.HeadHash);
            checks.Add(ReconciliationCheck.Holds($"Hash chain of {snapshot.Registry} ({snapshot.EventCount} events)", verification.IsValid, "intact", verification.IsValid ? "intact" : verification.Problem.ToString()));
        }
        return checks;
    }

    private static string Local(Instant instant, ScenarioOutcome o) =>
        OffsetDateTimePattern.Rfc3339.Format(instant.InZone(o.Site.Zone).ToOffsetDateTime());
}
