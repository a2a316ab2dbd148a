package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.object.PyDictView;
import io.lifeline.interpreter.object.PyType;
import io.lifeline.interpreter.vm.Interp;
import io.lifeline.interpreter.vm.Types;

/**
 * The one table of the built-in types' slots: each type's slot table is a constant in its own file (one file a type,
 * or a family of types sharing one representation), put here into the interpreter's type. The order matters only
 * where a type starts from another's slots: exceptions from object's, bool from int's, coroutine from generator's.
 */
final class BuiltinTypes {
  private BuiltinTypes() {}

  static void install(Interp in) {
    Types t = in.types;
    InstanceType.SLOTS.fill(t.object);
    ExceptionType.install(in);
    TypeType.SLOTS.fill(t.type);
    NumberTypes.INT.fill(t.intType);
    NumberTypes.BOOL.fill(t.boolType);
    t.boolType.slots.inheritFrom(t.intType.slots);
    NumberTypes.FLOAT.fill(t.floatType);
    NumberTypes.NONE.fill(t.noneType);
    StrType.SLOTS.fill(t.str);
    BytesType.SLOTS.fill(t.bytes);
    ByteArrayType.SLOTS.fill(t.bytearray);
    ListType.SLOTS.fill(t.list);
    TupleType.SLOTS.fill(t.tuple);
    DictType.SLOTS.fill(t.dict);
    for (PyDictView.Kind kind : PyDictView.Kind.values()) {
      DictType.VIEWS.fill(t.dictView(kind));
    }
    SetType.SLOTS.fill(t.set);
    SetType.MUTABLE.fill(t.set);
    SetType.SLOTS.fill(t.frozensetType);
    RangeType.SLOTS.fill(t.range);
    SliceType.SLOTS.fill(t.slice);
    FunctionTypes.FUNCTION.fill(t.function);
    FunctionTypes.BUILTIN_FUNCTION.fill(t.builtinFunction);
    FunctionTypes.METHOD.fill(t.method);
    ModuleType.SLOTS.fill(t.module);
    WeakrefType.SLOTS.fill(t.weakref);
    IteratorTypes.ITERATOR.fill(t.iterator);
    for (PyType it : new PyType[] {t.enumerate, t.zip, t.reversed, t.map, t.filter, t.callableIterator}) {
      IteratorTypes.NATIVE.fill(it);
    }
    IteratorTypes.GENERATOR.fill(t.generator);
    IteratorTypes.GENERATOR.fill(t.coroutine);
    IteratorTypes.COROUTINE.fill(t.coroutine);
    AsyncGenTypes.ASYNC_GENERATOR.fill(t.asyncGenerator);
    AsyncGenTypes.AWAITABLE.fill(t.asyncGenASend);
    AsyncGenTypes.AWAITABLE.fill(t.asyncGenAThrow);
    FrameTypes.FRAME.fill(t.frame);
    FrameTypes.TRACEBACK.fill(t.traceback);
    FrameTypes.CODE.fill(t.code);
    FrameTypes.CELL.fill(t.cell);
    FrameTypes.LOCALS_PROXY.fill(t.frameLocalsProxy);
    SuperType.SLOTS.fill(t.superType);
  }
}
