/**
 * The builtins namespace (one file per concept) and the built-in types' slots and methods (one file per type or
 * family of types, filled in order by {@code BuiltinTypes}). Importable modules are in {@code modules}.
 */
package io.lifeline.interpreter.builtins;
