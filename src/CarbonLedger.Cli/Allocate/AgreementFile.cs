using System;
using System.Collections.Generic;
using System.Text.Json;
using CarbonLedger.Allocation;
using CarbonLedger.Cli.Input;

namespace CarbonLedger.Cli.Allocate;

/// <summary>
/// An allocation agreement as JSON: <c>{"recipients": [{"name": …, "share": "1/2", "roundUp": true}, …]}</c>, where a
/// recipient with <c>members</c> is a group split again among its members. Shares are exact: <c>1/3</c>,
/// <c>0.125</c> or <c>50%</c>; they must sum to exactly 1 at each level.
/// </summary>
internal static class AgreementFile
{
    /// <summary>Reads an agreement file into an allocation rule.</summary>
    /// <exception cref="Terminal.InputException">The file is missing or a field is wrong.</exception>
    public static AllocationRule Load(string file)
    {
        using JsonInput json = JsonInput.Load(file);
        if (json.Root.ValueKind != JsonValueKind.Object)
        {
            throw json.Error(string.Empty, "an agreement file is a JSON object with a 'recipients' array");
        }
        return Rule(json, json.RequiredArray(json.Root, string.Empty, "recipients"), "recipients");
    }

    /// <summary>Writes a rule in the same shape.</summary>
    public static void Write(Utf8JsonWriter json, AllocationRule rule)
    {
        json.WriteStartObject();
        WriteEntries(json, rule);
        json.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter json, AllocationRule rule)
    {
        json.WriteStartArray("recipients");
        foreach (AllocationEntry entry in rule.Entries)
        {
            json.WriteStartObject();
            json.WriteString("name", entry.Name);
            json.WriteString("share", entry.Share.ToString());
            if (entry.RoundsUp)
            {
                json.WriteBoolean("roundUp", true);
            }
            if (entry.Priority != 0)
            {
                json.WriteNumber("priority", entry.Priority);
            }
            if (entry.Members is { } members)
            {
                WriteEntries(json, members);
            }
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static AllocationRule Rule(JsonInput json, JsonElement array, string path)
    {
        var entries = new List<AllocationEntry>();
        int index = 0;
        foreach (JsonElement element in array.EnumerateArray())
        {
            string itemPath = JsonInput.Index(path, index++);
            if (element.ValueKind != JsonValueKind.Object)
            {
                throw json.Error(itemPath, "a recipient is a JSON object with 'name' and 'share'");
            }
            string name = json.RequiredString(element, itemPath, "name");
            string shareText = json.RequiredString(element, itemPath, "share");
            if (!Share.TryParse(shareText, out Share share))
            {
                throw json.Error(JsonInput.Path(itemPath, "share"), $"'{shareText}' is not a share such as 1/3, 0.125 or 50%");
            }
            AllocationEntry entry = element.TryGetProperty("members", out JsonElement members) && members.ValueKind == JsonValueKind.Array
                ? AllocationEntry.Group(name, share, Rule(json, members, JsonInput.Path(itemPath, "members")))
                : AllocationEntry.Recipient(name, share);
            if (json.OptionalBool(element, itemPath, "roundUp", false))
            {
                entry = entry.WithRoundUp();
            }
            if (json.OptionalDecimal(element, itemPath, "priority") is decimal priority)
            {
                if (decimal.Truncate(priority) != priority || priority < int.MinValue || priority > int.MaxValue)
                {
                    throw json.Error(JsonInput.Path(itemPath, "priority"), "must be a whole number from -2147483648 to 2147483647");
                }
                entry = entry.WithPriority(decimal.ToInt32(priority));
            }
            entries.Add(entry);
        }
        try
        {
            return AllocationRule.Create(entries);
        }
        catch (ArgumentException ex)
        {
            throw json.Error(path, ex.Message, ex);
        }
    }
}
