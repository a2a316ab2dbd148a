package io.lifeline.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lifeline.interpreter.bytecode.Op;
import io.lifeline.interpreter.bytecode.Opcode;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The dispatch loop switches on {@link Op}'s constants: each must be its opcode's ordinal, one per opcode. */
class OpConstantsTest {
  @Test
  void everyOpcodeHasItsOrdinalAsConstant() throws Exception {
    Field[] constants = Arrays.stream(Op.class.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == int.class).toArray(Field[]::new);
    assertEquals(Opcode.values().length, constants.length, "one constant per opcode");
    for (Field c : constants) {
      assertEquals(Opcode.valueOf(c.getName()).ordinal(), c.getInt(null), c.getName());
    }
  }
}
