using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>A holding: an inclusive serial block together with the attributes all its credits share.</summary>
/// <remarks>
/// Equality compares the block and the attributes. A credit block has no natural order (accounts list their holdings
/// oldest vintage first, see <see cref="Ledger"/>), so it does not implement <see cref="IComparable{T}"/>. The
/// default value has no attributes and is rejected wherever a block is taken.
/// </remarks>
public readonly struct CreditBlock : IEquatable<CreditBlock>
{
    private readonly SerialBlock block;
    private readonly CreditAttributes? attributes;

    private CreditBlock(SerialBlock block, CreditAttributes attributes)
    {
        this.block = block;
        this.attributes = attributes;
    }

    /// <summary>The serial numbers, inclusive.</summary>
    public SerialBlock Block => block;

    /// <summary>The attributes shared by every credit of the block.</summary>
    public CreditAttributes Attributes => attributes ?? throw new InvalidOperationException("The default credit block has no attributes");

    /// <summary>How many credits the block holds.</summary>
    public long Count => block.Count;

    /// <summary>The block as a serial range (issuer, project and serials), without the other attributes.</summary>
    public SerialRange Range => SerialRange.Create(Attributes.Issuer, Attributes.Project, block);

    /// <summary>Whether this is a real block rather than the default value.</summary>
    internal bool IsValid => attributes is not null && block.Start >= 1;

    /// <summary>Creates a credit block.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="attributes"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="block"/> is the default (0-0) block.</exception>
    public static CreditBlock Create(SerialBlock block, CreditAttributes attributes)
    {
        Preconditions.CheckNotNull(attributes);
        Preconditions.CheckArgument(block.Start >= 1, nameof(block), "Serial block must not be the default 0-0 block");
        return new CreditBlock(block, attributes);
    }

    /// <summary>Creates a block without checks, for blocks derived from valid ones.</summary>
    internal static CreditBlock Unchecked(SerialBlock block, CreditAttributes attributes) => new(block, attributes);

    /// <summary>The same serials with other attributes.</summary>
    internal CreditBlock WithAttributes(CreditAttributes newAttributes) => new(block, newAttributes);

    /// <summary>The same attributes with other serials.</summary>
    internal CreditBlock WithBlock(SerialBlock newBlock) => new(newBlock, attributes!);

    /// <inheritdoc />
    public bool Equals(CreditBlock other) => block == other.block && Equals(attributes, other.attributes);

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CreditBlock other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(block, attributes);

    /// <summary>Equality of block and attributes.</summary>
    public static bool operator ==(CreditBlock left, CreditBlock right) => left.Equals(right);

    /// <summary>Inequality of block or attributes.</summary>
    public static bool operator !=(CreditBlock left, CreditBlock right) => !left.Equals(right);

    /// <summary>For example <c>101-200 (JPN01 KZ001 2024 JCM NotAuthorized)</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{block} ({attributes})");
}
