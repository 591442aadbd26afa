package org.newsentities.output;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.newsentities.model.Provenance;

/** Writes every article as one JSONL line to a stream (standard output); nothing is reused. */
public final class JsonlStreamWriter implements ArticleSink {

  private final OutputStream out;
  private final String name;

  public JsonlStreamWriter(OutputStream out, String name) {
    this.out = out;
    this.name = name;
  }

  @Override
  public Optional<EntityCounts> keepIfCurrent(String fileName, String id, Provenance expected) {
    return Optional.empty();
  }

  @Override
  public String outputName(String fileName) {
    return name;
  }

  @Override
  public String write(OutputDocument document, String fileName) throws IOException {
    byte[] json = Json.compact().writeValueAsBytes(document);
    synchronized (this) {
      out.write(json);
      out.write('\n');
      out.flush();
    }
    return name;
  }

  @Override
  public synchronized void commit() throws IOException {
    out.flush();
  }

  @Override
  public void close() throws IOException {
    commit();
  }
}
