package org.newsentities.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsentities.model.Provenance;

/**
 * Writes one {@code <name>.json} per article. The file is written under a temporary name and
 * renamed into place, so a run killed at any moment leaves either the old file or the complete new
 * one, never half a document; temporary files a killed run left behind are removed when the next
 * run starts. (No fsync: a killed process loses nothing the kernel has, but a power cut may.)
 */
public final class JsonArticleWriter implements ArticleSink {

  private static final String TEMP_SUFFIX = ".tmp";
  private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

  private final Path directory;

  public JsonArticleWriter(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
    removeLeftoverTemporaryFiles();
  }

  @Override
  public Optional<EntityCounts> keepIfCurrent(String name, String id, Provenance expected) {
    return ExistingOutput.read(directory.resolve(name + ".json"))
        .filter(existing -> existing.isCurrent(expected))
        .map(ExistingOutput::counts);
  }

  @Override
  public String outputName(String name) {
    return name + ".json";
  }

  @Override
  public String write(OutputDocument document, String name) throws IOException {
    Path target = directory.resolve(name + ".json");
    // Not createTempFile: its files are private (0600); outputs get the usual permissions.
    Path tmp = directory.resolve("." + name + "." + Long.toHexString(RANDOM.nextLong()) + TEMP_SUFFIX);
    try {
      try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE)) {
        out.write(Json.pretty().writeValueAsBytes(document));
        out.write('\n');
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return outputName(name);
  }

  @Override
  public void commit() {
    // every file was final when it was renamed into place
  }

  @Override
  public void close() {
    // nothing held open
  }

  /** A safe file name for an article id: letters, digits, '.', '_' and '-' only. */
  public static String fileNameFor(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }

  private void removeLeftoverTemporaryFiles() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String n = f.getFileName().toString();
        if (n.startsWith(".") && n.endsWith(TEMP_SUFFIX) && Files.isRegularFile(f)) {
          Files.deleteIfExists(f);
        }
      }
    }
  }
}
