package io.lifeline.fuzz;

import static io.lifeline.fuzz.Expr.call;
import static io.lifeline.fuzz.Expr.name;
import static io.lifeline.fuzz.Expr.str;

import java.util.List;

/**
 * The generator's simulation of one generator or coroutine it drives, so that every operation it writes is
 * valid and every one that raises is wrapped in a {@code try} catching exactly what it raises. The generated
 * bodies have two suspension points and catch nothing (a {@code finally} at most), which gives the states:
 * 0 unstarted, 1 and 2 suspended at the first and second point, 3 finished.
 *
 * <ul>
 *   <li>next / send: 0 to 1, 1 to 2; from 2 the body returns and the call raises StopIteration; on a finished
 *       generator it raises StopIteration again (never done to a finished coroutine: that is a RuntimeError);
 *   <li>throw(KeyError): the body does not catch it, so it propagates out of the call in every state; finished;
 *   <li>close: finished, raises nothing.
 * </ul>
 */
final class Suspendable {
  enum Op { NEXT, SEND_NONE, SEND_VALUE, THROW, CLOSE }

  private static final int FINISHED = 3;

  private final String ref;
  private final String label;
  private final boolean coroutine;
  private int state;

  /**
   * @param ref the expression that reaches it ({@code it3}, {@code b2.gen})
   * @param label its function's name, used in events
   */
  Suspendable(String ref, String label, boolean coroutine) {
    this.ref = ref;
    this.label = label;
    this.coroutine = coroutine;
  }

  boolean unstarted() {
    return state == 0;
  }

  boolean finished() {
    return state == FINISHED;
  }

  /** Appends {@code op} (with {@code value} for SEND_VALUE) and advances the state. */
  void emit(List<Stmt> body, Op op, Expr value) {
    switch (op) {
      case THROW -> {
        body.add(guarded(call(ref + ".throw", call("KeyError", str(label))), "KeyError", "thrown"));
        state = FINISHED;
      }
      case CLOSE -> {
        body.add(Stmt.expr(call(ref + ".close")));
        body.add(Stmt.event("closed", label));
        state = FINISHED;
      }
      default -> {
        Expr advance = op == Op.SEND_VALUE ? call(ref + ".send", value)
            : op == Op.NEXT && !coroutine ? call("next", name(ref))
            : call(ref + ".send", Expr.none());
        if (state >= 2) {
          body.add(guarded(advance, "StopIteration", "stopped"));
          state = FINISHED;
        } else {
          body.add(Stmt.expr(advance));
          state++;
        }
      }
    }
  }

  private Stmt guarded(Expr e, String caught, String eventName) {
    return new Stmt.Try(List.of(Stmt.expr(e)),
        List.of(new Stmt.Handler(caught, null, List.of(Stmt.event(eventName, label)))), List.of());
  }
}
