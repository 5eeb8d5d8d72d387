namespace CarbonLedger.Tests.Import.Registries;

/// <summary>
/// Small exports in the registries' real layouts (header rows as the registries write them), with their quirks:
/// Verra's rolling tranches, comma-grouped quantities, day-first dates of older exports and multi-year vintage
/// periods; Gold Standard's timestamps and multi-line notes; ACR's month-first dates, "to" serial ranges, renamed
/// columns and trailing empty column. The rows are made up for the tests.
/// </summary>
internal static class ExportFiles
{
    public const string VerraHeader =
        "Issuance Date,Sustainable Development Goals,Vintage Start,Vintage End,ID,Name,Country/Area,Project Type,Methodology,Total Vintage Quantity,Quantity Issued,Serial Number,Additional Certifications,Retirement/Cancellation Date,Retirement Beneficiary,Retirement Reason,Retirement Details";

    // Tranche A (project 1340, 2020, issued 2026-04-03): 1,000 VCUs in three blocks, two retired.
    // Tranche B (project 3005, 2022-01-01..2022-10-31 issued 2026-04-02): 500 VCUs, one block retired, one held,
    //   but the export lacks 100 of them (the roll-up check shows it).
    // Tranche C (project 3005, multi-year vintage 01/07/2021..30/06/2022, older day-first dates): one held block.
    public const string Verra = VerraHeader + "\n" +
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest project,Ethiopia,AFOLU,VM0015,\"1,000\",425,19385-941467001-941467425-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,CCB,2026-04-10,,,\n" +
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest project,Ethiopia,AFOLU,VM0015,\"1,000\",75,19386-941467426-941467500-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,CCB,2026-04-11,Example Airline,Environmental Benefit,\"Retired for 2025 flights, on behalf of Example Airline\"\n" +
        "2026-04-03,,2020-01-01,2020-12-31,1340,Forest project,Ethiopia,AFOLU,VM0015,\"1,000\",500,19387-941467501-941468000-VCS-VCU-1507-VER-ET-14-1340-01012020-31122020-1,CCB,,,,\n" +
        "2026-04-02,,2022-01-01,2022-10-31,3005,Biogas project,China,Energy,ACM0010,500,187,19380-941382555-941382741-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0,,2026-04-09,,,\n" +
        "2026-04-02,,2022-01-01,2022-10-31,3005,Biogas project,China,Energy,ACM0010,500,213,19381-941382742-941382954-VCS-VCU-1310-VER-CN-13-3005-01012022-31102022-0,,,,,\n" +
        "15/03/2023,,01/07/2021,30/06/2022,3005,Biogas project,China,Energy,ACM0010,\"2,000\",\"2,000\",17001-800000001-800002000-VCS-VCU-1310-VER-CN-13-3005-01072021-30062022-0,,,,,\n";

    public const string GoldStandardIssuancesHeader =
        "Vintage,Credit Status,Quantity,GSID,Project Name,Project Developer,Country,Project Type,Methodology,Programme of Activities,POA GSID,Product Type,Issuance Date,Monitoring Period Start,Monitoring Period End,Serial Number,Label,Article Six Authorization";

    public const string GoldStandardIssuances = GoldStandardIssuancesHeader + "\n" +
        "2024,Issued,19149,11236,Cook stoves CPA 028,Stove Co,Uganda,Energy Efficiency - Domestic,,VPA,11191.0,VER,2026-04-13T12:35:58.842275,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-1-19149,Emission Reduction,Not Applicable\n" +
        "2024,Issued,2497,11235,Cook stoves CPA 022,Stove Co,Uganda,Energy Efficiency - Domestic,,VPA,11191.0,VER,2026-04-13T12:34:05.247316,2024-01-01,2024-12-08,GS1-1-UG-GS11235-16-2024-30306-1-2497,Emission Reduction,Not Applicable\n";

    public const string GoldStandardRetirementsHeader =
        "Vintage,Credit Status,Quantity,GSID,Project Name,Project Developer,Country,Product Type,Project Type,Methodology,Programme of Activities,POA GSID,Issuance Date,Retirement Date,Monitoring Period Start,Monitoring Period End,Serial Number,Note,Aeroplane Operator Name,Label,Use Case,Using Entity,Article Six Authorization";

    // The second retirement takes out serials 5001-6000 that the first one already retired (a double retirement).
    public const string GoldStandardRetirements = GoldStandardRetirementsHeader + "\n" +
        "2024,Retired,6000,11236,Cook stoves CPA 028,Stove Co,Uganda,VER,Energy Efficiency - Domestic,GS TPDDTEC v3.1,VPA,11191.0,2026-04-13,2026-05-02,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-1-6000,\"Retirement on behalf of Example Ltd\nfor its 2025 emissions.\n\",,Emission Reduction,Voluntary,Example Ltd,Not Applicable\n" +
        "2024,Retired,2000,11236,Cook stoves CPA 028,Stove Co,Uganda,VER,Energy Efficiency - Domestic,GS TPDDTEC v3.1,VPA,11191.0,2026-04-13,2026-05-03,2024-01-01,2024-12-08,GS1-1-UG-GS11236-16-2024-30307-5001-7000,,,Emission Reduction,Voluntary,Other Ltd,Not Applicable\n";

