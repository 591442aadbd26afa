package org.newsentities.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;
import org.newsentities.output.Json;

/**
 * Reads docgold files. A directory means the {@code .json} files directly inside it: nested
 * folders such as {@code dev/} and {@code test/} are separate sets that must be named, so that a
 * run on {@code corpus/gold} never mixes a test split into development figures.
 */
public final class DocGoldReader {

  /** A gold file read, or why it could not be. */
  public sealed interface Result {
    Path file();
  }

  public record Read(Path file, DocGold gold) implements Result {}

  public record Unreadable(Path file, String reason) implements Result {}

  public List<Path> goldFiles(Path gold) throws IOException {
    if (!Files.isDirectory(gold)) {
      return List.of(gold);
    }
    try (Stream<Path> files = Files.list(gold)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    }
  }

  public Result read(Path file) {
    try {
      DocGold gold = Json.mapper().readValue(file.toFile(), DocGold.class);
      if (gold.id() == null || gold.id().isBlank()) {
        gold = gold.withId(FilenameUtils.getBaseName(file.getFileName().toString()));
      }
      List<String> problems = problems(gold);
      return problems.isEmpty() ? new Read(file, gold)
          : new Unreadable(file, String.join("; ", problems));
    } catch (JsonProcessingException e) {
      return new Unreadable(file, "not a docgold JSON object: " + e.getOriginalMessage());
    } catch (IOException e) {
      return new Unreadable(file, "cannot read: " + e.getMessage());
    }
  }

  /** What would make the scores meaningless: nameless entities, pairs without person or title. */
  private static List<String> problems(DocGold gold) {
    List<String> problems = new ArrayList<>();
    Stream.of(gold.persons(), gold.organizations(), gold.locations()).flatMap(List::stream)
        .filter(e -> e.name().isBlank())
        .findFirst().ifPresent(e -> problems.add("an entity without a name"));
    gold.titles().stream().filter(t -> t.person().isBlank() || t.title().isBlank())
        .findFirst().ifPresent(t -> problems.add("a title pair without person or title"));
    gold.dates().ifPresent(dates -> dates.stream().filter(d -> d.value().isBlank())
        .findFirst().ifPresent(d -> problems.add("a date without value: " + d.text())));
    return problems;
  }
}
