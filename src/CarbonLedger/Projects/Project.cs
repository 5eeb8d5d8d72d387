using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using CarbonLedger.Allocation;
using CarbonLedger.Parties;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Projects;

/// <summary>
/// A registered JCM project: its id, the partnership with its host country, methodology, crediting period,
/// allocation agreement and the financial support it received from Japan.
/// </summary>
/// <remarks>
/// <para>Construction checks the rules that tie these together: the project id and the methodology id carry the
/// host country's code; every recipient is on the Japanese or the host country's side; and the Government of
/// Japan's share of the credits is at least the project's <see cref="SupportRatio"/>.</para>
/// <para>Immutable; compares by reference.</para>
/// </remarks>
public sealed class Project
{
    private readonly FinancialSupport[] support;

    private Project(ProjectId id, JcmPartnership partnership, string methodology, DateInterval creditingPeriod, AllocationAgreement agreement, FinancialSupport[] support)
    {
        Id = id;
        Partnership = partnership;
        Methodology = methodology;
        CreditingPeriod = creditingPeriod;
        Agreement = agreement;
        this.support = support;
        SupportRatio = support.Where(s => s.CountsTowardSupportRatio).Aggregate(Share.Zero, (sum, s) => sum + s.ShareOfInitialInvestment);
    }

    /// <summary>The project id, for example <c>KZ001</c>.</summary>
    public ProjectId Id { get; }

    /// <summary>The partnership between Japan and the host country.</summary>
    public JcmPartnership Partnership { get; }

    /// <summary>The host country.</summary>
    public Country Host => Partnership.Partner;

    /// <summary>The approved methodology, for example <c>KZ_AM001</c>.</summary>
    public string Methodology { get; }

    /// <summary>The crediting period (inclusive dates).</summary>
    public DateInterval CreditingPeriod { get; }

    /// <summary>The allocation agreement (the Percentage of Credit Allocation Form).</summary>
    public AllocationAgreement Agreement { get; }

    /// <summary>The project participants (entities, not governments) named in the agreement.</summary>
    public IReadOnlyList<ProjectParticipant> Participants => Agreement.Participants.Where(p => p.Role == ParticipantRole.Entity).ToArray();

    /// <summary>The financial support received.</summary>
    public IReadOnlyList<FinancialSupport> Support => new ReadOnlyCollection<FinancialSupport>(support);

    /// <summary>
    /// The exact share of the initial investment covered by supports that count toward it (subsidies and grants);
    /// the Government of Japan receives at least this share of the credits.
    /// </summary>
    public Share SupportRatio { get; }

    /// <summary>Creates a project and checks its agreement against its support.</summary>
    /// <param name="id">The project id; its two letters must be the host country's alpha-2 code.</param>
    /// <param name="partnership">The partnership with the host country.</param>
    /// <param name="methodology">The methodology id, <c>{CC}_AM{NNN}</c> or <c>{CC}_PM{NNN}</c>, with the host's alpha-2 code.</param>
    /// <param name="creditingPeriod">The crediting period.</param>
    /// <param name="agreement">Who receives which share.</param>
    /// <param name="support">Financial support received; may be empty.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A rule is broken; the message says which, for example a support ratio above the Japan share.</exception>
    public static Project Create(ProjectId id, JcmPartnership partnership, string methodology, DateInterval creditingPeriod,
        AllocationAgreement agreement, IEnumerable<FinancialSupport> support)
    {
        Preconditions.CheckNotNull(partnership);
        Preconditions.CheckNotNull(methodology);
        Preconditions.CheckNotNull(creditingPeriod);
        Preconditions.CheckNotNull(agreement);
        Preconditions.CheckNotNull(support);
        Country host = partnership.Partner;
        Preconditions.CheckArgument(string.Equals(id.CountryAlpha2, host.Alpha2, StringComparison.Ordinal), nameof(id),
            "Project id '{0}' must start with the host country's code {1}", id, host.Alpha2);
        Preconditions.CheckArgument(IsMethodologyId(methodology, host), nameof(methodology),
            "Methodology '{0}' must be {1}_AM or {1}_PM followed by three digits, for example {1}_AM001", methodology, host.Alpha2);
        foreach (ProjectParticipant participant in agreement.Participants)
        {
            Preconditions.CheckArgument(partnership.IsSide(participant.Country), nameof(agreement),
                "Recipient {0} must be on the Japanese or the {1} side", participant, host.Alpha3);
        }
        FinancialSupport[] supports = support.ToArray();
        Preconditions.CheckArgument(supports.All(s => s is not null), nameof(support), "Support entries must not be null");
        var project = new Project(id, partnership, methodology, creditingPeriod, agreement, supports);
        Preconditions.CheckArgument(project.SupportRatio <= Share.One, nameof(support),
            "Supports that count toward the support ratio cover {0} of the initial investment; they cannot cover more than 1", project.SupportRatio);
        Share japan = agreement.GovernmentOfJapanShare;
        if (!agreement.SatisfiesSupportRatio(project.SupportRatio))
        {
            Preconditions.ThrowArgument(nameof(agreement),
                $"The Government of Japan receives {japan} of the credits, but Japan's support covers {project.SupportRatio} of the initial investment; it must receive at least that share");
        }
        return project;
    }

    /// <summary>
    /// Support per tonne of CO2e, exactly, one figure per currency in which support was received (in order of
    /// first appearance); empty when there is no support.
    /// </summary>
    /// <param name="tonnes">Credits issued or expected, 1 or more.</param>
    /// <param name="basis">Whether the tonnes are issued or expected.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="tonnes"/> is below 1.</exception>
    public IReadOnlyList<CostEffectiveness> CostEffectiveness(long tonnes, CostEffectivenessBasis basis)
    {
        Preconditions.CheckArgumentRange(nameof(tonnes), tonnes, 1, long.MaxValue);
        Preconditions.CheckDefined(basis, nameof(basis));
        return support
            .GroupBy(s => s.Amount.Currency)
            .Select(g => Projects.CostEffectiveness.Create(g.Select(s => s.Amount).Aggregate((a, b) => a.Plus(b)), tonnes, basis))
            .ToArray();
    }

    /// <summary>For example <c>KZ001 (KZ_AM001)</c>.</summary>
    public override string ToString() => $"{Id} ({Methodology})";

    private static bool IsMethodologyId(string methodology, Country host) =>
        methodology.Length == 8
        && methodology.StartsWith(host.Alpha2, StringComparison.Ordinal)
        && (methodology.AsSpan(2, 3).SequenceEqual("_AM") || methodology.AsSpan(2, 3).SequenceEqual("_PM"))
        && !methodology.AsSpan(5).ContainsAnyExceptInRange('0', '9');
}
