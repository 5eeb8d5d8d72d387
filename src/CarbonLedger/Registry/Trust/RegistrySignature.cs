using System;
using System.Collections.Immutable;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// An ECDSA P-256 signature by a registry's key over bytes documented in <c>docs/registry.md</c>: the key's id and
/// the 64-byte IEEE P1363 value (<c>r ‖ s</c>, each 32 bytes big-endian).
/// </summary>
/// <remarks>Two signatures are equal when key and bytes are equal. A signature has no meaningful order.</remarks>
public sealed class RegistrySignature : IEquatable<RegistrySignature>
{
    /// <summary>The length of a P-256 signature in IEEE P1363 form.</summary>
    public const int Length = 64;

    private RegistrySignature(KeyId key, ImmutableArray<byte> value)
    {
        Key = key;
        Value = value;
    }

    /// <summary>The id of the key that made the signature.</summary>
    public KeyId Key { get; }

    /// <summary>The signature, <c>r ‖ s</c>.</summary>
    public ImmutableArray<byte> Value { get; }

    /// <summary>Creates a signature from its parts (for example read from a file); it is checked only when verified.</summary>
    /// <exception cref="ArgumentException">The key is the default value or the value is not 64 bytes.</exception>
    public static RegistrySignature Create(KeyId key, ReadOnlySpan<byte> value)
    {
        Preconditions.CheckArgument(key.IsValid, nameof(key), "Key id must not be the default value");
        Preconditions.CheckArgument(value.Length == Length, nameof(value), "A P-256 signature has 64 bytes (r and s); {0} were given", value.Length);
        return new RegistrySignature(key, ImmutableArray.Create(value));
    }

    /// <summary>The signature in base64, as written in files.</summary>
    public string ToBase64() => Convert.ToBase64String(Value.AsSpan());

    /// <inheritdoc />
    public bool Equals(RegistrySignature? other) => other is not null && Key == other.Key && Value.AsSpan().SequenceEqual(other.Value.AsSpan());

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RegistrySignature);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Key, Value[0], Value[^1]);

    /// <summary>For example <c>key 3f…: MEUC…</c> (key id and base64 value).</summary>
    public override string ToString() => "key " + Key + ": " + ToBase64();
}
