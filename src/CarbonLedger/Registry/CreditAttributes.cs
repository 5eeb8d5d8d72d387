using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Projects;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// What every credit of a serial block shares: the registry that issued it, the project, the vintage, the unit type,
/// the Article 6.2 authorisation status and whether its first transfer has happened. Both parts of a split block
/// inherit the attributes unchanged.
/// </summary>
/// <remarks>
/// <para>The issuing registry and the project together form the block's serial space: a serial number names one
/// credit within that space. Attributes are immutable; <see cref="WithAuthorization"/> and
/// <see cref="WithFirstTransferred"/> return changed copies (the ledger applies them with its <c>Mark</c> operation).</para>
/// <para>Equality compares every attribute. Attributes have no natural order and do not implement
/// <see cref="IComparable{T}"/>.</para>
/// </remarks>
public sealed class CreditAttributes : IEquatable<CreditAttributes>
{
    /// <summary>The earliest accepted vintage year: <see cref="Serials.Vintage.MinYear"/>.</summary>
    public const int MinVintage = Serials.Vintage.MinYear;

    /// <summary>The latest accepted vintage year: <see cref="Serials.Vintage.MaxYear"/>.</summary>
    public const int MaxVintage = Serials.Vintage.MaxYear;

    /// <summary>The longest unit type, in characters.</summary>
    public const int MaxUnitTypeLength = 16;

    /// <summary>The unit type of JCM credits, <c>JCM</c>.</summary>
    public const string JcmUnitType = "JCM";

    private CreditAttributes(RegistryId issuer, ProjectId project, int vintage, string unitType, AuthorizationStatus authorization, bool firstTransferred)
    {
        Issuer = issuer;
        Project = project;
        Vintage = vintage;
        UnitType = unitType;
        Authorization = authorization;
        FirstTransferred = firstTransferred;
    }

    /// <summary>The registry that issued the credits (the originating registry).</summary>
    public RegistryId Issuer { get; }

    /// <summary>The project that earned the credits.</summary>
    public ProjectId Project { get; }

    /// <summary>The calendar year in which the reductions occurred.</summary>
    public int Vintage { get; }

    /// <summary>The unit type, for example <c>JCM</c>.</summary>
    public string UnitType { get; }

    /// <summary>The Article 6.2 authorisation status.</summary>
    public AuthorizationStatus Authorization { get; }

    /// <summary>Whether the credits' first transfer (Article 6.2) has been recorded.</summary>
    public bool FirstTransferred { get; }

    /// <summary>Creates attributes of unauthorised JCM credits whose first transfer has not happened.</summary>
    /// <param name="issuer">The issuing registry.</param>
    /// <param name="project">The project.</param>
    /// <param name="vintage">The vintage year, <see cref="MinVintage"/> to <see cref="MaxVintage"/>.</param>
    /// <exception cref="ArgumentException">The issuer or project is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The vintage is out of range.</exception>
    public static CreditAttributes Create(RegistryId issuer, ProjectId project, int vintage) =>
        Create(issuer, project, vintage, JcmUnitType, AuthorizationStatus.NotAuthorized, firstTransferred: false);

    /// <summary>Creates attributes with every field given.</summary>
    /// <param name="issuer">The issuing registry.</param>
    /// <param name="project">The project.</param>
    /// <param name="vintage">The vintage year, <see cref="MinVintage"/> to <see cref="MaxVintage"/>.</param>
    /// <param name="unitType">1 to 16 characters from letters, digits, <c>.</c>, <c>_</c>, <c>:</c> and <c>-</c>, for example <c>JCM</c>.</param>
    /// <param name="authorization">The Article 6.2 authorisation status.</param>
    /// <param name="firstTransferred">Whether the first transfer has happened.</param>
    /// <exception cref="ArgumentException">The issuer or project is the default value, or the unit type is malformed.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The vintage or the authorisation status is out of range.</exception>
    public static CreditAttributes Create(RegistryId issuer, ProjectId project, int vintage, string unitType, AuthorizationStatus authorization, bool firstTransferred)
    {
        Preconditions.CheckArgument(issuer.IsValid, nameof(issuer), "Issuing registry must not be the default value");
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        Preconditions.CheckArgumentRange(nameof(vintage), vintage, MinVintage, MaxVintage);
        Preconditions.CheckNotNull(unitType);
        Preconditions.CheckArgument(TextRules.IsToken(unitType.AsSpan(), MaxUnitTypeLength), nameof(unitType),
            "Unit type must be 1 to 16 characters from letters, digits, '.', '_', ':' and '-'; it is '{0}'", unitType);
        Preconditions.CheckDefined(authorization, nameof(authorization));
        return new CreditAttributes(issuer, project, vintage, unitType, authorization, firstTransferred);
    }

    /// <summary>A copy with the authorisation status changed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public CreditAttributes WithAuthorization(AuthorizationStatus authorization)
    {
        Preconditions.CheckDefined(authorization, nameof(authorization));
        return authorization == Authorization ? this : new CreditAttributes(Issuer, Project, Vintage, UnitType, authorization, FirstTransferred);
    }

    /// <summary>A copy with the first-transferred flag changed.</summary>
    public CreditAttributes WithFirstTransferred(bool firstTransferred) =>
        firstTransferred == FirstTransferred ? this : new CreditAttributes(Issuer, Project, Vintage, UnitType, Authorization, firstTransferred);

    /// <summary>Whether <paramref name="other"/> has the same serial space (issuer and project) and vintage.</summary>
    internal bool SameSpaceAndVintage(CreditAttributes other) =>
        ReferenceEquals(this, other)
        || (Vintage == other.Vintage && Issuer == other.Issuer && Project == other.Project);

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CreditAttributes? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Vintage == other.Vintage && Issuer == other.Issuer && Project == other.Project
            && Authorization == other.Authorization && FirstTransferred == other.FirstTransferred
            && string.Equals(UnitType, other.UnitType, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CreditAttributes);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issuer, Project, Vintage, StringComparer.Ordinal.GetHashCode(UnitType), Authorization, FirstTransferred);

    /// <summary>For example <c>JPN01 KZ001 2024 JCM NotAuthorized</c>, with <c>first-transferred</c> appended when set.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Issuer} {Project} {Vintage} {UnitType} {Authorization}{(FirstTransferred ? " first-transferred" : string.Empty)}");
}
