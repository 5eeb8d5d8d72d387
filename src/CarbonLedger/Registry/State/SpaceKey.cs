using CarbonLedger.Projects;

namespace CarbonLedger.Registry.State;

/// <summary>A serial space: the issuing registry and the project.</summary>
internal readonly record struct SpaceKey(RegistryId Issuer, ProjectId Project)
{
    internal static SpaceKey Of(CreditAttributes attributes) => new(attributes.Issuer, attributes.Project);
}

/// <summary>A serial space and a vintage: the unit of the conservation guarantee.</summary>
internal readonly record struct VintageKey(RegistryId Issuer, ProjectId Project, int Vintage)
{
    internal static VintageKey Of(CreditAttributes attributes) => new(attributes.Issuer, attributes.Project, attributes.Vintage);
}

/// <summary>The flows of one <see cref="VintageKey"/>, counted from the events.</summary>
internal readonly record struct Flows(long Issued, long Acquired, long TransferredOut);
