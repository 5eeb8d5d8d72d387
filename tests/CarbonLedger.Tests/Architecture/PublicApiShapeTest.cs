using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Architecture;

/// <summary>Reflection tests that guard the design rules of the public API.</summary>
public class PublicApiShapeTest
{
    private static readonly Assembly Library = typeof(Co2e).Assembly;

    private static IEnumerable<Type> PublicTypes => Library.GetExportedTypes();

    private static IEnumerable<MemberInfo> PublicMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly);

    private static IEnumerable<Type> TypesIn(MemberInfo member) => member switch
    {
        FieldInfo f => [f.FieldType],
        PropertyInfo p => [p.PropertyType, .. p.GetIndexParameters().Select(i => i.ParameterType)],
        MethodInfo m => [m.ReturnType, .. m.GetParameters().Select(i => i.ParameterType)],
        ConstructorInfo c => c.GetParameters().Select(i => i.ParameterType),
        EventInfo e => e.EventHandlerType is null ? [] : [e.EventHandlerType],
        _ => [],
    };

    private static IEnumerable<Type> Expand(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (Type t in Expand(type.GetElementType()!))
            {
                yield return t;
            }
        }
        if (type.IsGenericType)
        {
            foreach (Type t in type.GetGenericArguments().SelectMany(Expand))
            {
                yield return t;
            }
        }
    }

    [Fact]
    public void PublicStructs_AreReadonly()
    {
        Type[] mutable = PublicTypes
            .Where(t => t.IsValueType && !t.IsEnum && !t.IsDefined(typeof(IsReadOnlyAttribute), false))
            .ToArray();
        Assert.True(PublicTypes.Any(t => t.IsValueType && !t.IsEnum), "the library has public structs to check");
        Assert.Empty(mutable);
    }

    [Fact]
    public void PublicMembers_ExposeNoDoubleOrFloat()
    {
        // UnitsNet quantities are double-based, but they are allowed as named boundary types: this test looks
        // for double/float themselves in signatures, which no member may expose.
        string[] offenders = PublicTypes
            .SelectMany(t => PublicMembers(t).Select(m => (Type: t, Member: m)))
            .Where(x => TypesIn(x.Member).SelectMany(Expand).Any(t => t == typeof(double) || t == typeof(float) || t == typeof(Half)))
            .Select(x => $"{x.Type.FullName}.{x.Member.Name}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicMembers_ExposeNoSystemDateTime()
    {
        string[] offenders = PublicTypes
            .SelectMany(t => PublicMembers(t).Select(m => (Type: t, Member: m)))
            .Where(x => TypesIn(x.Member).SelectMany(Expand).Any(t => t == typeof(DateTime) || t == typeof(DateTimeOffset)))
            .Select(x => $"{x.Type.FullName}.{x.Member.Name}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void UnitsNetQuantities_OnlyOnNamedBoundaryMembers()
    {
        // UnitsNet types may appear only on FromMass/ToMass/Apply/ToCo2e style boundary members.
        string[] allowed = ["FromMass", "ToMass", "Apply", "ToCo2e"];
        string[] offenders = PublicTypes
            .SelectMany(t => PublicMembers(t).Select(m => (Type: t, Member: m)))
            .Where(x => TypesIn(x.Member).SelectMany(Expand).Any(t => t.Namespace is not null && t.Namespace.StartsWith("UnitsNet", StringComparison.Ordinal)))
            .Where(x => !allowed.Any(a => x.Member.Name.StartsWith(a, StringComparison.Ordinal)))
            .Select(x => $"{x.Type.FullName}.{x.Member.Name}")
            .ToArray();
        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicTypes_HaveNoPublicSettersOnDomainTypes()
    {
        string[] offenders = PublicTypes
            .Where(t => !t.IsSubclassOf(typeof(Exception)))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly).Select(p => (Type: t, Property: p)))
            .Where(x => x.Property.SetMethod is { IsPublic: true } setter
                && !setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)))
            .Select(x => $"{x.Type.FullName}.{x.Property.Name}")
            .ToArray();
        Assert.Empty(offenders);
    }
}
