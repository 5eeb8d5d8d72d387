using System.Collections.Generic;
using CarbonLedger.Projects;
using CarbonLedger.Quantification.GridEmissionFactors;
using CarbonLedger.Quantification.Monitoring;

namespace CarbonLedger.Cli.Quantify;

/// <summary>
/// The grid emission factors of a family that consumes electricity, with the connection case that picks its one
/// factor <c>EF_elec</c>.
/// </summary>
/// <param name="Factors">The factors the project file gives or names.</param>
/// <param name="Connection">The connection case (<c>gridEmissionFactor.connection</c>).</param>
internal sealed record ElectricityFactor(GridEmissionFactorSet Factors, GridConnectionCase Connection)
{
    /// <summary>The factor <c>EF_elec</c> as the library's ex-ante parameter.</summary>
    public ExAnteParameter ToParameter() => Factors.ToParameter(Connection);

    /// <summary>The first lines printed above the result table: the project, the factors and the case, and their source.</summary>
    public IEnumerable<string> Describe(ProjectId project)
    {
        yield return $"Project {project}; grid emission factor {Factors}; EF_elec is {GridFactorField.Text(Connection)}";
        yield return $"  source: {Factors.Source}";
    }
}
