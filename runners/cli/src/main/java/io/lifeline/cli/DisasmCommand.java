package io.lifeline.cli;

import io.lifeline.interpreter.ModelBackend;
import io.lifeline.interpreter.ModelBackends;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lifeline disasm FILE.py}: the model's bytecode for a program, each instruction with its stack effect and
 * the ownership of every input and output (borrowed, stolen, kept, new), from the one opcode table; {@code --backend}
 * picks the model whose compiler to use.
 */
@Command(name = "disasm", description = "Print the model's bytecode for a Python file, with each instruction's stack"
    + " effect and reference ownership. A syntax error outside the model's subset is reported with its location.")
final class DisasmCommand extends Subcommand {

  @Parameters(paramLabel = "FILE.py", description = "The program to compile.")
  Path file;

  @Option(names = "--backend", paramLabel = "MODEL", defaultValue = "cpython-3.11",
      description = "Compile as this model backend compiles (default: ${DEFAULT-VALUE}; cpython-3.12 and later "
          + "inline comprehensions).")
  String backend;

  @Override
  public Integer call() {
    ModelBackend model = ModelBackends.named(backend).orElseThrow(() -> new UsageException(
        "no model backend '" + backend + "'; models: " + ModelBackends.all().stream().map(b -> b.name()).toList()));
    String source;
    try {
      source = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UsageException("cannot read " + file + ": " + e.getMessage());
    }
    try {
      streams().out().print(ModelBackends.disassemble(source, model));
      streams().out().flush();
      return Main.OK;
    } catch (RuntimeException e) {
      streams().err().println(file + ": " + e.getMessage());
      return Main.USAGE;
    }
  }
}
