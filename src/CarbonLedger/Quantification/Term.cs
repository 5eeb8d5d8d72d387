using System;
using System.Collections.Generic;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification;

/// <summary>
/// A value in a methodology's calculation together with how it was obtained, written twice: with symbols
/// (<c>EG_1,p × EF_1</c>) and with numbers (<c>1500 × 0.797</c>). Arithmetic on terms computes the exact decimal
/// value and writes both texts, so every step recorded in a <see cref="CalculationTrace"/> can be recomputed by hand.
/// </summary>
/// <remarks>
/// <para>Terms for parameters come from a <see cref="CalculationContext"/> (which records the parameter in the
/// trace); numbers come from <see cref="Constant"/>. Values are exact decimals in canonical units; multiplication
/// and division follow <see cref="decimal"/> arithmetic (28–29 significant digits), and the trace shows every digit.</para>
/// <para>A term is a computation record, not a quantity: it has no equality or order. The default value is the
/// constant 0.</para>
/// </remarks>
public readonly struct Term
{
    private const byte Atom = 0;
    private const byte Product = 1;
    private const byte Quotient = 2;
    private const byte Sum = 3;

    private readonly string? symbolic;
    private readonly string? numeric;
    private readonly byte precedence;

    private Term(decimal value, string symbolic, string numeric, byte precedence)
    {
        Value = value;
        this.symbolic = symbolic;
        this.numeric = numeric;
        this.precedence = precedence;
    }

    /// <summary>The exact value.</summary>
    public decimal Value { get; }

    /// <summary>The expression in symbols, for example <c>EG_1,p × EF_1 + EG_2,p × EF_2</c>.</summary>
    public string Symbolic => symbolic ?? "0";

    /// <summary>The same expression with every symbol replaced by its value, for example <c>1500 × 0.797 + 20 × 0.533</c>.</summary>
    public string Numeric => numeric ?? "0";

    /// <summary>A literal number, written the same way in both texts.</summary>
    /// <param name="value">The number.</param>
    public static Term Constant(decimal value)
    {
        string text = QuantificationFormat.Number(value);
        return new Term(value, text, text, value < 0m ? Sum : Atom);
    }

    /// <summary>The sum of terms (<c>a + b + …</c>); an empty sequence is the constant 0.</summary>
    /// <param name="terms">The terms to add.</param>
    /// <exception cref="ArgumentNullException"><paramref name="terms"/> is null.</exception>
    public static Term Total(IEnumerable<Term> terms)
    {
        Preconditions.CheckNotNull(terms);
        Term? total = null;
        foreach (Term term in terms)
        {
            total = total is Term t ? t + term : term;
        }
        return total ?? Constant(0m);
    }

    /// <summary>Adds two terms (named twin of <c>+</c>).</summary>
    public static Term Add(Term left, Term right) => left + right;

    /// <summary>Subtracts two terms (named twin of <c>-</c>).</summary>
    public static Term Subtract(Term left, Term right) => left - right;

    /// <summary>Multiplies two terms (named twin of <c>*</c>).</summary>
    public static Term Multiply(Term left, Term right) => left * right;

    /// <summary>Divides two terms (named twin of <c>/</c>).</summary>
    /// <exception cref="ArgumentException"><paramref name="right"/> is zero.</exception>
    public static Term Divide(Term left, Term right) => left / right;

    /// <summary>Adds exactly; written <c>a + b</c>.</summary>
    public static Term operator +(Term left, Term right) =>
        new(left.Value + right.Value, left.Symbolic + " + " + right.Symbolic, left.Numeric + " + " + right.Numeric, Sum);

    /// <summary>Subtracts exactly; written <c>a − b</c>, with parentheses around a sum on the right.</summary>
    public static Term operator -(Term left, Term right) =>
        new(left.Value - right.Value,
            left.Symbolic + " − " + Wrap(right, right.precedence >= Sum, symbols: true),
            left.Numeric + " − " + Wrap(right, right.precedence >= Sum, symbols: false), Sum);

    /// <summary>Multiplies (decimal product); written <c>a × b</c>, with parentheses around sums and around a
    /// quotient on the right, so the text states the exact order of computation.</summary>
    public static Term operator *(Term left, Term right) =>
        new(left.Value * right.Value,
            Wrap(left, left.precedence >= Sum, true) + " × " + Wrap(right, right.precedence >= Quotient, true),
            Wrap(left, left.precedence >= Sum, false) + " × " + Wrap(right, right.precedence >= Quotient, false), Product);

    /// <summary>Divides (decimal division, 28–29 significant digits); written <c>a ÷ b</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="right"/> is zero.</exception>
    public static Term operator /(Term left, Term right)
    {
        Preconditions.CheckArgument(right.Value != 0m, nameof(right), "Division by {0}, which is zero", right.Symbolic);
        return new(left.Value / right.Value,
            Wrap(left, left.precedence >= Sum, true) + " ÷ " + Wrap(right, right.precedence >= Product, true),
            Wrap(left, left.precedence >= Sum, false) + " ÷ " + Wrap(right, right.precedence >= Product, false), Quotient);
    }

    /// <summary>Formats as <c>symbols = numbers = value</c>.</summary>
    public override string ToString() => $"{Symbolic} = {Numeric} = {QuantificationFormat.Number(Value)}";

    /// <summary>A named value: its symbol on the symbolic side, its number on the numeric side.</summary>
    internal static Term Named(string symbol, decimal value) =>
        new(value, symbol, QuantificationFormat.Number(value), value < 0m ? Sum : Atom);

    private static string Wrap(Term term, bool wrap, bool symbols)
    {
        string text = symbols ? term.Symbolic : term.Numeric;
        return wrap ? "(" + text + ")" : text;
    }
}
