package io.lifeline.interpreter;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import io.lifeline.interpreter.object.NativeFn;
import io.lifeline.interpreter.object.Slots;
import io.lifeline.interpreter.vm.Interp;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Dependencies inside the interpreter point one way (style.md principle 11; README "Layers"): bottom to top,
 * bytecode (the opcode table) &lt; object+memory (the heap and what lives on it, one layer) &lt; compiler &lt; vm
 * &lt; builtins &lt; modules &lt; the root package (backend wiring). A class may name classes of its own layer and of
 * the layers below it, never above. The few class-level back edges that remain are listed in
 * {@link #KNOWN_BACK_EDGES}, each with why it is there and what removes it; any other upward edge fails.
 */
class LayeringTest {
  private static final String ROOT = "io.lifeline.interpreter";

  /**
   * The layering. Only dependencies between the interpreter's own packages count (the JDK, ASM and the scenario
   * SPI are outside every layer).
   */
  static LayeredArchitecture layers() {
    return layeredArchitecture().consideringOnlyDependenciesInLayers()
        .layer("bytecode").definedBy(ROOT + ".bytecode..")
        .layer("runtime").definedBy(ROOT + ".object..", ROOT + ".memory..")
        .layer("compiler").definedBy(ROOT + ".compiler..")
        .layer("vm").definedBy(ROOT + ".vm..")
        .layer("builtins").definedBy(ROOT + ".builtins..")
        .layer("modules").definedBy(ROOT + ".modules..")
        .layer("wiring").definedBy(ROOT)
        .whereLayer("bytecode").mayNotAccessAnyLayer()
        .whereLayer("runtime").mayOnlyAccessLayers("bytecode")
        .whereLayer("compiler").mayOnlyAccessLayers("bytecode", "runtime")
        .whereLayer("vm").mayOnlyAccessLayers("bytecode", "runtime", "compiler")
        .whereLayer("builtins").mayOnlyAccessLayers("bytecode", "runtime", "compiler", "vm")
        .whereLayer("modules").mayOnlyAccessLayers("bytecode", "runtime", "compiler", "vm", "builtins");
  }

  /**
   * The back edges still allowed. Each names its origin class (with its nested classes) and its target class
   * exactly, so a new class naming the same target still fails.
   */
  static LayeredArchitecture withKnownBackEdges(LayeredArchitecture layers) {
    return layers
        // object -> vm: a built-in function's body (NativeFn) and a type's slot functions (Slots.Call, .Next,
        // .GetItem, ...) take the running interpreter as their first parameter, because they allocate through
        // it, raise its exceptions and call back into guest code. Removed by typing that parameter as a context
        // interface declared in object (the allocation, error and call operations builtins use) that vm.Interp
        // implements, once `bench/run --micro` shows the built-in call and slot paths no slower with it.
        .ignoreDependency(originIn(NativeFn.class), JavaClass.Predicates.equivalentTo(Interp.class))
        .ignoreDependency(originIn(Slots.class), JavaClass.Predicates.equivalentTo(Interp.class));
  }

  /** Documentation and the tests below refer to this list; keep it in step with {@link #withKnownBackEdges}. */
  static final List<String> KNOWN_BACK_EDGES = List.of("object.NativeFn -> vm.Interp", "object.Slots$* -> vm.Interp");

  private static DescribedPredicate<JavaClass> originIn(Class<?> top) {
    return DescribedPredicate.describe(top.getSimpleName() + " or a class nested in it",
        c -> c.isEquivalentTo(top) || c.getName().startsWith(top.getName() + "$"));
  }

  private static JavaClasses mainClasses() {
    return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void dependenciesPointDownExceptTheKnownBackEdges() {
    JavaClasses classes = mainClasses();
    assertThat(classes.containPackage(ROOT + ".bytecode")).isTrue();
    assertThat(classes.containPackage(ROOT + ".modules")).isTrue();
    withKnownBackEdges(layers()).check(classes);
  }

  @Test
  void theKnownBackEdgesAreStillThereSoTheListShrinksWhenOneIsRemoved() {
    EvaluationResult without = layers().evaluate(mainClasses());
    List<String> details = without.getFailureReport().getDetails();
    assertThat(details).isNotEmpty();
    assertThat(details).allMatch(d -> d.contains(NativeFn.class.getName()) || d.contains(Slots.class.getName() + "$"),
        "every violation without the allow-list is one of " + KNOWN_BACK_EDGES);
    assertThat(details).anyMatch(d -> d.contains(NativeFn.class.getName() + ".call("));
    assertThat(details).anyMatch(d -> d.contains(Slots.class.getName() + "$Call.call("));
  }

  @Test
  void anyNewBackEdgeFails() {
    // The main classes plus three test-only classes that each name a class of a layer above their own:
    // bytecode -> object, object -> vm.Interp (the target the allow-list admits, from a class it does not name)
    // and vm -> modules (the import edge the vm.Importer interface removed).
    JavaClasses classes = new ClassFileImporter()
        .withImportOption(location -> ImportOption.Predefined.DO_NOT_INCLUDE_TESTS.includes(location)
            || location.contains("UpwardEdgeFixture"))
        .importPackages(ROOT);
    EvaluationResult result = withKnownBackEdges(layers()).evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    List<String> details = result.getFailureReport().getDetails();
    assertThat(details).allMatch(d -> d.contains("UpwardEdgeFixture"));
    assertThat(details).anyMatch(d -> d.contains(ROOT + ".bytecode.UpwardEdgeFixture")
        && d.contains(ROOT + ".object.PyObject"));
    assertThat(details).anyMatch(d -> d.contains(ROOT + ".object.UpwardEdgeFixture")
        && d.contains(Interp.class.getName()));
    assertThat(details).anyMatch(d -> d.contains(ROOT + ".vm.UpwardEdgeFixture")
        && d.contains(ROOT + ".modules.ModuleRegistry"));
  }
}
