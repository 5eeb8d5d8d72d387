using System;
using CarbonLedger.Quantification;
using Xunit;

namespace CarbonLedger.Tests.Quantification;

public class TermTest
{
    [Fact]
    public void Multiply_QuotientOnRight_Parenthesised()
    {
        Term term = Term.Constant(120m) * (Term.Constant(6m) / Term.Constant(4m)) * Term.Constant(0.533m);
        Assert.Equal("120 × (6 ÷ 4) × 0.533", term.Symbolic);
        Assert.Equal(95.94m, term.Value);
    }

    [Fact]
    public void Subtract_SumOnRight_Parenthesised()
    {
        Term term = Term.Constant(10m) - (Term.Constant(2m) + Term.Constant(3m));
        Assert.Equal("10 − (2 + 3)", term.Numeric);
        Assert.Equal(5m, term.Value);
    }

    [Fact]
    public void Divide_ProductOnRight_Parenthesised()
    {
        Term term = Term.Constant(12m) / (Term.Constant(2m) * Term.Constant(3m));
        Assert.Equal("12 ÷ (2 × 3)", term.Numeric);
        Assert.Equal(2m, term.Value);
    }

    [Fact]
    public void Divide_ByZero_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Term.Constant(1m) / Term.Constant(0m));
        Assert.Equal("right", ex.ParamName);
    }

    [Fact]
    public void Total_Empty_IsZero()
    {
        Assert.Equal(0m, Term.Total([]).Value);
        Assert.Equal("0", default(Term).Symbolic);
    }

    [Fact]
    public void Constant_Negative_ParenthesisedInProduct()
    {
        Term term = Term.Constant(2m) * Term.Constant(-3m);
        Assert.Equal("2 × (-3)", term.Numeric);
        Assert.Equal(-6m, term.Value);
    }
}
