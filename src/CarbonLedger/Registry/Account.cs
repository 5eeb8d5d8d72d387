using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>An account of a registry: its id, the actor who holds it and what it is for.</summary>
/// <remarks>Equality compares id, holder and type. Accounts have no natural order beyond their id.</remarks>
public sealed class Account : IEquatable<Account>
{
    private Account(AccountId id, ActorId holder, AccountType type)
    {
        Id = id;
        Holder = holder;
        Type = type;
    }

    /// <summary>The account's id.</summary>
    public AccountId Id { get; }

    /// <summary>The actor who holds the account; only this actor may move credits out of it.</summary>
    public ActorId Holder { get; }

    /// <summary>What the account is for.</summary>
    public AccountType Type { get; }

    /// <summary>Whether nothing may leave the account (see <see cref="AccountTypes.IsTerminal"/>).</summary>
    public bool IsTerminal => Type.IsTerminal();

    /// <summary>Creates an account description.</summary>
    /// <exception cref="ArgumentException">The id or holder is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The type is not defined.</exception>
    public static Account Create(AccountId id, ActorId holder, AccountType type)
    {
        Preconditions.CheckArgument(id.IsValid, nameof(id), "Account id must not be the default value");
        Preconditions.CheckArgument(holder.IsValid, nameof(holder), "Holder must not be the default value");
        Preconditions.CheckDefined(type, nameof(type));
        return new Account(id, holder, type);
    }

    /// <inheritdoc />
    public bool Equals([NotNullWhen(true)] Account? other) =>
        ReferenceEquals(this, other) || (other is not null && Id == other.Id && Holder == other.Holder && Type == other.Type);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as Account);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Holder, Type);

    /// <summary>For example <c>JPN01-1 (EntityHolding, held by Mayekawa)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id} ({Type}, held by {Holder})");
}
