using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Article6;

/// <summary>
/// A Party's authorisation of mitigation outcomes under Article 6.2: which cooperative approach, how many units
/// (tCO2e), which vintages, for which purposes and, for other international mitigation purposes (OIMP), at which
/// event the units are first transferred.
/// </summary>
/// <remarks>
/// <para>The vintages form an inclusive range of calendar years (the authorisation's timeframe). For an NDC-only
/// authorisation <see cref="FirstTransfer"/> is always <see cref="FirstTransferDefinition.InternationalTransfer"/>;
/// for any purpose that includes OIMP it is the Party's choice of authorisation, issuance, or use or cancellation
/// (and, when NDC is included too, the first international transfer counts as well if it comes first).</para>
/// <para>Immutable; <c>With…</c> methods return changed copies. Equality compares every field. Authorisations have
/// no natural order.</para>
/// </remarks>
public sealed class Authorization : IEquatable<Authorization>
{
    private Authorization(AuthorizationId id, CooperativeApproachId approach, Country authorizingParty, LocalDate date, long quantity,
        int firstVintage, int lastVintage, AuthorizedPurpose purpose, FirstTransferDefinition firstTransfer, ItmoMetric metric,
        MitigationType mitigationType, ReadOnlyCollection<ActorId> authorizedEntities)
    {
        Id = id;
        Approach = approach;
        AuthorizingParty = authorizingParty;
        Date = date;
        Quantity = quantity;
        FirstVintage = firstVintage;
        LastVintage = lastVintage;
        Purpose = purpose;
        FirstTransfer = firstTransfer;
        Metric = metric;
        MitigationType = mitigationType;
        AuthorizedEntities = authorizedEntities;
    }

    /// <summary>The authorisation's identifier.</summary>
    public AuthorizationId Id { get; }

    /// <summary>The cooperative approach the units belong to.</summary>
    public CooperativeApproachId Approach { get; }

    /// <summary>The authorising Party (the Party whose registry issued the units and that first transfers them).</summary>
    public Country AuthorizingParty { get; }

    /// <summary>The date of the authorisation decision.</summary>
    public LocalDate Date { get; }

    /// <summary>The most units (tCO2e, one per credit) that may be authorised under this authorisation.</summary>
    public long Quantity { get; }

    /// <summary>The first vintage year covered (inclusive).</summary>
    public int FirstVintage { get; }

    /// <summary>The last vintage year covered (inclusive).</summary>
    public int LastVintage { get; }

    /// <summary>The authorised purposes.</summary>
    public AuthorizedPurpose Purpose { get; }

    /// <summary>At which event the units are first transferred.</summary>
    public FirstTransferDefinition FirstTransfer { get; }

    /// <summary>The metric; <see cref="ItmoMetric.Ghg"/> unless changed.</summary>
    public ItmoMetric Metric { get; }

    /// <summary>The mitigation type; <see cref="Article6.MitigationType.EmissionReductions"/> unless changed.</summary>
    public MitigationType MitigationType { get; }

    /// <summary>The entities authorised to participate (may be empty).</summary>
    public IReadOnlyList<ActorId> AuthorizedEntities { get; }

