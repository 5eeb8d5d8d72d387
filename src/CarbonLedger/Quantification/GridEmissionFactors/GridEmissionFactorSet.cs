using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantification.Monitoring;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.GridEmissionFactors;

/// <summary>
/// The grid emission factors that apply to one country's grid (or group of grids), one per
/// <see cref="GridConnectionCase"/>, with their source. Obtain published ones from <see cref="JcmGridEmissionFactors"/>;
/// where nothing is published (Kazakhstan, for one), supply your own with <see cref="Supplied(string, string, EmissionFactor{ElectricEnergyUnit}, string)"/>.
/// </summary>
/// <remarks>Instances are immutable. A factor set has no natural order.</remarks>
public sealed class GridEmissionFactorSet
{
    private readonly EmissionFactor<ElectricEnergyUnit>? captiveOrIsolated;

    private GridEmissionFactorSet(
        string countryAlpha2, string grid, IReadOnlyList<string> systems, EmissionFactor<ElectricEnergyUnit> gridConnected,
        EmissionFactor<ElectricEnergyUnit>? captiveOrIsolated, string source, bool isPublished)
    {
        CountryAlpha2 = countryAlpha2;
        Grid = grid;
        Systems = systems;
        GridConnected = gridConnected;
        this.captiveOrIsolated = captiveOrIsolated;
        Source = source;
        IsPublished = isPublished;
    }

    /// <summary>The country's ISO 3166-1 alpha-2 code, for example <c>ID</c>.</summary>
    public string CountryAlpha2 { get; }

    /// <summary>The grid's name as the source writes it, for example <c>Jamali, 3 Nusa, Karimun Jawa</c>.</summary>
    public string Grid { get; }

    /// <summary>The individual grids or systems the entry covers, each usable as a lookup name.</summary>
    public IReadOnlyList<string> Systems { get; }

    /// <summary>The factor for <see cref="GridConnectionCase.GridConnected"/> (case 1).</summary>
    public EmissionFactor<ElectricEnergyUnit> GridConnected { get; }

    /// <summary>Whether a factor for <see cref="GridConnectionCase.CaptiveOrIsolated"/> (case 2) is given.</summary>
    public bool HasCaptiveOrIsolated => captiveOrIsolated.HasValue;

    /// <summary>Where the factors come from.</summary>
    public string Source { get; }

    /// <summary>Whether the factors are published JCM values (false for factors supplied by the user).</summary>
    public bool IsPublished { get; }

    /// <summary>A user-supplied factor for grid-connected systems (case 1) only.</summary>
    /// <param name="countryAlpha2">The country's ISO 3166-1 alpha-2 code, for example <c>KZ</c>.</param>
    /// <param name="grid">A non-blank grid name.</param>
    /// <param name="gridConnected">The case 1 factor.</param>
    /// <param name="source">A non-blank source, for example "TOOL07 combined margin, KEGOC data 2021–2023".</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The country code is not two letters, or a text is blank.</exception>
    public static GridEmissionFactorSet Supplied(string countryAlpha2, string grid, EmissionFactor<ElectricEnergyUnit> gridConnected, string source) =>
        Create(countryAlpha2, grid, gridConnected, null, source);

    /// <summary>A user-supplied pair of factors for case 1 and case 2.</summary>
    /// <param name="countryAlpha2">The country's ISO 3166-1 alpha-2 code, for example <c>KZ</c>.</param>
    /// <param name="grid">A non-blank grid name.</param>
    /// <param name="gridConnected">The case 1 factor.</param>
    /// <param name="captiveOrIsolated">The case 2 factor.</param>
    /// <param name="source">A non-blank source.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">The country code is not two letters, or a text is blank.</exception>
    public static GridEmissionFactorSet Supplied(
        string countryAlpha2, string grid, EmissionFactor<ElectricEnergyUnit> gridConnected, EmissionFactor<ElectricEnergyUnit> captiveOrIsolated, string source) =>
        Create(countryAlpha2, grid, gridConnected, captiveOrIsolated, source);

    /// <summary>The factor for a connection case.</summary>
    /// <param name="connection">The case.</param>
    /// <exception cref="ArgumentOutOfRangeException">The case is not defined.</exception>
    /// <exception cref="ArgumentException">No factor is given for the case (a supplied set with case 1 only).</exception>
    public EmissionFactor<ElectricEnergyUnit> For(GridConnectionCase connection)
    {
        Preconditions.CheckDefined(connection, nameof(connection));
        if (connection == GridConnectionCase.GridConnected)
        {
            return GridConnected;
        }
        Preconditions.CheckArgument(captiveOrIsolated.HasValue, nameof(connection),
            "The grid emission factors for {0} give no factor for case 2 (captive or isolated); supply one", this);
        return captiveOrIsolated.GetValueOrDefault();
    }

    /// <summary>
    /// The factor for a connection case as an ex-ante parameter in tCO2/MWh, whose source names this set, the grid
    /// and the case (option A for published factors).
    /// </summary>
    /// <param name="connection">The case.</param>
    /// <exception cref="ArgumentException">No factor is given for the case.</exception>
    public ExAnteParameter ToParameter(GridConnectionCase connection)
    {
        EmissionFactor<ElectricEnergyUnit> factor = For(connection);
        string source = $"{Source}; {CountryAlpha2} grid '{Grid}', case {(int)connection} ({connection})";
        return ExAnteParameter.FromGridEmissionFactor(factor, source, IsPublished ? MonitoringOption.A : null);
    }

    /// <summary>Formats as <c>ID Sumatra: case 1 0.458, case 2 0.458 tCO2e/MWh</c>.</summary>
    public override string ToString() =>
        $"{CountryAlpha2} {Grid}: case 1 {QuantificationFormat.Number(GridConnected.TonnesPerCanonicalUnit)}" +
        (captiveOrIsolated is EmissionFactor<ElectricEnergyUnit> c2 ? $", case 2 {QuantificationFormat.Number(c2.TonnesPerCanonicalUnit)}" : string.Empty) +
        " tCO2e/MWh";

    /// <summary>A published table row.</summary>
    internal static GridEmissionFactorSet Published(string countryAlpha2, string grid, string[] systems, decimal case1, decimal case2, string source) =>
        new(countryAlpha2, grid, systems, EmissionFactor.TonnesPerMegawattHour(case1), EmissionFactor.TonnesPerMegawattHour(case2), source, true);

    /// <summary>Whether a name designates this entry: its grid name or one of its systems, ignoring case and spacing.</summary>
    internal bool Matches(string name)
    {
        string wanted = Normalize(name);
        return Normalize(Grid) == wanted || Systems.Any(s => Normalize(s) == wanted);
    }

    internal static string Normalize(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private static GridEmissionFactorSet Create(
        string countryAlpha2, string grid, EmissionFactor<ElectricEnergyUnit> gridConnected, EmissionFactor<ElectricEnergyUnit>? captiveOrIsolated, string source)
    {
        Preconditions.CheckNotNull(countryAlpha2);
        Preconditions.CheckNotNull(grid);
        Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(countryAlpha2.Length == 2 && char.IsAsciiLetter(countryAlpha2[0]) && char.IsAsciiLetter(countryAlpha2[1]),
            nameof(countryAlpha2), "Country code must be two ASCII letters; it is '{0}'", countryAlpha2);
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(grid), nameof(grid), "Grid name must not be blank");
        Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(source), nameof(source), "Source must not be blank");
        return new GridEmissionFactorSet(countryAlpha2.ToUpperInvariant(), grid, [grid], gridConnected, captiveOrIsolated, source, false);
    }
}
