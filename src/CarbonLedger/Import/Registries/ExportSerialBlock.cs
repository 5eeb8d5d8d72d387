using System;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Import.Registries;

/// <summary>
/// The serial numbers a credit record covers: an inclusive block of numbers within a numbering space of one registry.
/// </summary>
/// <remarks>
/// <para>The space says which numbers can collide. Verra numbers every VCU once across its registry, so the space is
/// the unit type (<c>VCU</c>); Gold Standard and ACR number each issuance batch from 1, so the space is the serial
/// number without its block (<c>GS1-1-UG-GS11236-16-2024-30307</c>, <c>ACR-FR-1129-2025-2917</c>).</para>
/// <para>Immutable; equal when registry, space and block are equal. Blocks have no natural order.</para>
/// </remarks>
public sealed class ExportSerialBlock : IEquatable<ExportSerialBlock>
{
    /// <summary>Creates a block.</summary>
    /// <param name="registry">The registry whose numbering it is.</param>
    /// <param name="space">The numbering space within the registry.</param>
    /// <param name="block">The inclusive block of numbers.</param>
    /// <param name="serialNumber">The serial number as the export writes it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="space"/> or <paramref name="serialNumber"/> is null.</exception>
    public ExportSerialBlock(CreditRegistry registry, string space, SerialBlock block, string serialNumber)
    {
        Registry = registry;
        Space = Preconditions.CheckNotNull(space);
        Block = block;
        SerialNumber = Preconditions.CheckNotNull(serialNumber);
    }

    /// <summary>The registry whose numbering it is.</summary>
    public CreditRegistry Registry { get; }

    /// <summary>The numbering space within the registry.</summary>
    public string Space { get; }

    /// <summary>The inclusive block of numbers.</summary>
    public SerialBlock Block { get; }

    /// <summary>The serial number as the export writes it.</summary>
    public string SerialNumber { get; }

    /// <summary>Whether the two blocks share at least one serial number (same registry, same space, overlapping numbers).</summary>
    public bool Overlaps(ExportSerialBlock other) =>
        other is not null && Registry == other.Registry && Space == other.Space && Block.Overlaps(other.Block);

    /// <inheritdoc />
    public bool Equals(ExportSerialBlock? other) =>
        other is not null && Registry == other.Registry && Space == other.Space && Block == other.Block;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ExportSerialBlock);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Registry, Space, Block);

    /// <summary>The serial number as the export writes it.</summary>
    public override string ToString() => SerialNumber;
}
