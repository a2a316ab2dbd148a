package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.compiler.CodeUnit.FBlock;
import io.lifeline.interpreter.compiler.CodeUnit.FType;
import io.lifeline.interpreter.compiler.CodeUnit.Label;
import java.util.ArrayList;
import java.util.List;

/**
 * try/except/finally and with, and the frame blocks (compile.c's fblocks) that break, continue and return unwind:
 * leaving a block early runs its cleanup inline (pops a for loop's iterator, runs a finally body, calls a with
 * block's {@code __exit__}, ends an except handler), each under the handlers that enclose it.
 */
abstract class BlockCompiler extends FunctionCompiler {
  BlockCompiler(Constants k, boolean sliceOps) {
    super(k, sliceOps);
  }

  // ---------------------------------------------------------------- try / except / finally / with

  final void tryStmt(Stmt.Try t) {
    if (t.finalbody().isEmpty()) {
      tryExcept(t);
    } else {
      tryFinally(t);
    }
  }

  /**
   * try/finally: the body runs under a handler that re-runs the finally body with the exception saved
   * (PUSH_EXC_INFO) and re-raises; a normal exit, break or return runs an inline copy of the finally body.
   */
  private void tryFinally(Stmt.Try t) {
    Label handler = new Label();
    Label cleanup = new Label();
    Label end = new Label();
    int base = u.depth;
    u.pushHandler(handler, base);
    pushFBlock(FType.FINALLY_TRY, null, null, t.finalbody(), null);
    if (t.handlers().isEmpty()) {
      stmts(t.body());
    } else {
      tryExcept(new Stmt.Try(t.body(), t.handlers(), t.orelse(), List.of(), t.line(), t.col()));
    }
    popFBlock();
    u.popHandler();
    stmts(t.finalbody());
    u.emitJump(Opcode.JUMP_FORWARD, end);
    enterHandler(handler, cleanup, base);
    inFBlock(FType.FINALLY_END, null, () -> stmts(t.finalbody()));
    u.emit(Opcode.RERAISE);
    u.popHandler();
    bindCleanup(cleanup);
    u.bind(end);
  }

  /**
   * The start of an exception handler at {@code handler}: the exception is pushed (PUSH_EXC_INFO) above the
   * {@code base} depth of the protected block, and the handler's own exceptions go to {@code cleanup}.
   */
  private void enterHandler(Label handler, Label cleanup, int base) {
    u.bind(handler);
    u.pushHandler(cleanup, base + 1);
    u.emit(Opcode.PUSH_EXC_INFO);
  }

  /** POP_EXCEPT_AND_RERAISE: the handler's own exception restores the previously handled one and propagates. */
  private void bindCleanup(Label cleanup) {
    u.bind(cleanup);
    u.emit(Opcode.SWAP, 2);
    u.emit(Opcode.POP_EXCEPT);
    u.emit(Opcode.RERAISE);
  }

  private void tryExcept(Stmt.Try t) {
    Label handler = new Label();
    Label cleanup = new Label();
    Label orelse = new Label();
    Label end = new Label();
    int base = u.depth;
    u.pushHandler(handler, base);
    inFBlock(FType.TRY_EXCEPT, null, () -> stmts(t.body()));
    u.popHandler();
    u.emitJump(Opcode.JUMP_FORWARD, orelse);
    enterHandler(handler, cleanup, base);
    for (Stmt.Handler h : t.handlers()) {
      at(h.line(), h.col());
      Label next = new Label();
      if (h.type() != null) {
        expr(h.type());
        u.emit(Opcode.CHECK_EXC_MATCH);
        u.emitJump(Opcode.POP_JUMP_IF_FALSE, next);
      }
      exceptBody(h, base, end);
      u.bind(next);
      if (h.type() == null) {
        break;
      }
    }
    if (t.handlers().get(t.handlers().size() - 1).type() != null) {
      u.emit(Opcode.RERAISE);
    }
    u.popHandler();
    bindCleanup(cleanup);
    u.bind(orelse);
    stmts(t.orelse());
    u.bind(end);
  }

