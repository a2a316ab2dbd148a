package io.lifeline.interpreter.object;

import io.lifeline.interpreter.memory.Heap;
import java.util.ArrayList;
import java.util.List;

/**
 * A type object. Built-in types are immortal and keep their methods as native descriptors in {@link #dict};
 * classes made by a {@code class} statement are heap types: GC-tracked, owning their bases and their dict,
 * and referenced by each of their instances.
 */
public final class PyType extends PyObject {
  /** tp_name; a class's can be assigned ({@code cls.__name__ = ...}, type_set_name). */
  public String name;
  /** The first base (tp_base), or null for {@code object}; one of {@link #bases}. */
  public PyType base;
  /** All bases in declaration order (tp_bases). Owned by heap types. */
  public PyType[] bases;
  /** Method resolution order (C3), self first (borrowed links; ownership is through {@link #bases}). */
  public final List<PyType> mro = new ArrayList<>();
  /** The type's namespace. Owned. */
  public PyDict dict;
  /**
   * The attribute names its instances' inline dicts share (CPython 3.11+'s cached keys, ht_cached_keys): each
   * name's index is its position when an instance of the class first stored it, at most 30 names.
   */
  public final SharedKeys sharedKeys = new SharedKeys();
  public final boolean heapType;
  /** Whether a class on the MRO defines {@code __getattribute__} (the instances' tp_getattro is the hook). */
  public boolean getattributeHook;
  /** A class's {@code __qualname__} (ht_qualname, taken out of its namespace), or null: its name. */
  public String qualname;
  /**
   * The classes naming this one as a base, oldest first (tp_subclasses: weak references, so a subclass leaves the
   * list when it is deallocated). Borrowed; holds nothing.
   */
  public final List<PyType> subclasses = new ArrayList<>();
  /** What kind of instance {@code type.__call__} builds for this type and its subclasses. */
  public Layout layout;
  /** This class's own {@code __slots__}, sorted like type_new sorts them (member order). */
  public String[] ownSlots = new String[0];
  /** Index of this class's first slot in its instances' slot array (the bases' slots come first). */
  public int slotOffset;
  /**
   * Whether instances keep their attributes in a dict object of their own on every version: a native base type
   * with tp_dictoffset (its instance dict is a real dict at that offset, which subclasses inherit).
   */
  public boolean dictAtOffset;
  /**
   * Whether a class may derive from this built-in type, its instances then holding one of this type's objects as
   * their storage ({@link PyInstance#builtin}): dict, list, tuple, set, frozenset, str, int.
   */
  public boolean holdsStorage;
  /** For a class deriving from a {@link #holdsStorage} built-in type (its solid base): that type, else null. */
  public PyType builtinBase;
  /** Whether instances have an attribute dict (false when every class in the MRO declares __slots__). */
  public boolean instancesHaveDict = true;
  /**
   * Assignments and deletions of this class's attributes so far: PyType_Modified's new version tag, which makes
   * specialized instructions guarding on this class or a subclass miss (3.13 CALL_ALLOC_AND_ENTER_INIT).
   */
  public int modifications;
  /** The type's behaviour as the object protocol reaches it; see {@link Slots} for how it is filled. */
  public final Slots slots = new Slots();
  /** Whether instances accept weak references (false with __slots__ lacking __weakref__). */
  public boolean instancesWeakrefable = true;
  /**
   * A heap type's tp_mro tuple starts with the type itself, so every class is in a reference cycle and
   * dies only in the cycle collector; this flag stands for that owned self-reference until tp_clear.
   */
  private boolean mroHoldsSelf;
  /** The interpreter's type epoch, shared with every other type of it (taken from the metatype). */
  public final TypeEpoch epoch;
  /**
   * _PyType_Lookup's method cache (typeobject.c's MCACHE, kept per type): names to the borrowed result (or
   * {@link #LOOKUP_MISS}), a name in one of the {@link #CACHE_WAYS} slots from its hash's (its own slot
   * overwritten when all are taken). An entry counts only if it was filled at the current {@link #epoch} (no
   * type's namespace changed since), so a change costs no clearing. Not visible to Python; holds no references.
   */
  private String[] cacheKeys;
  private PyObject[] cacheValues;
  private int[] cacheEpochs;
  private static final int CACHE_SIZE = 64;
  private static final int CACHE_WAYS = 4;
  private static final PyObject LOOKUP_MISS = new PySentinel(null, "lookup miss");
  /**
   * {@code __init__}, {@code __new__} and {@code __del__} as type_call and subtype_dealloc consult them for every
   * instance (CPython keeps them in the tp_init, tp_new and tp_finalize slots, updated when a class changes):
   * borrowed, valid while {@link #epoch} is still {@link #specialsEpoch}.
   */
  private int specialsEpoch = -1;
  private PyObject initFn;
  private PyObject newFn;
  private PyObject delFn;
  /**
   * What {@code Ops} decided this class's hash slot is (its {@code __hash__}, an unhashable marker, or null for
   * the identity hash; CPython keeps it in tp_hash, updated when a class changes): borrowed, valid while
   * {@link #epoch} is still {@link #hashSlotEpoch}. Only vm.Ops reads and fills it.
   */
  public int hashSlotEpoch = -1;
  public PyObject hashSlot;

