namespace CarbonLedger.Projects;

/// <summary>The kind of financial support a project received.</summary>
public enum SupportInstrument
{
    /// <summary>A subsidy (for example the Ministry of the Environment's JCM Model Project subsidy); counts toward the support ratio.</summary>
    Subsidy = 1,

    /// <summary>A grant; counts toward the support ratio.</summary>
    Grant = 2,

    /// <summary>A loan (for example a JICA loan); repayable, so it does not count toward the support ratio.</summary>
    Loan = 3,

    /// <summary>Any other instrument; does not count toward the support ratio.</summary>
    Other = 4,
}
