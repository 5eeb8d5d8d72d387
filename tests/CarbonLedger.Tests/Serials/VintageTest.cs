using System;
using CarbonLedger.Serials;
using CarbonLedger.Tests.Contracts;
using NodaTime;
using Xunit;

namespace CarbonLedger.Tests.Serials;

public class VintageTest
{
    [Fact]
    public void Contract_YearEqualsItsWholeRange()
    {
        ValueContract.AssertEquality(
            Vintage.FromYear(2020),
            Vintage.FromDates(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 31)),
            Vintage.FromYear(2021),
            Vintage.FromDates(new LocalDate(2020, 1, 1), new LocalDate(2020, 12, 30)));
    }

    [Fact]
    public void ToString_YearOrIsoRange()
    {
        Assert.Equal("2020", Vintage.FromYear(2020).ToString());
        Assert.Equal("2013-07-01..2014-06-30", Vintage.FromDates(new LocalDate(2013, 7, 1), new LocalDate(2014, 6, 30)).ToString());
        Assert.False(Vintage.FromDates(new LocalDate(2013, 7, 1), new LocalDate(2014, 6, 30)).IsWithinOneYear);
    }

    [Fact]
    public void FromDates_ReversedOrOutOfRange_Throws()
    {
        Assert.Equal("end", Assert.Throws<ArgumentException>(() => Vintage.FromDates(new LocalDate(2020, 2, 1), new LocalDate(2020, 1, 1))).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Vintage.FromYear(999)).ParamName);
        Assert.Throws<ArgumentNullException>(() => Vintage.FromInterval(null!));
    }
}
