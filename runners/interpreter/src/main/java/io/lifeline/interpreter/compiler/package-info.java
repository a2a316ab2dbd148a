/**
 * Source to code objects: {@link io.lifeline.interpreter.compiler.Scanner} (tokens with INDENT/DEDENT),
 * {@link io.lifeline.interpreter.compiler.Parser} (AST: {@link io.lifeline.interpreter.compiler.Expr},
 * {@link io.lifeline.interpreter.compiler.Stmt}; statement rules, over the expression rules of
 * {@code ExpressionParser} and the token helpers of {@code TokenCursor}),
 * {@link io.lifeline.interpreter.compiler.Symtable} (scopes), {@link io.lifeline.interpreter.compiler.Compiler}
 * (bytecode, following compile.c's choices where they decide reference lifetimes; statements, over the layers
 * {@code BlockCompiler}, {@code FunctionCompiler}, {@code ExpressionCompiler} and {@code CodeGenerator}).
 * Unsupported syntax is a located {@link io.lifeline.interpreter.compiler.PySyntaxError}.
 */
package io.lifeline.interpreter.compiler;
