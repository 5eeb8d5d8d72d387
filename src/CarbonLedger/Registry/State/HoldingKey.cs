using System;
using CarbonLedger.Projects;

namespace CarbonLedger.Registry.State;

/// <summary>
/// The order of an account's holdings: vintage, issuing registry, project (country code, number, then text), first
/// serial. Serials are unique within a serial space, so no two holdings of one account share a key.
/// </summary>
internal readonly struct HoldingKey
{
    internal readonly int Vintage;
    internal readonly RegistryId Issuer;
    internal readonly string Project;
    internal readonly long Start;

    internal HoldingKey(int vintage, RegistryId issuer, string project, long start)
    {
        Vintage = vintage;
        Issuer = issuer;
        Project = project;
        Start = start;
    }

    /// <summary>The key of a holding.</summary>
    internal static HoldingKey Of(in CreditBlock block)
    {
        CreditAttributes a = block.Attributes;
        return new HoldingKey(a.Vintage, a.Issuer, a.Project.Value, block.Block.Start);
    }

    /// <summary>The smallest key of a vintage.</summary>
    internal static HoldingKey FirstOfVintage(int vintage) => new(vintage, default, string.Empty, 0);

    /// <summary>Compares this key with a holding's key.</summary>
    internal int CompareTo(in CreditBlock block)
    {
        CreditAttributes a = block.Attributes;
        if (Vintage != a.Vintage)
        {
            return Vintage < a.Vintage ? -1 : 1;
        }
        if (Issuer != a.Issuer)
        {
            return Issuer < a.Issuer ? -1 : 1;
        }
        string other = a.Project.Value;
        if (!ReferenceEquals(Project, other))
        {
            int c = CompareProjects(Project, other);
            if (c != 0)
            {
                return c;
            }
        }
        return Start.CompareTo(block.Block.Start);
    }

    /// <summary>Project order without allocation: country code, then number, then text (so it agrees with equality).</summary>
    internal static int CompareProjects(string a, string b)
    {
        int c = a.AsSpan(0, Math.Min(2, a.Length)).SequenceCompareTo(b.AsSpan(0, Math.Min(2, b.Length)));
        if (c != 0)
        {
            return c;
        }
        long na = Number(a);
        long nb = Number(b);
        return na != nb ? na.CompareTo(nb) : string.CompareOrdinal(a, b);
    }

    private static long Number(string project)
    {
        long n = 0;
        for (int i = 2; i < project.Length; i++)
        {
            n = (n * 10) + (project[i] - '0');
        }
        return n;
    }

    /// <summary>Whether the holding is in serial space (<paramref name="issuer"/>, <paramref name="project"/>).</summary>
    internal static bool InSpace(in CreditBlock block, RegistryId issuer, ProjectId project) =>
        block.Attributes.Issuer == issuer && block.Attributes.Project == project;
}
