using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace SealingRules.Engine;

/// <summary>
/// Compiles rule expressions with FastExpressionCompiler instead of Expression.Compile: start-up is most of a
/// CLI call, and that is where NRules compiles every condition and action. Falls back where FEC declines.
/// </summary>
internal sealed class FastCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate
        => expression.CompileFast<TDelegate>(ifFastFailedReturnNull: true) ?? expression.Compile();
}

/// <summary>
/// Interprets rule expressions (Expression.Compile with preferInterpretation): no IL to emit or JIT, and the
/// interpreter is precompiled with the framework. Slower per call, so only for one-shot runs such as a CLI evaluate.
/// </summary>
internal sealed class InterpretedCompiler : IExpressionCompiler
{
    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression) where TDelegate : Delegate
        => expression.Compile(preferInterpretation: true);
}
