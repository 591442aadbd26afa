package org.newsentities.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsentities.model.DocumentDateSource;

/**
 * Turns one JSON article object ({@code id, headline, date, text, url, source}; only {@code text}
 * is required) into a {@link SourceArticle}, or a failure that says what is wrong.
 */
final class JsonArticleParser {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonArticleParser() {}

  static ReadResult parse(String json, String fallbackId, InputOrigin origin, String hash,
      Optional<String> decodeWarning) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return new ReadResult.Failed(origin, Optional.empty(),
          "broken JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      return new ReadResult.Failed(origin, Optional.empty(), "not a JSON object");
    }
    Optional<String> id = field(node, "id");
    JsonNode textNode = node.get("text");
    if (textNode == null || textNode.isNull()) {
      return new ReadResult.Failed(origin, id, "missing required field 'text'");
    }
    if (!textNode.isTextual()) {
      return new ReadResult.Failed(origin, id, "field 'text' is not a string");
    }
    if (textNode.asText().isBlank()) {
      return new ReadResult.Failed(origin, id, "field 'text' is empty");
    }
    List<String> warnings = new ArrayList<>();
    decodeWarning.ifPresent(warnings::add);
    Optional<LocalDate> date = Optional.empty();
    Optional<String> rawDate = field(node, "date");
    if (rawDate.isPresent()) {
      date = parseDate(rawDate.get());
      if (date.isEmpty()) {
        warnings.add("field 'date' is not an ISO date (YYYY-MM-DD...): '" + rawDate.get() + "'; ignored");
      }
    }
    BodyParser.ParsedBody body = BodyParser.parse(textNode.asText(), false);
    return new ReadResult.Ok(
        new SourceArticle(
            id.orElse(fallbackId),
            field(node, "headline"),
            field(node, "url"),
            field(node, "source"),
            date,
            date.isPresent() ? DocumentDateSource.METADATA : DocumentDateSource.NONE,
            body.dateline(),
            body.text(),
            origin,
            hash,
            warnings));
  }

  /** Accepts "2023-03-08" and timestamps that start with it ("2023-03-08T10:00:00Z"). */
  private static Optional<LocalDate> parseDate(String raw) {
    String s = raw.strip();
    return s.length() >= 10 ? BodyParser.parseDate(s.substring(0, 10)) : Optional.empty();
  }

  private static Optional<String> field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }
}
