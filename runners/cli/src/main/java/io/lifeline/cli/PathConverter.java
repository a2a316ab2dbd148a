package io.lifeline.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts a command-line value to a {@link Path} as picocli's built-in converter does ({@code Paths.get(value)},
 * the same message on failure), but called directly: picocli's own calls {@code Paths.get} through reflection,
 * which has the JDK generate method-handle classes at run time (the ClassFile API's start-up on the first command
 * line with a path, a few milliseconds no class-data cache holds).
 */
final class PathConverter implements ITypeConverter<Path> {

  @Override
  public Path convert(String value) {
    try {
      return Paths.get(value);
    } catch (InvalidPathException e) {
      throw new TypeConversionException(String.format("cannot convert '%s' to %s (%s)", value, Path.class, e));
    }
  }
}
