using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace HttpStatusKit.Analyzers;

/// <summary>
/// HSK004: a status code compared with numbers where a classifier of HttpStatusCatalog says the same by name:
/// <c>s &gt;= 400 &amp;&amp; s &lt; 500</c>, <c>s is &gt;= 400 and &lt;= 499</c> and <c>s / 100 == 4</c> are
/// <c>IsClientError(s)</c>; <c>s &gt;= 500</c> is <c>IsServerError(s)</c> and <c>s &gt;= 400</c> is <c>IsError(s)</c>.
/// Only <see cref="int"/> values that are status codes (see <see cref="StatusCodeContext"/>) are checked.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class StatusRangeCheckAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Diagnostic property: the classifier to call, such as <c>IsClientError</c>.</summary>
    public const string MethodProperty = "Method";

    /// <summary>Diagnostic property: <c>true</c> when the check is negated (<c>s / 100 != 4</c>).</summary>
    public const string NegateProperty = "Negate";

    private const int ClassWidth = 100;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.StatusRangeCheck);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            StatusCodeContext? statusCodes = StatusCodeContext.Create(start.Compilation);
            if (statusCodes is not null)
            {
                start.RegisterOperationAction(operation => AnalyzeBinary(operation, statusCodes), OperationKind.Binary);
                start.RegisterOperationAction(operation => AnalyzeIsPattern(operation, statusCodes), OperationKind.IsPattern);
            }
        });
    }

    private static void AnalyzeBinary(OperationAnalysisContext context, StatusCodeContext statusCodes)
    {
        var binary = (IBinaryOperation)context.Operation;
        switch (binary.OperatorKind)
        {
            case BinaryOperatorKind.ConditionalAnd:
                if (Bound.Of(binary.LeftOperand, statusCodes) is { } first
                    && Bound.Of(binary.RightOperand, statusCodes) is { } second
                    && first.IsLower != second.IsLower
                    && first.IsSameValue(second))
                {
                    Bound lower = first.IsLower ? first : second;
                    Bound upper = first.IsLower ? second : first;
                    Report(context, binary, lower.Value, StatusClassifier.ForRange(lower.Limit, upper.Limit), negate: false);
                }

                break;

            case BinaryOperatorKind.GreaterThan or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual:
                if (Bound.Of(binary, statusCodes) is { IsLower: true } bound && !HasUpperBoundBeside(binary, bound, statusCodes))
                {
                    Report(context, binary, bound.Value, StatusClassifier.ForLowerBound(bound.Limit), negate: false);
                }

                break;

            case BinaryOperatorKind.Equals or BinaryOperatorKind.NotEquals:
                AnalyzeClassDigit(context, binary, statusCodes);
                break;
        }
    }

    /// <summary><c>s / 100 == 4</c> and <c>4 == s / 100</c>; with != the check is negated.</summary>
    private static void AnalyzeClassDigit(OperationAnalysisContext context, IBinaryOperation binary, StatusCodeContext statusCodes)
    {
        if (binary.IsLifted || binary.OperatorMethod is not null)
        {
            return;
        }

        (IOperation division, IOperation digit) = binary.RightOperand.ConstantValue.HasValue ? (binary.LeftOperand, binary.RightOperand) : (binary.RightOperand, binary.LeftOperand);
        if (digit.ConstantValue.Value is not int classDigit
            || division is not IBinaryOperation { OperatorKind: BinaryOperatorKind.Divide, IsLifted: false, OperatorMethod: null } divide
            || divide.RightOperand.ConstantValue.Value is not ClassWidth
            || !IsStatusCodeInt32(divide.LeftOperand, statusCodes))
        {
            return;
        }

        long low = (long)classDigit * ClassWidth;
        Report(context, binary, divide.LeftOperand, StatusClassifier.ForRange(low, low + ClassWidth - 1), negate: binary.OperatorKind == BinaryOperatorKind.NotEquals);
    }

    /// <summary><c>s is &gt;= 400 and &lt; 500</c> and <c>s is &gt;= 500</c>.</summary>
    private static void AnalyzeIsPattern(OperationAnalysisContext context, StatusCodeContext statusCodes)
    {
        var isPattern = (IIsPatternOperation)context.Operation;
        if (!IsStatusCodeInt32(isPattern.Value, statusCodes))
        {
            return;
        }

        switch (isPattern.Pattern)
        {
            case IRelationalPatternOperation relational when Bound.Of(relational) is { IsLower: true } lower:
                Report(context, isPattern, isPattern.Value, StatusClassifier.ForLowerBound(lower.Limit), negate: false);
                break;
            case IBinaryPatternOperation { OperatorKind: BinaryOperatorKind.And, LeftPattern: IRelationalPatternOperation left, RightPattern: IRelationalPatternOperation right }
                when Bound.Of(left) is { } first && Bound.Of(right) is { } second && first.IsLower != second.IsLower:
                Report(context, isPattern, isPattern.Value, StatusClassifier.ForRange(first.IsLower ? first.Limit : second.Limit, first.IsLower ? second.Limit : first.Limit), negate: false);
                break;
        }
    }

    /// <summary>
    /// Tells whether a lower bound is one half of a range written with &amp;&amp;, anywhere in the same chain of
    /// conditions (<c>a &amp;&amp; s &gt;= 400 &amp;&amp; s &lt; 450</c>): then it is not an open-ended check.
    /// </summary>
    private static bool HasUpperBoundBeside(IBinaryOperation comparison, Bound lower, StatusCodeContext statusCodes)
    {
        IOperation root = comparison;
        while (root.Parent is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } parent)
        {
            root = parent;
        }

        var pending = new Stack<IOperation>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            IOperation current = pending.Pop();
            if (current is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd } and)
            {
                pending.Push(and.LeftOperand);
                pending.Push(and.RightOperand);
            }
            else if (Bound.Of(current, statusCodes) is { IsLower: false } upper && upper.Value.Syntax.IsEquivalentTo(lower.Value.Syntax, topLevel: false))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStatusCodeInt32(IOperation value, StatusCodeContext statusCodes) =>
        value.Type?.SpecialType == SpecialType.System_Int32 && statusCodes.IsStatusCodeValue(value);

    private static void Report(OperationAnalysisContext context, IOperation check, IOperation value, StatusClassifier? classifier, bool negate)
    {
        if (classifier is null)
        {
            return;
        }

        string call = (negate ? "!" : "") + "HttpStatusCatalog." + classifier.Name + "(" + value.Syntax + ")";
        context.ReportDiagnostic(Diagnostic.Create(
            Rules.StatusRangeCheck,
            check.Syntax.GetLocation(),
            additionalLocations: new[] { value.Syntax.GetLocation() },
            properties: ImmutableDictionary<string, string?>.Empty.Add(MethodProperty, classifier.Name).Add(NegateProperty, negate ? "true" : "false"),
            call));
    }

    /// <summary>One comparison of a status code with a constant, as a bound: value &gt;= Limit, or value &lt;= Limit.</summary>
    private sealed class Bound
    {
        private Bound(IOperation value, bool isLower, long limit)
        {
            Value = value;
            IsLower = isLower;
            Limit = limit;
        }

        /// <summary>The status code compared; for a relational pattern, the pattern itself (the value is on the is-expression).</summary>
        public IOperation Value { get; }

        public bool IsLower { get; }

        /// <summary>The value that is still inside the range: &gt; 399 gives 400.</summary>
        public long Limit { get; }

        /// <summary>Reads <c>s &gt;= 400</c>, <c>400 &lt;= s</c>, <c>s &lt; 500</c> and the like on an int status code.</summary>
        public static Bound? Of(IOperation operation, StatusCodeContext statusCodes)
        {
            if (operation is not IBinaryOperation { IsLifted: false, OperatorMethod: null } comparison)
            {
                return null;
            }

            if (comparison.RightOperand.ConstantValue.Value is int right && IsStatusCodeInt32(comparison.LeftOperand, statusCodes))
            {
                return Create(comparison.LeftOperand, comparison.OperatorKind, right);
            }

            if (comparison.LeftOperand.ConstantValue.Value is int left && IsStatusCodeInt32(comparison.RightOperand, statusCodes))
            {
                return Create(comparison.RightOperand, Mirror(comparison.OperatorKind), left);
            }

            return null;
        }

        /// <summary>Reads a relational pattern such as <c>&gt;= 400</c>.</summary>
        public static Bound? Of(IRelationalPatternOperation pattern) =>
            pattern.Value.ConstantValue.Value is int limit ? Create(pattern, pattern.OperatorKind, limit) : null;

        /// <summary>
        /// Tells whether two bounds compare the same value. Both must be plain reads (members, variables, casts), so
        /// that reading the value once instead of twice changes nothing.
        /// </summary>
        public bool IsSameValue(Bound other) =>
            IsPlainRead(Value) && Value.Syntax.IsEquivalentTo(other.Value.Syntax, topLevel: false);

        private static Bound? Create(IOperation value, BinaryOperatorKind kind, int constant) => kind switch
        {
            BinaryOperatorKind.GreaterThanOrEqual => new Bound(value, isLower: true, constant),
            BinaryOperatorKind.GreaterThan => new Bound(value, isLower: true, (long)constant + 1),
            BinaryOperatorKind.LessThanOrEqual => new Bound(value, isLower: false, constant),
            BinaryOperatorKind.LessThan => new Bound(value, isLower: false, (long)constant - 1),
            _ => null,
        };

        private static BinaryOperatorKind Mirror(BinaryOperatorKind kind) => kind switch
        {
            BinaryOperatorKind.GreaterThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
            BinaryOperatorKind.GreaterThan => BinaryOperatorKind.LessThan,
            BinaryOperatorKind.LessThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
            BinaryOperatorKind.LessThan => BinaryOperatorKind.GreaterThan,
            _ => kind,
        };

        private static bool IsPlainRead(IOperation? operation) => operation switch
        {
            null => true,
            IConversionOperation conversion => IsPlainRead(conversion.Operand),
            IPropertyReferenceOperation { Arguments.Length: 0 } property => IsPlainRead(property.Instance),
            IFieldReferenceOperation field => IsPlainRead(field.Instance),
            ILocalReferenceOperation or IParameterReferenceOperation or IInstanceReferenceOperation => true,
            _ => false,
        };
    }
}
