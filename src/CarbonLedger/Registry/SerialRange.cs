using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Projects;
using CarbonLedger.Serials;
using CarbonLedger.Utility;

namespace CarbonLedger.Registry;

/// <summary>
/// Names credits exactly: a serial block within a serial space (the issuing registry and the project), for example
/// serials 101–200 of project <c>KZ001</c> issued by <c>KAZ01</c>. Used to transfer, cancel, retire, reserve or mark
/// exact blocks.
/// </summary>
/// <remarks>
/// Equality compares issuer, project and serials. Ranges have no natural order and do not implement
/// <see cref="IComparable{T}"/>.
/// </remarks>
public readonly struct SerialRange : IEquatable<SerialRange>
{
    private readonly RegistryId issuer;
    private readonly ProjectId project;
    private readonly SerialBlock serials;

    private SerialRange(RegistryId issuer, ProjectId project, SerialBlock serials)
    {
        this.issuer = issuer;
        this.project = project;
        this.serials = serials;
    }

    /// <summary>The registry that issued the credits.</summary>
    public RegistryId Issuer => issuer;

    /// <summary>The project.</summary>
    public ProjectId Project => project;

    /// <summary>The serial numbers, inclusive.</summary>
    public SerialBlock Serials => serials;

    /// <summary>Creates a range.</summary>
    /// <exception cref="ArgumentException">An argument is its type's default value.</exception>
    public static SerialRange Create(RegistryId issuer, ProjectId project, SerialBlock serials)
    {
        Preconditions.CheckArgument(issuer.IsValid, nameof(issuer), "Issuing registry must not be the default value");
        Preconditions.CheckArgument(project.Value.Length > 0, nameof(project), "Project id must not be the default value");
        Preconditions.CheckArgument(serials.Start >= 1, nameof(serials), "Serial block must not be the default 0-0 block");
        return new SerialRange(issuer, project, serials);
    }

    /// <summary>Whether both ranges are in the same serial space (same issuer and project).</summary>
    public bool SameSpaceAs(SerialRange other) => issuer == other.issuer && project == other.project;

    /// <inheritdoc />
    public bool Equals(SerialRange other) => issuer == other.issuer && project == other.project && serials == other.serials;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is SerialRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(issuer, project, serials);

    /// <summary>Equality of issuer, project and serials.</summary>
    public static bool operator ==(SerialRange left, SerialRange right) => left.Equals(right);

    /// <summary>Inequality of issuer, project or serials.</summary>
    public static bool operator !=(SerialRange left, SerialRange right) => !left.Equals(right);

    /// <summary>For example <c>KAZ01:KZ001:101-200</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{issuer}:{project}:{serials}");
}
