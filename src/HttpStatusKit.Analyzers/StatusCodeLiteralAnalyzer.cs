using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// HSK001 and HSK002: a number written where a status code goes. A registered code gets HSK001 with the constant to
/// write instead; an unassigned code (499) or a value outside 100 to 599 gets HSK002 with the class clients fall back to.
/// The facts come from <see cref="HttpStatusCatalog"/> and <see cref="UnofficialStatusCatalog"/> themselves.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StatusCodeLiteralAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The .editorconfig key that lists the vendors whose unofficial codes the application means, such as <c>nginx, cloudflare</c>.</summary>
    public const string VendorsOption = "httpstatuskit.vendors";

    /// <summary>Diagnostic property: how the fix writes the code (one of the <c>Fix*</c> values).</summary>
    public const string FixProperty = "Fix";

    /// <summary>Diagnostic property: the name of the HttpStatus constant or HttpStatusCode member to write.</summary>
    public const string NameProperty = "Name";

    /// <summary>Write <c>HttpStatus.Name</c> in place of the number.</summary>
    public const string FixConstant = "Constant";

    /// <summary>Write <c>HttpStatusCode.Name</c> in place of the cast <c>(HttpStatusCode)number</c>.</summary>
    public const string FixEnumMember = "EnumMember";

    /// <summary>Write <c>(HttpStatusCode)HttpStatus.Name</c> in place of the cast, for a code HttpStatusCode does not name.</summary>
    public const string FixCastConstant = "CastConstant";

    private enum Use
    {
        None,

        /// <summary>The number gives a status code: an argument, an assignment, an initializer.</summary>
        Value,

        /// <summary>The number is compared with a status code: ==, !=, a case label or a pattern.</summary>
        Comparison,

        /// <summary>The number is cast to HttpStatusCode.</summary>
        Cast,
    }

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(Rules.StatusCodeConstant, Rules.UnassignedStatusCode);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            StatusCodeContext? statusCodes = StatusCodeContext.Create(start.Compilation);
            if (statusCodes is not null)
            {
                start.RegisterOperationAction(operation => Analyze(operation, statusCodes), OperationKind.Literal);
            }
        });
    }

    private static void Analyze(OperationAnalysisContext context, StatusCodeContext statusCodes)
    {
        var literal = (ILiteralOperation)context.Operation;
        if (literal.Type?.SpecialType != SpecialType.System_Int32 || !literal.ConstantValue.HasValue)
        {
            return;
        }

        IOperation number = literal.Parent is IUnaryOperation { OperatorKind: UnaryOperatorKind.Minus, ConstantValue.HasValue: true } negation ? negation : literal;
        if (number.ConstantValue.Value is not int value)
        {
            return;
        }

        IOperation use = StatusCodeContext.ClimbImplicitConversions(number);
        Use kind = Classify(use, statusCodes);
        if (kind == Use.None)
        {
            return;
        }

        IOperation reported = kind == Use.Cast ? use.Parent! : number;
        HttpStatusInfo info = HttpStatusCatalog.Describe(value);
        if (info.Registration is HttpStatusRegistration.Unassigned or HttpStatusRegistration.Invalid)
        {
            // 0 is the default of an int and of HttpStatusCode: comparing with it asks whether a status was set at all.
            bool compared = kind == Use.Comparison
                || (kind == Use.Cast && StatusCodeContext.ClimbImplicitConversions(reported).Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals });
            if ((compared && value == 0) || IsVendorCodeTheApplicationMeans(context, value))
            {
                return;
            }

            context.ReportDiagnostic(Diagnostic.Create(
                Rules.UnassignedStatusCode,
                reported.Syntax.GetLocation(),
                value.ToString(CultureInfo.InvariantCulture),
                info.Registration == HttpStatusRegistration.Unassigned ? "not a registered status code" : "not a valid status code (100 to 599)",
                HttpStatusCatalog.Get(info.EquivalentCode).ToString(),
                VendorMeanings(value)));
            return;
        }

        string? constant = FindConstant(statusCodes.HttpStatus, info.Name, value);
        (string fix, string? name, string written) = kind switch
        {
            Use.Cast when FindEnumMember(statusCodes.HttpStatusCode!, info.Name, value) is { } member => (FixEnumMember, member, "HttpStatusCode." + member),
            Use.Cast => (FixCastConstant, constant, "(HttpStatusCode)HttpStatus." + constant),
            _ => (FixConstant, constant, "HttpStatus." + constant),
        };
        if (name is null)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            Rules.StatusCodeConstant,
            reported.Syntax.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(FixProperty, fix).Add(NameProperty, name),
            written,
            value.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Tells what the number at <paramref name="use"/> is used for, from the operation around it.</summary>
    private static Use Classify(IOperation use, StatusCodeContext statusCodes)
    {
        switch (use.Parent)
        {
            case IConversionOperation { IsImplicit: false } cast when statusCodes.IsHttpStatusCode(cast.Type):
                return Use.Cast;
            case IArgumentOperation argument when statusCodes.HoldsStatusCode(argument.Parameter):
            case ISimpleAssignmentOperation assignment when assignment.Value == use && statusCodes.HoldsStatusCode(StatusCodeContext.WrittenSymbol(assignment.Target)):
            case IVariableInitializerOperation or IFieldInitializerOperation or IPropertyInitializerOperation
                when statusCodes.HoldsStatusCode(StatusCodeContext.InitializedSymbol(use.Parent)):
                return Use.Value;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals } binary
                when statusCodes.IsStatusCodeValue(binary.LeftOperand == use ? binary.RightOperand : binary.LeftOperand):
            case ISingleValueCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } }
                when statusCodes.IsStatusCodeValue(switchStatement.Value):
            case IConstantPatternOperation pattern when IsPatternOnStatusCode(pattern, statusCodes):
                return Use.Comparison;
            default:
                return Use.None;
        }
    }

    /// <summary>Tells whether a constant pattern (<c>is 404</c>, <c>case 404 or 410:</c>, <c>{ StatusCode: 404 }</c>) tests a status code.</summary>
    private static bool IsPatternOnStatusCode(IConstantPatternOperation pattern, StatusCodeContext statusCodes)
    {
        IOperation current = pattern;
        while (current.Parent is IBinaryPatternOperation or INegatedPatternOperation)
        {
            current = current.Parent;
        }

        return current.Parent switch
        {
            IIsPatternOperation isPattern => statusCodes.IsStatusCodeValue(isPattern.Value),
            ISwitchExpressionArmOperation { Parent: ISwitchExpressionOperation switchExpression } => statusCodes.IsStatusCodeValue(switchExpression.Value),
            IPatternCaseClauseOperation { Parent: ISwitchCaseOperation { Parent: ISwitchOperation switchStatement } } => statusCodes.IsStatusCodeValue(switchStatement.Value),
            IPropertySubpatternOperation subpattern => statusCodes.HoldsStatusCode(StatusCodeContext.WrittenSymbol(subpattern.Member)),
            _ => false,
        };
    }

    /// <summary>The HttpStatus constant for a code: the one with the catalog's name, or else any with the value.</summary>
    private static string? FindConstant(INamedTypeSymbol httpStatus, string name, int value)
    {
        IEnumerable<IFieldSymbol> constants = httpStatus.GetMembers().OfType<IFieldSymbol>().Where(f => f.IsConst && f.ConstantValue is int v && v == value);
        return (constants.FirstOrDefault(f => f.Name == name) ?? constants.FirstOrDefault())?.Name;
    }

    /// <summary>
    /// The HttpStatusCode member for a code: the one named as the catalog names the code (Found rather than its alias
    /// Redirect), or else the first one declared with the value that is not obsolete.
    /// </summary>
    private static string? FindEnumMember(INamedTypeSymbol httpStatusCode, string name, int value)
    {
        IEnumerable<IFieldSymbol> members = httpStatusCode.GetMembers().OfType<IFieldSymbol>()
            .Where(f => f.HasConstantValue && f.ConstantValue is int v && v == value && !f.GetAttributes().Any(a => a.AttributeClass?.Name == "ObsoleteAttribute"));
        return (members.FirstOrDefault(f => f.Name == name) ?? members.FirstOrDefault())?.Name;
    }

    /// <summary>Tells whether the httpstatuskit.vendors option names a vendor that uses this code.</summary>
    private static bool IsVendorCodeTheApplicationMeans(OperationAnalysisContext context, int value)
    {
        if (!context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Operation.Syntax.SyntaxTree).TryGetValue(VendorsOption, out string? vendors))
        {
            return false;
        }

        foreach (string vendor in vendors.Split(','))
        {
            string trimmed = vendor.Trim();

            // Enum.TryParse would also take a number; only names count.
            if (trimmed.Length > 0 && char.IsLetter(trimmed[0])
                && Enum.TryParse(trimmed, ignoreCase: true, out HttpStatusVendor parsed)
                && UnofficialStatusCatalog.TryGet(value, parsed, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>What vendors mean by the code, such as " (unofficially: nginx's Client Closed Request)"; empty when none uses it.</summary>
    private static string VendorMeanings(int value)
    {
        IReadOnlyList<UnofficialStatusInfo> unofficial = UnofficialStatusCatalog.GetAll(value);
        if (unofficial.Count == 0)
        {
            return "";
        }

        return " (unofficially: " + string.Join(", ", unofficial.Select(u => u.VendorName + "'s " + (u.ReasonPhrase ?? u.Code.ToString(CultureInfo.InvariantCulture)))) + ")";
    }
}
