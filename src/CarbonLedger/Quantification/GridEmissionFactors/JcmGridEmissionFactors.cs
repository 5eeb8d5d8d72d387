using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Quantities;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.GridEmissionFactors;

/// <summary>
/// Grid emission factors published for JCM projects (tCO2/MWh), by country, grid and connection case, each with its
/// source. CarbonLedger holds Mongolia's and Indonesia's; for any other country (Kazakhstan included: no JCM factor is
/// published there) the lookup fails and the user supplies a factor with
/// <see cref="GridEmissionFactorSet.Supplied(string, string, EmissionFactor{ElectricEnergyUnit}, string)"/>.
/// </summary>
/// <remarks>
/// <para>The factors are read from CarbonLedger's reference data (<see cref="JcmPartnerFacts"/>,
/// <c>Parties/Data/jcm-partners.json</c>), each row with its source.</para>
/// <para><b>Mongolia</b> (<c>MN</c>, grid <c>National grid</c>; systems CES, WES, AUES, EES, SES): 0.797 for a PV
/// system connected to the national grid (the most efficient coal-fired CHP plant in Mongolia), 0.533 where the
/// internal grid is also connected to a captive generator or not to the national grid (the most efficient diesel
/// generator in the world).</para>
/// <para><b>Indonesia</b> (<c>ID</c>): the twelve rows of Table 1 of "Additional Information on Calculating the
/// Emission Factors of Indonesian Electricity Grids for the JCM Project Development". Case 2 is always the lower of
/// case 1 and 0.533. The published table continues with further small grids (Kendari, Bau Bau, …) that CarbonLedger
/// does not hold; supply their factors yourself.</para>
/// <para>Grid names match ignoring case and spacing, by the row's name or by any grid it lists.</para>
/// </remarks>
public static class JcmGridEmissionFactors
{
    /// <summary>Mongolia's national grid: case 1 0.797, case 2 0.533 tCO2/MWh.</summary>
    public static GridEmissionFactorSet Mongolia { get; } = Rows("MN")[0];

    /// <summary>Indonesia's Table 1, in the source's order.</summary>
    public static IReadOnlyList<GridEmissionFactorSet> Indonesia { get; } = Rows("ID");

    /// <summary>Every published entry CarbonLedger holds: Mongolia, then Indonesia's table.</summary>
    public static IReadOnlyList<GridEmissionFactorSet> All { get; } = [Mongolia, .. Indonesia];

    /// <summary>Whether CarbonLedger holds published JCM grid emission factors for a country (<c>MN</c>, <c>ID</c>).</summary>
    /// <param name="countryAlpha2">An ISO 3166-1 alpha-2 code, any case.</param>
    /// <exception cref="ArgumentNullException"><paramref name="countryAlpha2"/> is null.</exception>
    public static bool IsPublished(string countryAlpha2)
    {
        Preconditions.CheckNotNull(countryAlpha2);
        return All.Any(e => string.Equals(e.CountryAlpha2, countryAlpha2, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The published factors of a country's grid.</summary>
    /// <param name="countryAlpha2">An ISO 3166-1 alpha-2 code, any case, for example <c>ID</c>.</param>
    /// <param name="grid">The grid's row name or one of the grids it lists, for example <c>Sumatra</c> or <c>Jamali</c>.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No factor is published for the country (Kazakhstan, for one: supply a
    /// factor), or the grid is unknown (the message lists the known grids).</exception>
    public static GridEmissionFactorSet Find(string countryAlpha2, string grid)
    {
        Preconditions.CheckNotNull(countryAlpha2);
        Preconditions.CheckNotNull(grid);
        if (!IsPublished(countryAlpha2))
        {
            string country = string.Equals(countryAlpha2, "KZ", StringComparison.OrdinalIgnoreCase) ? "Kazakhstan (KZ)" : $"country '{countryAlpha2}'";
            Preconditions.ThrowArgument(nameof(countryAlpha2),
                $"No JCM grid emission factor is published for {country}; CarbonLedger will not invent one. Supply the factor " +
                "with GridEmissionFactorSet.Supplied (for example a CDM TOOL07 combined margin) and name its source");
        }
        if (TryFind(countryAlpha2, grid, out GridEmissionFactorSet? found))
        {
            return found;
        }
        IEnumerable<string> known = All.Where(e => string.Equals(e.CountryAlpha2, countryAlpha2, StringComparison.OrdinalIgnoreCase)).Select(e => e.Grid);
        throw new ArgumentException(
            $"Unknown grid '{grid}' for {countryAlpha2.ToUpperInvariant()}; CarbonLedger holds: {string.Join("; ", known)}. " +
            "For a grid not listed, supply its factor with GridEmissionFactorSet.Supplied", nameof(grid));
    }

    /// <summary>Looks up a country's grid without throwing when it is not found.</summary>
    /// <param name="countryAlpha2">An ISO 3166-1 alpha-2 code, any case.</param>
    /// <param name="grid">The grid's row name or one of the grids it lists.</param>
    /// <param name="factors">The entry found, or null.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryFind(string countryAlpha2, string grid, [NotNullWhen(true)] out GridEmissionFactorSet? factors)
    {
        Preconditions.CheckNotNull(countryAlpha2);
        Preconditions.CheckNotNull(grid);
        factors = All.FirstOrDefault(e => string.Equals(e.CountryAlpha2, countryAlpha2, StringComparison.OrdinalIgnoreCase) && e.Matches(grid));
        return factors is not null;
    }

    /// <summary>The published factor for a country, grid and connection case.</summary>
    /// <param name="countryAlpha2">An ISO 3166-1 alpha-2 code, any case.</param>
    /// <param name="grid">The grid's row name or one of the grids it lists.</param>
    /// <param name="connection">The connection case.</param>
    /// <exception cref="ArgumentException">See <see cref="Find"/>.</exception>
    public static EmissionFactor<ElectricEnergyUnit> Get(string countryAlpha2, string grid, GridConnectionCase connection) =>
        Find(countryAlpha2, grid).For(connection);

    /// <summary>A country's rows of the reference data (<see cref="JcmPartnerFacts"/>), in the data's order.</summary>
    private static GridEmissionFactorSet[] Rows(string countryAlpha2) =>
        [.. JcmPartnerFacts.GridFactors.Where(r => r.CountryAlpha2 == countryAlpha2)
            .Select(r => GridEmissionFactorSet.Published(r.CountryAlpha2, r.Grid, r.Systems, r.Case1, r.Case2, r.SourceText))];
}
