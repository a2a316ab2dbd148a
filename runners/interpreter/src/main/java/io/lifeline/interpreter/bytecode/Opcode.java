package io.lifeline.interpreter.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The instruction set: the single source of truth for every instruction's operand, stack effect and
 * reference ownership. The compiler computes stack depths from it, the disassembler prints it, the VM's
 * checked mode asserts each executed instruction against it, and the tests verify the VM's handlers agree.
 *
 * <p>Each entry gives a CPython bytecodes.c-style signature {@code (inputs -- outputs)}. A slot is
 * {@code name}, optionally a count {@code name[arg]}, {@code name[arg-1]}, {@code name[2*arg]},
 * {@code name[arg&1]}, {@code name[flags]} (bits set in arg&0xF), and an ownership suffix: inputs default to
 * {@code borrowed} (read, then released by the instruction), or are {@code :stolen} (moved into a local,
 * container, frame or output) or {@code :kept} (left in place, repeated among the outputs); outputs are new
 * references. Conditional jumps state the extra stack effect of the taken branch. Each row ends with where its
 * body is ({@link Exec}; {@code SHARED} when not written). The build generates {@code Op} (the ordinals as
 * constants, for the dispatch loop's switch) and {@code vm.Instructions} (the VM's shared handlers) from this
 * table: adding an instruction is one row here plus its handler in the VM.
 */
public enum Opcode {
  NOP(Operand.NONE, "--", "does nothing"),
  RESUME(Operand.FLAG, "--", "start of a frame (0) or resumption after a yield (1); checks the budget"),
  POP_TOP(Operand.NONE, "value --", "releases the top of the stack"),
  PUSH_NULL(Operand.NONE, "-- null", "pushes NULL: CALL's marker for 'not a method call'"),
  COPY(Operand.COUNT, "bottom:kept rest[arg-1]:kept -- bottom rest[arg-1] copy", "pushes a new reference to the arg-th item"),
  SWAP(Operand.COUNT, "a:kept mid[arg-2]:kept b:kept -- b mid[arg-2] a", "swaps the top with the arg-th item"),

  LOAD_CONST(Operand.CONST, "-- value", "pushes co_consts[arg]"),
  LOAD_FAST(Operand.LOCAL, "-- value", "pushes a local; UnboundLocalError if unset"),
  STORE_FAST(Operand.LOCAL, "value:stolen --", "local = value; the old value is released after the store"),
  DELETE_FAST(Operand.LOCAL, "--", "unbinds a local, releasing its value"),
  LOAD_FAST_AND_CLEAR(Operand.LOCAL, "-- value", "3.12 (PEP 709): moves a local (or NULL) to the stack, leaving it unset"),
  STORE_FAST_MAYBE_NULL(Operand.LOCAL, "value:stolen --", "3.12 (PEP 709): restores a local saved by LOAD_FAST_AND_CLEAR (may be NULL)"),
  MAKE_CELL(Operand.DEREF, "--", "wraps the slot's current value (a parameter, or nothing) in a new cell"),
  COPY_FREE_VARS(Operand.COUNT, "--", "copies the function's closure cells into the frame's free slots"),
  LOAD_CLOSURE(Operand.DEREF, "-- cell", "pushes the cell itself (for MAKE_FUNCTION's closure tuple)"),
  LOAD_DEREF(Operand.DEREF, "-- value", "pushes a cell's contents; NameError if empty"),
  LOAD_CLASSDEREF(Operand.DEREF, "-- value",
      "in a class body: the namespace's value of a free variable's name, else the cell's contents"),
  STORE_DEREF(Operand.DEREF, "value:stolen --", "cell contents = value; the old value is released after"),
  DELETE_DEREF(Operand.DEREF, "--", "empties a cell", Exec.LOOP),
  LOAD_NAME(Operand.NAME, "-- value", "module/class scope: locals, then globals, then builtins"),
  STORE_NAME(Operand.NAME, "value --", "locals[name] = value (the dict takes its own reference)"),
  DELETE_NAME(Operand.NAME, "--", "del locals[name]: releases the key, then the value", Exec.LOOP),
  LOAD_GLOBAL(Operand.NAME, "-- value", "pushes globals[name] or builtins[name]"),
  STORE_GLOBAL(Operand.NAME, "value --", "globals[name] = value"),
  DELETE_GLOBAL(Operand.NAME, "--", "del globals[name]", Exec.LOOP),

