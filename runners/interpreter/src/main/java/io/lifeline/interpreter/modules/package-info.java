/**
 * The importable modules: one {@link io.lifeline.interpreter.modules.NativeModule} class per native module (its
 * types, functions and per-backend differences), Python halves as {@code .py} resources beside them, and the one
 * table naming them all ({@link io.lifeline.interpreter.modules.ModuleRegistry}, resource {@code modules.table}).
 */
package io.lifeline.interpreter.modules;
