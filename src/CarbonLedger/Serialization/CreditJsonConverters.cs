using System.Text.Json.Serialization;
using CarbonLedger.Projects;
using CarbonLedger.Registry;
using CarbonLedger.Serials;

namespace CarbonLedger.Serialization;

/// <summary>The JSON shape of credit attributes.</summary>
internal sealed record AttributesRecord(
    [property: JsonRequired] RegistryId Issuer,
    [property: JsonRequired] ProjectId Project,
    [property: JsonRequired] int Vintage,
    [property: JsonRequired] string UnitType,
    [property: JsonRequired] AuthorizationStatus Authorization,
    [property: JsonRequired] bool FirstTransferred);

/// <summary>The JSON shape of a credit block: the attributes and the inclusive serials.</summary>
internal sealed record BlockRecord(
    [property: JsonRequired] RegistryId Issuer,
    [property: JsonRequired] ProjectId Project,
    [property: JsonRequired] int Vintage,
    [property: JsonRequired] string UnitType,
    [property: JsonRequired] AuthorizationStatus Authorization,
    [property: JsonRequired] bool FirstTransferred,
    [property: JsonRequired] long Start,
    [property: JsonRequired] long End);

/// <summary>Credit attributes as an object.</summary>
internal sealed class CreditAttributesJsonConverter : RecordJsonConverter<CreditAttributes, AttributesRecord>
{
    protected override AttributesRecord ToRecord(CreditAttributes value) =>
        new(value.Issuer, value.Project, value.Vintage, value.UnitType, value.Authorization, value.FirstTransferred);

    protected override CreditAttributes FromRecord(AttributesRecord r) =>
        CreditAttributes.Create(r.Issuer, r.Project, r.Vintage, r.UnitType, r.Authorization, r.FirstTransferred);
}

/// <summary>A credit block as one flat object.</summary>
internal sealed class CreditBlockJsonConverter : RecordJsonConverter<CreditBlock, BlockRecord>
{
    protected override BlockRecord ToRecord(CreditBlock value)
    {
        CreditAttributes a = value.Attributes;
        return new(a.Issuer, a.Project, a.Vintage, a.UnitType, a.Authorization, a.FirstTransferred, value.Block.Start, value.Block.End);
    }

    protected override CreditBlock FromRecord(BlockRecord r) =>
        CreditBlock.Create(SerialBlock.FromRange(r.Start, r.End), CreditAttributes.Create(r.Issuer, r.Project, r.Vintage, r.UnitType, r.Authorization, r.FirstTransferred));
}
