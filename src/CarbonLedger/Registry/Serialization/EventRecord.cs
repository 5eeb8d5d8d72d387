using System.Collections.Generic;
using System.Text.Json.Serialization;
using CarbonLedger.Registry.Events;
using NodaTime;

namespace CarbonLedger.Registry.Serialization;

/// <summary>The JSON shape of one history line; each kind fills the fields it has and leaves the others out.</summary>
internal sealed class EventRecord
{
    [JsonRequired]
    public long Sequence { get; set; }

    [JsonRequired]
    public LedgerEventKind Kind { get; set; }

    [JsonRequired]
    public Instant Instant { get; set; }

    [JsonRequired]
    public string OperationId { get; set; } = string.Empty;

    [JsonRequired]
    public string Actor { get; set; } = string.Empty;

    public string? Registry { get; set; }

    public string? Account { get; set; }

    public string? Holder { get; set; }

    public AccountType? AccountType { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    public string? Reservation { get; set; }

    public string? SourceOperation { get; set; }

    public string? SourceEventHash { get; set; }

    /// <summary>The sender's sequence of the outgoing transfer (acquisitions and refusals).</summary>
    public long? SourceSequence { get; set; }

    /// <summary>Why a transfer was refused (refusals and returns).</summary>
    public ReturnReason? Reason { get; set; }

    /// <summary>The returned outgoing transfer's operation id (returns).</summary>
    public string? TransferOperation { get; set; }

    /// <summary>The returned outgoing transfer's sequence (returns).</summary>
    public long? TransferSequence { get; set; }

    /// <summary>The returned outgoing transfer's hash (returns).</summary>
    public string? TransferHash { get; set; }

    /// <summary>The refusal's operation id in the refusing registry (returns).</summary>
    public string? RefusalOperation { get; set; }

    /// <summary>The refusal's sequence in the refusing registry (returns).</summary>
    public long? RefusalSequence { get; set; }

    /// <summary>The refusal's hash (returns).</summary>
    public string? RefusalHash { get; set; }

    /// <summary>The id of the key that signed the transfer (acquisitions, refusals) or the refusal (returns).</summary>
    public string? KeyId { get; set; }

    /// <summary>That signature, base64 (64 bytes).</summary>
    public string? Signature { get; set; }

    public SelectionRecord? Selection { get; set; }

    public MarkingRecord? Marking { get; set; }

    public string? Beneficiary { get; set; }

    public string? Purpose { get; set; }

    public List<BlockRecord?>? Blocks { get; set; }

    [JsonRequired]
    public string PreviousHash { get; set; } = string.Empty;

    [JsonRequired]
    public string Hash { get; set; } = string.Empty;
}

/// <summary>The JSON shape of a credit block.</summary>
internal sealed class BlockRecord
{
    [JsonRequired]
    public string Issuer { get; set; } = string.Empty;

    [JsonRequired]
    public string Project { get; set; } = string.Empty;

    [JsonRequired]
    public int Vintage { get; set; }

    [JsonRequired]
    public string UnitType { get; set; } = string.Empty;

    [JsonRequired]
    public AuthorizationStatus Authorization { get; set; }

    [JsonRequired]
    public bool FirstTransferred { get; set; }

    [JsonRequired]
    public long Start { get; set; }

    [JsonRequired]
    public long End { get; set; }
}

/// <summary>The JSON shape of a credit selection: a quantity with order and filters, or exact ranges.</summary>
internal sealed class SelectionRecord
{
    public long? Quantity { get; set; }

    public SelectionOrder? Order { get; set; }

    public string? Project { get; set; }

    public int? Vintage { get; set; }

    public string? UnitType { get; set; }

    public AuthorizationStatus? Authorization { get; set; }

    public List<RangeRecord?>? Ranges { get; set; }
}

/// <summary>The JSON shape of an exact serial range.</summary>
internal sealed class RangeRecord
{
    [JsonRequired]
    public string Issuer { get; set; } = string.Empty;

    [JsonRequired]
    public string Project { get; set; } = string.Empty;

    [JsonRequired]
    public long Start { get; set; }

    [JsonRequired]
    public long End { get; set; }
}

/// <summary>The JSON shape of a marking.</summary>
internal sealed class MarkingRecord
{
    public AuthorizationStatus? Authorization { get; set; }

    public bool? FirstTransferred { get; set; }
}