  LOAD_ATTR(Operand.NAME, "owner -- value", "pushes owner.name"),
  STORE_ATTR(Operand.NAME, "value owner --", "owner.name = value; the old value dies inside the store"),
  DELETE_ATTR(Operand.NAME, "owner --", "del owner.name", Exec.LOOP),
  LOAD_METHOD(Operand.NAME, "owner -- meth_or_null self_or_attr",
      "unbound method plus owner (moved to self_or_attr; no bound-method object), or NULL plus the attribute (the "
          + "owner released)"),
  BINARY_SUBSCR(Operand.NONE, "container sub -- res", "container[sub]"),
  STORE_SUBSCR(Operand.NONE, "value container sub --", "container[sub] = value"),
  DELETE_SUBSCR(Operand.NONE, "container sub --", "del container[sub]", Exec.LOOP),
  BINARY_SLICE(Operand.NONE, "container start:stolen stop:stolen -- res",
      "3.12: container[start:stop]; the slice (owning start and stop) is released, then the container", Exec.LOOP),
  STORE_SLICE(Operand.NONE, "value container start:stolen stop:stolen --",
      "3.12: container[start:stop] = value; releases the slice, then value, then the container", Exec.LOOP),

  BINARY_OP(Operand.BINOP, "lhs rhs -- res", "arithmetic and in-place arithmetic; inputs released lhs, rhs"),
  COMPARE_OP(Operand.CMP, "lhs rhs -- res", "rich comparison"),
  IS_OP(Operand.FLAG, "lhs rhs -- res", "identity test (arg 1: 'is not')"),
  CONTAINS_OP(Operand.FLAG, "item container -- res", "membership test (arg 1: 'not in')"),
  UNARY_NEGATIVE(Operand.NONE, "value -- res", "-value", Exec.LOOP),
  UNARY_POSITIVE(Operand.NONE, "value -- res", "+value", Exec.LOOP),
  UNARY_NOT(Operand.NONE, "value -- res", "not value"),
  UNARY_INVERT(Operand.NONE, "value -- res", "~value", Exec.LOOP),

  BUILD_TUPLE(Operand.COUNT, "items[arg]:stolen -- tuple", "the tuple takes the items' references"),
  BUILD_LIST(Operand.COUNT, "items[arg]:stolen -- list", "the list takes the items' references"),
  BUILD_SET(Operand.COUNT, "items[arg] -- set", "the set takes new references; inputs released bottom first", Exec.LOOP),
  SET_ADD(Operand.COUNT, "set:kept mid[arg-1]:kept value -- set mid[arg-1]", "set.add for comprehensions", Exec.LOOP),
  SET_UPDATE(Operand.COUNT, "set:kept mid[arg-1]:kept iterable -- set mid[arg-1]", "set.update for {*it}", Exec.LOOP),
  BUILD_MAP(Operand.COUNT, "pairs[2*arg] -- dict", "the dict takes new references; inputs released top first"),
  BUILD_SLICE(Operand.COUNT, "start:stolen stop:stolen step[arg-2]:stolen -- slice",
      "slice(start, stop[, step]): the slice takes the references", Exec.LOOP),
  BUILD_STRING(Operand.COUNT, "pieces[arg] -- str", "concatenates str pieces", Exec.LOOP),
  FORMAT_VALUE(Operand.FLAG, "value spec[spec] -- str",
      "f-string field: conversion arg&3 (1 str, 2 repr, 3 ascii), then format(value, spec) (spec if arg&4)", Exec.LOOP),
  LIST_APPEND(Operand.COUNT, "list:kept mid[arg-1]:kept value:stolen -- list mid[arg-1]", "list.append for comprehensions"),
  MAP_ADD(Operand.COUNT, "map:kept mid[arg-1]:kept key:stolen value:stolen -- map mid[arg-1]", "dict item for comprehensions"),
  LIST_EXTEND(Operand.COUNT, "list:kept mid[arg-1]:kept iterable -- list mid[arg-1]", "list.extend", Exec.LOOP),
  LIST_TO_TUPLE(Operand.NONE, "list -- tuple", "tuple(list)", Exec.LOOP),
  DICT_MERGE(Operand.COUNT, "dict:kept mid[arg-1]:kept other -- dict mid[arg-1]", "dict update for f(**kw)", Exec.LOOP),
  UNPACK_SEQUENCE(Operand.COUNT, "seq -- values[arg]", "pushes the items last-first so the first is on top"),
  UNPACK_EX(Operand.COUNT, "seq -- values[ex]",
      "a, *b, c = seq: arg&0xFF targets before the star, arg>>8 after; the starred one gets a new list", Exec.LOOP),

