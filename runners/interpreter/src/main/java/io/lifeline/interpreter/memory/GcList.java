package io.lifeline.interpreter.memory;

import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyType;

/**
 * A doubly linked list of GC-tracked objects threaded through their headers (PyGC_Head). A generation, the
 * unreachable set, and the collector's scratch lists are all GcLists; an object is on at most one.
 */
final class GcList {
  /** Sentinel: never a real object. */
  private static final class Head extends PyObject {
    Head() {
      super((PyType) null);
      immortal = true;
    }
  }

  final PyObject head = new Head();

  GcList() {
    head.gcNext = head;
    head.gcPrev = head;
  }

  boolean isEmpty() {
    return head.gcNext == head;
  }

  PyObject first() {
    return head.gcNext;
  }

  /** Appends an untracked object at the tail. */
  void append(PyObject o) {
    PyObject last = head.gcPrev;
    last.gcNext = o;
    o.gcPrev = last;
    o.gcNext = head;
    head.gcPrev = o;
  }

  /** Unlinks {@code o} from whatever list holds it. */
  static void remove(PyObject o) {
    o.gcPrev.gcNext = o.gcNext;
    o.gcNext.gcPrev = o.gcPrev;
    o.gcNext = null;
    o.gcPrev = null;
  }

  /** Moves {@code o} from its list to the tail of this one (gc_list_move). */
  void moveIn(PyObject o) {
    remove(o);
    append(o);
  }

  /** Appends every object of {@code from} to this list, in order, leaving {@code from} empty (gc_list_merge). */
  void mergeFrom(GcList from) {
    if (from.isEmpty() || from == this) {
      return;
    }
    PyObject first = from.head.gcNext;
    PyObject last = from.head.gcPrev;
    PyObject tail = head.gcPrev;
    tail.gcNext = first;
    first.gcPrev = tail;
    last.gcNext = head;
    head.gcPrev = last;
    from.head.gcNext = from.head;
    from.head.gcPrev = from.head;
  }

  int size() {
    int n = 0;
    for (PyObject o = head.gcNext; o != head; o = o.gcNext) {
      n++;
    }
    return n;
  }

  boolean isHead(PyObject o) {
    return o == head;
  }
}
