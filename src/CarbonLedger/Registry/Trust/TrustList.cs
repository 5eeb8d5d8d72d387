using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// The public keys of the registries a registry trusts, each with its validity period. A registry acquires only from
/// registries on its list, and only what a key valid at the transfer's instant signed. Immutable: every change
/// returns a new list.
/// </summary>
/// <remarks>A key id appears at most once. A registry may have several keys (for example during a rotation).</remarks>
public sealed class TrustList
{
    private readonly ImmutableDictionary<KeyId, TrustedKey> keys;

    private TrustList(ImmutableDictionary<KeyId, TrustedKey> keys) => this.keys = keys;

    /// <summary>The list that trusts nobody.</summary>
    public static TrustList Empty { get; } = new(ImmutableDictionary<KeyId, TrustedKey>.Empty);

    /// <summary>Test hook: called before every signature verification; an exception it throws makes the verification fail.</summary>
    internal Action? FaultInjector { get; init; }

    /// <summary>This list with a test hook called before every signature verification.</summary>
    internal TrustList WithFaultInjector(Action? injector) => new(keys) { FaultInjector = injector };

    /// <summary>A list of the given keys.</summary>
    /// <exception cref="ArgumentException">A key id appears twice.</exception>
    public static TrustList Create(IEnumerable<TrustedKey> keys)
    {
        Preconditions.CheckNotNull(keys);
        TrustList list = Empty;
        foreach (TrustedKey key in keys)
        {
            list = list.Add(key);
        }
        return list;
    }

    /// <summary>Every key, ordered by registry and start of validity.</summary>
    public IReadOnlyList<TrustedKey> Keys => keys.Values.OrderBy(k => k.Registry).ThenBy(k => k.ValidFrom).ThenBy(k => k.Id.ToString(), StringComparer.Ordinal).ToList();

    /// <summary>The registries with at least one key.</summary>
    public IReadOnlyList<RegistryId> Registries => keys.Values.Select(k => k.Registry).Distinct().Order().ToList();

    /// <summary>Whether the registry has at least one key on the list.</summary>
    public bool Contains(RegistryId registry) => keys.Values.Any(k => k.Registry == registry);

    /// <summary>The key with this id, or null.</summary>
    public TrustedKey? Find(KeyId id) => keys.GetValueOrDefault(id);

    /// <summary>This list with one more key.</summary>
    /// <exception cref="ArgumentException">The key id is on the list already.</exception>
    public TrustList Add(TrustedKey key)
    {
        Preconditions.CheckNotNull(key);
        Preconditions.CheckArgument(!keys.ContainsKey(key.Id), nameof(key), "Key {0} is on the trust list already", key.Id);
        return new TrustList(keys.Add(key.Id, key)) { FaultInjector = FaultInjector };
    }

    /// <summary>
    /// A rotation: every key of the new key's registry that is still open at the new key's start ends there, and the
    /// new key is added. What the old keys signed before that instant stays acceptable.
    /// </summary>
    /// <exception cref="ArgumentException">The new key is on the list already.</exception>
    public TrustList Rotate(TrustedKey newKey)
    {
        Preconditions.CheckNotNull(newKey);
        Preconditions.CheckArgument(!keys.ContainsKey(newKey.Id), nameof(newKey), "Key {0} is on the trust list already", newKey.Id);
        ImmutableDictionary<KeyId, TrustedKey> next = keys;
        foreach (TrustedKey old in keys.Values)
        {
            if (old.Registry == newKey.Registry && old.ValidFrom < newKey.ValidFrom && (old.ValidUntil is null || old.ValidUntil > newKey.ValidFrom))
            {
                next = next.SetItem(old.Id, old.WithValidUntil(newKey.ValidFrom));
            }
        }
        return new TrustList(next.Add(newKey.Id, newKey)) { FaultInjector = FaultInjector };
    }

    /// <summary>This list with the key revoked from <paramref name="revokedAt"/> on.</summary>
    /// <exception cref="ArgumentException">The key is not on the list.</exception>
    public TrustList Revoke(KeyId key, Instant revokedAt)
    {
        TrustedKey? found = keys.GetValueOrDefault(key);
        Preconditions.CheckArgument(found is not null, nameof(key), "Key {0} is not on the trust list", key);
        return new TrustList(keys.SetItem(key, found.WithRevocation(revokedAt))) { FaultInjector = FaultInjector };
    }

    /// <summary>
    /// Checks that <paramref name="registry"/> signed <paramref name="data"/>, dated <paramref name="at"/>, with a key
    /// of this list valid at that instant. Returns null when it did, else the reason and a message.
    /// </summary>
    internal (TransferRejection Reason, string Message)? Check(RegistryId registry, Instant at, RegistrySignature signature, ReadOnlySpan<byte> data)
    {
        if (!Contains(registry))
        {
            return (TransferRejection.UntrustedRegistry, $"registry {registry} is not on the trust list");
        }
        TrustedKey? key = Find(signature.Key);
        if (key is null)
        {
            return (TransferRejection.UnknownKey, $"key {signature.Key} is not on the trust list");
        }
        if (key.Registry != registry)
        {
            return (TransferRejection.KeyOfOtherRegistry, $"key {signature.Key} belongs to registry {key.Registry}, not {registry}");
        }
        switch (key.StatusAt(at))
        {
            case KeyStatus.NotYetValid:
                return (TransferRejection.KeyNotYetValid, $"key {key.Id} of {registry} is valid only from {key.ValidFrom}, after {at}");
            case KeyStatus.Expired:
                return (TransferRejection.KeyExpired, $"key {key.Id} of {registry} expired at {key.ValidUntil}, not after {at}");
            case KeyStatus.Revoked:
                return (TransferRejection.KeyRevoked, $"key {key.Id} of {registry} was revoked at {key.RevokedAt}, not after {at}");
        }
        FaultInjector?.Invoke();
        return key.Verify(data, signature.Value.AsSpan())
            ? null
            : (TransferRejection.BadSignature, $"the signature by key {key.Id} of {registry} does not verify");
    }

    /// <summary>For example <c>trust list: JPN01 (1 key), KAZ01 (2 keys)</c>.</summary>
    public override string ToString() => "trust list: " + string.Join(", ",
        keys.Values.GroupBy(k => k.Registry).OrderBy(g => g.Key).Select(g => $"{g.Key} ({g.Count()} key{(g.Count() == 1 ? "" : "s")})"));
}
