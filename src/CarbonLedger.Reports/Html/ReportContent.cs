using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CarbonLedger.Article6;
using CarbonLedger.Article6.Adjustments;
using CarbonLedger.Issuance;
using CarbonLedger.Projects;
using CarbonLedger.Quantification;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Registry;
using CarbonLedger.Registry.Events;

namespace CarbonLedger.Reports.Html;

/// <summary>
/// What an <see cref="HtmlReport"/> shows: a registry, or a whole scenario (project, quantification, readings,
/// issuance, registries, Article 6.2 journals, corresponding adjustments and reconciliation checks). Each part is
/// optional; a section whose data is missing is left out.
/// </summary>
/// <remarks>
/// Immutable: every <c>With…</c> method returns a new content. Registries are captured as snapshots (and Article 6.2
/// journals as they stand) when they are added, so a later write to a ledger does not change the report.
/// </remarks>
public sealed class ReportContent
{
    private ReportContent(string title, Project? project, QuantificationResult? quantification, MeterReadingSeries? readings,
        CreditIssuance? issuance, ImmutableArray<LedgerSnapshot> registries, ImmutableArray<Article6Part> article6,
        ImmutableArray<CorrespondingAdjustmentResult> adjustments, ImmutableArray<ReconciliationCheck> checks)
    {
        Title = title;
        Project = project;
        Quantification = quantification;
        Readings = readings;
        Issuance = issuance;
        Registries = registries;
        Article6 = article6;
        Adjustments = adjustments;
        Checks = checks;
    }

    /// <summary>The report's title.</summary>
    public string Title { get; }

    /// <summary>The project, or null.</summary>
    public Project? Project { get; }

    /// <summary>The quantification of the monitoring period, or null.</summary>
    public QuantificationResult? Quantification { get; }

    /// <summary>The meter readings of the monitoring period (for the monthly chart), or null.</summary>
    public MeterReadingSeries? Readings { get; }

    /// <summary>The issuance per vintage, or null.</summary>
    public CreditIssuance? Issuance { get; }

    /// <summary>The registries' snapshots, in the order added.</summary>
    public IReadOnlyList<LedgerSnapshot> Registries { get; }

    /// <summary>The Parties' Article 6.2 journals of ITMO actions, in the order added.</summary>
    internal IReadOnlyList<Article6Part> Article6 { get; }

    /// <summary>The corresponding adjustments, one result per Party.</summary>
    public IReadOnlyList<CorrespondingAdjustmentResult> Adjustments { get; }

    /// <summary>The reconciliation checks, in the order added.</summary>
    public IReadOnlyList<ReconciliationCheck> Checks { get; }

