using CarbonLedger.Projects;
using CarbonLedger.Registry;

namespace CarbonLedger.Article6;

/// <summary>A serial space: the issuing registry and the project, within which serial numbers are unique.</summary>
internal readonly record struct SerialSpace(RegistryId Issuer, ProjectId Project)
{
    internal static SerialSpace Of(CreditAttributes attributes) => new(attributes.Issuer, attributes.Project);

    internal static SerialSpace Of(SerialRange range) => new(range.Issuer, range.Project);
}
