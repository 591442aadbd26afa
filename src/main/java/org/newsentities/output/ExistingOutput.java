package org.newsentities.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.newsentities.model.ArticleDocument;
import org.newsentities.model.Provenance;

/**
 * What an earlier run wrote for an article, read without building the whole document: the schema
 * version, the id, the provenance and the entity counts. A file that does not parse to the end is
 * not an output (it is then made again).
 */
public record ExistingOutput(String schemaVersion, String id, Provenance provenance,
    EntityCounts counts) {

  /** The output at {@code file}, when it exists and is a complete document with provenance. */
  public static Optional<ExistingOutput> read(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try (JsonParser parser = Json.mapper().createParser(file.toFile())) {
      return parse(parser);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** One JSONL line. */
  public static Optional<ExistingOutput> read(byte[] line) {
    try (JsonParser parser = Json.mapper().createParser(line)) {
      return parse(parser);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<ExistingOutput> parse(JsonParser p) throws IOException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      return Optional.empty();
    }
    String schema = null;
    String id = null;
    Provenance provenance = null;
    int[] counts = new int[4];
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken value = p.nextToken();
      switch (field) {
        case "schemaVersion" -> schema = p.getValueAsString();
        case "id" -> id = p.getValueAsString();
        case "people" -> counts[0] = countItems(p, value);
        case "organizations" -> counts[1] = countItems(p, value);
        case "locations" -> counts[2] = countItems(p, value);
        case "dates" -> counts[3] = countItems(p, value);
        case "provenance" -> provenance = Json.mapper().readValue(p, Provenance.class);
        default -> p.skipChildren();
      }
    }
    boolean complete = p.currentToken() == JsonToken.END_OBJECT && p.nextToken() == null;
    if (!complete || schema == null || id == null || provenance == null) {
      return Optional.empty();
    }
    return Optional.of(new ExistingOutput(schema, id, provenance,
        new EntityCounts(counts[0], counts[1], counts[2], counts[3])));
  }

  private static int countItems(JsonParser p, JsonToken start) throws IOException {
    if (start != JsonToken.START_ARRAY) {
      p.skipChildren();
      return 0;
    }
    int n = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      n++;
      p.skipChildren();
    }
    return n;
  }

  /**
   * Whether this output is what a run with {@code expected} would write again: same schema, same
   * input bytes, same pipeline build, models and configuration. Where the input lives does not
   * matter, so a drop can be moved without being redone.
   */
  public boolean isCurrent(Provenance expected) {
    return ArticleDocument.SCHEMA_VERSION.equals(schemaVersion)
        && Objects.equals(provenance.inputSha256(), expected.inputSha256())
        && Objects.equals(provenance.pipelineVersion(), expected.pipelineVersion())
        && Objects.equals(provenance.modelVersion(), expected.modelVersion())
        && Objects.equals(provenance.configSha256(), expected.configSha256());
  }
}
