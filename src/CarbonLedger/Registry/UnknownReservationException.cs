using System;

namespace CarbonLedger.Registry;

/// <summary>The operation names a reservation that does not exist (never made, or already released).</summary>
public sealed class UnknownReservationException : RegistryException
{
    internal UnknownReservationException(OperationId reservation, AccountId account)
        : base(FormattableString.Invariant($"Account {account} has no open reservation {reservation}"))
    {
        Reservation = reservation;
        Account = account;
    }

    /// <summary>The reservation id.</summary>
    public OperationId Reservation { get; }

    /// <summary>The account named with it.</summary>
    public AccountId Account { get; }
}
