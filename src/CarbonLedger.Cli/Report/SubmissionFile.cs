using System;
using System.Collections.Generic;
using System.Text.Json;
using CarbonLedger.Article6.Reporting;
using CarbonLedger.Cli.Input;
using CarbonLedger.Cli.Terminal;
using CarbonLedger.Parties;
using CarbonLedger.Registry;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Cli.Report;

/// <summary>
/// The caller's part of an AEF submission as JSON:
/// <c>{"version":1,"submissionDate":"2027-04-01","contactName":"…","contactEmail":"…","entities":[{"id":"…","name":"…","country":"KAZ"}]}</c>;
/// the reporting year is the command's <c>--year</c>.
/// </summary>
internal static class SubmissionFile
{
    /// <summary>The file's text for a submission.</summary>
    public static string Write(AefSubmission submission) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteNumber("version", submission.Version);
        w.WriteString("submissionDate", LocalDatePattern.Iso.Format(submission.SubmissionDate));
        w.WriteString("contactName", submission.ContactName);
        w.WriteString("contactEmail", submission.ContactEmail);
        w.WriteStartArray("entities");
        foreach (AuthorizedEntity e in submission.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id.Value);
            w.WriteString("name", e.Name);
            w.WriteString("country", e.Country.Alpha3);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>Reads a submission file for a reporting year.</summary>
    /// <exception cref="InputException">The file is missing or a field is missing or breaks its rule (the message names line and field).</exception>
    public static AefSubmission Load(string file, int year)
    {
        using JsonInput json = JsonInput.Load(file);
        JsonElement root = json.Root;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw json.Error(string.Empty, "must be a JSON object with version, submissionDate, contactName, contactEmail and entities");
        }
        decimal version = json.RequiredDecimal(root, string.Empty, "version");
        if (version != decimal.Truncate(version) || version < 1 || version > int.MaxValue)
        {
            throw json.Error("version", $"must be a whole number from 1; it is {version}");
        }
        string dateText = json.RequiredString(root, string.Empty, "submissionDate");
        ParseResult<LocalDate> date = LocalDatePattern.Iso.Parse(dateText);
        if (!date.Success)
        {
            throw json.Error("submissionDate", $"'{dateText}' is not a date yyyy-MM-dd");
        }
        string name = json.RequiredString(root, string.Empty, "contactName");
        string email = json.RequiredString(root, string.Empty, "contactEmail");
        JsonElement array = json.RequiredArray(root, string.Empty, "entities");
        var entities = new List<AuthorizedEntity>();
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = JsonInput.Index("entities", i++);
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw json.Error(path, "must be an object with id, name and country");
            }
            string id = json.RequiredString(item, path, "id");
            string entityName = json.RequiredString(item, path, "name");
            string country = json.RequiredString(item, path, "country");
            if (!Country.TryFromCode(country, out Country? c))
            {
                throw json.Error(JsonInput.Path(path, "country"), $"'{country}' is not an ISO 3166-1 country code");
            }
            try
            {
                entities.Add(AuthorizedEntity.Create(ActorId.Create(id), entityName, c));
            }
            catch (ArgumentException ex)
            {
                throw json.Error(JsonInput.Path(path, ex.ParamName == "name" ? "name" : "id"), ex.Message, ex);
            }
        }
        try
        {
            return AefSubmission.Create(year, (int)version, date.Value, name, email, entities);
        }
        catch (ArgumentException ex)
        {
            string field = ex.ParamName switch
            {
                "reportingYear" => "--year",
                "entities" => "entities",
                null => string.Empty,
                _ => ex.ParamName,
            };
            throw field == "--year" ? InputException.At("--year", null, null, ex.Message, ex) : json.Error(field, FirstLine(ex.Message), ex);
        }
    }

    private static string FirstLine(string message)
    {
        int cut = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
