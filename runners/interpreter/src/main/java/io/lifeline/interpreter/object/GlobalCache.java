package io.lifeline.interpreter.object;

/**
 * The inline cache of one LOAD_GLOBAL, LOAD_NAME, STORE_NAME or STORE_GLOBAL instruction (CPython 3.11's
 * LOAD_GLOBAL_MODULE/LOAD_GLOBAL_BUILTIN): where the instruction's name was found while the globals dict had
 * keys version {@link #globalsKeys} and the builtins dict {@link #builtinsKeys}. A keys version moves only
 * when keys are added, deleted or moved ({@link PyDict#keysVersion}), so while both dicts are the same objects
 * at the same keys versions the name is at the same entry position, and a lookup would run no guest code
 * (positions are cached only for dicts whose keys are all str). Caches no reference. Only the VM reads and
 * fills it.
 */
public final class GlobalCache {
  public PyDict globals;
  public int globalsKeys;
  /** The name's entry position in {@link #globals}, or -1 if absent there (then look in builtins). */
  public int globalsAt;
  public PyDict builtins;
  public int builtinsKeys;
  /** The name's entry position in {@link #builtins}, used only when {@link #globalsAt} is -1. */
  public int builtinsAt;
}