  /**
   * A matched handler's body, then POP_EXCEPT and a jump to {@code end}. With {@code as name} the body runs under
   * a cleanup handler that clears the name before re-raising; both ways out clear it.
   */
  private void exceptBody(Stmt.Handler h, int base, Label end) {
    Label cleanupBody = new Label();
    if (h.name() != null) {
      storeName(h.name());
      u.pushHandler(cleanupBody, base + 1);
    } else {
      u.emit(Opcode.POP_TOP);
    }
    inFBlock(FType.HANDLER_CLEANUP, h.name(), () -> stmts(h.body()));
    if (h.name() != null) {
      u.popHandler();
    }
    CodeUnit.Handler outer = u.handlers.pop();
    u.emit(Opcode.POP_EXCEPT);
    if (h.name() != null) {
      clearName(h.name());
    }
    u.emitJump(Opcode.JUMP_FORWARD, end);
    u.handlers.push(outer);
    if (h.name() != null) {
      u.bind(cleanupBody);
      clearName(h.name());
      u.emit(Opcode.RERAISE);
    }
  }

  /**
   * The implicit {@code name = None; del name} at the end of {@code except ... as name}. On the normal
   * path it runs, like POP_EXCEPT, outside the handler's cleanup region (compile.c emits two POP_BLOCKs).
   */
  private void clearName(String name) {
    loadConst(null);
    storeName(name);
    deleteName(name);
  }

  /**
   * with: BEFORE_WITH, body under a handler calling __exit__ with the exception, normal exit calls it with Nones.
   * async with (compiler_async_with): BEFORE_ASYNC_WITH, and each call of __aenter__/__aexit__ awaited.
   */
  final void withStmt(Stmt.With w, int item) {
    boolean async = w.isAsync();
    Stmt.WithItem it = w.items().get(item);
    Label handler = new Label();
    Label cleanup = new Label();
    Label suppress = new Label();
    Label end = new Label();
    expr(it.context());
    if (locations >= 13) {
      at(it.context()); // 3.13's compiler_with: BEFORE_WITH at the context expression's location
    } else {
      at(w);
    }
    u.emit(async ? Opcode.BEFORE_ASYNC_WITH : Opcode.BEFORE_WITH);
    awaitIf(async, 1);
    int base = u.depth - 1; // the bound __exit__ stays below the handler's depth
    u.pushHandler(handler, base);
    inFBlock(async ? FType.ASYNC_WITH : FType.WITH, null, () -> withBody(w, item));
    u.popHandler();
    at(w);
    callExitWithNones();
    awaitIf(async, 2);
    u.emit(Opcode.POP_TOP);
    u.emitJump(Opcode.JUMP_FORWARD, end);
    enterHandler(handler, cleanup, base);
    u.emit(Opcode.WITH_EXCEPT_START);
    awaitIf(async, 2);
    u.emitJump(Opcode.POP_JUMP_IF_TRUE, suppress);
    u.emit(Opcode.RERAISE);
    u.popHandler();
    u.bind(suppress);
    u.emit(Opcode.POP_TOP);
    u.emit(Opcode.POP_EXCEPT);
    u.emit(Opcode.POP_TOP);
    u.emitJump(Opcode.JUMP_FORWARD, end);
    bindCleanup(cleanup);
    u.bind(end);
  }

  /** The value of {@code __enter__} stored or dropped, then the next item's with block or the body. */
  private void withBody(Stmt.With w, int item) {
    Stmt.WithItem it = w.items().get(item);
    if (it.target() != null) {
      store(it.target());
    } else {
      u.emit(Opcode.POP_TOP);
    }
    if (item + 1 < w.items().size()) {
      withStmt(w, item + 1);
    } else {
      stmts(w.body());
    }
  }

  /** In an async with, awaits the result of __aenter__ (where 1) or __aexit__ (where 2): GET_AWAITABLE and SEND. */
  private void awaitIf(boolean async, int where) {
    if (async) {
      u.emit(Opcode.GET_AWAITABLE, where);
      sendLoop(3);
    }
  }

