package io.lifeline.interpreter.bytecode;

/** COMPARE_OP's argument, with the dunder and its reflection. */
public enum CompareOp {
  LT("<", "__lt__", "__gt__"), LE("<=", "__le__", "__ge__"), EQ("==", "__eq__", "__eq__"),
  NE("!=", "__ne__", "__ne__"), GT(">", "__gt__", "__lt__"), GE(">=", "__ge__", "__le__");

  public final String symbol;
  public final String dunder;
  public final String reflected;

  CompareOp(String symbol, String dunder, String reflected) {
    this.symbol = symbol;
    this.dunder = dunder;
    this.reflected = reflected;
  }
}
