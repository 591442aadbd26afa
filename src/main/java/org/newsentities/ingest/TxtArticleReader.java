package org.newsentities.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.commons.io.FilenameUtils;
import org.newsentities.model.DocumentDateSource;

/** A {@code .txt} file is one article; its id is the file name without extension. */
public final class TxtArticleReader implements ArticleFileReader {

  private final InputLimits limits;

  public TxtArticleReader() {
    this(InputLimits.defaults());
  }

  TxtArticleReader(InputLimits limits) {
    this.limits = limits;
  }

  @Override
  public Stream<ReadResult> read(Path file) {
    InputOrigin origin = InputOrigin.file(file.toString());
    String id = FilenameUtils.getBaseName(file.getFileName().toString());
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > limits.maxBytes()) {
        return Stream.of(new ReadResult.Failed(origin, Optional.of(id), limits.tooLarge("file", size)));
      }
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return Stream.of(new ReadResult.Failed(origin, Optional.of(id), "cannot read: " + e.getMessage()));
    }
    return Stream.of(fromBytes(bytes, id, origin));
  }

  static ReadResult fromBytes(byte[] bytes, String id, InputOrigin origin) {
    if (bytes.length == 0) {
      return new ReadResult.Failed(origin, Optional.of(id), "empty file: no article text");
    }
    if (DecodedText.looksBinary(bytes)) {
      return new ReadResult.Failed(origin, Optional.of(id), "binary file, not text");
    }
    DecodedText decoded = DecodedText.decode(bytes);
    if (decoded.text().isBlank()) {
      return new ReadResult.Failed(origin, Optional.of(id), "empty file: no article text");
    }
    BodyParser.ParsedBody body = BodyParser.parse(decoded.text(), true);
    if (body.text().isBlank()) {
      return new ReadResult.Failed(origin, Optional.of(id), "no article text after the date header");
    }
    List<String> warnings = new ArrayList<>();
    decoded.warning().ifPresent(warnings::add);
    return new ReadResult.Ok(
        new SourceArticle(
            id,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            body.headerDate(),
            body.headerDate().isPresent() ? DocumentDateSource.HEADER : DocumentDateSource.NONE,
            body.dateline(),
            body.text(),
            origin,
            Hashing.sha256(bytes),
            warnings));
  }
}
