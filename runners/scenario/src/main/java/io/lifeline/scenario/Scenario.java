package io.lifeline.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One loaded scenario file.
 *
 * @param id path relative to the case root, without {@code .yaml}, with '/' separators
 * @param file the YAML file
 * @param title one line
 * @param description free text, may be empty
 * @param tags tags as written
 * @param links links as written
 * @param includes names of the {@code lib/} files prepended to the source
 * @param source the {@code source} as written
 * @param program what backends run: the includes' text, then the source
 * @param sourceLine line of the file where the source text starts (for mapping program lines back)
 * @param programOffset number of program lines before the first source line (the includes' lines)
 * @param rules the {@code expect} rules in order
 */
public record Scenario(
    String id,
    Path file,
    String title,
    String description,
    List<String> tags,
    List<String> links,
    List<String> includes,
    String source,
    String program,
    int sourceLine,
    int programOffset,
    List<Rule> rules) {

  public Scenario {
    tags = List.copyOf(tags);
    links = List.copyOf(links);
    includes = List.copyOf(includes);
    rules = List.copyOf(rules);
  }

  /** The family is the first segment of the id ({@code weakref/callback-timing} is in {@code weakref}). */
  public String family() {
    int slash = id.indexOf('/');
    return slash < 0 ? "" : id.substring(0, slash);
  }

  /** The first rule that matches the traits, if any. */
  public Optional<Rule> ruleFor(Traits traits) {
    return rules.stream().filter(r -> r.matches(traits)).findFirst();
  }
}
