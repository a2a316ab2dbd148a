package io.lifeline.authoring;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;

/**
 * {@code lifeline new FAMILY/NAME}: writes {@code <case root>/FAMILY/NAME.yaml} from a template that loads
 * cleanly and has no {@code expect} (so {@code check} reports it as not blessed yet). Never overwrites a file.
 */
public final class Scaffold {
  private Scaffold() {}

  /** FAMILY/NAME, or deeper: lower-case letters, digits and hyphens, each segment starting with a letter or digit. */
  public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)+");

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

  /** The new file's text: the schema line, every key to fill in, and a sample program. */
  static String template(String id, String schemaRef) {
    String family = id.substring(0, id.indexOf('/'));
    return """
        # yaml-language-server: $schema=%s
        title: TODO one line saying what the scenario shows
        description: |
          TODO What this pins down, why anyone cares, and what differs between interpreters and why.
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
        """.formatted(schemaRef, YamlScalars.flow(family));
  }
}
