package io.lifeline.interpreter.vm;

import io.lifeline.interpreter.object.Frame;
import static org.objectweb.asm.Opcodes.*;

import io.lifeline.interpreter.bytecode.Opcode;
import io.lifeline.interpreter.object.PyCode;
import java.lang.invoke.MethodHandles;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;

/**
 * Compiles a code object's instructions into a {@link CompiledCode}: a hidden class whose method calls, for each
 * instruction, {@code VM.tick} and the instruction's shared handler {@code VM.opXxx(Frame, int pc, int arg)}
 * ({@link Opcode#handlerName}, declared by the generated {@link Instructions}), with {@code pc} and {@code arg} as
 * constants. The opcode table says which instructions have one ({@link Opcode#hasSharedHandler}) and which of
 * them branch ({@link Opcode#handlerBranches}: true means jump to arg); an unconditional jump's handler is
 * followed by the jump. An instruction without a shared handler is left to the dispatch loop: the compiled
 * method returns its index. Every instruction index is an entry point (the
 * loop re-enters after each instruction it ran, exception handlers, resumed generators).
 *
 * <p>Semantics cannot differ from the dispatch loop's: both run the same methods; compiled code only skips
 * dispatch. Compiled classes depend on the instructions and arguments alone (constants, names and caches are
 * read from the frame's code), so code objects with the same instructions share one, across interpreters: a
 * program run again compiles nothing, and the JVM's own JIT sees the same class warm up.
 */
final class Jit {
  private Jit() {}

  /**
   * Code objects with more instructions stay interpreted: the JVM does not compile methods of more than 8000
   * bytecodes (HugeMethodLimit), and each instruction takes about 20.
   */
  static final int MAX_INSTRUCTIONS = 350;
  /** At most this many distinct compiled classes per JVM; later code objects stay interpreted. */
  private static final int MAX_CLASSES = 4000;

  private static final String VM_NAME = Type.getInternalName(VM.class);
  private static final String FRAME_DESC = Type.getDescriptor(Frame.class);
  private static final String OP_DESC_VOID = "(" + FRAME_DESC + "II)V";
  private static final String OP_DESC_JUMP = "(" + FRAME_DESC + "II)Z";
  private static final Opcode[] OPCODES = Opcode.values();

  private record Shape(int[] ops, int[] args) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Shape s && Arrays.equals(ops, s.ops) && Arrays.equals(args, s.args);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(ops) + Arrays.hashCode(args);
    }
  }

  private static final ConcurrentHashMap<Shape, CompiledCode> CLASSES = new ConcurrentHashMap<>();
  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  /** The compiled form of {@code code}, or null when it stays interpreted (too long, or too many classes). */
  static CompiledCode compile(PyCode code) {
    if (code.ops.length > MAX_INSTRUCTIONS) {
      return null;
    }
    Shape shape = new Shape(code.ops, code.args);
    CompiledCode c = CLASSES.get(shape);
    if (c != null || CLASSES.size() >= MAX_CLASSES) {
      return c;
    }
    return CLASSES.computeIfAbsent(shape, s -> define(generate(s.ops, s.args)));
  }

  private static CompiledCode define(byte[] classFile) {
    try {
      Class<?> c = LOOKUP.defineHiddenClass(classFile, true).lookupClass();
      return (CompiledCode) c.getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("compiled code could not be loaded", e);
    }
  }

  private static byte[] generate(int[] ops, int[] args) {
    ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
      @Override
      protected String getCommonSuperClass(String a, String b) {
        return "java/lang/Object";
      }
    };
    String name = Type.getInternalName(Jit.class).replace("Jit", "Compiled");
    cw.visit(V17, ACC_FINAL | ACC_SUPER, name, null, "java/lang/Object",
        new String[] {Type.getInternalName(CompiledCode.class)});
    MethodVisitor init = cw.visitMethod(0, "<init>", "()V", null, null);
    init.visitCode();
    init.visitVarInsn(ALOAD, 0);
    init.visitMethodInsn(INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
    init.visitInsn(RETURN);
    init.visitMaxs(0, 0);
    init.visitEnd();

    MethodVisitor mv = cw.visitMethod(ACC_PUBLIC, "run", "(L" + VM_NAME + ";" + FRAME_DESC + "I)I", null, null);
    mv.visitCode();
    int n = ops.length;
    Label[] at = new Label[n];
    for (int i = 0; i < n; i++) {
      at[i] = new Label();
    }
    Label outside = new Label();
    mv.visitVarInsn(ILOAD, 3);
    mv.visitTableSwitchInsn(0, n - 1, outside, at);
    mv.visitLabel(outside);
    mv.visitVarInsn(ILOAD, 3);
    mv.visitInsn(IRETURN);
    for (int i = 0; i < n; i++) {
      mv.visitLabel(at[i]);
      Opcode o = OPCODES[ops[i]];
      if (!o.hasSharedHandler()) {
        pushInt(mv, i);
        mv.visitInsn(IRETURN);
        continue;
      }
      mv.visitVarInsn(ALOAD, 1);
      mv.visitVarInsn(ALOAD, 2);
      pushInt(mv, i);
      mv.visitMethodInsn(INVOKEVIRTUAL, VM_NAME, "tick", "(" + FRAME_DESC + "I)V", false);
      mv.visitVarInsn(ALOAD, 1);
      mv.visitVarInsn(ALOAD, 2);
      pushInt(mv, i);
      pushInt(mv, args[i]);
      boolean conditional = o.handlerBranches();
      mv.visitMethodInsn(INVOKEVIRTUAL, VM_NAME, o.handlerName(), conditional ? OP_DESC_JUMP : OP_DESC_VOID, false);
      if (conditional) {
        mv.visitJumpInsn(IFNE, at[args[i]]);
      } else if (o.isJump()) {
        mv.visitJumpInsn(GOTO, at[args[i]]);
      }
    }
    // Past the last instruction (code always ends in a return or a jump): the loop reports the bad index.
    pushInt(mv, n);
    mv.visitInsn(IRETURN);
    mv.visitMaxs(0, 0);
    mv.visitEnd();
    cw.visitEnd();
    return cw.toByteArray();
  }

  private static void pushInt(MethodVisitor mv, int v) {
    if (v >= -1 && v <= 5) {
      mv.visitInsn(ICONST_0 + v);
    } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
      mv.visitIntInsn(BIPUSH, v);
    } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
      mv.visitIntInsn(SIPUSH, v);
    } else {
      mv.visitLdcInsn(v);
    }
  }
}
