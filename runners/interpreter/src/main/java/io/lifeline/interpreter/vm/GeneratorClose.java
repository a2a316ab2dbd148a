package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyGenerator;
import io.lifeline.interpreter.object.PyObject;

/**
 * What close() does to a generator or coroutine ({@link Policies.GenClose}), chosen once per interpreter by
 * {@link #of}; {@link Generators#genCloseValue} asks it at each point where the releases differ.
 */
interface GeneratorClose {
  // The defaults are 3.12's behaviour.

  /**
   * Whether a new generator (not a coroutine) needs finalizing even if it never starts: where close() throws
   * GeneratorExit into any generator, an unstarted one runs (and clears its frame) when it is finalized.
   */
  default boolean finalizesUnstarted() {
    return false;
  }

  /** Whether close() of a never-started generator only marks it completed, its frame kept until dealloc. */
  default boolean completesUnstarted() {
    return true;
  }

  /** Whether close() completes the suspended {@code g} without raising anything in it. */
  default boolean closesWithoutUnwinding(PyGenerator g) {
    return false;
  }

  /**
   * What close() returns (a new reference) when the generator caught GeneratorExit and returned {@code v}
   * (a new reference, taken): None.
   */
  default PyObject closeResult(Heap heap, PyObject v, PyObject none) {
    heap.decref(v);
    return none;
  }

  /** The behaviour of a backend's policy. */
  static GeneratorClose of(Policies.GenClose policy) {
    return switch (policy) {
      case THROW -> new Throw();
      case COMPLETE_UNSTARTED -> new CompleteUnstarted();
      case SHORTCUT -> new Shortcut();
    };
  }

  /**
   * THROW (3.10/3.11): GeneratorExit is raised at the yield (after closing a yield-from target), in a
   * never-started generator too, at its first instruction, so its frame (and the arguments it owns) is cleared
   * inside close(): 3.11's gen_close always calls gen_send_ex(gen, Py_None, 1, 1). Found by lifeline fuzz,
   * cases/generator/close-unstarted-*.
   */
  final class Throw implements GeneratorClose {
    @Override
    public boolean finalizesUnstarted() {
      return true;
    }

    @Override
    public boolean completesUnstarted() {
      return false;
    }
  }

  /**
   * COMPLETE_UNSTARTED (3.12 gen_close): a never-started generator is only marked completed; its frame (and the
   * arguments it owns) stays with the generator until gen_dealloc clears it.
   */
  final class CompleteUnstarted implements GeneratorClose {}

  /**
   * SHORTCUT (3.13, gh-104770): 3.12's behaviour, plus close() returns the value the generator returned, and
   * a generator suspended outside any try/with block is closed without raising anything.
   */
  final class Shortcut implements GeneratorClose {
    /**
     * 3.13 gen_close's shortcut: the generator is suspended at a plain yield whose RESUME carries
     * RESUME_OPARG_DEPTH1_MASK (no handler but the implicit StopIteration one covers the yield: no try, with or
     * except block, and not a yield from or await). Then no GeneratorExit is raised: the generator is marked
     * completed and _PyFrame_ClearLocals releases the locals in index order, then the value stack bottom-up.
     */
    @Override
    public boolean closesWithoutUnwinding(PyGenerator g) {
      Frame fr = g.frame;
      return g.state == PyGenerator.State.SUSPENDED && fr != null && fr.pc > 0 && fr.pc < fr.code.ops.length
          && fr.code.opAt(fr.pc) == Opcode.RESUME && fr.code.args[fr.pc] == 1
          && fr.code.opAt(fr.pc - 1) == Opcode.YIELD_VALUE && fr.code.handlerFor(fr.pc - 1) == null;
    }

    @Override
    public PyObject closeResult(Heap heap, PyObject v, PyObject none) {
      return v;
    }
  }
}
