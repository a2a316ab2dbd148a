package io.lifeline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.qameta.allure.AllureResultsWriteException;
import io.qameta.allure.AllureResultsWriter;
import io.qameta.allure.FileSystemResultsWriter;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.Stage;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** lifeline's Allure writer makes the files Allure's own {@code FileSystemResultsWriter} makes, byte for byte. */
class AllureJsonWriterTest {

  @TempDir
  Path tmp;

  @Test
  void writesWhatAlluresOwnWriterWrites() throws Exception {
    Path allures = tmp.resolve("allure");
    Path ours = tmp.resolve("lifeline");
    writeAll(new FileSystemResultsWriter(allures));
    writeAll(new AllureJsonWriter(ours));

    List<String> names = names(allures);
    assertThat(names).hasSize(4).isEqualTo(names(ours));
    for (String name : names) {
      assertThat(Files.readString(ours.resolve(name))).as(name).isEqualTo(Files.readString(allures.resolve(name)));
    }
  }

  @Test
  void failsAsAlluresWriterFails() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "");
    AllureJsonWriter writer = new AllureJsonWriter(file);
    assertThatThrownBy(() -> writer.write(new TestResult().setUuid("u")))
        .isInstanceOf(AllureResultsWriteException.class)
        .hasMessage("Could not create Allure results directory");
    Path dir = Files.createDirectories(tmp.resolve("dir"));
    new AllureJsonWriter(dir).write("a.txt", new ByteArrayInputStream(new byte[] {1}));
    assertThatThrownBy(() -> new AllureJsonWriter(dir).write("a.txt", new ByteArrayInputStream(new byte[] {2})))
        .isInstanceOf(AllureResultsWriteException.class)
        .hasMessage("Could not write Allure attachment");
  }

  private static void writeAll(AllureResultsWriter writer) {
    writer.write(result());
    writer.write(new TestResult().setUuid("bare"));
    writer.write(new TestResultContainer().setUuid("container-1").setName("scenario").setChildren(List.of("res-1"))
        .setBefores(List.of(new FixtureResult().setName("set-up").setStatus(Status.PASSED).setStage(Stage.FINISHED)
            .setStart(1L).setStop(2L)))
        .setStart(1L).setStop(9L).setLinks(List.of(new Link().setName("n").setUrl("u").setType("issue"))));
    writer.write("attachment-1.txt", new ByteArrayInputStream("diff ✓\n".getBytes(StandardCharsets.UTF_8)));
  }

  private static TestResult result() {
    return new TestResult().setUuid("res-1").setHistoryId("h").setTestCaseId("tc").setTestCaseName("case")
        .setFullName("family/scenario [cpython-3.11]").setName("cpython-3.11 \"quoted\" é")
        .setLabels(List.of(new Label().setName("suite").setValue("family"), new Label().setName("tag").setValue("x")))
        .setLinks(List.of(new Link().setName("issue 20").setUrl("https://example.org/20").setType("issue")))
        .setStatus(Status.BROKEN)
        .setStatusDetails(new StatusDetails().setKnown(true).setMuted(false).setFlaky(true).setMessage("m\nline 2")
            .setTrace("at x"))
        .setStage(Stage.FINISHED).setDescription("d").setDescriptionHtml("<p>d</p>")
        .setSteps(List.of(new StepResult().setName("run").setStatus(Status.FAILED).setStart(3L).setStop(4L)
            .setAttachments(List.of(new Attachment().setName("diff").setSource("attachment-1.txt")
                .setType("text/plain")))
            .setParameters(List.of(new Parameter().setName("p").setValue("v")))))
        .setAttachments(List.of(new Attachment().setName("events").setSource("s").setType("text/plain")))
        .setParameters(List.of(new Parameter().setName("backend").setValue("cpython-3.11").setExcluded(true)
            .setMode(Parameter.Mode.MASKED), new Parameter().setName("plain").setValue(null)))
        .setStart(1_700_000_000_000L).setStop(1_700_000_000_123L);
  }

  private static List<String> names(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
