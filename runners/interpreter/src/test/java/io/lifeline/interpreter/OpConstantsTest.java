package io.lifeline.interpreter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.lifeline.interpreter.bytecode.Op;
import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.Frame;
import io.lifeline.interpreter.vm.VM;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the build generates from the opcode table is the table: {@link Op}'s constants (the dispatch loop's switch)
 * are the ordinals, one per opcode, and the VM's instruction methods are exactly the table's shared handlers
 * (the generated {@code vm.Instructions} makes each of them exist; this checks no other {@code op*} method is
 * left that compiled code would never call).
 */
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

  @Test
  void theVmsInstructionMethodsAreTheTablesSharedHandlers() {
    Set<String> methods = new TreeSet<>();
    for (Method m : VM.class.getDeclaredMethods()) {
      if (m.getName().startsWith("op") && Arrays.equals(m.getParameterTypes(),
          new Class<?>[] {Frame.class, int.class, int.class})) {
        methods.add(m.getName());
      }
    }
    Set<String> shared = new TreeSet<>();
    for (Opcode o : Opcode.values()) {
      if (o.hasSharedHandler()) {
        shared.add(o.handlerName());
      }
    }
    assertThat(methods).isEqualTo(shared);
  }
}
