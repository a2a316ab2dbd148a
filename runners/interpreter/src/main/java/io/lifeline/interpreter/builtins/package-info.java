/** The builtins module, methods of built-in types, and the native and Python-source library modules. */
package io.lifeline.interpreter.builtins;
