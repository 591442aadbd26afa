package org.newsentities.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.newsentities.model.ArticleDocument;

/**
 * Writes one {@code <name>.json} per article. The file is written under a temporary name and
 * renamed into place, so a run killed at any moment leaves either the old file or the complete new
 * one, never half a document.
 */
public final class JsonArticleWriter {

  private final Path directory;

  public JsonArticleWriter(Path directory) throws IOException {
    this.directory = Files.createDirectories(directory);
  }

  /** Writes {@code document} as {@code <fileName>.json} and returns the path. */
  public Path write(ArticleDocument document, String fileName) throws IOException {
    Path target = directory.resolve(fileName + ".json");
    Path tmp = Files.createTempFile(directory, "." + fileName, ".tmp");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        out.write(Json.pretty().writeValueAsBytes(document));
        out.write('\n');
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    return target;
  }

  /** A safe file name for an article id: letters, digits, '.', '_' and '-' only. */
  public static String fileNameFor(String id) {
    String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }
}
