package org.newsentities.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * All articles of an input: a file, a directory (recursively, in path order) or {@code -} for JSONL
 * on standard input. Files are read lazily, one after the other, so memory does not grow with the
 * size of the drop. Files of other types inside a directory are skipped, and so are hidden files
 * and {@code gold/} folders; a file of another type named directly is a failure. Every article
 * read is checked to be English (see {@link LanguageGuesser}); one that is not gets a warning.
 */
public final class ArticleSource {

  private static final List<String> EXTENSIONS = List.of("txt", "json", "jsonl");

  /** The lock file a run keeps in the directories it writes (see pipeline/RunLock). */
  public static final String RUN_MARKER = ".news-entities.lock";

  private final TxtArticleReader txt;
  private final JsonArticleReader json;
  private final JsonlArticleReader jsonl;

  public ArticleSource() {
    this(InputLimits.defaults().maxBytes());
  }

  /** Files (and JSONL lines) over {@code maxInputBytes} are refused without being read. */
  public ArticleSource(long maxInputBytes) {
    InputLimits limits = new InputLimits(maxInputBytes);
    this.txt = new TxtArticleReader(limits);
    this.json = new JsonArticleReader(limits);
    this.jsonl = new JsonlArticleReader(limits);
  }

  /** The articles of {@code input}; the caller closes the stream. */
  public Stream<ReadResult> read(Path input) {
    Stream<ReadResult> results;
    if (Files.isDirectory(input)) {
      results = concat(listFiles(input));
    } else if (!Files.exists(input)) {
      results = Stream.of(new ReadResult.Failed(InputOrigin.file(input.toString()),
          Optional.empty(), "no such file or directory"));
    } else {
      results = readFile(input);
    }
    return results.map(ArticleSource::checkLanguage);
  }

  /** JSONL articles from standard input. */
  public Stream<ReadResult> readStdin(InputStream in) {
    return jsonl.read(in, "<stdin>", "stdin").map(ArticleSource::checkLanguage);
  }

  /**
   * About how many articles {@code input} holds: one per .txt/.json file, one per non-blank line
   * of a .jsonl file. For progress and ETA only; reads the JSONL files once, without parsing.
   */
  public static long estimateCount(Path input) {
    List<Path> files = Files.isDirectory(input) ? listFiles(input) : List.of(input);
    long n = 0;
    for (Path file : files) {
      n += extension(file).equals("jsonl") ? countNonBlankLines(file) : 1;
    }
    return n;
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

  private static ReadResult checkLanguage(ReadResult result) {
    if (result instanceof ReadResult.Ok ok) {
      Optional<String> warning = LanguageGuesser.warning(ok.article().text());
      if (warning.isPresent()) {
        return new ReadResult.Ok(ok.article().withWarning(warning.get()));
      }
    }
    return result;
  }

  /**
   * The article files under {@code dir}, sorted. Folders below it that a run writes into (they
   * hold {@value #RUN_MARKER}) are left out, so {@code extract corpus --out corpus/out} never
   * reads its own outputs and manifest back as articles.
   */
  private static List<Path> listFiles(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      // The list of paths is small next to the articles; sorting it makes runs reproducible.
      List<Path> paths = walk.filter(f -> !isSkipped(dir.relativize(f))).sorted().toList();
      List<Path> runDirs = paths.stream()
          .filter(p -> !p.equals(dir) && Files.isRegularFile(p.resolve(RUN_MARKER)))
          .toList();
      return paths.stream()
          .filter(ArticleSource::isArticleFile)
          .filter(f -> runDirs.stream().noneMatch(f::startsWith))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }

  /**
   * The articles of the files one after the other. Not {@code flatMap}: iterating a flat-mapped
   * stream pulls each inner stream completely into a buffer (JDK 17), which would hold a whole
   * JSONL file in memory.
   */
  private Stream<ReadResult> concat(List<Path> files) {
    FileChain chain = new FileChain(files);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(chain::closeCurrent);
  }

  private final class FileChain implements Iterator<ReadResult> {
    private final List<Path> files;
    private int nextFile;
    private Stream<ReadResult> current;
    private Iterator<ReadResult> results;

    FileChain(List<Path> files) {
      this.files = files;
    }

    private ReadResult readError;

    @Override
    public boolean hasNext() {
      if (readError != null) {
        return true;
      }
      while (!currentHasNext() && readError == null && nextFile < files.size()) {
        closeCurrent();
        current = readFile(files.get(nextFile++));
        results = current.iterator();
      }
      return readError != null || currentHasNext();
    }

    /** A file that cannot be read to its end (an I/O error half-way) fails; the next goes on. */
    private boolean currentHasNext() {
      try {
        return results != null && results.hasNext();
      } catch (UncheckedIOException e) {
        readError = new ReadResult.Failed(InputOrigin.file(files.get(nextFile - 1).toString()),
            Optional.empty(), "read error, the rest of the file is skipped: " + e.getMessage());
        closeCurrent();
        return false;
      }
    }

    @Override
    public ReadResult next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      if (readError != null) {
        ReadResult error = readError;
        readError = null;
        return error;
      }
      return results.next();
    }

    void closeCurrent() {
      if (current != null) {
        current.close();
        current = null;
        results = null;
      }
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

  private static long countNonBlankLines(Path file) {
    long lines = 0;
    boolean content = false;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      for (int b; (b = in.read()) != -1; ) {
        if (b == '\n') {
          lines += content ? 1 : 0;
          content = false;
        } else if (b > ' ') {
          content = true;
        }
      }
    } catch (IOException e) {
      return lines;
    }
    return lines + (content ? 1 : 0);
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
