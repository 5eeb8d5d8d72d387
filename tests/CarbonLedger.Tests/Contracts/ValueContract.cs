using System;
using System.Collections.Generic;
using Xunit;

namespace CarbonLedger.Tests.Contracts;

/// <summary>
/// Checks the equality, hashing and ordering contracts of a value type once, so every type's tests can
/// state them in one line.
/// </summary>
public static class ValueContract
{
    /// <summary>
    /// <paramref name="value"/> and <paramref name="equalValue"/> must be equal (possibly different
    /// representations, such as 1.0 and 1.00); every member of <paramref name="unequalValues"/> must differ.
    /// </summary>
    public static void AssertEquality<T>(T value, T equalValue, params T[] unequalValues)
        where T : IEquatable<T>
    {
        Assert.True(value.Equals(equalValue), "IEquatable.Equals of equal values");
        Assert.True(equalValue.Equals(value), "IEquatable.Equals is symmetric");
        Assert.True(value.Equals((object)equalValue), "object.Equals of equal values");
        Assert.Equal(value.GetHashCode(), equalValue.GetHashCode());
        Assert.False(value.Equals((object?)null), "Equals(null) is false");
        Assert.False(value.Equals(new object()), "Equals of another type is false");
        Assert.True(EqualityComparer<T>.Default.Equals(value, equalValue));
        foreach (T other in unequalValues)
        {
            Assert.False(value.Equals(other), $"{value} must not equal {other}");
            Assert.False(other.Equals(value), $"{other} must not equal {value}");
            Assert.False(value.Equals((object)other!), "object.Equals of unequal values");
        }
        AssertOperatorsIfAny(value, equalValue, unequalValues);
    }

    /// <summary>
    /// The values must be given in strictly increasing order; checks CompareTo, the comparison operators
    /// when the type defines them, and agreement with equality.
    /// </summary>
    public static void AssertOrdering<T>(params T[] ascending)
        where T : IComparable<T>, IEquatable<T>
    {
        Assert.True(ascending.Length >= 2, "give at least two values");
        for (int i = 0; i < ascending.Length; i++)
        {
            Assert.Equal(0, ascending[i].CompareTo(ascending[i]));
            for (int j = i + 1; j < ascending.Length; j++)
            {
                Assert.True(ascending[i].CompareTo(ascending[j]) < 0, $"{ascending[i]} < {ascending[j]}");
                Assert.True(ascending[j].CompareTo(ascending[i]) > 0, $"{ascending[j]} > {ascending[i]}");
                Assert.False(ascending[i].Equals(ascending[j]), "ordering agrees with equality");
                AssertComparisonOperatorsIfAny(ascending[i], ascending[j]);
            }
        }
        if (ascending[0] is IComparable nonGeneric)
        {
            Assert.True(nonGeneric.CompareTo(null) > 0, "null sorts first");
            Assert.True(nonGeneric.CompareTo(ascending[1]) < 0);
            Assert.Throws<ArgumentException>(() => nonGeneric.CompareTo(new object()));
        }
    }

    private static void AssertOperatorsIfAny<T>(T value, T equalValue, T[] unequalValues)
    {
        var eq = typeof(T).GetMethod("op_Equality", [typeof(T), typeof(T)]);
        var ne = typeof(T).GetMethod("op_Inequality", [typeof(T), typeof(T)]);
        Assert.True((eq is null) == (ne is null), "== and != come together");
        if (eq is null || ne is null)
        {
            return;
        }
        Assert.True((bool)eq.Invoke(null, [value, equalValue])!);
        Assert.False((bool)ne.Invoke(null, [value, equalValue])!);
        foreach (T other in unequalValues)
        {
            Assert.False((bool)eq.Invoke(null, [value, other])!);
            Assert.True((bool)ne.Invoke(null, [value, other])!);
        }
    }

    private static void AssertComparisonOperatorsIfAny<T>(T smaller, T larger)
    {
        var lt = typeof(T).GetMethod("op_LessThan", [typeof(T), typeof(T)]);
        if (lt is null)
        {
            return;
        }
        var le = typeof(T).GetMethod("op_LessThanOrEqual", [typeof(T), typeof(T)])!;
        var gt = typeof(T).GetMethod("op_GreaterThan", [typeof(T), typeof(T)])!;
        var ge = typeof(T).GetMethod("op_GreaterThanOrEqual", [typeof(T), typeof(T)])!;
        Assert.True((bool)lt.Invoke(null, [smaller, larger])!);
        Assert.True((bool)le.Invoke(null, [smaller, larger])!);
        Assert.True((bool)le.Invoke(null, [smaller, smaller])!);
        Assert.False((bool)gt.Invoke(null, [smaller, larger])!);
        Assert.True((bool)gt.Invoke(null, [larger, smaller])!);
        Assert.True((bool)ge.Invoke(null, [larger, smaller])!);
        Assert.True((bool)ge.Invoke(null, [larger, larger])!);
        Assert.False((bool)lt.Invoke(null, [larger, smaller])!);
    }
}
