using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// What the ledger's <c>Mark</c> operation changes on the credits it selects: the authorisation status, the
/// first-transferred flag, or both. This is how an Article 6.2 layer records authorisation and first transfer on
/// serial blocks.
/// </summary>
/// <remarks>Equality compares both settings. Markings have no natural order.</remarks>
public sealed class CreditMarking : IEquatable<CreditMarking>
{
    private CreditMarking(AuthorizationStatus? authorization, bool? firstTransferred)
    {
        Authorization = authorization;
        FirstTransferred = firstTransferred;
    }

    /// <summary>The new authorisation status, or null to leave it unchanged.</summary>
    public AuthorizationStatus? Authorization { get; }

    /// <summary>The new first-transferred flag, or null to leave it unchanged.</summary>
    public bool? FirstTransferred { get; }

    /// <summary>Sets the authorisation status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public static CreditMarking Authorize(AuthorizationStatus authorization)
    {
        Preconditions.CheckDefined(authorization, nameof(authorization));
        return new CreditMarking(authorization, null);
    }

    /// <summary>Sets the first-transferred flag.</summary>
    public static CreditMarking SetFirstTransferred(bool firstTransferred) => new(null, firstTransferred);

    /// <summary>A copy that also sets the first-transferred flag.</summary>
    public CreditMarking WithFirstTransferred(bool firstTransferred) => new(Authorization, firstTransferred);

    /// <summary>A copy that also sets the authorisation status.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The status is not defined.</exception>
    public CreditMarking WithAuthorization(AuthorizationStatus authorization)
    {
        Preconditions.CheckDefined(authorization, nameof(authorization));
        return new CreditMarking(authorization, FirstTransferred);
    }

    /// <summary>Rebuilds a marking read from a history; at least one setting must be present.</summary>
    internal static CreditMarking FromParts(AuthorizationStatus? authorization, bool? firstTransferred)
    {
        if (authorization is { } a)
        {
            Preconditions.CheckDefined(a, nameof(authorization));
        }
        Preconditions.CheckArgument(authorization.HasValue || firstTransferred.HasValue, nameof(authorization), "A marking must change at least one attribute");
        return new CreditMarking(authorization, firstTransferred);
    }

    /// <summary>The attributes of credits after this marking: the settings it has replaced, the others kept.</summary>
    /// <param name="attributes">The attributes before the marking.</param>
    /// <returns>The attributes after it.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    public CreditAttributes Apply(CreditAttributes attributes)
    {
        Preconditions.CheckNotNull(attributes);
        CreditAttributes result = attributes;
        if (Authorization is { } a)
        {
            result = result.WithAuthorization(a);
        }
        if (FirstTransferred is { } f)
        {
            result = result.WithFirstTransferred(f);
        }
        return result;
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] CreditMarking? other) =>
        other is not null && Authorization == other.Authorization && FirstTransferred == other.FirstTransferred;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CreditMarking);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Authorization, FirstTransferred);

    /// <summary>For example <c>authorization AuthorizedForNdc, first-transferred True</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"authorization {(Authorization?.ToString() ?? "unchanged")}, first-transferred {(FirstTransferred?.ToString() ?? "unchanged")}");
}
