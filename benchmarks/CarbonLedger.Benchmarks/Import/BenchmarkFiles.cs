using System.Globalization;
using System.IO;
using System.Text;
using CarbonLedger.Cli.Quantify;
using CarbonLedger.Quantification.Monitoring;
using NodaTime;
using NodaTime.Text;

namespace CarbonLedger.Benchmarks.Import;

/// <summary>Generates the benchmark inputs into the temp folder at benchmark time (they are never committed).</summary>
internal static class BenchmarkFiles
{
    public static readonly MonitoringSite Site = new("BENCH", DateTimeZoneProviders.Tzdb["Asia/Almaty"]);
    public static readonly MonitoringPeriod Period = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    public const int ReadingsPerMeter = 35_040;

    public static string Folder
    {
        get
        {
            string folder = Path.Combine(Path.GetTempPath(), "carbonledger-benchmarks");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static string Meter(int i) => "M" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static MonitoredSpec[] Specs(int meters)
    {
        var specs = new MonitoredSpec[meters];
        for (int i = 0; i < meters; i++)
        {
            specs[i] = new MonitoredSpec(Meter(i), MonitoredQuantity.ReferenceEnergy("EG_" + i.ToString(CultureInfo.InvariantCulture) + ",p", "PV output"),
                $"systems[{i}].output", MonitoringOption.C, "revenue meter", null, null);
        }
        return specs;
    }

    /// <summary>One year of 15-minute readings for each meter, meter after meter: <c>M0001,2025-01-01T00:00:00+05:00,…,1.234,kWh</c>.</summary>
    public static string ReadingsCsv(int meters)
    {
        string path = Path.Combine(Folder, $"readings-{meters}.csv");
        if (File.Exists(path))
        {
            return path;
        }
        string[] stamps = Stamps();
        using (var writer = new StreamWriter(path + ".tmp", false, new UTF8Encoding(false), 1 << 20))
        {
            writer.Write("parameter,start,end,amount,unit\n");
            for (int m = 0; m < meters; m++)
            {
                string meter = Meter(m);
                for (int i = 0; i < ReadingsPerMeter; i++)
                {
                    writer.Write(meter);
                    writer.Write(',');
                    writer.Write(stamps[i]);
                    writer.Write(',');
                    writer.Write(stamps[i + 1]);
                    writer.Write(',');
                    writer.Write(Amount(m, i));
                    writer.Write(",kWh\n");
                }
            }
        }
        File.Move(path + ".tmp", path, overwrite: true);
        return path;
    }

    public static string[] Stamps()
    {
        Instant first = new LocalDateTime(2025, 1, 1, 0, 0).InZoneStrictly(Site.Zone).ToInstant();
        var stamps = new string[ReadingsPerMeter + 1];
        for (int i = 0; i < stamps.Length; i++)
        {
            stamps[i] = OffsetDateTimePattern.Rfc3339.Format((first + Duration.FromMinutes(15 * i)).InZone(Site.Zone).ToOffsetDateTime());
        }
        return stamps;
    }

    public static string Amount(int meter, int i) =>
        ((((long)meter * 7919) + ((long)i * 104729)) % 250_000 / 1000m).ToString(CultureInfo.InvariantCulture);
}
