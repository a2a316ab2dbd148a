package io.lifeline.interpreter.bytecode;

import io.lifeline.interpreter.object.PyDict;
import io.lifeline.interpreter.object.PyObject;

/**
 * The inline cache of one LOAD_GLOBAL instruction (CPython 3.11's LOAD_GLOBAL_MODULE/LOAD_GLOBAL_BUILTIN):
 * the value found for the instruction's name while the globals dict had {@link #globalsVersion} and the
 * builtins dict {@link #builtinsVersion}. A dict's version moves with every store and deletion, so while both
 * dicts are the same objects at the same versions the lookup would find the same value. Caches no reference:
 * {@link #value} is borrowed from the dict that holds it. Only the VM reads and fills it.
 */
public final class GlobalCache {
  public PyDict globals;
  public int globalsVersion;
  public PyDict builtins;
  public int builtinsVersion;
  public PyObject value;
}
