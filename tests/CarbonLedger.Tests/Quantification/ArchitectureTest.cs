using System;
using System.Linq;
using System.Reflection;
using CarbonLedger.Quantification;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

/// <summary>Reflection checks on the public surface of the quantification namespaces.</summary>
public class ArchitectureTest
{
    private static readonly Type[] PublicTypes = typeof(Methodology).Assembly.GetExportedTypes()
        .Where(t => t.Namespace is string ns && ns.StartsWith("CarbonLedger.Quantification", StringComparison.Ordinal))
        .ToArray();

    [Fact]
    public void PublicStructs_AreReadOnly()
    {
        var mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum)
            .Where(t => !t.GetCustomAttributesData().Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.IsReadOnlyAttribute"))
            .Select(t => t.FullName);
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicMembers_NoDoubleOrDateTime()
    {
        Type[] banned = [typeof(double), typeof(float), typeof(DateTime), typeof(DateTimeOffset)];
        var offenders = PublicTypes
            .SelectMany(t => t.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m switch
            {
                PropertyInfo p => banned.Contains(p.PropertyType),
                MethodInfo mi => banned.Contains(mi.ReturnType) || mi.GetParameters().Any(p => banned.Contains(p.ParameterType)),
                ConstructorInfo c => c.GetParameters().Any(p => banned.Contains(p.ParameterType)),
                FieldInfo f => banned.Contains(f.FieldType),
                _ => false,
            })
            .Select(m => m.DeclaringType!.Name + "." + m.Name);
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicClasses_HaveNoPublicSetters()
    {
        var setters = PublicTypes
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod is { IsPublic: true })
            .Select(p => p.DeclaringType!.Name + "." + p.Name);
        Assert.Empty(setters);
    }
}
