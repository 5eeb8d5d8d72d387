using System;
using CarbonLedger.Utility;

namespace CarbonLedger.Article6;

/// <summary>
/// The text of the UNFCCC common nomenclatures used in the Agreed Electronic Format, for the Article 6 enums, and
/// the way back from text to value.
/// </summary>
public static class AefVocabulary
{
    /// <summary>The AEF text of a purpose, for example <c>NDC and OIMP</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this AuthorizedPurpose purpose) => purpose switch
    {
        AuthorizedPurpose.Ndc => "NDC",
        AuthorizedPurpose.Oimp => "OIMP",
        AuthorizedPurpose.Imp => "IMP",
        AuthorizedPurpose.Op => "OP",
        AuthorizedPurpose.NdcAndOimp => "NDC and OIMP",
        AuthorizedPurpose.NdcAndImp => "NDC and IMP",
        AuthorizedPurpose.NdcAndOp => "NDC and OP",
        _ => throw Undefined(purpose),
    };

    /// <summary>The AEF text of a use purpose, for example <c>NDC</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this UsePurpose purpose) => purpose switch
    {
        UsePurpose.Ndc => "NDC",
        UsePurpose.Oimp => "OIMP",
        UsePurpose.Imp => "IMP",
        UsePurpose.Op => "OP",
        _ => throw Undefined(purpose),
    };

    /// <summary>The AEF text of an action type, for example <c>First transfer</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this ItmoActionType type) => type switch
    {
        ItmoActionType.Authorization => "Authorization",
        ItmoActionType.FirstTransfer => "First transfer",
        ItmoActionType.Transfer => "Transfer",
        ItmoActionType.Acquisition => "Acquisition",
        ItmoActionType.Use => "Use",
        ItmoActionType.Cancellation => "Cancellation",
        ItmoActionType.VoluntaryCancellation => "Voluntary Cancellation",
        _ => throw Undefined(type),
    };

    /// <summary>The AEF text of an action subtype, for example <c>Mandatory cancellation to deliver OMGE</c>; empty for <see cref="ItmoActionSubtype.None"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this ItmoActionSubtype subtype) => subtype switch
    {
        ItmoActionSubtype.None => string.Empty,
        ItmoActionSubtype.FirstTransferToAnotherParty => "First transfer to another Party",
        ItmoActionSubtype.Authorization => "Authorization",
        ItmoActionSubtype.Issuance => "Issuance",
        ItmoActionSubtype.UseOrCancellation => "Use or cancellation",
        ItmoActionSubtype.MandatoryTransferToAdaptationFund => "Mandatory transfer to the Adaptation Fund",
        ItmoActionSubtype.VoluntaryTransferToAdaptationFund => "Voluntary transfer to the Adaptation Fund",
        ItmoActionSubtype.MandatoryCancellationForOmge => "Mandatory cancellation to deliver OMGE",
        ItmoActionSubtype.VoluntaryCancellationForOmge => "Voluntary cancellation to deliver OMGE",
        ItmoActionSubtype.OtherCancellation => "Other cancellations",
        _ => throw Undefined(subtype),
    };

    /// <summary>The AEF text of the first-transfer subtype that a definition produces, for example <c>Use or cancellation</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this FirstTransferDefinition definition) => definition.ToSubtype().ToAefText();

    /// <summary>The AEF text of a metric: <c>GHG</c> or <c>non-GHG</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this ItmoMetric metric) => metric switch
    {
        ItmoMetric.Ghg => "GHG",
        ItmoMetric.NonGhg => "non-GHG",
        _ => throw Undefined(metric),
    };

    /// <summary>The AEF text of a mitigation type, for example <c>Emission reductions</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static string ToAefText(this MitigationType type) => type switch
    {
        MitigationType.EmissionReductions => "Emission reductions",
        MitigationType.Removals => "Removals",
        MitigationType.EmissionReductionsAndRemovals => "Emission reductions and removals",
        _ => throw Undefined(type),
    };

    /// <summary>The first-transfer subtype that a definition produces.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not defined.</exception>
    public static ItmoActionSubtype ToSubtype(this FirstTransferDefinition definition) => definition switch
    {
        FirstTransferDefinition.InternationalTransfer => ItmoActionSubtype.FirstTransferToAnotherParty,
        FirstTransferDefinition.Authorization => ItmoActionSubtype.Authorization,
        FirstTransferDefinition.Issuance => ItmoActionSubtype.Issuance,
        FirstTransferDefinition.UseOrCancellation => ItmoActionSubtype.UseOrCancellation,
        _ => throw Undefined(definition),
    };

    /// <summary>Reads the AEF text of a purpose (exact spelling, for example <c>NDC and IMP</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not one of the seven purposes.</exception>
    public static AuthorizedPurpose ParseAuthorizedPurpose(string text)
    {
        Preconditions.CheckNotNull(text);
        foreach (AuthorizedPurpose p in Enum.GetValues<AuthorizedPurpose>())
        {
            if (string.Equals(p.ToAefText(), text, StringComparison.Ordinal))
            {
                return p;
            }
        }
        throw new FormatException($"'{text}' is not an AEF purpose; expected NDC, OIMP, IMP, OP, 'NDC and OIMP', 'NDC and IMP' or 'NDC and OP'");
    }

    /// <summary>Reads the AEF text of an action type (exact spelling, for example <c>First transfer</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not an action type.</exception>
    public static ItmoActionType ParseActionType(string text)
    {
        Preconditions.CheckNotNull(text);
        foreach (ItmoActionType t in Enum.GetValues<ItmoActionType>())
        {
            if (string.Equals(t.ToAefText(), text, StringComparison.Ordinal))
            {
                return t;
            }
        }
        throw new FormatException($"'{text}' is not an AEF action type");
    }

    private static ArgumentOutOfRangeException Undefined<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        new("value", value, $"Value is not a defined {typeof(TEnum).Name}");
}