  GET_ITER(Operand.NONE, "iterable -- iter", "iter(iterable)"),
  FOR_ITER(Operand.JUMP, "iter:kept -- iter next", "next(iter); when exhausted pops and releases iter and jumps", -1),
  JUMP_FORWARD(Operand.JUMP, "--", "unconditional jump", Exec.SHARED_JUMP),
  JUMP_BACKWARD(Operand.JUMP, "--", "unconditional jump backwards (a loop edge; checks the budget)", Exec.SHARED_JUMP),
  POP_JUMP_IF_FALSE(Operand.JUMP, "cond --", "jumps if not cond", -1),
  POP_JUMP_IF_TRUE(Operand.JUMP, "cond --", "jumps if cond", -1),
  POP_JUMP_IF_NONE(Operand.JUMP, "value --", "jumps if value is None", -1),
  POP_JUMP_IF_NOT_NONE(Operand.JUMP, "value --", "jumps if value is not None", -1),
  JUMP_IF_FALSE_OR_POP(Operand.JUMP, "cond --", "jumps keeping cond if false, else pops it", 0),
  JUMP_IF_TRUE_OR_POP(Operand.JUMP, "cond --", "jumps keeping cond if true, else pops it", 0),

  KW_NAMES(Operand.CONST, "--", "sets the keyword names (a const tuple) for the next CALL"),
  CALL(Operand.COUNT, "meth_or_null:stolen callable_or_self:stolen args[arg]:stolen -- res",
      "meth_or_null callable_or_self args[arg] -- res",
      "moving convention into a Python function (3.11+, bpo-45256): the frame steals callable and args; the holding "
          + "convention (3.10, PyPy) and native callees: they are borrowed, released after the call returns", Exec.LOOP),
  CALL_FUNCTION_EX(Operand.FLAG, "null callable callargs kwargs[arg&1] -- res",
      "f(*args, **kw): callargs tuple stays on the caller's stack until return (3.11); 3.12+ into a Python "
          + "function: the frame steals callable, takes the items, tuple and dict die before it runs (gh-98003)", Exec.LOOP),
  MAKE_FUNCTION(Operand.FLAG, "extras[flags]:stolen code -- func",
      "flags: 1 defaults tuple, 2 kwdefaults dict, 4 annotations tuple, 8 closure tuple"),
  RETURN_VALUE(Operand.NONE, "retval:stolen --", "returns to the caller; the frame releases its slots in index order", Exec.LOOP_EXIT),
  RETURN_GENERATOR(Operand.NONE, "--", "makes the generator that owns this frame (done at call time here)", Exec.LOOP),
  YIELD_VALUE(Operand.NONE, "value:stolen -- sent", "suspends; on resumption the sent value is on top", Exec.LOOP),
  GET_YIELD_FROM_ITER(Operand.NONE, "iterable -- iter", "iter() unless already a generator"),
  GET_AWAITABLE(Operand.FLAG, "iterable -- iter", "a coroutine itself, or the iterator returned by __await__()", Exec.LOOP),
  SEND(Operand.JUMP, "receiver:kept value -- receiver res",
      "receiver.send(value); when it returns, pops receiver and jumps with the return value", -1),
  ASYNC_GEN_WRAP(Operand.NONE, "value:stolen -- wrapped",
      "3.11: marks a value an async generator yields (not one its awaits pass up) for asend/athrow to unwrap",
      Exec.LOOP),
  GET_AITER(Operand.NONE, "aiterable -- aiter", "aiterable.__aiter__() (async for)", Exec.LOOP),
  GET_ANEXT(Operand.NONE, "aiter:kept -- aiter awaitable", "the awaitable of aiter.__anext__() (async for)", Exec.LOOP),
  END_ASYNC_FOR(Operand.NONE, "aiter exc --",
      "end of async for: StopAsyncIteration releases both, anything else is re-raised", Exec.LOOP),
  BEFORE_ASYNC_WITH(Operand.NONE, "mgr -- exit res",
      "pushes the bound __aexit__ and the result of __aenter__() (awaited next)", Exec.LOOP),
  LOAD_BUILD_CLASS(Operand.NONE, "-- build_class", "pushes builtins.__build_class__"),
  LOAD_ASSERTION_ERROR(Operand.NONE, "-- type", "pushes AssertionError", Exec.LOOP),
  RAISE_VARARGS(Operand.COUNT, "args[arg]:stolen --", "raise (0: re-raise, 1: raise exc, 2: raise exc from cause)", Exec.LOOP_EXIT),
  RERAISE(Operand.NONE, "exc:stolen --", "re-raises exc, keeping its traceback", Exec.LOOP_EXIT),
  PUSH_EXC_INFO(Operand.NONE, "exc:kept -- prev exc", "saves the handled exception below exc; exc becomes current"),
  POP_EXCEPT(Operand.NONE, "prev:stolen --", "restores the previously handled exception"),
  CHECK_EXC_MATCH(Operand.NONE, "exc:kept type -- exc res", "isinstance(exc, type)"),
  BEFORE_WITH(Operand.NONE, "mgr -- exit res", "pushes the bound __exit__ and the result of __enter__()", Exec.LOOP),
  WITH_EXCEPT_START(Operand.NONE, "exit:kept prev:kept exc:kept -- exit prev exc res", "calls exit(type, exc, tb)", Exec.LOOP),
  IMPORT_NAME(Operand.NAME, "level fromlist -- module", "imports a built-in module", Exec.LOOP),
  IMPORT_FROM(Operand.NAME, "module:kept -- module value", "module.name", Exec.LOOP);

