using System;
using System.Diagnostics.CodeAnalysis;
using CarbonLedger.Utility;
using NodaTime;

namespace CarbonLedger.Quantification.Monitoring;

/// <summary>
/// A meter calibration performed later than it was due. The meter's maximum permissible error is applied against the
/// project to every reading taken between the due date and the actual calibration (CDM's delayed-calibration rule).
/// </summary>
/// <remarks>
/// <para>Dates are local dates at the site. The affected window runs from the start of <see cref="DueDate"/> to the
/// end of <see cref="CalibratedOn"/> (the calibration day itself is included, because readings on that day may
/// precede the calibration). A reading that overlaps the window at all is affected in full.</para>
/// <para>Equality compares both dates. Delays have no natural order and do not implement <see cref="IComparable{T}"/>.</para>
/// </remarks>
public readonly struct CalibrationDelay : IEquatable<CalibrationDelay>
{
    /// <summary>Creates a delayed calibration.</summary>
    /// <param name="dueDate">The date by which the meter should have been calibrated.</param>
    /// <param name="calibratedOn">The date it was actually calibrated; must be after <paramref name="dueDate"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="calibratedOn"/> is not after <paramref name="dueDate"/>.</exception>
    public CalibrationDelay(LocalDate dueDate, LocalDate calibratedOn)
    {
        Preconditions.CheckArgument(calibratedOn > dueDate, nameof(calibratedOn),
            "A delayed calibration must be performed after its due date; due {0}, performed {1}",
            QuantificationFormat.Date(dueDate), QuantificationFormat.Date(calibratedOn));
        DueDate = dueDate;
        CalibratedOn = calibratedOn;
    }

    /// <summary>The date by which the meter should have been calibrated.</summary>
    public LocalDate DueDate { get; }

    /// <summary>The date the meter was actually calibrated.</summary>
    public LocalDate CalibratedOn { get; }

    /// <summary>The affected window at a site: from the start of the due date to the start of the day after calibration.</summary>
    /// <param name="zone">The site's time zone.</param>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public Interval ToInterval(DateTimeZone zone)
    {
        Preconditions.CheckNotNull(zone);
        return new Interval(DueDate.AtStartOfDayInZone(zone).ToInstant(), CalibratedOn.PlusDays(1).AtStartOfDayInZone(zone).ToInstant());
    }

    /// <inheritdoc />
    public bool Equals(CalibrationDelay other) => DueDate == other.DueDate && CalibratedOn == other.CalibratedOn;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CalibrationDelay other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(DueDate, CalibratedOn);

    /// <summary>Equality of both dates.</summary>
    public static bool operator ==(CalibrationDelay left, CalibrationDelay right) => left.Equals(right);

    /// <summary>Inequality of either date.</summary>
    public static bool operator !=(CalibrationDelay left, CalibrationDelay right) => !left.Equals(right);

    /// <summary>Formats as <c>due 2024-03-01, calibrated 2024-04-15</c>.</summary>
    public override string ToString() => $"due {QuantificationFormat.Date(DueDate)}, calibrated {QuantificationFormat.Date(CalibratedOn)}";
}
