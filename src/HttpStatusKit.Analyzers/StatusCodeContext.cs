using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// Decides where a value is an HTTP status code, for one compilation. A value is a status code when it is:
/// <list type="bullet">
/// <item><description>a member, variable or parameter of type <see cref="int"/> (or <c>int?</c>) whose name ends in
/// <c>StatusCode</c>, in any case: <c>HttpResponse.StatusCode</c>, <c>ObjectResult.StatusCode</c>, the <c>statusCode</c>
/// parameter of <c>Results.StatusCode</c>, <c>ControllerBase.Problem</c>, <c>ProducesResponseTypeAttribute</c> or
/// <c>.Produces</c>, a local <c>statusCode</c>;</description></item>
/// <item><description>the <c>Status</c> property of a <c>ProblemDetails</c> type (RFC 9457's "status" member);</description></item>
/// <item><description>the <c>Code</c> and <c>EquivalentCode</c> of HttpStatusKit's records;</description></item>
/// <item><description>a <see cref="System.Net.HttpStatusCode"/> converted to a number, such as <c>(int)response.StatusCode</c>.</description></item>
/// </list>
/// Everything else, such as <c>Thread.Sleep(404)</c> or <c>new byte[404]</c>, is not.
/// </summary>
internal sealed class StatusCodeContext
{
    private StatusCodeContext(
        Compilation compilation,
        INamedTypeSymbol httpStatus,
        INamedTypeSymbol httpStatusCatalog,
        INamedTypeSymbol? httpStatusInfo,
        INamedTypeSymbol? unofficialStatusInfo,
        INamedTypeSymbol? httpStatusCode)
    {
        Compilation = compilation;
        HttpStatus = httpStatus;
        HttpStatusCatalog = httpStatusCatalog;
        HttpStatusInfo = httpStatusInfo;
        UnofficialStatusInfo = unofficialStatusInfo;
        HttpStatusCode = httpStatusCode;
    }

    public Compilation Compilation { get; }

    /// <summary>HttpStatusKit.HttpStatus, the constants the fixes write.</summary>
    public INamedTypeSymbol HttpStatus { get; }

    /// <summary>HttpStatusKit.HttpStatusCatalog, whose classifiers the fixes write.</summary>
    public INamedTypeSymbol HttpStatusCatalog { get; }

    public INamedTypeSymbol? HttpStatusInfo { get; }

    public INamedTypeSymbol? UnofficialStatusInfo { get; }

    /// <summary>System.Net.HttpStatusCode, when the compilation references it.</summary>
    public INamedTypeSymbol? HttpStatusCode { get; }

    /// <summary>Returns the context, or <see langword="null"/> when the compilation does not reference HttpStatusKit.</summary>
    public static StatusCodeContext? Create(Compilation compilation)
    {
        INamedTypeSymbol? httpStatus = compilation.GetTypeByMetadataName("HttpStatusKit.HttpStatus");
        INamedTypeSymbol? catalog = compilation.GetTypeByMetadataName("HttpStatusKit.HttpStatusCatalog");
        if (httpStatus is null || catalog is null)
        {
            return null;
        }

        return new StatusCodeContext(
            compilation,
            httpStatus,
            catalog,
            compilation.GetTypeByMetadataName("HttpStatusKit.HttpStatusInfo"),
            compilation.GetTypeByMetadataName("HttpStatusKit.UnofficialStatusInfo"),
            compilation.GetTypeByMetadataName("System.Net.HttpStatusCode"));
    }

    public bool IsHttpStatusCode(ITypeSymbol? type) =>
        type is not null && HttpStatusCode is not null && SymbolEqualityComparer.Default.Equals(type, HttpStatusCode);

    /// <summary>The type of a property, field, local or parameter; <see langword="null"/> for any other symbol.</summary>
    public static ITypeSymbol? TypeOf(ISymbol? symbol) => symbol switch
    {
        IPropertySymbol property => property.Type,
        IFieldSymbol field => field.Type,
        ILocalSymbol local => local.Type,
        IParameterSymbol parameter => parameter.Type,
        _ => null,
    };

