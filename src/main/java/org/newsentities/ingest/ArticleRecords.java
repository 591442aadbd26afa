package org.newsentities.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.commons.io.FilenameUtils;

/**
 * Parses single records that arrive already split from their files (as on a cluster, where the
 * file system hands out lines or whole files), with the same rules and results as the local readers.
 */
public final class ArticleRecords {

  private ArticleRecords() {}

  /** One JSONL line; {@code line} is its 1-based number in {@code file}. */
  public static ReadResult fromJsonLine(String json, String file, int line) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    return JsonArticleParser.parse(json, FilenameUtils.getBaseName(file) + "-" + line,
        InputOrigin.line(file, line), Hashing.sha256(bytes), Optional.empty());
  }

  /** A whole {@code .txt} file. */
  public static ReadResult fromTxt(byte[] bytes, String file) {
    return TxtArticleReader.fromBytes(bytes, FilenameUtils.getBaseName(file), InputOrigin.file(file));
  }
}
