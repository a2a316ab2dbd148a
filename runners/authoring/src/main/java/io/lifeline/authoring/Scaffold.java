package io.lifeline.authoring;

import io.lifeline.scenario.Scenario;
import io.lifeline.scenario.ScenarioError;
import io.lifeline.scenario.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code lifeline new FAMILY/NAME}: writes {@code <case root>/FAMILY/NAME.yaml} from a template that loads
 * cleanly and has no {@code expect} (so {@code check} reports it as not blessed yet). Never overwrites a file.
 * The template's title and description are placeholders: the file runs as it is, but {@code check} reports each
 * placeholder left ({@link #placeholders}) and {@code bless} refuses the file until they are written.
 */
public final class Scaffold {
  private Scaffold() {}

  /** FAMILY/NAME, or deeper: lower-case letters, digits and hyphens, each segment starting with a letter or digit. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+");

  /** The template's title, to be replaced by one line saying what the scenario shows. */
  public static final String TODO_TITLE = "TODO one line saying what the scenario shows";

  /** The template's description, to be replaced by what the scenario pins down and why. */
  public static final String TODO_DESCRIPTION =
      "TODO What this pins down, why anyone cares, and what differs between interpreters and why.";

  /** A name that is not a scenario name, or a file that exists already. */
  public static final class ScaffoldException extends Exception {
    private static final long serialVersionUID = 1L;

    ScaffoldException(String message) {
      super(message);
    }
  }

  /**
   * Creates the file and returns its path.
   *
   * @param caseRoot the folder holding the families ({@code cases})
   * @param schema the schema file, which the first line points editors to (relative to the new file)
   * @param name {@code FAMILY/NAME}, a trailing {@code .yaml} allowed
   * @throws ScaffoldException for an invalid name or an existing file
   * @throws IOException when the file cannot be written
   */
  public static Path create(Path caseRoot, Path schema, String name) throws ScaffoldException, IOException {
    String id = name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    if (!NAME.matcher(id).matches()) {
      throw new ScaffoldException("'" + name + "' is not a scenario name: write FAMILY/NAME with lower-case letters,"
          + " digits and hyphens, e.g. weakref/callback-after-del");
    }
    if (id.startsWith("lib/")) {
      throw new ScaffoldException("'" + name + "': lib/ holds includes, not scenarios; choose a family");
    }
    Path file = caseRoot.resolve(id + ".yaml");
    Files.createDirectories(file.getParent());
    String schemaRef = file.toAbsolutePath().normalize().getParent()
        .relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
    try {
      Files.writeString(file, template(id, schemaRef), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new ScaffoldException(file + " exists already; edit it, or choose another name");
    }
    return file;
  }

  /**
   * The template's placeholders still in the scenario (its title, its description), each located where its text
   * starts in the file; empty once both are written. {@code links}' TODO is a comment and no placeholder: a
   * scenario may have no links.
   */
  public static List<ScenarioError> placeholders(Scenario scenario) {
    List<ScenarioError> left = new ArrayList<>();
    String text = null;
    if (scenario.title().contains(TODO_TITLE)) {
      text = read(scenario.file());
      left.add(new ScenarioError(locate(scenario.file(), text, TODO_TITLE), scenario.id(),
          "the title is still the placeholder of lifeline new; write one line saying what the scenario shows"));
    }
    if (scenario.description().contains(TODO_DESCRIPTION)) {
      text = text != null ? text : read(scenario.file());
      left.add(new ScenarioError(locate(scenario.file(), text, TODO_DESCRIPTION), scenario.id(),
          "the description is still the placeholder of lifeline new; say what the scenario pins down, why anyone"
              + " cares, and what differs between interpreters and why"));
    }
    return left;
  }

  /** Where {@code placeholder} starts in the file's text; the whole file when the text cannot be read. */
  private static SourceLocation locate(Path file, String text, String placeholder) {
    int at = text.indexOf(placeholder);
    if (at < 0) {
      return SourceLocation.ofFile(file);
    }
    int lineStart = text.lastIndexOf('\n', at) + 1;
    int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    return new SourceLocation(file, line, at - lineStart + 1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** The new file's text: the schema line, every key to fill in, and a sample program. */
  static String template(String id, String schemaRef) {
    String family = id.substring(0, id.indexOf('/'));
    return """
        # yaml-language-server: $schema=%s
        title: %s
        description: |
          %s
        tags: [%s]
        links: []  # TODO the issue, PEP or source this comes from: URLs, bpo-NNNNN, PEP NNN
        source: |
          import gc
          import weakref

          class Token:
              pass

          token = Token()
          ref = weakref.ref(token, lambda _: event("callback"))
          event("before del")
          del token
          event("after del")
          gc.collect()
          event("end")
        """.formatted(schemaRef, TODO_TITLE, TODO_DESCRIPTION, YamlScalars.flow(family));
  }
}
