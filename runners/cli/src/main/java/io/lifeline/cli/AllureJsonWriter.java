package io.lifeline.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Writes Allure results into a folder as Allure's {@code FileSystemResultsWriter} does (the same file names, the
 * same JSON, the same failures), through the Jackson the rest of lifeline uses rather than the copy Allure ships
 * shaded inside its jar: that copy is some five hundred classes more for the JVM to load (or to map from its
 * class-data cache) and initialise in every {@code lifeline run}. The JSON is written by {@link AllureModelJson}
 * with Jackson's streaming generator, as Allure's {@code Allure2ModelJackson} mapper writes it: null fields left
 * out, enums written as their lower-case names, {@code allure.results.indentOutput} honoured (the mapper's default
 * pretty printer); {@code AllureJsonWriterTest} checks the files are byte for byte the ones Allure's writer makes.
 */
final class AllureJsonWriter implements AllureResultsWriter {
  private static final JsonFactory JSON = new JsonFactory();
  private static final boolean INDENT = Boolean.getBoolean("allure.results.indentOutput");

  private final Path dir;

  AllureJsonWriter(Path dir) {
    this.dir = dir;
  }

  @Override
  public void write(TestResult result) {
    String uuid = result.getUuid() == null ? UUID.randomUUID().toString() : result.getUuid();
    writeJson(uuid + "-result.json", g -> AllureModelJson.write(g, result), "Could not write Allure test result");
  }

  @Override
  public void write(TestResultContainer container) {
    String uuid = container.getUuid() == null ? UUID.randomUUID().toString() : container.getUuid();
    writeJson(uuid + "-container.json", g -> AllureModelJson.write(g, container),
        "Could not write Allure test result container");
  }

  @Override
  public void write(String source, InputStream attachment) {
    createDirectories();
    try (InputStream in = attachment) {
      Files.copy(in, dir.resolve(source));
    } catch (IOException e) {
      throw new AllureResultsWriteException("Could not write Allure attachment", e);
    }
  }

  private interface Json {
    void writeTo(JsonGenerator g) throws IOException;
  }

  private void writeJson(String name, Json value, String failure) {
    createDirectories();
    try (JsonGenerator g = JSON.createGenerator(dir.resolve(name).toFile(), JsonEncoding.UTF8)) {
      if (INDENT) {
        g.useDefaultPrettyPrinter();
      }
      value.writeTo(g);
    } catch (IOException e) {
      throw new AllureResultsWriteException(failure, e);
    }
  }

  private void createDirectories() {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new AllureResultsWriteException("Could not create Allure results directory", e);
    }
  }

}
