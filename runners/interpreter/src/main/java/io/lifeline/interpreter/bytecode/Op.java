package io.lifeline.interpreter.bytecode;

/**
 * {@link Opcode} ordinals as compile-time constants, for the dispatch loop's switch on {@code PyCode.ops}
 * (a switch on the enum reads the ordinal and javac's switch map per instruction). A test checks each
 * constant against its opcode (OpConstantsTest).
 */
public final class Op {
  private Op() {}

  public static final int NOP = 0;
  public static final int RESUME = 1;
  public static final int POP_TOP = 2;
  public static final int PUSH_NULL = 3;
  public static final int COPY = 4;
  public static final int SWAP = 5;
  public static final int LOAD_CONST = 6;
  public static final int LOAD_FAST = 7;
  public static final int STORE_FAST = 8;
  public static final int DELETE_FAST = 9;
  public static final int LOAD_FAST_AND_CLEAR = 10;
  public static final int STORE_FAST_MAYBE_NULL = 11;
  public static final int MAKE_CELL = 12;
  public static final int COPY_FREE_VARS = 13;
  public static final int LOAD_CLOSURE = 14;
  public static final int LOAD_DEREF = 15;
  public static final int STORE_DEREF = 16;
  public static final int DELETE_DEREF = 17;
  public static final int LOAD_NAME = 18;
  public static final int STORE_NAME = 19;
  public static final int DELETE_NAME = 20;
  public static final int LOAD_GLOBAL = 21;
  public static final int STORE_GLOBAL = 22;
  public static final int DELETE_GLOBAL = 23;
  public static final int LOAD_ATTR = 24;
  public static final int STORE_ATTR = 25;
  public static final int DELETE_ATTR = 26;
  public static final int LOAD_METHOD = 27;
  public static final int BINARY_SUBSCR = 28;
  public static final int STORE_SUBSCR = 29;
  public static final int DELETE_SUBSCR = 30;
  public static final int BINARY_SLICE = 31;
  public static final int STORE_SLICE = 32;
  public static final int BINARY_OP = 33;
  public static final int COMPARE_OP = 34;
  public static final int IS_OP = 35;
  public static final int CONTAINS_OP = 36;
  public static final int UNARY_NEGATIVE = 37;
  public static final int UNARY_POSITIVE = 38;
  public static final int UNARY_NOT = 39;
  public static final int UNARY_INVERT = 40;
  public static final int BUILD_TUPLE = 41;
  public static final int BUILD_LIST = 42;
  public static final int BUILD_SET = 43;
  public static final int SET_ADD = 44;
  public static final int SET_UPDATE = 45;
  public static final int BUILD_MAP = 46;
  public static final int BUILD_SLICE = 47;
  public static final int BUILD_STRING = 48;
  public static final int FORMAT_VALUE = 49;
  public static final int LIST_APPEND = 50;
  public static final int MAP_ADD = 51;
  public static final int LIST_EXTEND = 52;
  public static final int LIST_TO_TUPLE = 53;
  public static final int DICT_MERGE = 54;
  public static final int UNPACK_SEQUENCE = 55;
  public static final int UNPACK_EX = 56;
  public static final int GET_ITER = 57;
  public static final int FOR_ITER = 58;
  public static final int JUMP_FORWARD = 59;
  public static final int JUMP_BACKWARD = 60;
  public static final int POP_JUMP_IF_FALSE = 61;
  public static final int POP_JUMP_IF_TRUE = 62;
  public static final int POP_JUMP_IF_NONE = 63;
  public static final int POP_JUMP_IF_NOT_NONE = 64;
  public static final int JUMP_IF_FALSE_OR_POP = 65;
  public static final int JUMP_IF_TRUE_OR_POP = 66;
  public static final int KW_NAMES = 67;
  public static final int CALL = 68;
  public static final int CALL_FUNCTION_EX = 69;
  public static final int MAKE_FUNCTION = 70;
  public static final int RETURN_VALUE = 71;
  public static final int RETURN_GENERATOR = 72;
  public static final int YIELD_VALUE = 73;
  public static final int GET_YIELD_FROM_ITER = 74;
  public static final int GET_AWAITABLE = 75;
  public static final int SEND = 76;
  public static final int LOAD_BUILD_CLASS = 77;
  public static final int LOAD_ASSERTION_ERROR = 78;
  public static final int RAISE_VARARGS = 79;
  public static final int RERAISE = 80;
  public static final int PUSH_EXC_INFO = 81;
  public static final int POP_EXCEPT = 82;
  public static final int CHECK_EXC_MATCH = 83;
  public static final int BEFORE_WITH = 84;
  public static final int WITH_EXCEPT_START = 85;
  public static final int IMPORT_NAME = 86;
  public static final int IMPORT_FROM = 87;
}
