package io.lifeline.scenario;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;

/** The fixture trees under src/test/resources/fixtures, and traits for backends that do not exist. */
final class Fixtures {

  private Fixtures() {}

  /** A folder or file of the fixtures, as copied onto the test classpath. */
  static Path path(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Traits traits(String impl, String version) {
    return Traits.of(Map.of(Traits.IMPL, impl, Traits.VERSION, version));
  }
}
