package io.lifeline.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import io.qameta.allure.model.Attachment;
import io.qameta.allure.model.ExecutableItem;
import io.qameta.allure.model.FixtureResult;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.Parameter;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.model.StepResult;
import io.qameta.allure.model.TestResult;
import io.qameta.allure.model.TestResultContainer;
import java.io.IOException;
import java.util.List;
import java.util.Locale;

/**
 * Allure's model written as JSON with Jackson's streaming generator, field by field, as Allure's own mapper
 * writes it: each class's properties in the order the class declares them, null properties left out, a null in
 * a list written as null, enums (status, stage, mode) as their lower-case names. Written out rather than through
 * a data-binding mapper because the mapper finds the properties by reflection, which on a cold JVM spins method
 * handles and annotation proxies (the JDK's class-file generator) on every {@code lifeline run}: tens of
 * milliseconds of CPU for a handful of small files. {@code AllureJsonWriterTest} checks the bytes against Allure's
 * own writer.
 */
final class AllureModelJson {
  private AllureModelJson() {}

  /** A test result. */
  static void write(JsonGenerator g, TestResult r) throws IOException {
    g.writeStartObject();
    string(g, "uuid", r.getUuid());
    string(g, "historyId", r.getHistoryId());
    string(g, "testCaseId", r.getTestCaseId());
    string(g, "testCaseName", r.getTestCaseName());
    string(g, "fullName", r.getFullName());
    list(g, "labels", r.getLabels(), AllureModelJson::label);
    list(g, "links", r.getLinks(), AllureModelJson::link);
    string(g, "name", r.getName());
    executable(g, r.getStatus(), r.getStatusDetails(), r.getStage(), r.getDescription(), r.getDescriptionHtml());
    list(g, "steps", r.getSteps(), AllureModelJson::step);
    list(g, "attachments", r.getAttachments(), AllureModelJson::attachment);
    list(g, "parameters", r.getParameters(), AllureModelJson::parameter);
    number(g, "start", r.getStart());
    number(g, "stop", r.getStop());
    g.writeEndObject();
  }

  /** A test result container. */
  static void write(JsonGenerator g, TestResultContainer c) throws IOException {
    g.writeStartObject();
    string(g, "uuid", c.getUuid());
    string(g, "name", c.getName());
    list(g, "children", c.getChildren(), JsonGenerator::writeString);
    string(g, "description", c.getDescription());
    string(g, "descriptionHtml", c.getDescriptionHtml());
    list(g, "befores", c.getBefores(), AllureModelJson::fixture);
    list(g, "afters", c.getAfters(), AllureModelJson::fixture);
    list(g, "links", c.getLinks(), AllureModelJson::link);
    number(g, "start", c.getStart());
    number(g, "stop", c.getStop());
    g.writeEndObject();
  }

  private static void step(JsonGenerator g, StepResult s) throws IOException {
    item(g, s.getName(), s, s.getStage(), s.getDescription(), s.getDescriptionHtml(), s.getStart(), s.getStop());
  }

  private static void fixture(JsonGenerator g, FixtureResult f) throws IOException {
    item(g, f.getName(), f, f.getStage(), f.getDescription(), f.getDescriptionHtml(), f.getStart(), f.getStop());
  }

  /** A step or a fixture: the same properties in the same order. */
  private static void item(JsonGenerator g, String name, ExecutableItem i, Enum<?> stage, String description,
      String descriptionHtml, Long start, Long stop) throws IOException {
    g.writeStartObject();
    string(g, "name", name);
    executable(g, i.getStatus(), i.getStatusDetails(), stage, description, descriptionHtml);
    list(g, "steps", i.getSteps(), AllureModelJson::step);
    list(g, "attachments", i.getAttachments(), AllureModelJson::attachment);
    list(g, "parameters", i.getParameters(), AllureModelJson::parameter);
    number(g, "start", start);
    number(g, "stop", stop);
    g.writeEndObject();
  }

  private static void executable(JsonGenerator g, Enum<?> status, StatusDetails details, Enum<?> stage,
      String description, String descriptionHtml) throws IOException {
    lowerCase(g, "status", status);
    if (details != null) {
      g.writeFieldName("statusDetails");
      g.writeStartObject();
      g.writeBooleanField("known", details.isKnown());
      g.writeBooleanField("muted", details.isMuted());
      g.writeBooleanField("flaky", details.isFlaky());
      string(g, "message", details.getMessage());
      string(g, "trace", details.getTrace());
      g.writeEndObject();
    }
    lowerCase(g, "stage", stage);
    string(g, "description", description);
    string(g, "descriptionHtml", descriptionHtml);
  }

  private static void label(JsonGenerator g, Label l) throws IOException {
    g.writeStartObject();
    string(g, "name", l.getName());
    string(g, "value", l.getValue());
    g.writeEndObject();
  }

  private static void link(JsonGenerator g, Link l) throws IOException {
    g.writeStartObject();
    string(g, "name", l.getName());
    string(g, "url", l.getUrl());
    string(g, "type", l.getType());
    g.writeEndObject();
  }

  private static void attachment(JsonGenerator g, Attachment a) throws IOException {
    g.writeStartObject();
    string(g, "name", a.getName());
    string(g, "source", a.getSource());
    string(g, "type", a.getType());
    g.writeEndObject();
  }

  private static void parameter(JsonGenerator g, Parameter p) throws IOException {
    g.writeStartObject();
    string(g, "name", p.getName());
    string(g, "value", p.getValue());
    if (p.getExcluded() != null) {
      g.writeBooleanField("excluded", p.getExcluded());
    }
    lowerCase(g, "mode", p.getMode());
    g.writeEndObject();
  }

  private interface Element<T> {
    void write(JsonGenerator g, T value) throws IOException;
  }

  private static <T> void list(JsonGenerator g, String name, List<T> values, Element<? super T> element)
      throws IOException {
    if (values == null) {
      return;
    }
    g.writeFieldName(name);
    g.writeStartArray();
    for (T v : values) {
      if (v == null) {
        g.writeNull();
      } else {
        element.write(g, v);
      }
    }
    g.writeEndArray();
  }

  private static void string(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void number(JsonGenerator g, String name, Long value) throws IOException {
    if (value != null) {
      g.writeNumberField(name, value.longValue());
    }
  }

  private static void lowerCase(JsonGenerator g, String name, Enum<?> value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value.name().toLowerCase(Locale.ENGLISH));
    }
  }
}
