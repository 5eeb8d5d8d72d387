namespace CarbonLedger.Article6.Reporting;

/// <summary>The five tables of the Agreed Electronic Format (decision 4/CMA.6, annex II), in the workbook's sheet order.</summary>
public enum AefTableKind
{
    /// <summary>The submission: Party, reporting year, version, date and contact.</summary>
    Submission,

    /// <summary>The Party's authorisations.</summary>
    Authorizations,

    /// <summary>The actions on ITMOs in the reporting year.</summary>
    Actions,

    /// <summary>The ITMO holdings as of 31 December of the reporting year.</summary>
    Holdings,

    /// <summary>The entities authorised to participate, one row per entity and authorisation.</summary>
    AuthorizedEntities,
}
