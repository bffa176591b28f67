using System;
using HttpStatusKit.Tests.Support;

namespace HttpStatusKit.Tests;

/// <summary>The five classes have names in words, and any other value is rejected.</summary>
public sealed class CategoryDisplayNameTests
{
    [Fact]
    public void GivesTheClassNameGivenEachNamedValue()
    {
        foreach ((int digit, string name) in StatusClassNames.ByFirstDigit)
        {
            ((HttpStatusCategory)digit).ToDisplayName().Should().Be(name);
        }

        Enum.GetValues<HttpStatusCategory>().Length.Should().Be(StatusClassNames.ByFirstDigit.Count);
    }

    [Fact]
    public void AgreesWithTheCategoryFormatGivenEveryRecord()
    {
        foreach (HttpStatusInfo info in StatusClassNames.EveryKindOfRecord())
        {
            info.Category.ToDisplayName().Should().Be(info.ToString("C", null));
        }
    }

    [Fact]
    public void ReturnsTheSameInstanceGivenRepeatedCalls()
    {
        foreach (HttpStatusCategory category in Enum.GetValues<HttpStatusCategory>())
        {
            category.ToDisplayName().Should().BeSameAs(category.ToDisplayName());
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(100)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void ThrowsArgumentOutOfRangeGivenValueOutsideTheEnum(int value)
    {
        Action act = () => ((HttpStatusCategory)value).ToDisplayName();

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("category");
    }
}
