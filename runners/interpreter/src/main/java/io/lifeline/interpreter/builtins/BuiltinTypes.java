package io.lifeline.interpreter.builtins;

import io.lifeline.interpreter.vm.Interp;

/**
 * Fills the slots of every built-in type, one file a type (or a family of types sharing one representation). The
 * order matters only where a type starts from another's slots: exceptions from object's.
 */
final class BuiltinTypes {
  private BuiltinTypes() {}

  static void install(Interp in) {
    InstanceType.install(in);
    ExceptionType.install(in);
    TypeType.install(in);
    NumberTypes.install(in);
    StrType.install(in);
    BytesType.install(in);
    ListType.install(in);
    TupleType.install(in);
    DictType.install(in);
    SetType.install(in);
    RangeType.install(in);
    SliceType.install(in);
    FunctionTypes.install(in);
    ModuleType.install(in);
    WeakrefType.install(in);
    IteratorTypes.install(in);
    FrameTypes.install(in);
    SuperType.install(in);
  }
}
