package org.newsentities.output.db;

import java.io.IOException;
import java.util.Optional;
import org.newsentities.model.Provenance;
import org.newsentities.output.ArticleSink;
import org.newsentities.output.EntityCounts;
import org.newsentities.output.OutputDocument;

/**
 * {@code extract --db}: the run's own sink (files or JSONL) plus a database. Each document is
 * written first, then stored; a database failure is printed and counted by the {@link DatabaseSink}
 * and does not fail the written article. Articles the run skips as current are not re-read:
 * {@code load} brings a database up to date with an existing output.
 */
public final class DatabaseArticleSink implements ArticleSink {

  private final ArticleSink output;
  private final DatabaseSink database;

  public DatabaseArticleSink(ArticleSink output, DatabaseSink database) {
    this.output = output;
    this.database = database;
  }

  @Override
  public Optional<EntityCounts> keepIfCurrent(String name, String id, Provenance expected)
      throws IOException {
    return output.keepIfCurrent(name, id, expected);
  }

  @Override
  public String outputName(String name) {
    return output.outputName(name);
  }

  @Override
  public String write(OutputDocument document, String name) throws IOException {
    String where = output.write(document, name);
    database.accept(document.document(), where);
    return where;
  }

  @Override
  public void commit() throws IOException {
    output.commit();
  }

  /** Closes the output; the database stays open for the caller's summary and is closed by it. */
  @Override
  public void close() throws IOException {
    output.close();
  }
}
