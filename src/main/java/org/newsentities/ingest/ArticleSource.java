package org.newsentities.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * All articles of an input: a file, a directory (recursively, in path order) or {@code -} for JSONL
 * on standard input. Files are read lazily, one after the other, so memory does not grow with the
 * size of the drop. Files of other types inside a directory are skipped, and so are hidden files
 * and {@code gold/} folders; a file of another type named directly is a failure.
 */
public final class ArticleSource {

  private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl");

  private final TxtArticleReader txt = new TxtArticleReader();
  private final JsonArticleReader json = new JsonArticleReader();
  private final JsonlArticleReader jsonl = new JsonlArticleReader();

  /** The articles of {@code input}; the caller closes the stream. */
  public Stream<ReadResult> read(Path input) {
    if (Files.isDirectory(input)) {
      return listFiles(input).flatMap(this::readFile);
    }
    if (!Files.exists(input)) {
      return Stream.of(new ReadResult.Failed(InputOrigin.file(input.toString()), Optional.empty(),
          "no such file or directory"));
    }
    return readFile(input);
  }

  /** JSONL articles from standard input. */
  public Stream<ReadResult> readStdin(InputStream in) {
    return jsonl.read(in, "<stdin>", "stdin");
  }

  /** Whether a directory walk picks this file up. */
  public static boolean isArticleFile(Path file) {
    return EXTENSIONS.contains(extension(file)) && Files.isRegularFile(file);
  }

  /**
   * Hidden files and folders, and folders named {@code gold} (the annotations that live beside the
   * articles they describe, as in {@code corpus/gold/}), are not input.
   */
  static boolean isSkipped(Path relative) {
    for (int i = 0; i < relative.getNameCount(); i++) {
      String part = relative.getName(i).toString();
      boolean isDirectory = i < relative.getNameCount() - 1;
      if (part.startsWith(".") || (isDirectory && part.equals("gold"))) {
        return true;
      }
    }
    return false;
  }

  private Stream<Path> listFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      // The list of paths is small next to the articles; sorting it makes runs reproducible.
      return walk.filter(f -> !isSkipped(dir.relativize(f)))
          .filter(ArticleSource::isArticleFile)
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  private Stream<ReadResult> readFile(Path file) {
    return switch (extension(file)) {
      case "txt" -> txt.read(file);
      case "json" -> json.read(file);
      case "jsonl" -> jsonl.read(file);
      default -> Stream.of(new ReadResult.Failed(InputOrigin.file(file.toString()), Optional.empty(),
          "unsupported file type; expected .txt, .json or .jsonl"));
    };
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
