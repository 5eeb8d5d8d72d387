using System;
using System.Globalization;
using System.Linq;
using CarbonLedger.Parties;
using CarbonLedger.Serials;
using CsCheck;
using Xunit;

namespace CarbonLedger.Tests.Serials;

public partial class CreditSerialNumberTest
{
    private static readonly string[] Alpha2Codes = Country.All.Select(c => c.Alpha2).ToArray();

    private static readonly Gen<string> GenDigits = Gen.Char['0', '9'].Array[1, 8].Select(a => new string(a));

    private static readonly Gen<string> GenLetters = Gen.Char['A', 'Z'].Array[2, 8].Select(a => new string(a));

    private static readonly Gen<string> GenCountry = Gen.Int[0, Alpha2Codes.Length - 1].Select(i => Alpha2Codes[i]);

    private static readonly Gen<int> GenYear = Gen.Int[Vintage.MinYear, Vintage.MaxYear];

    // Two block numbers in a valid padding: unpadded, or both padded to a common width.
    private static readonly Gen<string> GenPaddedBlock =
        Gen.Select(Gen.Long[1, 1_000_000_000_000], Gen.Long[0, 1_000_000], Gen.Int[0, 15])
            .Select((start, extra, width) =>
            {
                string format = width == 0 ? "D" : "D" + width.ToString(CultureInfo.InvariantCulture);
                return start.ToString(format, CultureInfo.InvariantCulture) + "-" + (start + extra).ToString(format, CultureInfo.InvariantCulture);
            });

    private static readonly Gen<string> GenDayMonthYearRange =
        Gen.Select(Gen.Int[Vintage.MinYear, Vintage.MaxYear - 1], Gen.Int[0, 364], Gen.Int[0, 400]).Select((year, offset, length) =>
        {
            var start = new NodaTime.LocalDate(year, 1, 1).PlusDays(offset);
            var end = start.PlusDays(length);
            return $"{start:ddMMuuuu}-{end:ddMMuuuu}";
        });

    private static readonly Gen<string> GenVerra =
        Gen.Select(GenDigits, GenPaddedBlock, GenLetters, GenDigits, GenLetters, GenCountry, GenDigits.Array[0, 1], GenDigits)
            .Select(Gen.Select(GenDayMonthYearRange, Gen.Bool), (fields, tail) =>
            {
                (string batch, string block, string unit, string code, string verification, string country, string[] scope, string project) = fields;
                string scopeText = scope.Length == 0 ? string.Empty : scope[0] + "-";
                return $"{batch}-{block}-VCS-{unit}-{code}-{verification}-{country}-{scopeText}{project}-{tail.Item1}-{(tail.Item2 ? 1 : 0)}";
            });

    private static readonly Gen<string> GenGoldStandard =
        Gen.Select(GenCountry, GenDigits, GenDigits, GenYear, GenDigits, GenPaddedBlock)
            .Select((country, project, sequence, year, batch, block) => $"GS1-1-{country}-GS{project}-{sequence}-{year}-{batch}-{block}");

    private static readonly Gen<string> GenAcr =
        Gen.Select(GenCountry, GenDigits, GenYear, GenDigits, GenPaddedBlock)
            .Select((country, project, year, batch, block) => $"ACR-{country}-{project}-{year}-{batch}-{block}");

    private static readonly Gen<string> GenUndp =
        Gen.Select(GenCountry, GenLetters, GenDigits, GenDigits, GenYear, GenDigits, GenPaddedBlock)
            .Select((country, unit, scope, programme, year, batch, block) => $"{country}-{unit}-{scope}-{programme}-{year}-{batch}-{block}");

    private static readonly Gen<string> GenJcm =
        Gen.Select(Gen.Int[0, Alpha2Codes.Length - 1], Gen.Bool, Gen.Int[1, 999_999], Gen.Select(GenYear, Gen.Int[0, 364], Gen.Int[0, 364]),
                Gen.Long[1, 100_000], Gen.Long[1, 1_000_000_000_000], Gen.Long[0, 1_000_000])
            .Select((countryIndex, japanRegistry, number, vintage, batch, start, extra) =>
            {
                Country host = Country.FromAlpha2(Alpha2Codes[countryIndex]);
                string registry = japanRegistry ? "JPN01" : host.Alpha3 + "07";
                (int year, int a, int b) = vintage;
                var first = new NodaTime.LocalDate(year, 1, 1).PlusDays(Math.Min(a, b));
                var last = new NodaTime.LocalDate(year, 1, 1).PlusDays(Math.Max(a, b));
                bool whole = a == b || last.Year != year || (first.DayOfYear == 1 && last.Month == 12 && last.Day == 31);
                string vintageText = whole ? year.ToString(CultureInfo.InvariantCulture) : $"{first:uuuuMMdd}_{last:uuuuMMdd}";
                string project = host.Alpha2 + number.ToString("D3", CultureInfo.InvariantCulture);
                return $"JCM-{registry}-{project}-{vintageText}-{batch}-{start}-{start + extra}";
            });

    private static readonly Gen<string> GenAnyValid = Gen.OneOf(GenVerra, GenGoldStandard, GenAcr, GenUndp, GenJcm);

    [Fact]
    public void Property_ValidText_FormatOfParseIsIdentity()
    {
        GenAnyValid.Sample(text =>
        {
            CreditSerialNumber serial = CreditSerialNumber.Parse(text);
            Assert.Equal(text, serial.ToString());
            Assert.Equal(serial, CreditSerialNumber.Parse(serial.ToString(), serial.Scheme));
        }, iter: 5_000);
    }

    [Fact]
    public void Property_RandomStrings_OnlyFormatExceptionNamingAField()
    {
        Gen<string> genNoise = Gen.Frequency(
            (3, Gen.Char["0123456789-ABCDEFGHIJKLMNOPQRSTUVWXYZJCMGSVU_ "].Array[0, 80].Select(a => new string(a))),
            (1, Gen.String),
            (1, Gen.Char.Array[0, 40].Select(a => new string(a))));
        genNoise.Sample(AssertParsesOrNamesField, iter: 20_000);
    }

    [Fact]
    public void Property_MutatedValidStrings_OnlyFormatExceptionNamingAField()
    {
        Gen.Select(GenAnyValid, Gen.Int[0, 200].Array[1, 4], Gen.Char["0123456789-AZaz_ \u0661"].Array[4], Gen.Int[0, 2].Array[4])
            .Sample((text, positions, replacements, operations) =>
            {
                var chars = text.ToList();
                for (int i = 0; i < positions.Length && chars.Count > 0; i++)
                {
                    int at = positions[i] % chars.Count;
                    switch (operations[i])
                    {
                        case 0: chars[at] = replacements[i]; break;
                        case 1: chars.RemoveAt(at); break;
                        default: chars.Insert(at, replacements[i]); break;
                    }
                }
                AssertParsesOrNamesField(new string(chars.ToArray()));
            }, iter: 20_000);
    }

    private static void AssertParsesOrNamesField(string text)
    {
        CreditSerialNumber? serial;
        try
        {
            serial = CreditSerialNumber.Parse(text);
        }
        catch (FormatException ex)
        {
            Assert.Contains("field '", ex.Message, StringComparison.Ordinal);
            return;
        }
        Assert.Equal(text, serial.ToString());
    }
}
