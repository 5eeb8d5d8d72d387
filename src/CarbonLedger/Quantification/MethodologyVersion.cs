using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>A methodology version in the JCM form <c>Ver{major}.{minor}</c>, for example <c>Ver2.0</c>.</summary>
/// <remarks>
/// The single field packs major and minor numbers, so equality and ordering (by major, then minor) agree.
/// The default value is <c>Ver0.0</c>.
/// </remarks>
public readonly struct MethodologyVersion : IEquatable<MethodologyVersion>, IComparable<MethodologyVersion>
{
    private readonly int packed;

    /// <summary>Creates a version.</summary>
    /// <param name="major">The major number, 0 to 999.</param>
    /// <param name="minor">The minor number, 0 to 999.</param>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range.</exception>
    public MethodologyVersion(int major, int minor)
    {
        Preconditions.CheckArgumentRange(nameof(major), major, 0, 999);
        Preconditions.CheckArgumentRange(nameof(minor), minor, 0, 999);
        packed = (major * 1000) + minor;
    }

    /// <summary>The major number (2 in Ver2.0).</summary>
    public int Major => packed / 1000;

    /// <summary>The minor number (0 in Ver2.0).</summary>
    public int Minor => packed % 1000;

    /// <summary>Parses <c>Ver2.0</c> (the <c>Ver</c> prefix is optional and case-insensitive).</summary>
    /// <param name="text">The version text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not <c>Ver{major}.{minor}</c>.</exception>
    public static MethodologyVersion Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        string body = text.StartsWith("Ver", StringComparison.OrdinalIgnoreCase) ? text[3..] : text;
        int dot = body.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && dot <= 3 && body.Length - dot - 1 is >= 1 and <= 3
            && NumberText.TryParseDigits(body.AsSpan(0, dot), out int major)
            && NumberText.TryParseDigits(body.AsSpan(dot + 1), out int minor))
        {
            return new MethodologyVersion(major, minor);
        }
        throw new FormatException($"Methodology version '{text}' must look like Ver2.0");
    }

    /// <inheritdoc />
    public bool Equals(MethodologyVersion other) => packed == other.packed;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MethodologyVersion other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => packed;

    /// <inheritdoc />
    public int CompareTo(MethodologyVersion other) => packed.CompareTo(other.packed);

    /// <summary>Equality.</summary>
    public static bool operator ==(MethodologyVersion left, MethodologyVersion right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(MethodologyVersion left, MethodologyVersion right) => !left.Equals(right);

    /// <summary>Orders by major, then minor.</summary>
    public static bool operator <(MethodologyVersion left, MethodologyVersion right) => left.CompareTo(right) < 0;

    /// <summary>Orders by major, then minor.</summary>
    public static bool operator >(MethodologyVersion left, MethodologyVersion right) => left.CompareTo(right) > 0;

    /// <summary>Orders by major, then minor.</summary>
    public static bool operator <=(MethodologyVersion left, MethodologyVersion right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by major, then minor.</summary>
    public static bool operator >=(MethodologyVersion left, MethodologyVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Formats as <c>Ver2.0</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Ver{Major}.{Minor}");
}
