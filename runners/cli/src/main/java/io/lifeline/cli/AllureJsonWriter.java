package io.lifeline.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes Allure results into a folder as Allure's {@code FileSystemResultsWriter} does (the same file names, the
 * same JSON, the same failures), through the Jackson the rest of lifeline uses rather than the copy Allure ships
 * shaded inside its jar: that copy is some five hundred classes more for the JVM to load (or to map from its
 * class-data cache) and initialise in every {@code lifeline run}. The mapper is configured as Allure's
 * {@code Allure2ModelJackson} configures its own: null fields left out, enums written as their lower-case names,
 * {@code allure.results.indentOutput} honoured; {@code AllureJsonWriterTest} checks the files are byte for byte
 * the ones Allure's writer makes.
 */
final class AllureJsonWriter implements AllureResultsWriter {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .configure(MapperFeature.USE_WRAPPER_NAME_AS_PROPERTY_NAME, true)
      .serializationInclusion(JsonInclude.Include.NON_NULL)
      .configure(SerializationFeature.INDENT_OUTPUT, Boolean.getBoolean("allure.results.indentOutput"))
      .addModule(new SimpleModule()
          .addSerializer(Status.class, new LowerCaseName<>(Status.class, Status::name))
          .addSerializer(Stage.class, new LowerCaseName<>(Stage.class, Stage::name))
          .addSerializer(Parameter.Mode.class, new LowerCaseName<>(Parameter.Mode.class, Parameter.Mode::name)))
      .build();

  private final Path dir;

  AllureJsonWriter(Path dir) {
    this.dir = dir;
  }

  @Override
  public void write(TestResult result) {
    String uuid = result.getUuid() == null ? UUID.randomUUID().toString() : result.getUuid();
    writeJson(uuid + "-result.json", result, "Could not write Allure test result");
  }

  @Override
  public void write(TestResultContainer container) {
    String uuid = container.getUuid() == null ? UUID.randomUUID().toString() : container.getUuid();
    writeJson(uuid + "-container.json", container, "Could not write Allure test result container");
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

  private void writeJson(String name, Object value, String failure) {
    createDirectories();
    try {
      JSON.writeValue(dir.resolve(name).toFile(), value);
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

  /** An enum written as its lower-case name, as Allure's own serializers write status, stage and mode. */
  private static final class LowerCaseName<E> extends StdSerializer<E> {
    private final transient Function<E, String> name;

    LowerCaseName(Class<E> type, Function<E, String> name) {
      super(type);
      this.name = name;
    }

    @Override
    public void serialize(E value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(name.apply(value).toLowerCase(Locale.ENGLISH));
    }
  }
}
