using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Quantities;
using Xunit;

namespace CarbonLedger.Tests.Quantities;

public partial class Co2eTest
{
    private static readonly Co2e A = Co2e.FromTonnes(12.5m);
    private static readonly Co2e B = Co2e.FromTonnes(0.25m);

    [Fact]
    public void Operators_Arithmetic_Exact()
    {
        Assert.Equal(12.75m, (A + B).Tonnes);
        Assert.Equal(12.25m, (A - B).Tonnes);
        Assert.Equal(-12.5m, (-A).Tonnes);
        Assert.Equal(12.5m, (+A).Tonnes);
        Assert.Equal(37.5m, (A * 3m).Tonnes);
        Assert.Equal(37.5m, (3m * A).Tonnes);
        Assert.Equal(6.25m, (A / 2m).Tonnes);
        Assert.Equal(50m, A / B);
        Assert.Equal(0.3m, (Co2e.FromTonnes(0.1m) + Co2e.FromTonnes(0.2m)).Tonnes);
    }

    [Fact]
    public void NamedTwins_MatchOperators()
    {
        Assert.Equal(A + B, Co2e.Add(A, B));
        Assert.Equal(A + B, A.Plus(B));
        Assert.Equal(A - B, Co2e.Subtract(A, B));
        Assert.Equal(A - B, A.Minus(B));
        Assert.Equal(-A, Co2e.Negate(A));
        Assert.Equal(A * 4m, Co2e.Multiply(A, 4m));
        Assert.Equal(A / 4m, Co2e.Divide(A, 4m));
        Assert.Equal(A, Co2e.Max(A, B));
        Assert.Equal(B, Co2e.Min(A, B));
        Assert.Equal(A, (-A).Abs());
        Assert.True((-A).IsNegative);
        Assert.False(A.IsNegative);
    }

    [Fact]
    public void Divide_ByZero_ThrowsNamingDivisor()
    {
        var ex = Assert.Throws<ArgumentException>(() => A / 0m);
        Assert.Equal("divisor", ex.ParamName);
        Assert.Contains("zero", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<ArgumentException>(() => A / Co2e.Zero);
        Assert.Equal("divisor", ex2.ParamName);
    }

    [Fact]
    public void Add_Overflow_ThrowsClearMessage()
    {
        var ex = Assert.Throws<OverflowException>(() => Co2e.MaxValue + Co2e.FromTonnes(1m));
        Assert.Contains("Addition", ex.Message, StringComparison.Ordinal);
        var ex2 = Assert.Throws<OverflowException>(() => Co2e.MinValue - Co2e.FromTonnes(1m));
        Assert.Contains("Subtraction", ex2.Message, StringComparison.Ordinal);
        var ex3 = Assert.Throws<OverflowException>(() => Co2e.MaxValue * 2m);
        Assert.Contains("Multiplication", ex3.Message, StringComparison.Ordinal);
        var ex4 = Assert.Throws<OverflowException>(() => Co2e.MaxValue / 0.5m);
        Assert.Contains("Division", ex4.Message, StringComparison.Ordinal);
        Assert.Throws<OverflowException>(() => Co2e.MaxValue.Kilograms);
    }

    [Fact]
    public void Sum_Sequences_ExactAndEmptyIsZero()
    {
        Co2e[] values = [Co2e.FromTonnes(0.1m), Co2e.FromTonnes(0.2m), Co2e.FromTonnes(-0.05m)];
        Assert.Equal(0.25m, Co2e.Sum(values).Tonnes);
        Assert.Equal(0.25m, Co2e.Sum(values.ToList()).Tonnes);
        Assert.Equal(0.25m, Co2e.Sum(values.Select(v => v)).Tonnes);
        Assert.Equal(0.25m, Co2e.Sum(values.AsSpan()).Tonnes);
        Assert.Equal(Co2e.Zero, Co2e.Sum(Array.Empty<Co2e>()));
        Assert.Equal(Co2e.Zero, Co2e.Sum(Enumerable.Empty<Co2e>()));
    }

    [Fact]
    public void Sum_Overflow_ThrowsClearMessage()
    {
        Co2e[] values = [Co2e.MaxValue, Co2e.MaxValue];
        Assert.Contains("sum", Assert.Throws<OverflowException>(() => Co2e.Sum(values)).Message, StringComparison.Ordinal);
        Assert.Contains("sum", Assert.Throws<OverflowException>(() => Co2e.Sum(values.Select(v => v))).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sum_Null_ThrowsNamingValues()
    {
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Co2e.Sum((IEnumerable<Co2e>)null!)).ParamName);
    }

    [Fact]
    public void CompareTo_Object_RejectsOtherTypes()
    {
        Assert.Equal("obj", Assert.Throws<ArgumentException>(() => A.CompareTo("12.5")).ParamName);
        Assert.True(A.CompareTo((object)B) > 0);
    }
}
