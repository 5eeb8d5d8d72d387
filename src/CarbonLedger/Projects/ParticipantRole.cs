namespace CarbonLedger.Projects;

/// <summary>The role of a party named in a project's allocation agreement.</summary>
public enum ParticipantRole
{
    /// <summary>A government (of Japan or of the partner country).</summary>
    Government = 1,

    /// <summary>A project participant: a company or other legal entity.</summary>
    Entity = 2,
}
