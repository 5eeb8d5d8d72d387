using System;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>A SHA-256 digest that links a ledger event to the one before it (see <c>docs/registry.md</c>).</summary>
/// <remarks>
/// The 32 bytes are held as four big-endian 64-bit words; equality compares all of them. The text form is 64
/// lower-case hexadecimal digits. The default value (all zero bytes) is the "previous hash" of the first event.
/// Hashes have no meaningful order and so do not implement <see cref="IComparable{T}"/>.
/// </remarks>
public readonly struct EventHash : IEquatable<EventHash>
{
    /// <summary>The length of a digest in bytes.</summary>
    public const int Length = 32;

    private readonly ulong w0;
    private readonly ulong w1;
    private readonly ulong w2;
    private readonly ulong w3;

    private EventHash(ulong w0, ulong w1, ulong w2, ulong w3)
    {
        this.w0 = w0;
        this.w1 = w1;
        this.w2 = w2;
        this.w3 = w3;
    }

    /// <summary>The all-zero digest, used as the previous hash of the first event.</summary>
    public static EventHash Zero => default;

    /// <summary>Creates a hash from its 32 bytes.</summary>
    /// <exception cref="ArgumentException">The span is not 32 bytes long.</exception>
    public static EventHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        Preconditions.CheckArgument(bytes.Length == Length, nameof(bytes), "A SHA-256 digest has 32 bytes; {0} were given", bytes.Length);
        return new EventHash(
            BinaryPrimitives.ReadUInt64BigEndian(bytes),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[8..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[16..]),
            BinaryPrimitives.ReadUInt64BigEndian(bytes[24..]));
    }

    /// <summary>Parses 64 hexadecimal digits (either case).</summary>
    /// <exception cref="FormatException">The text is not 64 hexadecimal digits.</exception>
    public static EventHash Parse(string s)
    {
        Preconditions.CheckNotNull(s);
        Span<byte> bytes = stackalloc byte[Length];
        if (s.Length != Length * 2 || Convert.FromHexString(s.AsSpan(), bytes, out _, out int written) != System.Buffers.OperationStatus.Done || written != Length)
        {
            throw new FormatException($"Event hash '{s}' must be 64 hexadecimal digits");
        }
        return FromBytes(bytes);
    }

    /// <summary>Copies the 32 bytes into <paramref name="destination"/>.</summary>
    /// <exception cref="ArgumentException">The destination is shorter than 32 bytes.</exception>
    public void CopyTo(Span<byte> destination)
    {
        Preconditions.CheckArgument(destination.Length >= Length, nameof(destination), "The destination must hold 32 bytes; it holds {0}", destination.Length);
        BinaryPrimitives.WriteUInt64BigEndian(destination, w0);
        BinaryPrimitives.WriteUInt64BigEndian(destination[8..], w1);
        BinaryPrimitives.WriteUInt64BigEndian(destination[16..], w2);
        BinaryPrimitives.WriteUInt64BigEndian(destination[24..], w3);
    }

    /// <summary>The 32 bytes as a new array.</summary>
    public byte[] ToArray()
    {
        byte[] bytes = new byte[Length];
        CopyTo(bytes);
        return bytes;
    }

    /// <inheritdoc />
    public bool Equals(EventHash other) => w0 == other.w0 && w1 == other.w1 && w2 == other.w2 && w3 == other.w3;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is EventHash other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => w0.GetHashCode();

    /// <summary>Equality of all 32 bytes.</summary>
    public static bool operator ==(EventHash left, EventHash right) => left.Equals(right);

    /// <summary>Inequality of any byte.</summary>
    public static bool operator !=(EventHash left, EventHash right) => !left.Equals(right);

    /// <summary>64 lower-case hexadecimal digits.</summary>
    public override string ToString()
    {
        Span<byte> bytes = stackalloc byte[Length];
        CopyTo(bytes);
        return Convert.ToHexStringLower(bytes);
    }
}