  private final Operand operand;
  private final String signature;
  private final String doc;
  private final Exec exec;
  private final List<Slot> inputs = new ArrayList<>();
  private final List<Slot> outputs = new ArrayList<>();
  /** The inputs under the holding calling convention where they differ (CALL), else {@link #inputs}. */
  private final List<Slot> holdingInputs;
  /** Stack effect of the taken branch, or {@link Integer#MIN_VALUE} when it equals the fall-through's. */
  private final int jumpEffect;

  /**
   * The calling conventions, where an instruction's ownership differs between them: MOVING (3.11+, PyPy 7.3.18) hands
   * a Python callee the caller's references, HOLDING (3.10, older PyPy) keeps them on the caller's stack for the
   * call. The VM's {@code CallingConvention} says which one a given call follows.
   */
  public enum Calling { MOVING, HOLDING }

  /** How many stack items a slot covers, as a function of the argument. */
  public enum Count {
    ONE, ARG, ARG_MINUS_1, ARG_MINUS_2, TWICE_ARG, ARG_BIT0, FLAG_BITS, UNPACK_EX_TOTAL, SPEC_BIT;

    public int of(int arg) {
      return switch (this) {
        case ONE -> 1;
        case ARG -> arg;
        case ARG_MINUS_1 -> arg - 1;
        case ARG_MINUS_2 -> arg - 2;
        case TWICE_ARG -> 2 * arg;
        case ARG_BIT0 -> arg & 1;
        case FLAG_BITS -> Integer.bitCount(arg & 0xF);
        case UNPACK_EX_TOTAL -> (arg & 0xFF) + (arg >> 8) + 1;
        case SPEC_BIT -> (arg >> 2) & 1;
      };
    }

    static Count parse(String s) {
      return switch (s) {
        case "" -> ONE;
        case "arg" -> ARG;
        case "arg-1" -> ARG_MINUS_1;
        case "arg-2" -> ARG_MINUS_2;
        case "2*arg" -> TWICE_ARG;
        case "arg&1" -> ARG_BIT0;
        case "flags" -> FLAG_BITS;
        case "ex" -> UNPACK_EX_TOTAL;
        case "spec" -> SPEC_BIT;
        default -> throw new IllegalArgumentException("bad count " + s);
      };
    }
  }

  /** One named stack slot (or run of slots) of a signature. */
  public record Slot(String name, Count count, Ownership ownership) {
    @Override
    public String toString() {
      String c = switch (count) {
        case ONE -> "";
        case ARG -> "[arg]";
        case ARG_MINUS_1 -> "[arg-1]";
        case ARG_MINUS_2 -> "[arg-2]";
        case TWICE_ARG -> "[2*arg]";
        case ARG_BIT0 -> "[arg&1]";
        case FLAG_BITS -> "[flags]";
        case UNPACK_EX_TOTAL -> "[ex]";
        case SPEC_BIT -> "[spec]";
      };
      return name + c;
    }
  }

  Opcode(Operand operand, String signature, String doc) {
    this(operand, signature, null, doc, Exec.SHARED, Integer.MIN_VALUE);
  }

  Opcode(Operand operand, String signature, String doc, int jumpEffect) {
    this(operand, signature, null, doc, Exec.SHARED, jumpEffect);
  }