    /// <summary>An empty report with a title.</summary>
    /// <param name="title">The report's title.</param>
    /// <returns>The content.</returns>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    public static ReportContent Create(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        return new ReportContent(title, null, null, null, null, [], [], [], []);
    }

    /// <summary>This content with the project.</summary>
    /// <param name="project">The project.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    public ReportContent WithProject(Project project)
    {
        ArgumentNullException.ThrowIfNull(project);
        return new(Title, project, Quantification, Readings, Issuance, [.. Registries], [.. Article6], [.. Adjustments], [.. Checks]);
    }

    /// <summary>This content with the quantification of the monitoring period.</summary>
    /// <param name="quantification">The result, with its trace.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="quantification"/> is null.</exception>
    public ReportContent WithQuantification(QuantificationResult quantification)
    {
        ArgumentNullException.ThrowIfNull(quantification);
        return new(Title, Project, quantification, Readings, Issuance, [.. Registries], [.. Article6], [.. Adjustments], [.. Checks]);
    }

    /// <summary>This content with the meter readings, summed per local month at the site for the activity chart.</summary>
    /// <param name="readings">The readings.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="readings"/> is null.</exception>
    public ReportContent WithReadings(MeterReadingSeries readings)
    {
        ArgumentNullException.ThrowIfNull(readings);
        return new(Title, Project, Quantification, readings, Issuance, [.. Registries], [.. Article6], [.. Adjustments], [.. Checks]);
    }

    /// <summary>This content with the issuance per vintage.</summary>
    /// <param name="issuance">The issuance.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="issuance"/> is null.</exception>
    public ReportContent WithIssuance(CreditIssuance issuance)
    {
        ArgumentNullException.ThrowIfNull(issuance);
        return new(Title, Project, Quantification, Readings, issuance, [.. Registries], [.. Article6], [.. Adjustments], [.. Checks]);
    }

    /// <summary>This content with a registry, as the snapshot given.</summary>
    /// <param name="registry">The registry's snapshot.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException">The content already has a registry with the same id.</exception>
    public ReportContent WithRegistry(LedgerSnapshot registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (Registries.Any(r => r.Registry == registry.Registry))
        {
            throw new ArgumentException($"The report already has registry {registry.Registry}; each registry appears once", nameof(registry));
        }
        return new(Title, Project, Quantification, Readings, Issuance, [.. Registries, registry], [.. Article6], [.. Adjustments], [.. Checks]);
    }

    /// <summary>
    /// This content with a Party's Article 6.2 layer: its journal of ITMO actions as it stands, and its registry's current
    /// snapshot unless the registry is already in the report.
    /// </summary>
    /// <param name="registry">The Party's Article 6.2 layer.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="registry"/> is null.</exception>
    /// <exception cref="ArgumentException">The content already has the Article 6.2 journal of that registry.</exception>
    public ReportContent WithArticle6(Article6Registry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        if (Article6.Any(j => j.Registry == registry.Ledger.Registry))
        {
            throw new ArgumentException($"The report already has the Article 6.2 journal of {registry.Ledger.Registry}; each appears once", nameof(registry));
        }
        ImmutableArray<LedgerSnapshot> registries = Registries.Any(r => r.Registry == registry.Ledger.Registry)
            ? [.. Registries]
            : [.. Registries, registry.Ledger.Current];
        return new(Title, Project, Quantification, Readings, Issuance, registries, [.. Article6, new Article6Part(registry.Ledger.Registry, registry.Party, [.. registry.Actions])], [.. Adjustments], [.. Checks]);
    }

    /// <summary>This content with a Party's corresponding adjustments.</summary>
    /// <param name="adjustments">The Party's result.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="adjustments"/> is null.</exception>
    public ReportContent WithAdjustments(CorrespondingAdjustmentResult adjustments)
    {
        ArgumentNullException.ThrowIfNull(adjustments);
        return new(Title, Project, Quantification, Readings, Issuance, [.. Registries], [.. Article6], [.. Adjustments, adjustments], [.. Checks]);
    }

    /// <summary>This content with more reconciliation checks, after those it has.</summary>
    /// <param name="checks">The checks.</param>
    /// <returns>The new content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="checks"/> or one of them is null.</exception>
    public ReportContent WithChecks(IEnumerable<ReconciliationCheck> checks)
    {
        ArgumentNullException.ThrowIfNull(checks);
        ReconciliationCheck[] added = checks.ToArray();
        if (added.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(checks), "A reconciliation check is null");
        }
        return new(Title, Project, Quantification, Readings, Issuance, [.. Registries], [.. Article6], [.. Adjustments], [.. Checks, .. added]);
    }

    /// <summary>
    /// This content with the checks the library can make from what it holds: credits quantified = credits issued
    /// (when both are present), credits of the issuance = credits issued for the project in the registries (when
    /// both are present), and for each registry conservation of its totals and an intact hash chain.
    /// </summary>
    /// <returns>The new content.</returns>
    public ReportContent WithStandardChecks()
    {
        var checks = new List<ReconciliationCheck>();
        if (Quantification is not null && Issuance is not null)
        {
            checks.Add(ReconciliationCheck.Equal("Credits quantified = credits of the issuance (before deductions)", Quantification.Credits, Issuance.Gross));
        }
        if (Issuance is not null && Registries.Count > 0)
        {
            long inLedgers = Registries.SelectMany(r => r.Events).OfType<CreditsIssued>()
                .SelectMany(e => e.Blocks).Where(b => b.Attributes.Project == Issuance.Project).Sum(b => b.Count);
            checks.Add(ReconciliationCheck.Equal($"Credits of the issuance = credits of project {Issuance.Project} issued in the registries", Issuance.Gross, inLedgers));
        }
        foreach (LedgerSnapshot registry in Registries)
        {
            bool conserved = registry.GetTotals().All(t => t.IsConserved);
            checks.Add(ReconciliationCheck.Holds($"Conservation in {registry.Registry} (issued + acquired − out = held + reserved + cancelled + retired)",
                conserved, "holds", conserved ? "holds" : "broken"));
            ChainVerification verification = HashChain.Verify(registry.Events, registry.HeadHash);
            checks.Add(ReconciliationCheck.Holds($"Hash chain of {registry.Registry} ({registry.EventCount} events)",
                verification.IsValid, "intact", verification.IsValid ? "intact" : verification.Problem.ToString()));
        }
        return WithChecks(checks);
    }
}