  /** Total slots of an instance of this type. */
  public int totalSlots() {
    return slotOffset + ownSlots.length;
  }

  /** The native representation an instance of this type uses. */
  public enum Layout {
    /** Built-in type with no Python-visible constructor beyond its own. */
    BUILTIN,
    /** Plain instances with an attribute dict. */
    INSTANCE,
    /** Exception instances: args, traceback, cause, context plus attributes. */
    EXCEPTION
  }

  public PyType(PyType metatype, String name, PyType base, PyDict dict, boolean heapType, Layout layout) {
    this(metatype, name, base == null ? new PyType[0] : new PyType[] {base}, dict, heapType, layout);
  }

  /** Takes ownership of the references in {@code bases}. Throws IllegalArgumentException if no C3 MRO exists. */
  public PyType(PyType metatype, String name, PyType[] bases, PyDict dict, boolean heapType, Layout layout) {
    super(metatype);
    this.name = name;
    this.bases = bases;
    this.base = bases.length > 0 ? bases[0] : null;
    this.dict = dict;
    this.heapType = heapType;
    this.layout = layout;
    this.epoch = metatype == null ? new TypeEpoch() : metatype.epoch;
    if (dict != null) {
      dict.typeEpoch = epoch;
    }
    mro.add(this);
    mro.addAll(c3(bases));
    for (PyType t : mro) {
      dictAtOffset |= t.dictAtOffset;
    }
    for (PyType t : mro) {
      if (t != this && !t.heapType) {
        // the solid base: a class's instances have its representation, so they take its slots; an instance of a
        // class deriving from dict, list... is an object instance holding the built-in's storage, reached through
        // the built-in's special methods (slot wrappers), so it takes object's slots
        if (t.holdsStorage && heapType) {
          builtinBase = t;
          slots.inheritFrom(mro.get(mro.size() - 1).slots);
        } else {
          slots.inheritFrom(t.slots);
        }
        break;
      }
    }
    if (heapType) {
      mroHoldsSelf = true;
      refcnt++;
    }
  }

