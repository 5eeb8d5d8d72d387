using System;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry.Trust;

/// <summary>
/// Names a registry's public key: SHA-256 over the key's DER-encoded <c>SubjectPublicKeyInfo</c> (RFC 5280), written
/// as 64 lower-case hexadecimal digits. It is the same for the key's PEM file, certificate or in-memory instance.
/// </summary>
/// <remarks>Equality is ordinal on the digits. Key ids have no meaningful order. The default value is not a valid id.</remarks>
public readonly struct KeyId : IEquatable<KeyId>
{
    /// <summary>The length of a key id in bytes.</summary>
    public const int Length = 32;

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private readonly string? hex;

    private KeyId(string hex) => this.hex = hex;

    /// <summary>Whether this is a real id rather than the default value.</summary>
    internal bool IsValid => hex is not null;

    /// <summary>The id of a public key given as its DER-encoded <c>SubjectPublicKeyInfo</c>.</summary>
    /// <exception cref="ArgumentException">The bytes are empty.</exception>
    public static KeyId FromSubjectPublicKeyInfo(ReadOnlySpan<byte> subjectPublicKeyInfo)
    {
        Preconditions.CheckArgument(!subjectPublicKeyInfo.IsEmpty, nameof(subjectPublicKeyInfo), "A SubjectPublicKeyInfo has at least one byte");
        Span<byte> digest = stackalloc byte[Length];
        SHA256.HashData(subjectPublicKeyInfo, digest);
        return new KeyId(Convert.ToHexStringLower(digest));
    }

    /// <summary>Parses 64 hexadecimal digits (either case).</summary>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static KeyId Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        if (s.Length != 2 * Length || s.AsSpan().ContainsAnyExcept(HexDigits))
        {
            throw new FormatException($"A key id is 64 hexadecimal digits; '{s}' is not");
        }
        return new KeyId(s.ToLowerInvariant());
    }

    /// <summary>The 32 bytes of the id.</summary>
    internal void CopyTo(Span<byte> destination) => Convert.FromHexString(hex ?? new string('0', 2 * Length), destination, out _, out _);

    /// <inheritdoc />
    public bool Equals(KeyId other) => string.Equals(hex, other.hex, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is KeyId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => hex is null ? 0 : StringComparer.Ordinal.GetHashCode(hex);

    /// <summary>Ordinal equality.</summary>
    public static bool operator ==(KeyId left, KeyId right) => left.Equals(right);

    /// <summary>Ordinal inequality.</summary>
    public static bool operator !=(KeyId left, KeyId right) => !left.Equals(right);

    /// <summary>The 64 lower-case hexadecimal digits.</summary>
    public override string ToString() => hex ?? string.Empty;
}