    public const string AcrIssuancesHeader =
        "Date Issued (GMT),Vintage,ReportingPeriodBegin,ReportingPeriodEnd,Total Credits Issued,Credits Issued to Project,Credits Issued to Buffer Pool,Credits Transferred to Buffer Pool,Project Developer,Project ID,Project Name,Project Type,Project Methodology/Protocol,Methodology/Protocol Version,Project VVB,Project Site Location,Project Site State,Project Site Country,ARB Eligible,Ecology Eligible,CCP Approved,Project Crediting Period Start Date,Verified Removal,Sustainable Development Goal(s),Project Website,Documents,";

    // The second issuance's total (90,000) is not the sum of project and buffer credits (85,000 + 4,000).
    public const string AcrIssuances = AcrIssuancesHeader + "\n" +
        "11/3/2025 7:10:41 PM,2025,12/9/2024,6/3/2025,85847,85847,0,0,Gas Co,ACR1185,Gas 1-2025,Ozone Depleting Substances,ODS protocol,\"November 14, 2014\",\"VVB, Inc.\",Town,OHIO,US,No,Yes,,12/9/2024,,\"09: Industry;13: Climate Action\",,View,\n" +
        "3/24/2026 9:08:01 PM,2026,2/1/2025,1/31/2026,90000,85000,4000,0,Mine Co,ACR731,Mine flare,Coal Mine Methane,CMM protocol,\"April 25, 2014\",VVB,Town,PENNSYLVANIA,US,Yes,No,,1/19/2022,,13: Climate Action,,View,\n";

    // The older layout: "Status Effective" without "(GMT)".
    public const string AcrRetirementsHeader =
        "fiid,Credit Serial Numbers,Date Issued,Vintage,Vintage Assignment Period Start Date,Vintage Assignment Period End Date,Quantity of Credits,Account Holder,Status Effective,Retired on Behalf of,Retirement Reason,Purpose of Retirement,Project ID,Project Name,Project Type,Project Methodology/Protocol,Methodology/Protocol Version,Project Site Location,Project Site State,Project Site Country,ARB Eligible,Ecology Eligible,CORSIA Eligible,CCP Approved,Verified Removal,Sustainable Development Goal(s),Project Website,Documents,Numberoffiles,";

    public const string AcrRetirements = AcrRetirementsHeader + "\n" +
        "1185,ACR-US-1185-2025-3078-1 to 4212,11/3/2025 7:10:41 PM,2025,12/9/2024,6/3/2025,4212,1423,4/13/2026 7:17:56 PM,Example Cloud,Environmental Benefit,Retirement for 2025 emissions,ACR1185,Gas 1-2025,Ozone Depleting Substances,ODS protocol,Version 1.0,Town,OHIO,US,No,No,No,Yes,,13: Climate Action,,View,8.0,\n";

    // The two-space "Status Effective  (GMT)" of the cancellations export.
    public const string AcrCancellationsHeader =
        "Credit Serial Numbers,Date Issued (GMT),Vintage,Vintage Assignment Period Start Date,Vintage Assignment Period End Date,Quantity of Credits,Account Holder,ahID,Status Effective  (GMT),Cancellation Type,Project ID,Project Name,Project Type,Project Methodology/Protocol,Methodology/Protocol Version,Project Site Location,Project Site State,Project Site Country,ARB Eligible,Ecology Eligible,CORSIA Eligible,CCP Approved,Verified Removal,Sustainable Development Goal(s),Project Website,Documents,Cancellation Details,fiid,Numberoffiles,";

    // Cancels serials 4001-10000 of the same batch: 4001-4212 were already retired (a double count).
    public const string AcrCancellations = AcrCancellationsHeader + "\n" +
        "ACR-US-1185-2025-3078-4001 to 10000,11/3/2025 7:10:41 PM,2025,12/9/2024,6/3/2025,6000,Gas Co,1,1/22/2026 7:12:08 PM,Convert to Ecology offset credits,ACR1185,Gas 1-2025,Ozone Depleting Substances,ODS protocol,\"November 14, 2014\",Town,OHIO,US,No,Yes,No,,,13: Climate Action,,View,,1185,3,\n";

    public const string AcrProjects =
        "Project ID,Compliance Program ID (ARB or Ecology),Project Developer,Project Name,Project Type,Project Methodology/Protocol,Initial Crediting Period Start Date,Current Crediting Period Start Date,Current Crediting Period End Date,Voluntary Status,Compliance Program Status (ARB or Ecology),Project Status Date,Project Site Location,Project Site State,Project Site Country,Sustainable Development Goal(s),Current VVB,ACR Project Validation,Total Number of Credits Registered ,Documents,Project Website,\n" +
        "ACR1185,,Gas Co,Gas 1-2025,Ozone Depleting Substances,ODS protocol,12/9/2024,12/9/2024,12/8/2025,Registered,Ecology Eligible,1/21/2025 6:27:06 PM,Town,OHIO,US,13: Climate Action,VVB,VVB,85847.0,View,,\n" +
        "ACR731,,Mine Co,Mine flare,Coal Mine Methane,CMM protocol,1/19/2022,1/19/2022,1/18/2032,Registered,ARB Eligible,1/21/2022 6:27:06 PM,Town,PENNSYLVANIA,US,13: Climate Action,VVB,VVB,120000,View,,\n" +
        "ACR586,,Forest Co,Forest,Forest Carbon,IFM,1/15/2020,1/15/2020,1/14/2040,Registered,Not ARB or Ecology Eligible,1/21/2022 6:27:06 PM,Town,OHIO,US,15: Life on Land,VVB,VVB,,View,,\n";
}
