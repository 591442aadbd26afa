package org.newsentities.output;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;
import org.newsentities.model.Provenance;

/**
 * Where a run's article documents go: one file per article, or one JSONL stream. A run either
 * keeps an article's existing output (when it is current) or writes a new one.
 */
public interface ArticleSink extends Closeable {

  /**
   * Keeps the existing output of an article when it is current for {@code expected}, and returns
   * its entity counts; empty when the article must be processed. Called from one thread, in input
   * order.
   */
  Optional<EntityCounts> keepIfCurrent(String name, String id, Provenance expected)
      throws IOException;

  /** Where the article called {@code name} is (or would be) written, for the manifest. */
  String outputName(String name);

  /** Writes one article's document under {@code name}; thread-safe. Returns where it went. */
  String write(OutputDocument document, String name) throws IOException;

  /** Makes the run's output final. Without it, a stream keeps its previous complete version. */
  void commit() throws IOException;
}
