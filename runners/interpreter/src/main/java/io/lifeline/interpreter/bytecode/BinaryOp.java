package io.lifeline.interpreter.bytecode;

/** BINARY_OP's argument: the operator, and whether it is the in-place form (augmented assignment). */
public enum BinaryOp {
  ADD("+", "__add__"), SUB("-", "__sub__"), MUL("*", "__mul__"), TRUEDIV("/", "__truediv__"),
  FLOORDIV("//", "__floordiv__"), MOD("%", "__mod__"), POW("**", "__pow__"), LSHIFT("<<", "__lshift__"),
  RSHIFT(">>", "__rshift__"), AND("&", "__and__"), OR("|", "__or__"), XOR("^", "__xor__"),
  MATMUL("@", "__matmul__"),
  IADD("+=", "__iadd__"), ISUB("-=", "__isub__"), IMUL("*=", "__imul__"), ITRUEDIV("/=", "__itruediv__"),
  IFLOORDIV("//=", "__ifloordiv__"), IMOD("%=", "__imod__"), IPOW("**=", "__ipow__"),
  ILSHIFT("<<=", "__ilshift__"), IRSHIFT(">>=", "__irshift__"), IAND("&=", "__iand__"), IOR("|=", "__ior__"),
  IXOR("^=", "__ixor__"), IMATMUL("@=", "__imatmul__");

  private static final BinaryOp[] VALUES = values();

  public final String symbol;
  public final String dunder;

  BinaryOp(String symbol, String dunder) {
    this.symbol = symbol;
    this.dunder = dunder;
  }

  /** The plain operator of an in-place one (IADD -> ADD); itself otherwise. */
  public BinaryOp base() {
    return ordinal() >= IADD.ordinal() ? VALUES[ordinal() - IADD.ordinal()] : this;
  }

  public boolean inplace() {
    return ordinal() >= IADD.ordinal();
  }

  public BinaryOp toInplace() {
    return inplace() ? this : VALUES[ordinal() + IADD.ordinal()];
  }
}
