package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.memory.Heap;
import io.lifeline.interpreter.object.PyFrameObject;

/**
 * When frame objects exist ({@link Policies.Frames}), chosen once per interpreter by {@link #of}: 3.11+ makes
 * them lazily, on first use; 3.10 makes every frame eager (a frame object from the start, the closure's cells
 * copied in, f_globals held), which changes what a frame keeps alive.
 */
interface FrameConvention {
  // The defaults are 3.11's lazy frames.

  /** A function's frame has its arguments bound (or is a class body's): 3.10 makes it eager here. */
  default void functionFrameMade(FrameSetup frames, Frame fr) {}

  /** A module's frame is made: 3.10 makes it eager here. */
  default void moduleFrameMade(Heap heap, Frame fr) {}

  /**
   * Whether a function's frame keeps the reference to the function it was made with: 3.10's eager frame gives it
   * back as soon as it is made ({@code Frame.makeEager}; the checked mode's {@link OwnershipCheck} needs to know).
   */
  default boolean keepsItsFunction() {
    return true;
  }

  /**
   * Whether calls may bind arguments straight from the caller's stack ({@link FrameSetup#positionalFrame}): only
   * lazy frames, since an eager frame is made eager after binding.
   */
  default boolean bindsFromStack() {
    return true;
  }

  /**
   * A frame object made for a frame, registered with the heap: 3.11+ (_PyFrame_MakeAndSetFrameObject) makes it
   * untracked (_PyFrame_New_NoTrack), so the collector sees it only once take_ownership tracks it.
   */
  default PyFrameObject register(Heap heap, PyFrameObject fo) {
    return heap.registerUntracked(fo);
  }

  /** The convention of a backend's policy. */
  static FrameConvention of(Policies.Frames policy) {
    return switch (policy) {
      case LAZY -> new Lazy();
      case EAGER -> new Eager();
    };
  }

  /** LAZY (3.11+): frame objects on first use. */
  final class Lazy implements FrameConvention {}

  /** EAGER (3.10, PyPy): _PyEval_MakeFrameVector; every call has a tracked frame object. */
  final class Eager implements FrameConvention {
    @Override
    public void functionFrameMade(FrameSetup frames, Frame fr) {
      frames.makeEager(fr);
    }

    @Override
    public void moduleFrameMade(Heap heap, Frame fr) {
      fr.makeEager(heap);
    }

    @Override
    public boolean bindsFromStack() {
      return false;
    }

    @Override
    public boolean keepsItsFunction() {
      return false;
    }

    @Override
    public PyFrameObject register(Heap heap, PyFrameObject fo) {
      return heap.register(fo);
    }
  }
}
