package org.newsentities.ingest;

import java.nio.file.Path;
import java.util.stream.Stream;

/** Reads the articles of one input file, lazily; bad articles come out as failures. */
public interface ArticleFileReader {
  Stream<ReadResult> read(Path file);
}