  Opcode(Operand operand, String signature, String doc, Exec exec) {
    this(operand, signature, null, doc, exec, Integer.MIN_VALUE);
  }

  Opcode(Operand operand, String moving, String holding, String doc, Exec exec) {
    this(operand, moving, holding, doc, exec, Integer.MIN_VALUE);
  }

  Opcode(Operand operand, String signature, String holding, String doc, Exec exec, int jumpEffect) {
    this.operand = operand;
    this.signature = signature;
    this.doc = doc;
    this.exec = exec;
    this.jumpEffect = jumpEffect;
    String[] sides = signature.split("--", -1);
    parseSide(sides[0], inputs, true);
    parseSide(sides[1], outputs, false);
    if (holding == null) {
      holdingInputs = inputs;
    } else {
      holdingInputs = new ArrayList<>();
      parseSide(holding.split("--", -1)[0], holdingInputs, true);
    }
  }

  private static void parseSide(String side, List<Slot> into, boolean input) {
    for (String tok : side.trim().split("\\s+")) {
      if (tok.isEmpty()) {
        continue;
      }
      Ownership own = input ? Ownership.BORROWED : Ownership.NEW;
      int colon = tok.indexOf(':');
      if (colon >= 0) {
        own = Ownership.valueOf(tok.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
        tok = tok.substring(0, colon);
      }
      int br = tok.indexOf('[');
      String name = br < 0 ? tok : tok.substring(0, br);
      Count count = Count.parse(br < 0 ? "" : tok.substring(br + 1, tok.length() - 1));
      into.add(new Slot(name, count, own));
    }
  }

  public Operand operand() {
    return operand;
  }

  public String signature() {
    return signature;
  }

  public String doc() {
    return doc;
  }

  public List<Slot> inputs() {
    return inputs;
  }

  /** The inputs as the calling convention {@code calling} owns them (they differ for CALL only). */
  public List<Slot> inputs(Calling calling) {
    return calling == Calling.HOLDING ? holdingInputs : inputs;
  }

  public Exec exec() {
    return exec;
  }

  /** Whether the VM has this instruction's method {@link #handlerName()}, which compiled code calls too. */
  public boolean hasSharedHandler() {
    return exec == Exec.SHARED || exec == Exec.SHARED_JUMP;
  }

  /** Whether the shared handler returns boolean: a conditional jump, true when it branches to the argument. */
  public boolean handlerBranches() {
    return exec == Exec.SHARED && operand == Operand.JUMP;
  }

  /** The VM method of a shared handler: {@code opLoadFast} for LOAD_FAST. */
  public String handlerName() {
    StringBuilder sb = new StringBuilder("op");
    for (String part : name().toLowerCase(java.util.Locale.ROOT).split("_")) {
      sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
    }
    return sb.toString();
  }

  public List<Slot> outputs() {
    return outputs;
  }

  public int popped(int arg) {
    int n = 0;
    for (Slot s : inputs) {
      n += s.count().of(arg);
    }
    return n;
  }

  public int pushed(int arg) {
    int n = 0;
    for (Slot s : outputs) {
      n += s.count().of(arg);
    }
    return n;
  }

  /** Net stack effect when execution falls through to the next instruction. */
  public int stackEffect(int arg) {
    return pushed(arg) - popped(arg);
  }

  /** Net stack effect when the jump is taken (conditional and unconditional jumps). */
  public int stackEffectOnJump(int arg) {
    return jumpEffect == Integer.MIN_VALUE ? stackEffect(arg) : jumpEffect;
  }

  public boolean isJump() {
    return operand == Operand.JUMP;
  }

  /** Instructions after which control never falls through. */
  public boolean isTerminal() {
    return exec == Exec.SHARED_JUMP || exec == Exec.LOOP_EXIT;
  }

  /** Ownership summary for the disassembler: "value:stolen" style, outputs marked new. */
  public String ownershipSummary() {
    StringBuilder sb = new StringBuilder();
    for (Slot s : inputs) {
      if (s.ownership() != Ownership.KEPT) {
        sb.append(sb.length() == 0 ? "" : " ").append(s).append(':').append(s.ownership().name().toLowerCase());
      }
    }
    for (Slot s : outputs) {
      boolean kept = inputs.stream().anyMatch(i -> i.name().equals(s.name()) && i.ownership() == Ownership.KEPT);
      if (!kept) {
        sb.append(sb.length() == 0 ? "" : " ").append(s).append(":new");
      }
    }
    return sb.toString();
  }
}
