package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.Ownership;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.memory.RefWatch;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.object.PyBoundMethod;
import io.lifeline.interpreter.object.PyFunction;
import io.lifeline.interpreter.object.PyObject;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked mode's test that one instruction treats each stack input as the opcode table declares it
 * ({@link Interp#declaredInputs}, normally {@link Opcode#inputs(Opcode.Calling)}): a borrowed reference is released
 * by the instruction (or moves to one of its outputs), a stolen one moves and is never released by it (its
 * destination may swap it for a reference of its own, as a {@code **kwargs} dict built by binding does), a kept
 * one stays on the stack untouched. CALL's declaration is the one of the calling convention the call follows.
 *
 * <p>What is observable is each input's reference-count changes while the instruction runs (a {@link RefWatch} on
 * the heap). They say what the instruction did with the stack's reference only when no other reference to the
 * object exists, so an input is checked when its count equals the stack slots holding it (a temporary: the result
 * of an expression, the common case), and an instruction is checked only when no other instruction ran inside it
 * (guest code called by it may take and drop references of its own). Releases are the direct ones: a stolen
 * input released by the death of its destination (BINARY_SLICE's slice) was not released by the instruction.
 */
final class OwnershipCheck {
  private final Interp in;
  private final Heap heap;
  private final Opcode opcode;
  private final Opcode.Calling calling;
  private final int arg;
  /** The first input's stack index. */
  private final int base;
  /** The checked inputs (temporaries), each once. */
  private final PyObject[] objects;
  /** Per checked input: the stack slots holding it, by declared ownership. */
  private final int[] borrowed;
  private final int[] stolen;
  private final int[] kept;
  /** Per checked input: its first input slot's name and stack index. */
  private final String[] names;
  private final int[] slots;
  private final RefWatch watch;
  private final long instructionsBefore;

  /**
   * Starts checking the instruction about to run on {@code f} (its inputs are on the stack);
   * {@code calling} is the convention a CALL follows, or null when its ownership is not checked.
   */
  OwnershipCheck(Interp in, Frame f, Opcode opcode, int arg, Opcode.Calling calling) {
    this.in = in;
    this.heap = in.heap;
    this.opcode = opcode;
    this.calling = calling;
    this.arg = arg;
    this.base = f.sp - opcode.popped(arg);
    List<PyObject> objs = new ArrayList<>();
    List<int[]> counts = new ArrayList<>();
    List<String> slotNames = new ArrayList<>();
    List<Integer> slotIndex = new ArrayList<>();
    int at = base;
    for (Opcode.Slot s : calling == null ? List.<Opcode.Slot>of() : in.declaredInputs.apply(opcode, calling)) {
      for (int k = s.count().of(arg); k > 0; k--, at++) {
        PyObject o = f.stack[at];
        if (o == null || o.immortal || releasedByTheModel(o)) {
          continue;
        }
        int i = objs.indexOf(o);
        if (i < 0) {
          i = objs.size();
          objs.add(o);
          counts.add(new int[3]);
          slotNames.add(s.name());
          slotIndex.add(at);
        }
        counts.get(i)[s.ownership() == Ownership.BORROWED ? 0 : s.ownership() == Ownership.STOLEN ? 1 : 2]++;
      }
    }
    int n = 0;
    for (int i = 0; i < objs.size(); i++) {
      int[] c = counts.get(i);
      if (objs.get(i).refcnt == c[0] + c[1] + c[2]) {
        objs.set(n, objs.get(i));
        counts.set(n, c);
        slotNames.set(n, slotNames.get(i));
        slotIndex.set(n++, slotIndex.get(i));
      }
    }
    objects = objs.subList(0, n).toArray(PyObject[]::new);
    borrowed = new int[n];
    stolen = new int[n];
    kept = new int[n];
    names = slotNames.subList(0, n).toArray(String[]::new);
    slots = new int[n];
    for (int i = 0; i < n; i++) {
      borrowed[i] = counts.get(i)[0];
      stolen[i] = counts.get(i)[1];
      kept[i] = counts.get(i)[2];
      slots[i] = slotIndex.get(i);
    }
    watch = new RefWatch(objects);
    heap.watch(watch);
    instructionsBefore = in.instructionsRun;
  }

  /**
   * Inputs whose release is the model's mechanics rather than the instruction's declared ownership: a bound method
   * CALL finds as its callable under the moving convention is replaced on the stack by its function and self and
   * released (3.11 PRECALL) before the call proper; an eager frame (frames=EAGER: 3.10's frame objects, PyPy) gives
   * back the function reference its frame took ({@code Frame.makeEager}), so under the moving convention the
   * function a CALL hands it is released at once; and POP_EXCEPT's one-slot carrier of 3.10's saved triple
   * ({@link SavedExcInfo}) is released once its three references are restored.
   */
  private boolean releasedByTheModel(PyObject o) {
    if (opcode == Opcode.CALL && calling == Opcode.Calling.MOVING) {
      return o instanceof PyBoundMethod
          || o instanceof PyFunction && !in.vm.frameConvention.keepsItsFunction();
    }
    return o instanceof SavedExcInfo;
  }

  /** The instruction fell through to the next one: each checked input was treated as declared. */
  void fellThrough(Frame f) {
    heap.watch(null);
    if (in.instructionsRun != instructionsBefore) {
      return;
    }
    int pushed = opcode.pushed(arg);
    for (int i = 0; i < objects.length; i++) {
      int outputs = 0;
      for (int s = f.sp - pushed; s < f.sp; s++) {
        outputs += f.stack[s] == objects[i] ? 1 : 0;
      }
      int releases = watch.decrefs(i);
      if (borrowed[i] > 0) {
        int movedToOutputs = Math.min(borrowed[i], Math.max(0, outputs - kept[i]));
        require(releases + movedToOutputs >= borrowed[i], i, "borrowed, but the instruction did not release it");
      } else if (stolen[i] > 0) {
        require(releases <= watch.increfs(i), i, "stolen, but the instruction released it");
      } else {
        require(releases == 0, i, "kept, but the instruction released it");
        require(outputs >= kept[i], i, "kept, but it is no longer on the stack");
      }
    }
  }

  /**
   * CALL entered a Python callee's frame: under the moving convention the frame took the stolen inputs (off the
   * caller's stack, none released); under the holding convention the caller's stack still holds them, their
   * release due when the call returns (the frame's own new references may come and go: an eager frame gives
   * back its function's).
   */
  void enteredCallee(Frame caller) {
    heap.watch(null);
    if (in.instructionsRun != instructionsBefore) {
      return;
    }
    for (int i = 0; i < objects.length; i++) {
      int releases = watch.decrefs(i);
      if (stolen[i] > 0 && borrowed[i] == 0) {
        require(releases <= watch.increfs(i), i, "stolen, but CALL released it before the callee ran");
        require(caller.sp <= slots[i], i, "stolen, but it is still on the caller's stack in the callee");
      } else if (borrowed[i] > 0) {
        require(releases <= watch.increfs(i), i,
            "borrowed until the call returns, but CALL released it before the callee ran");
        require(caller.sp > slots[i] && caller.stack[slots[i]] == objects[i], i,
            "borrowed until the call returns, but the caller's stack no longer holds it in the callee");
      }
    }
  }

  private void require(boolean ok, int i, String problem) {
    if (!ok) {
      throw new IllegalStateException(opcode + (calling == Opcode.Calling.HOLDING && opcode == Opcode.CALL
          ? " (holding convention)" : "") + " input " + names[i] + " (" + objects[i].type.name + ") is declared "
          + problem);
    }
  }
}
