package io.lifeline.interpreter.compiler;

import io.lifeline.interpreter.bytecode.BinaryOp;
import io.lifeline.interpreter.bytecode.CompareOp;
import io.lifeline.interpreter.bytecode.ExceptionTableEntry;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.bytecode.Operand;
import io.lifeline.interpreter.object.PyCode;
import io.lifeline.interpreter.object.PyObject;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;
import io.lifeline.interpreter.object.PyStr;
import io.lifeline.interpreter.object.PyTuple;

/**
 * Renders code objects as text from the opcode table: offset, line, opcode, argument and its meaning, the
 * instruction's stack effect and the ownership of each slot. Nested code objects follow their parent.
 */
public final class Disassembler {
  private Disassembler() {}

  public static String disassemble(PyCode code) {
    StringBuilder sb = new StringBuilder();
    render(code, sb);
    return sb.toString();
  }

  private static void render(PyCode code, StringBuilder sb) {
    sb.append("Disassembly of ").append(code).append(" (").append(code.qualname).append("):\n");
    int lastLine = -1;
    for (int pc = 0; pc < code.ops.length; pc++) {
      Opcode op = code.opAt(pc);
      int arg = code.args[pc];
      String line = code.lines[pc] != lastLine ? String.valueOf(code.lines[pc]) : "";
      lastLine = code.lines[pc];
      String argText = op.operand() == Operand.NONE ? "" : String.valueOf(arg);
      sb.append(String.format("%4s %5d %-22s %4s %-24s %+d  %s", line, pc, op.name(), argText,
          meaning(code, op, arg), op.stackEffect(arg), op.ownershipSummary()).stripTrailing()).append('\n');
    }
    if (!code.exceptionTable.isEmpty()) {
      sb.append("ExceptionTable:\n");
      for (ExceptionTableEntry e : code.exceptionTable) {
        sb.append(String.format("  %d to %d -> %d [%d]%n", e.start(), e.end(), e.target(), e.depth()));
      }
    }
    for (PyObject c : code.consts) {
      if (c instanceof PyCode nested) {
        sb.append('\n');
        render(nested, sb);
      }
    }
  }

  /** The argument's meaning, in parentheses, like dis. */
  static String meaning(PyCode code, Opcode op, int arg) {
    return switch (op.operand()) {
      case CONST -> "(" + constRepr(code.consts[arg]) + ")";
      case LOCAL, DEREF -> "(" + code.localName(arg) + ")";
      case NAME -> "(" + code.names[arg] + ")";
      case JUMP -> "(to " + arg + ")";
      case BINOP -> "(" + BinaryOp.values()[arg].symbol + ")";
      case CMP -> "(" + CompareOp.values()[arg].symbol + ")";
      default -> "";
    };
  }

  private static String constRepr(PyObject c) {
    if (c instanceof PyStr s) {
      return PyStr.repr(s.value);
    }
    if (c instanceof PyTuple t) {
      StringBuilder sb = new StringBuilder("(");
      for (int i = 0; i < t.items.length; i++) {
        sb.append(i > 0 ? ", " : "").append(constRepr(t.items[i]));
      }
      return sb.append(t.items.length == 1 ? ",)" : ")").toString();
    }
    return String.valueOf(c);
  }
}