    /// <summary>Tells whether a member, variable or parameter holds a status code.</summary>
    public bool HoldsStatusCode(ISymbol? symbol)
    {
        ITypeSymbol? type = TypeOf(symbol);
        if (symbol is null || !IsInt32OrNullable(type))
        {
            return false;
        }

        if (symbol.Name.EndsWith("StatusCode", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (symbol is not IPropertySymbol)
        {
            return false;
        }

        return symbol.Name switch
        {
            "Status" => IsProblemDetails(symbol.ContainingType),
            "Code" or "EquivalentCode" => IsOneOf(symbol.ContainingType, HttpStatusInfo, UnofficialStatusInfo),
            _ => false,
        };
    }

    /// <summary>Tells whether an operation reads a status code (see the class summary).</summary>
    public bool IsStatusCodeValue(IOperation? operation)
    {
        operation = SkipImplicitConversions(operation);
        return operation switch
        {
            IConversionOperation conversion => IsInt32OrNullable(conversion.Type) && (IsHttpStatusCode(conversion.Operand.Type) || IsStatusCodeValue(conversion.Operand)),
            IPropertyReferenceOperation property when IsNullableValue(property.Property) => IsStatusCodeValue(property.Instance),
            IPropertyReferenceOperation property => HoldsStatusCode(property.Property),
            IFieldReferenceOperation field => HoldsStatusCode(field.Field),
            ILocalReferenceOperation local => HoldsStatusCode(local.Local),
            IParameterReferenceOperation parameter => HoldsStatusCode(parameter.Parameter),
            IInvocationOperation { TargetMethod.Name: "GetValueOrDefault", Arguments.Length: 0 } invocation
                when invocation.TargetMethod.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T => IsStatusCodeValue(invocation.Instance),
            _ => false,
        };
    }

    /// <summary>The member, variable or parameter that an assignment target or initializer writes, if it names one.</summary>
    public static ISymbol? WrittenSymbol(IOperation target) => target switch
    {
        IPropertyReferenceOperation property => property.Property,
        IFieldReferenceOperation field => field.Field,
        ILocalReferenceOperation local => local.Local,
        IParameterReferenceOperation parameter => parameter.Parameter,
        _ => null,
    };

    /// <summary>
    /// The symbols that an initializer gives a value: a local (<c>int statusCode = 404;</c>), a field or a property.
    /// Constants are left out: a constant of the application's own already names the value.
    /// </summary>
    public static ISymbol? InitializedSymbol(IOperation initializer) => initializer switch
    {
        IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } when !declarator.Symbol.IsConst => declarator.Symbol,
        IFieldInitializerOperation { InitializedFields.Length: 1 } field when !field.InitializedFields[0].IsConst => field.InitializedFields[0],
        IPropertyInitializerOperation { InitializedProperties.Length: 1 } property => property.InitializedProperties[0],
        _ => null,
    };

    /// <summary>Tells whether a type is, or derives from, a type named ProblemDetails (ASP.NET Core's, or an application's own).</summary>
    public static bool IsProblemDetails(INamedTypeSymbol? type)
    {
        for (INamedTypeSymbol? current = type; current is not null; current = current.BaseType)
        {
            if (current.Name == "ProblemDetails")
            {
                return true;
            }
        }

        return false;
    }

    public static IOperation? SkipImplicitConversions(IOperation? operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }

    /// <summary>Climbs from an operation through the implicit conversions around it (int to int?, int to object).</summary>
    public static IOperation ClimbImplicitConversions(IOperation operation)
    {
        while (operation.Parent is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion;
        }

        return operation;
    }

    public static bool IsInt32OrNullable(ITypeSymbol? type)
    {
        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            type = nullable.TypeArguments[0];
        }

        return type?.SpecialType == SpecialType.System_Int32;
    }

    private static bool IsNullableValue(IPropertySymbol property) =>
        property.Name == "Value" && property.ContainingType.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T;

    private static bool IsOneOf(INamedTypeSymbol? type, INamedTypeSymbol? first, INamedTypeSymbol? second) =>
        type is not null && (SymbolEqualityComparer.Default.Equals(type, first) || SymbolEqualityComparer.Default.Equals(type, second));
}
