using System.Globalization;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>
/// The account holds fewer eligible ITMOs than requested: for use towards an NDC, fewer acquired (first-transferred,
/// NDC-authorised, unused) units; for other operations, fewer authorised units.
/// </summary>
public sealed class InsufficientItmosException : Article6Exception
{
    private InsufficientItmosException(AccountId account, long requested, long available, string message)
        : base(message)
    {
        Account = account;
        Requested = requested;
        Available = available;
    }

    /// <summary>The account.</summary>
    public AccountId Account { get; }

    /// <summary>How many units were requested.</summary>
    public long Requested { get; }

    /// <summary>How many eligible units the account holds.</summary>
    public long Available { get; }

    /// <summary>The account holds only <paramref name="available"/> units of the <paramref name="eligible"/> kind.</summary>
    internal static InsufficientItmosException Holds(AccountId account, long requested, long available, string eligible) =>
        new(account, requested, available, string.Create(CultureInfo.InvariantCulture, $"Account {account} holds {available} {eligible}; {requested} were requested"));

    /// <summary>Named units were not acquired from another Party, so they cannot be used towards the NDC.</summary>
    internal static InsufficientItmosException NotAcquired(AccountId account, SerialRange range) =>
        new(account, range.Serials.Count, 0, string.Create(CultureInfo.InvariantCulture,
            $"Units {range} in account {account} were not acquired from another Party as first-transferred ITMOs; only acquired ITMOs can be used towards the NDC"));
}
