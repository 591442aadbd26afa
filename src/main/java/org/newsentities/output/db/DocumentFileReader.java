package org.newsentities.output.db;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.newsentities.model.ArticleDocument;
import org.newsentities.output.Json;

/**
 * Reads article documents back from what {@code extract} wrote: a directory of {@code <id>.json}
 * files, a JSONL file of documents, or a directory holding either (searched recursively, in path
 * order). JSON that is not an article document (a run's summary, manifest or error log) is passed
 * over; a document that cannot be read is a result with the reason, not an exception.
 */
public final class DocumentFileReader {

  /** Fields without which a JSON object is not taken for an article document. */
  private static final List<String> MARKERS = List.of("schemaVersion", "id", "text");
  /** Fields an article document must have besides the markers; the record rejects their absence. */
  private static final List<String> REQUIRED = List.of("documentDateSource", "people",
      "organizations", "locations", "dates", "topics", "keyphrases", "unresolvedTitles");

  /** One document read, or the reason it could not be. */
  public sealed interface Read {
    String origin();
  }

  public record Document(String origin, ArticleDocument document) implements Read {}

  public record Unreadable(String origin, String reason) implements Read {}

  /** Every document under {@code path} (a directory, a .json or a .jsonl file), lazily. */
  public Stream<Read> read(Path path) throws IOException {
    List<Path> files = new ArrayList<>();
    if (Files.isDirectory(path)) {
      try (Stream<Path> walk = Files.walk(path)) {
        walk.filter(Files::isRegularFile)
            .filter(p -> isDocumentFile(p) && !isHidden(path, p))
            .sorted()
            .forEach(files::add);
      }
    } else {
      files.add(path);
    }
    return files.stream().flatMap(this::readFile);
  }

  private static boolean isDocumentFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".json") || name.endsWith(".jsonl");
  }

  /** Temporary files of an interrupted write start with '.', as do hidden directories. */
  private static boolean isHidden(Path root, Path p) {
    for (Path part : root.relativize(p)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private Stream<Read> readFile(Path file) {
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
      return readLines(file);
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      return parse(file.toString(), new String(bytes, StandardCharsets.UTF_8)).stream();
    } catch (IOException e) {
      return Stream.of(new Unreadable(file.toString(), "cannot read: " + e.getMessage()));
    }
  }

  private Stream<Read> readLines(Path file) {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return Stream.of(new Unreadable(file.toString(), "cannot read: " + e.getMessage()));
    }
    Iterator<List<Read>> lines = new Iterator<>() {
      int number;
      String next = advance();

      private String advance() {
        try {
          number++;
          return reader.readLine();
        } catch (IOException e) {
          throw new UncheckedIOException(file + ":" + number + ": cannot read", e);
        }
      }

      @Override
      public boolean hasNext() {
        return next != null;
      }

      @Override
      public List<Read> next() {
        if (next == null) {
          throw new NoSuchElementException();
        }
        String line = next;
        int at = number;
        next = advance();
        return line.isBlank() ? List.of() : parse(file + ":" + at, line);
      }
    };
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(lines, 0), false)
        .flatMap(List::stream)
        .onClose(() -> {
          try {
            reader.close();
          } catch (IOException ignored) {
            // read-only file: nothing was lost
          }
        });
  }

  /** Empty when the JSON is valid but not an article document. */
  static List<Read> parse(String origin, String json) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(json);
    } catch (JsonProcessingException e) {
      return List.of(new Unreadable(origin, "not valid JSON: " + e.getOriginalMessage()));
    }
    if (node == null || !node.isObject() || MARKERS.stream().anyMatch(f -> !node.has(f))) {
      return List.of();
    }
    String version = node.get("schemaVersion").asText();
    if (!version.startsWith("1.")) {
      return List.of(new Unreadable(origin, "schema version " + version
          + " is not supported (this news-entities reads 1.x)"));
    }
    for (String field : REQUIRED) {
      if (!node.hasNonNull(field)) {
        return List.of(new Unreadable(origin, "not a complete article document: no '" + field + "'"));
      }
    }
    try {
      return List.of(new Document(origin, Json.mapper().treeToValue(node, ArticleDocument.class)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
      return List.of(new Unreadable(origin, "not a valid article document: " + message));
    }
  }
}
