using System;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// A methodology: approved rules that turn monitoring data into reference and project emissions. This base holds
/// what every methodology states (identifier, version, title, GWP set); derive from <see cref="Methodology{TInput}"/>
/// to write one.
/// </summary>
/// <remarks>Methodologies are immutable and stateless, so one instance can serve many calculations concurrently.</remarks>
public abstract class Methodology
{
    /// <summary>Creates the common part of a methodology.</summary>
    /// <param name="id">The identifier, for example <c>MN_AM003</c>.</param>
    /// <param name="version">The version, for example <c>Ver2.0</c>.</param>
    /// <param name="title">A non-blank title.</param>
    /// <param name="gwpSet">The GWP set the methodology states.</param>
    /// <exception cref="ArgumentNullException"><paramref name="title"/> or <paramref name="gwpSet"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is the default value, or the title is blank.</exception>
    protected Methodology(MethodologyId id, MethodologyVersion version, string title, GwpSet gwpSet)
    {
        Preconditions.CheckNotNull(title);
        Preconditions.CheckNotNull(gwpSet);
        Preconditions.CheckArgument(id.Value.Length > 0, nameof(id), "Methodology id must not be the default value");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(title), nameof(title), "Methodology title must not be blank");
        Id = id;
        Version = version;
        Title = title;
        GwpSet = gwpSet;
    }

    /// <summary>The identifier, for example <c>MN_AM003</c>.</summary>
    public MethodologyId Id { get; }

    /// <summary>The version, for example <c>Ver2.0</c>.</summary>
    public MethodologyVersion Version { get; }

    /// <summary>The title, for example "Installation of Solar PV System".</summary>
    public string Title { get; }

    /// <summary>The GWP set the methodology states; applied by <see cref="CalculationContext.GlobalWarmingPotential"/>.</summary>
    public GwpSet GwpSet { get; }

    /// <summary>Formats as <c>MN_AM003 Ver2.0 Installation of Solar PV System</c>.</summary>
    public override string ToString() => $"{Id} {Version} {Title}";
}