  /** compiler_call_exit_with_nones: [exit, None, None, None] CALL 2 calls exit(None, None, None). */
  private void callExitWithNones() {
    loadConst(null);
    loadConst(null);
    loadConst(null);
    u.emit(Opcode.CALL, 2);
  }

  // ---------------------------------------------------------------- Frame blocks and unwinding

  /** Runs {@code body} with a frame block of {@code type} (no loop labels, no finally body) pushed. */
  private void inFBlock(FType type, String name, Runnable body) {
    pushFBlock(type, null, null, null, name);
    body.run();
    popFBlock();
  }

  final void pushFBlock(FType type, Label start, Label exit, List<Stmt> finalbody, String name) {
    u.fblocks.add(new FBlock(type, start, exit, finalbody, name, u.handlers.size()));
  }

  final void popFBlock() {
    u.fblocks.remove(u.fblocks.size() - 1);
  }

  final void breakOrContinue(boolean isBreak, int line, int col) {
    int loop = -1;
    for (int i = u.fblocks.size() - 1; i >= 0; i--) {
      FType t = u.fblocks.get(i).type();
      if (t == FType.WHILE || t == FType.FOR) {
        loop = i;
        break;
      }
    }
    if (loop < 0) {
      throw new PySyntaxError("'" + (isBreak ? "break" : "continue") + "' outside loop", line, col);
    }
    FBlock lb = u.fblocks.get(loop);
    unwindTo(isBreak ? loop : loop + 1, false);
    u.emitJump(isBreak ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD, isBreak ? lb.exit() : lb.start());
  }

  final void unwindAll(boolean preserveTos) {
    unwindTo(0, preserveTos);
  }

  /**
   * Emits the cleanup of frame blocks from the innermost down to index {@code stop}, each under the
   * exception handlers and frame blocks that enclose it, then restores both stacks (compiler_unwind_fblock).
   */
  private void unwindTo(int stop, boolean preserveTos) {
    List<FBlock> saved = new ArrayList<>(u.fblocks);
    List<CodeUnit.Handler> savedHandlers = new ArrayList<>(u.handlers);
    for (int i = saved.size() - 1; i >= stop; i--) {
      FBlock fb = saved.get(i);
      while (u.fblocks.size() > i) {
        popFBlock();
      }
      while (u.handlers.size() > fb.handlerCount()) {
        u.handlers.pop();
      }
      unwindBlock(fb, preserveTos);
    }
    u.fblocks.clear();
    u.fblocks.addAll(saved);
    u.handlers.clear();
    for (int i = savedHandlers.size() - 1; i >= 0; i--) {
      u.handlers.push(savedHandlers.get(i));
    }
  }

  /** One block's early-exit cleanup; with {@code preserveTos} the return value stays on top of the stack. */
  private void unwindBlock(FBlock fb, boolean preserveTos) {
    switch (fb.type()) {
      case WHILE, TRY_EXCEPT -> { }
      case FOR, POP_VALUE -> {
        swapUnder(preserveTos);
        u.emit(Opcode.POP_TOP);
      }
      case FINALLY_TRY -> {
        if (preserveTos) {
          pushFBlock(FType.POP_VALUE, null, null, null, null);
        }
        stmts(fb.finalbody());
        if (preserveTos) {
          popFBlock();
        }
      }
      case FINALLY_END -> {
        swapUnder(preserveTos);
        u.emit(Opcode.POP_TOP);
        swapUnder(preserveTos);
        u.emit(Opcode.POP_EXCEPT);
      }
      case HANDLER_CLEANUP -> {
        swapUnder(preserveTos);
        u.emit(Opcode.POP_EXCEPT);
        if (fb.name() != null) {
          clearName(fb.name());
        }
      }
      case WITH, ASYNC_WITH -> {
        swapUnder(preserveTos);
        callExitWithNones();
        awaitIf(fb.type() == FType.ASYNC_WITH, 2);
        u.emit(Opcode.POP_TOP);
      }
    }
  }

  /** With {@code preserveTos}, SWAP 2 so the cleanup that follows works under the preserved value. */
  private void swapUnder(boolean preserveTos) {
    if (preserveTos) {
      u.emit(Opcode.SWAP, 2);
    }
  }
}
