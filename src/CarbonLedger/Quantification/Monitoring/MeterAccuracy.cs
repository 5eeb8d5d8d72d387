using System;
using System.Collections.Generic;
using System.Linq;
using CarbonLedger.Utility;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// The accuracy of the meter behind a monitored parameter: its maximum permissible error (MPE) and when that error
/// is applied against the project.
/// </summary>
/// <remarks>
/// <para>Applying the error "against the project" means a <see cref="ParameterSide.Reference"/>-side amount is
/// multiplied by (1 − MPE) and a <see cref="ParameterSide.Project"/>-side amount by (1 + MPE); both are exact
/// decimal products. <see cref="ForAllReadings"/> applies the error to every reading;
/// <see cref="ForDelayedCalibrations"/> applies it only to the readings inside each delayed-calibration window.
/// Every application appears in the calculation trace.</para>
/// <para>Instances are immutable.</para>
/// </remarks>
public sealed class MeterAccuracy
{
    private MeterAccuracy(decimal maximumPermissibleError, bool appliesToAllReadings, IReadOnlyList<CalibrationDelay> delays)
    {
        MaximumPermissibleError = maximumPermissibleError;
        AppliesToAllReadings = appliesToAllReadings;
        DelayedCalibrations = delays;
    }

    /// <summary>The maximum permissible error as a fraction: 0.005 is ±0.5 %.</summary>
    public decimal MaximumPermissibleError { get; }

    /// <summary>Whether the error is applied to every reading (otherwise only inside delayed-calibration windows).</summary>
    public bool AppliesToAllReadings { get; }

    /// <summary>The delayed calibrations, ordered by due date; empty when <see cref="AppliesToAllReadings"/>.</summary>
    public IReadOnlyList<CalibrationDelay> DelayedCalibrations { get; }

    /// <summary>Applies the maximum permissible error against the project to every reading.</summary>
    /// <param name="maximumPermissibleError">A fraction from 0 (inclusive) to 1 (exclusive): 0.005 is ±0.5 %.</param>
    /// <exception cref="ArgumentOutOfRangeException">The error is negative or not below 1.</exception>
    public static MeterAccuracy ForAllReadings(decimal maximumPermissibleError)
    {
        CheckError(maximumPermissibleError);
        return new MeterAccuracy(maximumPermissibleError, true, []);
    }

    /// <summary>
    /// Applies the maximum permissible error against the project to the readings between each calibration's due date
    /// and its actual date.
    /// </summary>
    /// <param name="maximumPermissibleError">A fraction from 0 (inclusive) to 1 (exclusive): 0.005 is ±0.5 %.</param>
    /// <param name="delays">At least one delayed calibration; windows must not overlap.</param>
    /// <exception cref="ArgumentNullException"><paramref name="delays"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The error is negative or not below 1.</exception>
    /// <exception cref="ArgumentException">No delay is given, or two delay windows overlap.</exception>
    public static MeterAccuracy ForDelayedCalibrations(decimal maximumPermissibleError, IEnumerable<CalibrationDelay> delays)
    {
        CheckError(maximumPermissibleError);
        Preconditions.CheckNotNull(delays);
        CalibrationDelay[] ordered = delays.OrderBy(d => d.DueDate).ToArray();
        Preconditions.CheckArgument(ordered.Length > 0, nameof(delays), "Give at least one delayed calibration");
        for (int i = 1; i < ordered.Length; i++)
        {
            Preconditions.CheckArgument(ordered[i].DueDate > ordered[i - 1].CalibratedOn, nameof(delays),
                "Delayed-calibration windows must not overlap; ({0}) and ({1}) do", ordered[i - 1], ordered[i]);
        }
        return new MeterAccuracy(maximumPermissibleError, false, ordered);
    }

    /// <summary>Formats as <c>MPE 0.5 % on all readings</c> or <c>MPE 0.5 % on 1 delayed calibration</c>.</summary>
    public override string ToString() =>
        $"MPE {QuantificationFormat.Percent(MaximumPermissibleError)} % on " +
        (AppliesToAllReadings ? "all readings" : $"{DelayedCalibrations.Count} delayed calibration(s)");

    private static void CheckError(decimal maximumPermissibleError)
    {
        if (maximumPermissibleError < 0m || maximumPermissibleError >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(maximumPermissibleError), maximumPermissibleError,
                "Maximum permissible error is a fraction from 0 (inclusive) to 1 (exclusive), for example 0.005 for 0.5 %");
        }
    }
}
