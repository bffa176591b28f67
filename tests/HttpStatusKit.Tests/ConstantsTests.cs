using System.Linq;
using System.Reflection;

namespace HttpStatusKit.Tests;

public sealed class ConstantsTests
{
    [Fact]
    public void HasOneConstantPerRecordWithItsNameAndCodeGivenCatalog()
    {
        FieldInfo[] constants = typeof(HttpStatus).GetFields(BindingFlags.Public | BindingFlags.Static);

        constants.Should().OnlyContain(f => f.IsLiteral && f.FieldType == typeof(int));
        constants.Select(f => (f.Name, (int)f.GetRawConstantValue()!))
            .Should().BeEquivalentTo(HttpStatusCatalog.All.Select(i => (i.Name, i.Code)));
    }

    [Fact]
    public void ConstantsWorkAsCaseLabelsGivenSwitch()
    {
        static string Classify(int code) => code switch
        {
            HttpStatus.OK => "ok",
            HttpStatus.NotFound => "missing",
            HttpStatus.ImATeapot => "teapot",
            _ => "other",
        };

        Classify(200).Should().Be("ok");
        Classify(404).Should().Be("missing");
        Classify(418).Should().Be("teapot");
        Classify(500).Should().Be("other");
    }

    [Theory]
    [InlineData(HttpStatus.Created, 201)]
    [InlineData(HttpStatus.HttpVersionNotSupported, 505)]
    public void ConstantsWorkAsAttributeArgumentsGivenInlineData(int constant, int code)
    {
        constant.Should().Be(code);
    }
}
