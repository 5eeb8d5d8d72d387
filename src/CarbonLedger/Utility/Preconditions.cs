using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace CarbonLedger.Utility;

/// <summary>
/// The one place where argument checks live. Each check is small enough to inline; the throw sits in a
/// separate method so that the happy path stays tiny.
/// </summary>
internal static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> naming <paramref name="paramName"/> when the value is null.</summary>
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(paramName);
        }
        return value;
    }

    /// <summary>Throws <see cref="ArgumentException"/> with the rule in <paramref name="message"/> when the condition is false.</summary>
    internal static void CheckArgument([DoesNotReturnIf(false)] bool condition, string paramName, string message)
    {
        if (!condition)
        {
            ThrowArgument(paramName, message);
        }
    }

    /// <summary>Formatting overload: the message is only built when the check fails.</summary>
    internal static void CheckArgument<T>([DoesNotReturnIf(false)] bool condition, string paramName, string format, T arg)
    {
        if (!condition)
        {
            ThrowArgument(paramName, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arg));
        }
    }

    /// <summary>Formatting overload with two arguments.</summary>
    internal static void CheckArgument<T1, T2>([DoesNotReturnIf(false)] bool condition, string paramName, string format, T1 arg1, T2 arg2)
    {
        if (!condition)
        {
            ThrowArgument(paramName, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, arg1, arg2));
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> lies outside the inclusive range.</summary>
    internal static void CheckArgumentRange(string paramName, decimal value, decimal minInclusive, decimal maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> when <paramref name="value"/> lies outside the inclusive range.</summary>
    internal static void CheckArgumentRange(string paramName, long value, long minInclusive, long maxInclusive)
    {
        if (value < minInclusive || value > maxInclusive)
        {
            ThrowRange(paramName, value, minInclusive, maxInclusive);
        }
    }

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless the value is a defined member of its enum.</summary>
    internal static void CheckDefined<TEnum>(TEnum value, string paramName)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            ThrowUndefined(paramName, value);
        }
    }

    /// <summary>Throws <see cref="ArgumentException"/> unless the double is finite (not NaN, not an infinity).</summary>
    internal static void CheckFinite(double value, string paramName)
    {
        if (!double.IsFinite(value))
        {
            ThrowArgument(paramName, $"Value must be a finite number; it is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowNull(string? paramName) => throw new ArgumentNullException(paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static void ThrowArgument(string paramName, string message) => throw new ArgumentException(message, paramName);

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowRange<T>(string paramName, T value, T min, T max) =>
        throw new ArgumentOutOfRangeException(paramName, value,
            string.Format(System.Globalization.CultureInfo.InvariantCulture, "Value must lie between {0} and {1} inclusive", min, max));

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowUndefined<TEnum>(string paramName, TEnum value) =>
        throw new ArgumentOutOfRangeException(paramName, value, $"Value is not a defined {typeof(TEnum).Name}");
}
