package org.newsentities.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;

/** A {@code .json} file holds one article object; without an {@code id}, the file name is used. */
public final class JsonArticleReader implements ArticleFileReader {

  private final InputLimits limits;

  public JsonArticleReader() {
    this(InputLimits.defaults());
  }

  JsonArticleReader(InputLimits limits) {
    this.limits = limits;
  }

  @Override
  public Stream<ReadResult> read(Path file) {
    InputOrigin origin = InputOrigin.file(file.toString());
    String fallbackId = FilenameUtils.getBaseName(file.getFileName().toString());
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        return Stream.of(new ReadResult.Failed(origin, Optional.empty(), limits.tooLarge("file", size)));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failed(origin, Optional.empty(), "cannot read: " + e.getMessage()));
    }
    if (bytes.length == 0) {
      return Stream.of(new ReadResult.Failed(origin, Optional.empty(), "empty file: no article"));
    }
    if (DecodedText.looksBinary(bytes)) {
      return Stream.of(new ReadResult.Failed(origin, Optional.empty(), "binary file, not JSON"));
    }
    DecodedText decoded = DecodedText.decode(bytes);
    if (decoded.text().isBlank()) {
      return Stream.of(new ReadResult.Failed(origin, Optional.empty(), "empty file: no article"));
    }
    return Stream.of(
        JsonArticleParser.parse(decoded.text(), fallbackId, origin, Hashing.sha256(bytes),
            decoded.warning()));
  }
}
