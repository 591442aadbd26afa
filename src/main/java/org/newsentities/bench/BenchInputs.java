package org.newsentities.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsentities.ingest.ArticleSource;
import org.newsentities.ingest.ReadResult;
import org.newsentities.output.JsonArticleWriter;

/**
 * The benchmark's input: the first N articles of a drop written as plain {@code .txt} files, the
 * one format both our {@code extract} and CoreNLP's command line read, so both see the same text.
 */
public final class BenchInputs {

  private BenchInputs() {}

  /** Writes the first {@code count} readable articles of {@code source} into {@code dir}. */
  public static List<Path> write(Path source, int count, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<Path> files = new ArrayList<>();
    try (Stream<ReadResult> articles = new ArticleSource().read(source)) {
      for (ReadResult r : (Iterable<ReadResult>) articles::iterator) {
        if (files.size() == count) {
          break;
        }
        if (r instanceof ReadResult.Ok ok) {
          Path file = dir.resolve(JsonArticleWriter.fileNameFor(ok.article().id()) + ".txt");
          Files.writeString(file, ok.article().text(), StandardCharsets.UTF_8);
          files.add(file);
        }
      }
    }
    if (files.size() < count) {
      throw new IOException(source + " has only " + files.size() + " readable articles, " + count
          + " asked for");
    }
    return files;
  }
}
