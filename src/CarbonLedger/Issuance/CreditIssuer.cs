using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Issuance;

/// <summary>
/// Issues JCM credits: per vintage, takes the deductions, splits the net among the recipients of the project's
/// allocation agreement, and gives every lot a block of serials that continues the project's own counter.
/// </summary>
/// <remarks>
/// <para><b>Serials.</b> Each project has one counter, starting at 1 (or after the last serial of the history
/// given to <see cref="Register(Project, IEnumerable{CreditIssuance})"/>). Vintages are issued in ascending year
/// order; within a vintage the deductions come first (schedule order), then the recipients (rule order). A lot
/// with 0 credits gets no block. Serials are never reused, so no two blocks of a project overlap.</para>
/// <para><b>Registries.</b> Each recipient's lot is issued into the registry of its side (Japan's or the host
/// country's, from the project's partnership); deductions are issued into the host country's registry. The
/// serial number's batch is the project's issuance number.</para>
/// <para><b>Double issuance.</b> A monitoring period that overlaps one already issued for the project, and shares
/// a vintage year with it, is refused with <see cref="DoubleIssuanceException"/>.</para>
/// <para>Every check runs before anything changes: a refused issuance leaves the issuer as it was. Instances are
/// not thread-safe.</para>
/// </remarks>
public sealed class CreditIssuer
{
    private readonly Dictionary<ProjectId, ProjectBook> books = [];

    /// <summary>The registered projects.</summary>
    public IReadOnlyList<ProjectId> Projects => books.Keys.ToArray();

    /// <summary>Registers a project with no issuance yet; its serials start at 1.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="project"/> is null.</exception>
    /// <exception cref="ArgumentException">The project is already registered.</exception>
    public void Register(Project project) => Register(project, []);

    /// <summary>Registers a project with its earlier issuances; its serials continue after the last one issued.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The project is already registered, or an issuance belongs to another project.</exception>
    public void Register(Project project, IEnumerable<CreditIssuance> history)
    {
        Preconditions.CheckNotNull(project);
        Preconditions.CheckNotNull(history);
        Preconditions.CheckArgument(!books.ContainsKey(project.Id), nameof(project), "Project {0} is already registered with this issuer", project.Id);
        CreditIssuance[] past = history.ToArray();
        foreach (CreditIssuance issuance in past)
        {
            Preconditions.CheckArgument(issuance is not null && issuance.Project == project.Id, nameof(history),
                "The history of project {0} contains an issuance of another project", project.Id);
        }
        long lastSerial = past.SelectMany(i => i.Vintages).Select(v => v.Block.End).DefaultIfEmpty(0).Max();
        long lastBatch = past.Select(i => i.BatchNumber).DefaultIfEmpty(0).Max();
        books.Add(project.Id, new ProjectBook(project, lastSerial + 1, lastBatch + 1, past));
    }

    /// <summary>The next serial the project's counter will assign.</summary>
    /// <exception cref="ArgumentException">The project is not registered.</exception>
    public long NextSerialOf(ProjectId project) => BookOf(project, nameof(project)).NextSerial;

    /// <summary>The project's issuances, oldest first.</summary>
    /// <exception cref="ArgumentException">The project is not registered.</exception>
    public IReadOnlyList<CreditIssuance> IssuancesOf(ProjectId project) => new ReadOnlyCollection<CreditIssuance>(BookOf(project, nameof(project)).History);