  /** The C3 linearization of the bases (mro_implementation). */
  private static List<PyType> c3(PyType[] bases) {
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(b.mro));
    }
    seqs.add(new ArrayList<>(List.of(bases)));
    List<PyType> out = new ArrayList<>();
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        return out;
      }
      PyType next = null;
      for (List<PyType> seq : seqs) {
        PyType head = seq.get(0);
        boolean inTail = seqs.stream().anyMatch(x -> x.indexOf(head) > 0);
        if (!inTail) {
          next = head;
          break;
        }
      }
      if (next == null) {
        throw new IllegalArgumentException("Cannot create a consistent method resolution order (MRO)");
      }
      out.add(next);
      for (List<PyType> seq : seqs) {
        if (seq.get(0) == next) {
          seq.remove(0);
        }
      }
    }
  }

  /** Looks a name up along the MRO (_PyType_Lookup). Returns a borrowed reference or null. */
  public PyObject lookup(String key) {
    int h = key.hashCode();
    return lookup(key, h == -1 ? -2 : h);
  }

  /** {@link #lookup(String)} of an interned name, whose hash the str object keeps. */
  public PyObject lookup(PyStr key) {
    return lookup(key.value, (int) key.dictHash());
  }

  /** {@code h}: the name's {@link PyStr#dictHash}. */
  private PyObject lookup(String key, int h) {
    if (cacheKeys == null) {
      cacheKeys = new String[CACHE_SIZE];
      cacheValues = new PyObject[CACHE_SIZE];
      cacheEpochs = new int[CACHE_SIZE];
    }
    int now = epoch.value();
    int home = (h ^ (h >>> 16)) & (CACHE_SIZE - 1);
    int free = -1;
    for (int j = 0; j < CACHE_WAYS; j++) {
      int i = (home + j) & (CACHE_SIZE - 1);
      if (cacheEpochs[i] != now || cacheKeys[i] == null) {
        free = free < 0 ? i : free;
        continue;
      }
      String k = cacheKeys[i];
      if (k == key || k.equals(key)) {
        PyObject v = cacheValues[i];
        return v == LOOKUP_MISS ? null : v;
      }
    }
    PyObject v = lookupUncached(key);
    if (epoch.value() == now) {
      // Not cached when a key's guest __eq__ changed some type's namespace meanwhile: it may be stale.
      int i = free >= 0 ? free : home;
      cacheKeys[i] = key;
      cacheValues[i] = v == null ? LOOKUP_MISS : v;
      cacheEpochs[i] = now;
    }
    return v;
  }

  /** {@link #lookup} of {@code __init__}. */
  public PyObject lookupInit() {
    refreshSpecials();
    return initFn;
  }

  /** {@link #lookup} of {@code __new__}. */
  public PyObject lookupNew() {
    refreshSpecials();
    return newFn;
  }

  /** {@link #lookup} of {@code __del__}. */
  public PyObject lookupDel() {
    refreshSpecials();
    return delFn;
  }

  private void refreshSpecials() {
    int now = epoch.value();
    if (specialsEpoch == now) {
      return;
    }
    initFn = lookup("__init__");
    newFn = lookup("__new__");
    delFn = lookup("__del__");
    // Not kept when a key's guest __eq__ changed some type's namespace meanwhile: they may be stale.
    specialsEpoch = epoch.value() == now ? now : -1;
  }

  private PyObject lookupUncached(String key) {
    for (PyType t : mro) {
      PyObject v = t.dict == null ? null : t.dict.getStr(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /**
   * A {@code __new__} written in Python on this class's MRO (a staticmethod, as type_new makes it, or a plain
   * function set later), or null when object's or a built-in type's {@code __new__} makes the instances.
   */
  public PyObject pythonNew() {
    PyObject n = lookupNew();
    if (n instanceof PyDescriptor d && d.kind == PyDescriptor.Kind.STATICMETHOD) {
      return d.func;
    }
    return n instanceof PyFunction ? n : null;
  }

  /** PyType_IsSubtype: {@code other} on the MRO, by identity (no equals call per entry). */
  public boolean isSubtypeOf(PyType other) {
    List<PyType> m = mro;
    for (int i = 0, n = m.size(); i < n; i++) {
      if (m.get(i) == other) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean isGcType() {
    return heapType;
  }

  @Override
  public boolean weakrefable() {
    return true;
  }

  @Override
  public boolean hasFinalizer() {
    return type != null && type.heapType && type.lookupDel() != null;
  }

  @Override
  public void traverse(Visitor v) {
    if (heapType && type != null && type.heapType) {
      v.visit(type);
    }
    if (mroHoldsSelf) {
      v.visit(this);
    }
    visit(v, dict);
    for (PyType b : bases) {
      visit(v, b);
    }
  }

  /** type_clear: empties the namespace (the dict object itself stays until dealloc), then drops tp_mro. */
  @Override
  public void clear(Heap heap) {
    if (dict != null) {
      dict.clear(heap);
    }
    if (mroHoldsSelf) {
      mroHoldsSelf = false;
      heap.decref(this);
    }
  }

  @Override
  public void releaseContents(Heap heap) {
    PyDict d = dict;
    dict = null;
    epoch.bump();
    if (d != null) {
      d.typeEpoch = null;
    }
    heap.xdecref(d);
    PyType[] bs = bases;
    bases = new PyType[0];
    base = null;
    for (PyType b : bs) {
      b.subclasses.remove(this);
    }
    for (PyType b : bs) {
      heap.xdecref(b);
    }
    if (heapType && type != null && type.heapType) {
      heap.decref(type);
    }
  }

  @Override
  public String toString() {
    return "<class '" + name + "'>";
  }
}
