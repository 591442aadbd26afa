package org.newsentities.output;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A JSONL file written one record at a time (the run's manifest and errors). Each record is one
 * write followed by a flush, so a run killed half-way leaves every record it finished, readable.
 */
public final class JsonLinesLog implements Closeable {

  private final OutputStream out;

  /** Starts {@code file} afresh: it describes this run. */
  public JsonLinesLog(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    this.out = Files.newOutputStream(file);
  }

  public synchronized void append(Object record) throws IOException {
    out.write(Json.line(Json.compact().writeValueAsBytes(record)));
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