    /// <summary>
    /// Issues the credits of one monitoring period of a project, per vintage, under a Joint Committee decision.
    /// </summary>
    /// <param name="project">A registered project.</param>
    /// <param name="monitoringPeriod">The monitoring period (inclusive), within the project's crediting period.</param>
    /// <param name="credits">Whole credits per vintage year; every year must fall within the monitoring period, and the total must be at least 1.</param>
    /// <param name="decision">The decision for this project and exactly this monitoring period.</param>
    /// <param name="deductions">The deductions to take before allocation, for example <see cref="DeductionSchedule.None"/>.</param>
    /// <returns>The issuance, with every lot's block and serial number.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An input breaks a rule; the message says which. Nothing changes.</exception>
    /// <exception cref="DoubleIssuanceException">A vintage of an overlapping monitoring period was already issued. Nothing changes.</exception>
    public CreditIssuance Issue(ProjectId project, DateInterval monitoringPeriod, VintageCredits credits, JointCommitteeDecision decision, DeductionSchedule deductions)
    {
        Preconditions.CheckNotNull(monitoringPeriod);
        Preconditions.CheckNotNull(credits);
        Preconditions.CheckNotNull(decision);
        Preconditions.CheckNotNull(deductions);
        ProjectBook book = BookOf(project, nameof(project));
        CheckRequest(book, project, monitoringPeriod, credits, decision);
        CheckNotIssued(book, project, monitoringPeriod, credits);

        long next = book.NextSerial;
        long batch = book.NextBatch;
        Preconditions.CheckArgument(long.MaxValue - next >= credits.Total - 1, nameof(credits),
            "Issuing {0} credits would run the serial counter of the project past 2^63 - 1 (next serial {1})", credits.Total, next);
        var vintages = new List<VintageIssuance>();
        foreach ((int year, long gross) in credits)
        {
            if (gross == 0)
            {
                continue;
            }
            Vintage vintage = VintageWithin(monitoringPeriod, year);
            long first = next;
            var lots = new List<IssuedLot>();
            DeductionOutcome outcome = deductions.Apply(gross);
            foreach (DeductedCredits deducted in outcome.Items)
            {
                lots.Add(Lot(deducted.Deduction.Destination, null, deducted.Deduction.Kind, book.Project.Partnership.PartnerRegistry, deducted.Credits));
            }
            AddParts(book.Project, outcome.Net, lots, Lot);
            vintages.Add(new VintageIssuance(vintage, gross, SerialBlock.FromRange(first, next - 1), lots.ToArray()));

            IssuedLot Lot(string holder, string? group, DeductionKind? kind, RegistryId registry, long count)
            {
                JcmSerialNumber? serial = null;
                if (count > 0)
                {
                    serial = JcmSerialNumber.Create(registry, project, vintage, batch, SerialBlock.FromStartAndCount(next, count));
                    next += count;
                }
                return new IssuedLot(holder, group, kind, registry, count, serial);
            }
        }

        var issuance = new CreditIssuance(project, monitoringPeriod, decision, batch, credits, vintages.ToArray());
        book.History.Add(issuance);
        book.NextSerial = next;
        book.NextBatch = batch + 1;
        return issuance;
    }

    private static void AddParts(Project project, long net, List<IssuedLot> lots, Func<string, string?, DeductionKind?, RegistryId, long, IssuedLot> lot)
    {
        AllocationRule rule = project.Agreement.Rule;
        IReadOnlyList<ApportionedPart>? parts = net > 0 ? rule.Apportion(net).Parts : null;
        for (int i = 0; i < rule.RecipientCount; i++)
        {
            string recipient = rule.Recipients[i];
            ProjectParticipant participant = project.Agreement.ParticipantOf(recipient);
            lots.Add(lot(recipient, parts?[i].Group, null, project.Partnership.RegistryOf(participant.Country), parts?[i].Credits ?? 0));
        }
    }

    private static void CheckRequest(ProjectBook book, ProjectId project, DateInterval period, VintageCredits credits, JointCommitteeDecision decision)
    {
        Preconditions.CheckArgument(decision.Project == project, nameof(decision), "The decision is for project {0}, not {1}", decision.Project, project);
        Preconditions.CheckArgument(decision.MonitoringPeriod.Equals(period), nameof(decision),
            "The decision is for monitoring period {0}, not {1}", decision.MonitoringPeriod, period);
        DateInterval crediting = book.Project.CreditingPeriod;
        Preconditions.CheckArgument(crediting.Contains(period.Start) && crediting.Contains(period.End), "monitoringPeriod",
            "Monitoring period {0} must lie within the crediting period {1}", period, crediting);
        Preconditions.CheckArgument(credits.Total >= 1, nameof(credits), "An issuance needs at least 1 credit; the vintages {0} hold none", credits);
        foreach (int year in credits.Keys)
        {
            Preconditions.CheckArgument(year >= period.Start.Year && year <= period.End.Year, nameof(credits),
                "Vintage {0} lies outside the monitoring period {1}", year, period);
        }
    }

    private static void CheckNotIssued(ProjectBook book, ProjectId project, DateInterval period, VintageCredits credits)
    {
        foreach (CreditIssuance earlier in book.History)
        {
            DateInterval issued = earlier.MonitoringPeriod;
            if (issued.Start > period.End || period.Start > issued.End)
            {
                continue;
            }
            foreach (int year in credits.Keys)
            {
                if (earlier.Credits.ContainsKey(year))
                {
                    throw new DoubleIssuanceException(project, period, issued, year, earlier.BatchNumber);
                }
            }
        }
    }

    private static Vintage VintageWithin(DateInterval period, int year)
    {
        var yearStart = new LocalDate(year, 1, 1);
        var yearEnd = new LocalDate(year, 12, 31);
        return Vintage.FromDates(LocalDate.Max(period.Start, yearStart), LocalDate.Min(period.End, yearEnd));
    }

    private ProjectBook BookOf(ProjectId project, string paramName)
    {
        if (!books.TryGetValue(project, out ProjectBook? book))
        {
            Preconditions.ThrowArgument(paramName, $"Project {project} is not registered with this issuer");
        }
        return book;
    }

    private sealed class ProjectBook(Project project, long nextSerial, long nextBatch, IEnumerable<CreditIssuance> history)
    {
        public Project Project { get; } = project;

        public long NextSerial { get; set; } = nextSerial;

        public long NextBatch { get; set; } = nextBatch;

        public List<CreditIssuance> History { get; } = [.. history];
    }
}