    /// <summary>Creates an authorisation of GHG emission reductions with no listed entities.</summary>
    /// <param name="id">The identifier.</param>
    /// <param name="approach">The cooperative approach.</param>
    /// <param name="authorizingParty">The authorising Party.</param>
    /// <param name="date">The date of the decision.</param>
    /// <param name="quantity">The most units authorised, 1 or more.</param>
    /// <param name="firstVintage">The first vintage year.</param>
    /// <param name="lastVintage">The last vintage year, not before <paramref name="firstVintage"/>.</param>
    /// <param name="purpose">The purposes.</param>
    /// <param name="firstTransfer">The first-transfer event: <see cref="FirstTransferDefinition.InternationalTransfer"/> for
    /// an NDC-only authorisation, another value for any purpose that includes OIMP.</param>
    /// <exception cref="ArgumentException">An id is the default value, or the first-transfer event does not fit the purposes.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="authorizingParty"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range or an enum value is not defined.</exception>
    public static Authorization Create(AuthorizationId id, CooperativeApproachId approach, Country authorizingParty, LocalDate date, long quantity,
        int firstVintage, int lastVintage, AuthorizedPurpose purpose, FirstTransferDefinition firstTransfer)
    {
        Preconditions.CheckArgument(id.IsValid, nameof(id), "Authorization id must not be the default value");
        Preconditions.CheckArgument(approach.IsValid, nameof(approach), "Cooperative approach id must not be the default value");
        Preconditions.CheckNotNull(authorizingParty);
        Preconditions.CheckArgumentRange(nameof(quantity), quantity, 1, long.MaxValue);
        Preconditions.CheckArgumentRange(nameof(firstVintage), firstVintage, CreditAttributes.MinVintage, CreditAttributes.MaxVintage);
        Preconditions.CheckArgumentRange(nameof(lastVintage), lastVintage, firstVintage, CreditAttributes.MaxVintage);
        Preconditions.CheckDefined(purpose, nameof(purpose));
        Preconditions.CheckDefined(firstTransfer, nameof(firstTransfer));
        Preconditions.CheckArgument(purpose.IncludesOimp() != (firstTransfer == FirstTransferDefinition.InternationalTransfer), nameof(firstTransfer),
            purpose.IncludesOimp()
                ? "An authorisation for {0} must define the OIMP first transfer as authorization, issuance, or use or cancellation; it is {1}"
                : "An authorisation for {0} is first transferred at the first international transfer; it cannot be {1}",
            purpose.ToAefText(), firstTransfer);
        return new Authorization(id, approach, authorizingParty, date, quantity, firstVintage, lastVintage, purpose, firstTransfer,
            ItmoMetric.Ghg, MitigationType.EmissionReductions, ReadOnlyCollection<ActorId>.Empty);
    }

    /// <summary>A copy with another metric.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public Authorization WithMetric(ItmoMetric metric)
    {
        Preconditions.CheckDefined(metric, nameof(metric));
        return new Authorization(Id, Approach, AuthorizingParty, Date, Quantity, FirstVintage, LastVintage, Purpose, FirstTransfer, metric, MitigationType, (ReadOnlyCollection<ActorId>)AuthorizedEntities);
    }

    /// <summary>A copy with another mitigation type.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public Authorization WithMitigationType(MitigationType mitigationType)
    {
        Preconditions.CheckDefined(mitigationType, nameof(mitigationType));
        return new Authorization(Id, Approach, AuthorizingParty, Date, Quantity, FirstVintage, LastVintage, Purpose, FirstTransfer, Metric, mitigationType, (ReadOnlyCollection<ActorId>)AuthorizedEntities);
    }

    /// <summary>A copy that lists the authorised entities.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="entities"/> is null.</exception>
    /// <exception cref="ArgumentException">An entity is the default value or listed twice.</exception>
    public Authorization WithAuthorizedEntities(IEnumerable<ActorId> entities)
    {
        Preconditions.CheckNotNull(entities);
        ActorId[] list = entities.ToArray();
        foreach (ActorId e in list)
        {
            Preconditions.CheckArgument(e != default, nameof(entities), "An authorised entity is the default value");
        }
        Preconditions.CheckArgument(list.Distinct().Count() == list.Length, nameof(entities), "Authorised entities must be distinct");
        return new Authorization(Id, Approach, AuthorizingParty, Date, Quantity, FirstVintage, LastVintage, Purpose, FirstTransfer, Metric, MitigationType, Array.AsReadOnly(list));
    }

    /// <summary>Whether <paramref name="vintage"/> lies in the authorised timeframe.</summary>
    public bool CoversVintage(int vintage) => vintage >= FirstVintage && vintage <= LastVintage;

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Authorization? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Id == other.Id && Approach == other.Approach && AuthorizingParty.Equals(other.AuthorizingParty) && Date == other.Date
            && Quantity == other.Quantity && FirstVintage == other.FirstVintage && LastVintage == other.LastVintage && Purpose == other.Purpose
            && FirstTransfer == other.FirstTransfer && Metric == other.Metric && MitigationType == other.MitigationType
            && AuthorizedEntities.SequenceEqual(other.AuthorizedEntities));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Authorization);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Approach, AuthorizingParty, Date, Quantity, FirstVintage, LastVintage, Purpose);

    /// <summary>For example <c>JPN-2025-001 CA0001 by THA on 2025-03-31: 1000 t of 2024-2030 for NDC, first transfer InternationalTransfer</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Id} {Approach} by {AuthorizingParty.Alpha3} on {Date:yyyy-MM-dd}: {Quantity} t of {FirstVintage}-{LastVintage} for {Purpose.ToAefText()}, first transfer {FirstTransfer}");
}
